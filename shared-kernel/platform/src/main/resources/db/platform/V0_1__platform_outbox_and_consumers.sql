-- Transactional outbox: rows are written in the use-case transaction and published by the relay.
CREATE TABLE outbox_event (
    seq          BIGSERIAL PRIMARY KEY,
    id           UUID        NOT NULL UNIQUE,
    topic        TEXT        NOT NULL,
    event_key    TEXT        NOT NULL,
    type         TEXT        NOT NULL,
    source       TEXT        NOT NULL,
    subject      TEXT,
    occurred_at  TIMESTAMPTZ NOT NULL,
    payload      TEXT        NOT NULL,
    attempts     INT         NOT NULL DEFAULT 0,
    last_error   TEXT
);

-- Idempotent consumers: one row per (consumer, event id) already handled.
CREATE TABLE processed_event (
    consumer     TEXT        NOT NULL,
    event_id     TEXT        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- Jobs owned by this service (the identity service keeps the cross-service projection).
CREATE TABLE job (
    id               UUID PRIMARY KEY,
    project_id       UUID        NOT NULL,
    user_id          UUID,
    type             TEXT        NOT NULL,
    label            TEXT        NOT NULL,
    status           TEXT        NOT NULL,
    progress         DOUBLE PRECISION NOT NULL DEFAULT 0,
    message          TEXT,
    params           TEXT        NOT NULL DEFAULT '{}',
    result           TEXT,
    error            TEXT,
    created_at       TIMESTAMPTZ NOT NULL,
    started_at       TIMESTAMPTZ,
    completed_at     TIMESTAMPTZ,
    worker_id        TEXT,
    heartbeat_at     TIMESTAMPTZ,
    cancel_requested BOOLEAN     NOT NULL DEFAULT false,
    attempts         INT         NOT NULL DEFAULT 0
);
CREATE INDEX job_project_created ON job (project_id, created_at DESC);
CREATE INDEX job_active ON job (status) WHERE status IN ('pending', 'running');
