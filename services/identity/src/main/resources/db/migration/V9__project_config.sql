-- Per-project settings: environments and defaults (guard rails read them later).
CREATE TABLE project_config (
    project_id    UUID PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
    environments  JSONB       NOT NULL DEFAULT '[]'::jsonb,
    defaults      JSONB       NOT NULL DEFAULT '{}'::jsonb,
    updated_at    TIMESTAMPTZ NOT NULL,
    updated_by    UUID
);
