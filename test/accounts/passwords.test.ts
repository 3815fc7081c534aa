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
});

describe('audit details', () => {
  it('drop anything that looks like a password or an e-mail address', () => {
    assert.deepEqual(safeDetails({ role: 'coder', password: 'x', newPassword: 'y', email: 'a@b.be', note: 'mail me at a@b.be', reason: 'ok' }), { role: 'coder', reason: 'ok' });
  });
});
