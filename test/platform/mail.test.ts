/**
 * src/platform/mail.ts against a REAL SMTP server the test starts on a loopback port (npm
 * smtp-server, with authentication), not a mock: the message arrives with the right envelope,
 * headers and body; a refusal gives a MailError that names neither the address nor the password.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { createMailer, mailConfigFromEnv, MailError } from '../../src/platform/mail.js';

interface Received {
  from: string;
  to: string[];
  raw: string;
}
const received: Received[] = [];
const REFUSED = 'refuse-me@voorbeeld.test';
let server: SMTPServer;
let port: number;

before(async () => {
  server = new SMTPServer({
    secure: false,
    authOptional: false,
    disabledCommands: ['STARTTLS'], // loopback only; the transport then authenticates in the clear
    logger: false,
    onAuth(auth, _session, cb) {
      if (auth.username === 'verbind' && auth.password === 's3cret pass') return cb(null, { user: 'verbind' });
      cb(new Error('Invalid username or password'));
    },
    onRcptTo(address, _session, cb) {
      if (address.address === REFUSED) {
        const err = new Error(`Mailbox ${REFUSED} unavailable`) as Error & { responseCode: number };
        err.responseCode = 550;
        return cb(err);
      }
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});
after(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const url = (user = 'verbind', pass = 's3cret%20pass') => `smtp://${user}:${pass}@127.0.0.1:${port}`;

describe('mail through SMTP', () => {
  test('configuration: none without VERBIND_SMTP_URL, else the URL and an optional From', () => {
    assert.equal(mailConfigFromEnv({}), undefined);
    assert.equal(mailConfigFromEnv({ VERBIND_SMTP_URL: '  ' }), undefined);
    assert.deepEqual(mailConfigFromEnv({ VERBIND_SMTP_URL: 'smtp://h:25', VERBIND_MAIL_FROM: 'Verbind <v@x.test>' }), { url: 'smtp://h:25', from: 'Verbind <v@x.test>' });
    assert.throws(() => createMailer({ url: 'http://h' }), MailError);
    assert.throws(() => createMailer({ url: 'not a url' }), /expected smtp:\/\/user:pass@host:587/);
  });

  test('a message arrives with its envelope, headers and plain-text body', async () => {
    const mailer = createMailer({ url: url(), from: 'Verbind <noreply@verbind.test>' });
    try {
      await mailer.send({ to: 'iemand@voorbeeld.test', subject: 'Uw privélink', text: 'Uw link: https://verbind.example/nl/survey/s/abc\nGroeten.' });
    } finally {
      mailer.close();
    }
    const m = received.at(-1)!;
    assert.equal(m.from, 'noreply@verbind.test');
    assert.deepEqual(m.to, ['iemand@voorbeeld.test']);
    assert.match(m.raw, /^From: Verbind <noreply@verbind\.test>$/m);
    assert.match(m.raw, /^To: iemand@voorbeeld\.test$/m);
    assert.match(m.raw, /^Subject: =\?UTF-8\?Q\?Uw_priv=C3=A9link\?=$/m); // RFC 2047 encoded "Uw privélink"
    assert.match(m.raw, /^Content-Type: text\/plain; charset=utf-8$/m);
    assert.match(m.raw, /Uw link: https:\/\/verbind\.example\/nl\/survey\/s\/abc/);
    assert.doesNotMatch(m.raw, /text\/html/);
  });

  test('a refused recipient gives a clear error without the address', async () => {
    const mailer = createMailer({ url: url() });
    try {
      const err = await mailer.send({ to: REFUSED, subject: 'x', text: 'y' }).then(
        () => assert.fail('the server refused; send must fail'),
        (e: unknown) => e,
      );
      assert.ok(err instanceof MailError);
      assert.equal(err.smtpCode, 550);
      assert.equal(err.message, 'The mail server refused the message (SMTP 550).');
      assert.doesNotMatch(`${err.message} ${err.stack}`, /refuse-me|voorbeeld/);
    } finally {
      mailer.close();
    }
  });

  test('wrong credentials give a clear error without the password', async () => {
    const mailer = createMailer({ url: url('verbind', 'wrong-secret') });
    try {
      const err = await mailer.send({ to: 'iemand@voorbeeld.test', subject: 'x', text: 'y' }).then(
        () => assert.fail('authentication must fail'),
        (e: unknown) => e,
      );
      assert.ok(err instanceof MailError);
      assert.equal(err.smtpCode, 535);
      assert.doesNotMatch(`${err.message} ${err.stack}`, /wrong-secret|iemand/);
    } finally {
      mailer.close();
    }
  });
});
