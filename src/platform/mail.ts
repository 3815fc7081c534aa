/**
 * E-mail through SMTP, built once for every capability that sends mail (the survey's private link,
 * later referral notifications and password reset). Configured by VERBIND_SMTP_URL, e.g.
 * smtp://user:pass@host:587 (smtps:// for TLS from the start); without it nothing is sent and
 * callers hide their "e-mail me" forms. Links in messages come from VERBIND_PUBLIC_URL.
 *
 * Privacy: a message holds only what the person typed for themselves; errors never carry the
 * recipient's address or the server's credentials, so they are safe to log.
 */
import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  /** Plain text only: no tracking pixels, no remote images. */
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** A sending failure, with a message that names neither the recipient nor the credentials. */
export class MailError extends Error {
  constructor(
    message: string,
    /** The SMTP reply code when the server refused (e.g. 550), else undefined. */
    readonly smtpCode?: number,
  ) {
    super(message);
    this.name = 'MailError';
  }
}

export interface MailConfig {
  /** smtp://user:pass@host:port or smtps://… */
  url: string;
  /** The From address; default noreply@ the SMTP host. */
  from?: string | undefined;
}

/** VERBIND_SMTP_URL and VERBIND_MAIL_FROM; undefined when mail is not configured. */
export function mailConfigFromEnv(env: NodeJS.ProcessEnv = process.env): MailConfig | undefined {
  const url = env.VERBIND_SMTP_URL?.trim();
  if (!url) return undefined;
  return { url, from: env.VERBIND_MAIL_FROM?.trim() || undefined };
}

export function createMailer(config: MailConfig): Mailer {
  let parsed: URL;
  try {
    parsed = new URL(config.url);
  } catch {
    throw new MailError('VERBIND_SMTP_URL is not a URL (expected smtp://user:pass@host:587)');
  }
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') throw new MailError(`VERBIND_SMTP_URL must start with smtp:// or smtps://, not ${parsed.protocol}//`);
  const from = config.from ?? `Verbind <noreply@${parsed.hostname}>`;
  const transport = nodemailer.createTransport({
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : parsed.protocol === 'smtps:' ? 465 : 587,
    secure: parsed.protocol === 'smtps:',
    ...(parsed.username ? { auth: { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) } } : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
    // nodemailer's own logger would print envelopes (addresses): keep it off.
    logger: false,
  });
  return {
    async send(message) {
      try {
        await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
      } catch (e) {
        const err = e as { responseCode?: number; code?: string };
        const code = typeof err.responseCode === 'number' ? err.responseCode : undefined;
        // Only the code and a fixed sentence: the server's own reply often repeats the address.
        throw new MailError(code ? `The mail server refused the message (SMTP ${code}).` : `The mail server could not be reached or failed (${err.code ?? 'unknown error'}).`, code);
      }
    },
    close() {
      transport.close();
    },
  };
}
