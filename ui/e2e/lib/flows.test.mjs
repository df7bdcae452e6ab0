import assert from 'node:assert/strict';
import { test } from 'node:test';
import { auditedAction, auditedRequest, waitForAuditEntries } from './flows.mjs';

const entry = (action, text, outcome = 'success') => ({ action, outcome, text });
const SELFTEST = entry(
  'http.post',
  'e2e@example.test POST /api/projects/6f1c/diagnostics/selftest → 202 just now http.post /kythera/gateway',
);
const CANCEL = entry('http.post', 'e2e@example.test POST /api/projects/6f1c/jobs/9a/cancel → 202');
const CREATED = entry('project.created', 'e2e@example.test created the project');

/** Just enough of a Playwright page for waitForAuditEntries: a fixed list of entries. */
function pageWith(entries) {
  const locator = {
    first: () => ({ waitFor: async () => {} }),
    evaluateAll: async () => entries,
  };
  return {
    locator: () => locator,
    getByRole: () => ({ first: () => ({ isEnabled: async () => false }) }),
  };
}

test('auditedRequest matches the method and path of a successful request only', () => {
  const selftest = auditedRequest('POST', /\/diagnostics\/selftest\b/);
  assert.equal(selftest(SELFTEST), true);
  assert.equal(selftest(CANCEL), false);
  assert.equal(selftest(CREATED), false);
  assert.equal(selftest({ ...SELFTEST, outcome: 'denied' }), false);
  assert.equal(
    selftest(entry('http.delete', 'DELETE /api/projects/1/diagnostics/selftest')),
    false,
  );
  assert.equal(selftest(entry('http.post', 'POST /api/projects → 201')), false);
  assert.equal(auditedRequest('POST', /\/jobs\/[^/\s]+\/cancel\b/)(CANCEL), true);
  assert.equal(auditedAction('project.created')(CREATED), true);
});

test('waitForAuditEntries needs one entry per expectation', async () => {
  const twoRuns = [
    auditedAction('project.created'),
    auditedRequest('POST', /\/diagnostics\/selftest\b/),
    auditedRequest('POST', /\/diagnostics\/selftest\b/),
  ];
  const { hits } = await waitForAuditEntries(
    pageWith([CANCEL, SELFTEST, SELFTEST, CREATED]),
    twoRuns,
    1000,
  );
  assert.deepEqual(hits, [CREATED, SELFTEST, SELFTEST]);

  await assert.rejects(
    waitForAuditEntries(pageWith([CREATED, SELFTEST]), twoRuns, 0),
    /No activity entry for POST …\/diagnostics\/selftest within 0 s; seen: project.created, http.post/,
  );
});
