-- Projects and who may use them. team_id is filled once teams exist (next migration set).
CREATE TABLE projects (
    id          UUID PRIMARY KEY,
    name        TEXT        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    description TEXT        CHECK (description IS NULL OR char_length(description) <= 1000),
    owner_id    UUID        NOT NULL REFERENCES users (id),
    team_id     UUID,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX projects_owner ON projects (owner_id);

-- Direct per-user grants; the creator is inserted as owner.
CREATE TABLE project_members (
    project_id  UUID        NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    user_id     UUID        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    permission  TEXT        NOT NULL CHECK (permission IN ('owner', 'admin', 'write', 'read')),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (project_id, user_id)
);
CREATE INDEX project_members_user ON project_members (user_id);
