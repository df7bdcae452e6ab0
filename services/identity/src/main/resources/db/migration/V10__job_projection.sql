-- Cross-service view of every job, fed by kythera.jobs.events (each event carries the whole job).
CREATE TABLE job_projection (
    id           UUID PRIMARY KEY,
    project_id   UUID        NOT NULL,
    user_id      UUID,
    service      TEXT        NOT NULL,
    type         TEXT        NOT NULL,
    label        TEXT        NOT NULL,
    status       TEXT        NOT NULL,
    progress     DOUBLE PRECISION NOT NULL,
    message      TEXT,
    result       TEXT,
    error        TEXT,
    created_at   TIMESTAMPTZ NOT NULL,
    started_at   TIMESTAMPTZ,
    completed_at TIMESTAMPTZ,
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX job_projection_project_created ON job_projection (project_id, created_at DESC);
