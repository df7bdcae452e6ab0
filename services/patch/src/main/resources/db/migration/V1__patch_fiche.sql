-- Mass patches of a project (the reference's PatchFiche). This first slice only lists them; the
-- mass-patch issue adds the statement, review, dry run, snapshots and execution.
CREATE TABLE patch_fiche (
    id          UUID PRIMARY KEY,
    project_id  UUID        NOT NULL,
    name        TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description TEXT,
    status      TEXT        NOT NULL DEFAULT 'draft',
    created_by  UUID,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX patch_fiche_project_created ON patch_fiche (project_id, created_at DESC);
