import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src/db/client.js';
import { findUserByEmail } from '../../src/accounts/store/users.js';
import { verifyPassword } from '../../src/accounts/passwords.js';
import { recentAuditEvents } from '../../src/audit/audit.js';

describe('verbind user add (command line)', () => {
  let dataDir: string;
  before(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'verbind-cli-'));
  });
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  const verbind = (args: string[], env: Record<string, string> = {}) => {
    const { DATABASE_URL: _ignored, VERBIND_PASSWORD: _p, ...rest } = process.env;
    const r = spawnSync(process.execPath, ['bin/verbind.js', 'user', ...(args[0] === 'password' ? args : ['add', ...args])], {
      env: { ...rest, VERBIND_DATA_DIR: dataDir, ...env },
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  it('explains itself with --help', () => {
    const r = verbind(['--help']);
    assert.equal(r.code, 0);
    assert.match(r.out, /--email E/);
    assert.match(r.out, /VERBIND_PASSWORD/);
  });

  it('adds an admin with the password from VERBIND_PASSWORD, without printing it', () => {
    const r = verbind(['--email', 'Beheer@Example.test', '--role', 'admin', '--name', 'Beheer'], { VERBIND_PASSWORD: 'een geheim wachtwoord' });
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Added admin account beheer@example\.test/);
    assert.doesNotMatch(r.out, /geheim/);
  });

  it('generates and prints a password once when none is given', () => {
    const r = verbind(['--email', 'coder@example.test', '--role', 'coder']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Password \(shown only this once, write it down\): [a-z2-9]{4}(-[a-z2-9]{4}){3}/);
  });

  it('refuses a duplicate address (exit 1, clear message, nothing changed)', () => {
    const r = verbind(['--email', 'BEHEER@example.test', '--role', 'coder', '--password', 'nog een wachtwoord']);
    assert.equal(r.code, 1);
    assert.match(r.err, /already exists/);
  });

  it('refuses weak passwords (NIST SP 800-63B): repeated, sequential or common, in user add and user password', () => {
    const repeated = verbind(['--email', 'zwak@example.test', '--role', 'coder'], { VERBIND_PASSWORD: 'aaaaaaaaaa' });
    assert.equal(repeated.code, 1);
    assert.match(repeated.err, /repeats characters or follows a sequence/);
    const common = verbind(['--email', 'zwak@example.test', '--role', 'coder', '--password', 'Password123']);
    assert.equal(common.code, 1);
    assert.match(common.err, /list of common passwords/);
    const sequence = verbind(['password', '--email', 'beheer@example.test'], { VERBIND_PASSWORD: '1234567890' });
    assert.equal(sequence.code, 1);
    assert.match(sequence.err, /follows a sequence.*Nothing was changed/);
  });

  it('refuses an unknown role (exit 1) and a missing --email (exit 2)', () => {
    const role = verbind(['--email', 'x@example.test', '--role', 'boss']);
    assert.equal(role.code, 1);
    assert.match(role.err, /unknown role "boss"\. Use one of: admin, coder/);
    assert.equal(verbind(['--role', 'coder']).code, 2);
  });

  it('stored argon2id hashes that verify, and audited the creations', async () => {
    const d = await openDatabase({ dataDir });
    try {
      const admin = await findUserByEmail(d.db, 'beheer@example.test');
      assert.equal(admin?.role, 'admin');
      assert.equal(admin?.name, 'Beheer');
      assert.match(admin!.passwordHash, /^\$argon2id\$/);
      assert.equal(await verifyPassword(admin!.passwordHash, 'een geheim wachtwoord'), true);
      const events = await recentAuditEvents(d.db);
      assert.equal(events.filter((e) => e.action === 'user.create').length, 2);
    } finally {
      await d.close();
    }
  });

  it('sets a new password for a locked-out account (user password), and refuses unknown addresses', async () => {
    const r = verbind(['password', '--email', 'beheer@example.test'], { VERBIND_PASSWORD: 'nieuw en lang genoeg' });
    assert.equal(r.code, 0, r.err);
    assert.doesNotMatch(r.out, /nieuw en lang/);
    assert.equal(verbind(['password', '--email', 'niemand@example.test']).code, 1);
    const d = await openDatabase({ dataDir });
    try {
      const admin = await findUserByEmail(d.db, 'beheer@example.test');
      assert.equal(await verifyPassword(admin!.passwordHash, 'nieuw en lang genoeg'), true);
      assert.equal(await verifyPassword(admin!.passwordHash, 'een geheim wachtwoord'), false);
    } finally {
      await d.close();
    }
  });
});
