-- Invitations to a project for addresses that have no account yet. Claimed (turned into a
-- project_members row) when an account with that address verifies it.
CREATE TABLE project_invitations (
    id          UUID PRIMARY KEY,
    project_id  UUID        NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    email       TEXT        NOT NULL CHECK (email = lower(btrim(email))),
    permission  TEXT        NOT NULL CHECK (permission IN ('owner', 'admin', 'write', 'read')),
    invited_by  UUID,
    created_at  TIMESTAMPTZ NOT NULL,
    CONSTRAINT project_invitations_once UNIQUE (project_id, email)
);
CREATE INDEX project_invitations_email ON project_invitations (email);
