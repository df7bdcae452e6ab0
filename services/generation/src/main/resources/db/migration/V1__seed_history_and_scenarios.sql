-- One row per seed run (the reference's SeedHistory): what was asked, the seed that repeats it,
-- rows per table, the integrity report and how it ended.
CREATE TABLE seed_history (
  id              uuid PRIMARY KEY,
  project_id      uuid         NOT NULL,
  connection_id   uuid         NOT NULL,
  snapshot_id     uuid,
  job_id          uuid,
  scenario_id     uuid,
  strategy        varchar(20)  NOT NULL,
  mode            varchar(20)  NOT NULL,
  seed            bigint       NOT NULL,
  status          varchar(20)  NOT NULL,
  outcome         varchar(20),
  total_rows      bigint       NOT NULL,
  tables          jsonb        NOT NULL DEFAULT '[]',
  request         jsonb        NOT NULL,
  integrity       jsonb,
  error           text,
  created_by      uuid,
  started_at      timestamptz  NOT NULL,
  finished_at     timestamptz
);
CREATE INDEX seed_history_project ON seed_history (project_id, started_at DESC);

-- QA templates (the reference's SeedScenario): a named, versioned, parameterised seed spec.
CREATE TABLE seed_scenario (
  id              uuid PRIMARY KEY,
  project_id      uuid         NOT NULL,
  name            varchar(120) NOT NULL,
  description     text,
  version         integer      NOT NULL,
  parameters      jsonb        NOT NULL DEFAULT '[]',
  spec            jsonb        NOT NULL,
  created_by      uuid,
  created_at      timestamptz  NOT NULL,
  updated_at      timestamptz  NOT NULL,
  CONSTRAINT seed_scenario_name_unique UNIQUE (project_id, name)
);
