import assert from 'node:assert/strict';
import { test } from 'node:test';
import { base32Decode, base32Encode, hotp, totp } from './totp.mjs';

// RFC 6238 appendix B, SHA-1 key "12345678901234567890" (8-digit vectors, checked on 6 digits).
const KEY = Buffer.from('12345678901234567890');

test('RFC 6238 SHA-1 vectors', () => {
  assert.equal(hotp(KEY, Math.floor(59 / 30), 8), '94287082');
  assert.equal(hotp(KEY, Math.floor(1111111109 / 30), 8), '07081804');
  assert.equal(hotp(KEY, Math.floor(2000000000 / 30), 8), '69279037');
  assert.equal(totp(base32Encode(KEY), 59_000), '287082');
});

test('base32 round trip, tolerant of spaces and case', () => {
  const bytes = Buffer.from([0, 1, 2, 250, 251, 252, 253, 254, 255, 7]);
  const text = base32Encode(bytes);
  assert.deepEqual(base32Decode(text.toLowerCase().replace(/(.{4})/g, '$1 ')), bytes);
  assert.equal(base32Encode(Buffer.from('foobar')), 'MZXW6YTBOI');
});
