import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generatePassword, hashPassword, passwordProblem, verifyPassword } from '../../src/accounts/passwords.js';
import { localPath } from '../../src/accounts/safe-next.js';
import { safeDetails } from '../../src/audit/audit.js';

describe('passwords', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const hash = await hashPassword('een lang wachtwoord');
    assert.match(hash, /^\$argon2id\$v=19\$/);
    assert.match(hash, /[$,]m=19456[,$]/);
    assert.match(hash, /[$,]t=2[,$]/);
    assert.equal(await verifyPassword(hash, 'een lang wachtwoord'), true);
    assert.equal(await verifyPassword(hash, 'een ander wachtwoord'), false);
    assert.equal(await verifyPassword('not a hash', 'x'), false, 'a malformed hash is a failed sign-in, not a crash');
  });

  it('salts: the same password gives different hashes', async () => {
    assert.notEqual(await hashPassword('hetzelfde wachtwoord'), await hashPassword('hetzelfde wachtwoord'));
  });

  it('generates long, easy-to-read, unique passwords', () => {
    const a = generatePassword();
    assert.match(a, /^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    assert.doesNotMatch(a, /[01ilo]/, 'no characters that look alike');
    assert.notEqual(a, generatePassword());
    assert.equal(passwordProblem(a), null);
  });

  it('refuses passwords that are too short or too long', () => {
    assert.equal(passwordProblem('kort'), 'tooShort');
    assert.equal(passwordProblem('x'.repeat(201)), 'tooLong');
    assert.equal(passwordProblem('lang genoeg!'), null);
  });

  // NIST SP 800-63B, 5.1.1.2: refuse breached/common passwords, "repetitive or
  // sequential characters (e.g. 'aaaaaa', '1234abcd')" and context-specific words.
  it('refuses repeated and sequential characters (NIST SP 800-63B 5.1.1.2)', () => {
    for (const p of ['aaaaaaaaaa', 'AAAAAAAAAAAA', '1234567890', '0987654321', 'abcdefghij', 'ZYXWVUTSRQ', 'abcabcabcabc', '1212121212', 'aaaaa11111', 'abcde12345']) {
      assert.equal(passwordProblem(p), 'repetitive', p);
    }
  });
  it('refuses passwords on the common-password list, in any case, and the service name with digits', () => {
    for (const p of ['qwertyuiop', 'Password123', 'BASKETBALL', '1q2w3e4r5t', 'Verbind2024!', 'wachtwoord1', 'motdepasse!!']) {
      assert.equal(passwordProblem(p), 'common', p);
    }
  });
  it('accepts long passphrases and generated passwords', () => {
    for (const p of ['een lang wachtwoord', 'correct horse battery', 'fiets-boom-koffie-7', 'k7mq-x3vt-9pzr-h2wn']) assert.equal(passwordProblem(p), null, p);
    for (let i = 0; i < 200; i++) assert.equal(passwordProblem(generatePassword()), null);
  });
});

describe('after sign-in, only paths on this site are followed', () => {
  it('accepts local paths with their query', () => {
    assert.equal(localPath('/nl/coding?status=draft'), '/nl/coding?status=draft');
  });
  it('refuses other sites and tricks', () => {
    for (const bad of ['https://evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)', 'coding', '', '/\nx', undefined]) {
      assert.equal(localPath(bad), undefined, String(bad));
    }
  });
  it('refuses paths that become another host once normalised or read by a browser', () => {
    const variants = [
      '/.//evil.example', '/./\\evil.example', '/..//evil.example', '/a/..//evil.example', '/././/evil.example',
      '\\evil.example', '\\\\evil.example', '/\\/evil.example', '\\/evil.example',
      '/\t/evil.example', '/\n/evil.example', '/\r/evil.example', '\t//evil.example', '/%00', '/\u0000/x',
      'javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'data:text/html,x', 'http:/evil.example',
      'https:evil.example', 'http://verbind.invalid/x',
    ];
    for (const bad of variants) {
      const got = localPath(bad);
      if (got === undefined) continue;
      // Anything accepted must be a single-slash path that a browser resolves on this site.
      assert.match(got, /^\/(?![\/\\])/, `${JSON.stringify(bad)} gave ${JSON.stringify(got)}`);
      assert.equal(new URL(got, 'https://verbind.example').origin, 'https://verbind.example', JSON.stringify(bad));
    }
    for (const bad of ['/.//evil.example', '/..//evil.example', '/a/..//evil.example', '\\evil.example', '/\t/evil.example']) {
      assert.equal(localPath(bad), undefined, JSON.stringify(bad));
    }
  });
  it('keeps an encoded slash encoded: "/%2F/x" stays a path on this site', () => {
    assert.equal(localPath('/%2F/evil.example'), '/%2F/evil.example');
    assert.equal(new URL(localPath('/%2F/evil.example')!, 'https://verbind.example').host, 'verbind.example');
  });
});

describe('audit details', () => {
  it('drop anything that looks like a password or an e-mail address', () => {
    assert.deepEqual(safeDetails({ role: 'coder', password: 'x', newPassword: 'y', email: 'a@b.be', note: 'mail me at a@b.be', reason: 'ok' }), { role: 'coder', reason: 'ok' });
  });
});
