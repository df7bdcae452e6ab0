-- Teams group users; a project may belong to one team, whose members then reach it through their
-- team role (docs/access-model.md: viewer -> read, qa/dev -> write, admin -> admin).
CREATE TABLE teams (
    id          UUID PRIMARY KEY,
    name        TEXT        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    created_by  UUID,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE team_members (
    team_id     UUID        NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    user_id     UUID        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role        TEXT        NOT NULL CHECK (role IN ('viewer', 'qa', 'dev', 'admin')),
    created_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (team_id, user_id)
);
CREATE INDEX team_members_user ON team_members (user_id);

-- A deleted team leaves its projects as personal projects of their owners.
ALTER TABLE projects
    ADD CONSTRAINT projects_team_fk FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE SET NULL;
CREATE INDEX projects_team ON projects (team_id) WHERE team_id IS NOT NULL;
