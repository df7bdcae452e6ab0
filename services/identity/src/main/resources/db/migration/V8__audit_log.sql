-- Projection of kythera.audit.events: one row per event (event_id unique), newest first by
-- (occurred_at, seq). details never holds secrets (the consumer redacts secret-looking keys).
CREATE TABLE audit_log (
    seq          BIGSERIAL PRIMARY KEY,
    event_id     TEXT        NOT NULL UNIQUE,
    occurred_at  TIMESTAMPTZ NOT NULL,
    source       TEXT        NOT NULL,
    actor_id     UUID,
    actor_email  TEXT,
    action       TEXT        NOT NULL,
    project_id   UUID,
    outcome      TEXT        NOT NULL CHECK (outcome IN ('success', 'failure', 'denied')),
    request_id   TEXT,
    details      JSONB       NOT NULL DEFAULT '{}'::jsonb,
    recorded_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_time ON audit_log (occurred_at DESC, seq DESC);
CREATE INDEX audit_log_project_time ON audit_log (project_id, occurred_at DESC, seq DESC)
    WHERE project_id IS NOT NULL;
CREATE INDEX audit_log_actor_time ON audit_log (actor_id, occurred_at DESC, seq DESC);
