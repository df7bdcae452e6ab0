-- Validation scans of a project (the reference's ValidationScanRun). This first slice only lists
-- them; the validation issue adds rules, running a scan as a job and its violations.
CREATE TABLE validation_scan_run (
    id              UUID PRIMARY KEY,
    project_id      UUID        NOT NULL,
    connection_id   UUID        NOT NULL,
    status          TEXT        NOT NULL DEFAULT 'pending',
    rule_count      INT         NOT NULL DEFAULT 0 CHECK (rule_count >= 0),
    violation_count BIGINT      NOT NULL DEFAULT 0 CHECK (violation_count >= 0),
    created_by      UUID,
    started_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    completed_at    TIMESTAMPTZ
);
CREATE INDEX validation_scan_run_project_started ON validation_scan_run (project_id, started_at DESC);
