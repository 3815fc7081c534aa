/**
 * The respondent's private link by e-mail (issue 14), through the platform mailer when
 * VERBIND_SMTP_URL is set. Sending never holds up or fails the submission: it starts after the
 * answers are stored and the reply is on its way, and its outcome is an event on the submission
 * ("link_mailed" / "link_mail_failed") that the status page reports. The log says only that a
 * send failed and why (MailError names neither the address nor the credentials); never the token.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client.js';
import type { Translate } from '../../i18n/index.js';
import { createMailer, MailError, type MailConfig } from '../../platform/mail.js';
import { recordLinkMail, type SubmissionEvent } from '../store/submissions.js';

export const MAIL_OUTCOMES: ReadonlySet<string> = new Set(['link_mailed', 'link_mail_failed']);

export interface LinkMail {
  /** Starts sending (after the current request has been answered); never throws. */
  send(o: { submissionId: string; to: string; name: string; link: string; t: Translate; log: FastifyBaseLogger }): void;
  /** Waits for every send under way, then closes the connection pool. */
  close(): Promise<void>;
}

export function linkMail(db: Db, config: MailConfig): LinkMail {
  const mailer = createMailer(config);
  const inFlight = new Set<Promise<void>>();
  return {
    send({ submissionId, to, name, link, t, log }) {
      const run = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => mailer.send({ to, subject: t('mail.link.subject', { name }), text: t('mail.link.body', { name, link }) }))
        .then(
          () => recordLinkMail(db, submissionId, true),
          (e: unknown) => {
            log.warn({ reason: e instanceof MailError ? e.message : 'unexpected error' }, 'the e-mail with a survey link could not be sent');
            return recordLinkMail(db, submissionId, false);
          },
        )
        .catch((e: unknown) => log.error({ reason: e instanceof Error ? e.name : 'unknown' }, 'the outcome of a survey link e-mail could not be stored'));
      inFlight.add(run);
      void run.finally(() => inFlight.delete(run));
    },
    async close() {
      await Promise.allSettled([...inFlight]);
      mailer.close();
    },
  };
}

export type MailState = 'pending' | 'sent' | 'failed';

/**
 * What the status page says about the e-mailed link. `asked` is the number of outcomes there were
 * when the person asked (from the redirect), so a newer outcome answers this request; without a
 * request, only a failure is worth saying (the link may be lost otherwise).
 */
export function mailState(events: readonly SubmissionEvent[], asked: number | undefined): MailState | undefined {
  const outcomes = events.filter((e) => MAIL_OUTCOMES.has(e.kind));
  const last = outcomes.at(-1);
  if (asked === undefined) return last?.kind === 'link_mail_failed' ? 'failed' : undefined;
  if (outcomes.length <= asked) return 'pending';
  return last!.kind === 'link_mailed' ? 'sent' : 'failed';
}
