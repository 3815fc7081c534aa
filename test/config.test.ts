import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { absoluteUrl, configFromEnv, publicUrlFor } from '../src/config.js';

describe('public URL (VERBIND_PUBLIC_URL), the base of every absolute link', () => {
  it('defaults to http://HOST:PORT', () => {
    assert.equal(configFromEnv({}).publicUrl, 'http://127.0.0.1:3000');
    assert.equal(configFromEnv({ HOST: '0.0.0.0', PORT: '8080' }).publicUrl, 'http://0.0.0.0:8080');
    assert.equal(publicUrlFor({}, '::1', 3000), 'http://[::1]:3000');
  });
  it('takes VERBIND_PUBLIC_URL, without a trailing slash, with a path prefix if any', () => {
    assert.equal(publicUrlFor({ VERBIND_PUBLIC_URL: 'https://verbind.example.be/' }, 'x', 1), 'https://verbind.example.be');
    assert.equal(publicUrlFor({ VERBIND_PUBLIC_URL: 'https://example.be/verbind/' }, 'x', 1), 'https://example.be/verbind');
    assert.equal(absoluteUrl('https://example.be/verbind', '/nl/survey/s/abc'), 'https://example.be/verbind/nl/survey/s/abc');
  });
  it('refuses what is not an http(s) address, and paths that are not on this site', () => {
    for (const bad of ['javascript:alert(1)', 'verbind.example.be', 'ftp://x.be', 'https://x.be/?a=1', 'https://x.be/#top', 'https://u:p@x.be']) {
      assert.throws(() => publicUrlFor({ VERBIND_PUBLIC_URL: bad }, 'x', 1), /VERBIND_PUBLIC_URL/, bad);
    }
    assert.throws(() => absoluteUrl('https://x.be', '//evil.example/'));
    assert.throws(() => absoluteUrl('https://x.be', 'evil'));
  });
});
