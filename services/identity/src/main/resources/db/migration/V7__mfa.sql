-- TOTP second factor. The secret is AES-256-GCM ciphertext (key id inside); last_used_step makes
-- every accepted code single use.
CREATE TABLE user_mfa (
    user_id          UUID PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    secret           TEXT        NOT NULL,
    enabled          BOOLEAN     NOT NULL DEFAULT false,
    created_at       TIMESTAMPTZ NOT NULL,
    enabled_at       TIMESTAMPTZ,
    last_used_step   BIGINT      NOT NULL DEFAULT 0
);

-- Recovery codes: SHA-256 only (80 random bits each), single use.
CREATE TABLE mfa_recovery_codes (
    id          UUID PRIMARY KEY,
    user_id     UUID        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash   TEXT        NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ
);
CREATE INDEX mfa_recovery_codes_user ON mfa_recovery_codes (user_id);

-- The second step of a sign-in: short-lived, single use, a few attempts.
CREATE TABLE mfa_challenges (
    id               UUID PRIMARY KEY,
    user_id          UUID        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash       TEXT        NOT NULL UNIQUE,
    user_agent       TEXT,
    created_at       TIMESTAMPTZ NOT NULL,
    expires_at       TIMESTAMPTZ NOT NULL,
    used_at          TIMESTAMPTZ,
    failed_attempts  INT         NOT NULL DEFAULT 0
);
