// Reads the verification code from a GreenMail-style HTTP API:
//   GET {mailApi}/api/user/{email}/messages/  → JSON array of messages (subject, mimeMessage, ...)
// Tolerant on purpose: the raw response text is searched for "Verification code: <token>"
// (after undoing JSON escapes and quoted-printable soft line breaks), falling back to a
// "verify-email?token=<token>" link.

const CODE = /Verification code:\s*([A-Za-z0-9._~-]+)/g;
const LINK = /verify-email\?token=([A-Za-z0-9._~%-]+)/g;

export function extractVerificationToken(raw) {
  // Parsed JSON strings first (real line breaks), the raw text last (escaped line breaks).
  let strings = [];
  try {
    strings = collectStrings(JSON.parse(raw));
  } catch {
    // not JSON: search the raw text only
  }
  for (const texts of [strings, [raw]]) {
    for (const re of [CODE, LINK]) {
      let found = null;
      for (const text of texts) {
        for (const match of decodeQuotedPrintable(text).matchAll(re)) {
          found = decodeURIComponent(match[1]); // the last one wins: the newest mail
        }
      }
      if (found) return found;
    }
  }
  return null;
}

export async function waitForVerificationToken(
  mailApi,
  email,
  { timeoutMs = 60_000, intervalMs = 1000 } = {},
) {
  const base = mailApi.replace(/\/+$/, '');
  const url = `${base}/api/user/${encodeURIComponent(email)}/messages/`;
  const deadline = Date.now() + timeoutMs;
  let lastProblem = 'no message yet';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { headers: { accept: 'application/json' } });
      const text = await response.text();
      if (response.ok) {
        const token = extractVerificationToken(text);
        if (token) return token;
        lastProblem = `no "Verification code:" in ${text.length} chars of mail`;
      } else {
        lastProblem = `mail API answered ${response.status}`;
      }
    } catch (error) {
      lastProblem = `mail API unreachable: ${error.message}`;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(
    `No verification mail for ${email} within ${timeoutMs / 1000} s (${lastProblem}; ${url})`,
  );
}

function collectStrings(value, out = []) {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => collectStrings(v, out));
  else if (value && typeof value === 'object')
    Object.values(value).forEach((v) => collectStrings(v, out));
  return out;
}

function decodeQuotedPrintable(text) {
  return text
    .replace(/=(?:\\r)?\\n/g, '') // soft line break still JSON-escaped (raw text)
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
}
