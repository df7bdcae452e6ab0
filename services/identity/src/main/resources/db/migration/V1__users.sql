-- Platform users. email is stored normalised (trimmed, lower case) and is the login name.
-- password_hash is a PHC string ($argon2id$v=19$m=..,t=..,p=..$salt$hash): the cost travels with
-- the hash, so it can be raised later without invalidating stored passwords.
CREATE TABLE users (
    id             UUID PRIMARY KEY,
    email          TEXT        NOT NULL,
    name           TEXT,
    password_hash  TEXT        NOT NULL,
    role           TEXT        NOT NULL DEFAULT 'dev'
                   CHECK (role IN ('viewer', 'qa', 'dev', 'admin', 'super_admin')),
    plan           TEXT        NOT NULL DEFAULT 'starter'
                   CHECK (plan IN ('starter', 'pro', 'enterprise')),
    email_verified BOOLEAN     NOT NULL DEFAULT false,
    enabled        BOOLEAN     NOT NULL DEFAULT true,
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    CONSTRAINT users_email_key UNIQUE (email),
    CONSTRAINT users_email_normalised CHECK (email = lower(btrim(email)))
);
