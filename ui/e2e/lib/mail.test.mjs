// node --test e2e/lib/ : checks for the e2e helpers that need no browser.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractVerificationToken } from './mail.mjs';
import { StepRunner } from './runner.mjs';

test('finds the code in a GreenMail JSON message list', () => {
  const raw = JSON.stringify([
    {
      subject: 'Verify',
      mimeMessage: 'Subject: Verify\r\n\r\nHello\r\nVerification code: abc_DEF-123\r\nBye',
    },
  ]);
  assert.equal(extractVerificationToken(raw), 'abc_DEF-123');
});

test('undoes quoted-printable soft line breaks and escapes', () => {
  const raw = JSON.stringify([
    {
      mimeMessage:
        'Content-Transfer-Encoding: quoted-printable\r\n\r\nVerification code: abcdef=\r\nghijkl\r\n',
    },
  ]);
  assert.equal(extractVerificationToken(raw), 'abcdefghijkl');
});

test('takes the newest mail and falls back to the link', () => {
  const two = JSON.stringify([
    { body: 'Verification code: old' },
    { body: 'Verification code: new' },
  ]);
  assert.equal(extractVerificationToken(two), 'new');
  const link = JSON.stringify([{ body: 'Open https://x.test/verify-email?token=t%2Bk' }]);
  assert.equal(extractVerificationToken(link), 't+k');
  assert.equal(extractVerificationToken('[]'), null);
});

test('the step runner skips after a failure and reports counts', async () => {
  const lines = [];
  const log = console.log;
  console.log = (line = '') => lines.push(String(line));
  try {
    const runner = new StepRunner('demo');
    await runner.step('ok', () => {});
    await runner.step('boom', () => {
      throw new Error('x');
    });
    await runner.step('later', () => {});
    assert.equal(runner.finish(), 1);
  } finally {
    console.log = log;
  }
  assert.equal(lines.at(-1), '1 passed, 1 failed, 1 skipped');
});
