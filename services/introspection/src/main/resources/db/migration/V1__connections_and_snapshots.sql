-- Connections to target databases. Secrets (password, SSH password/key/passphrase) are one
-- AES-256-GCM ciphertext with the id of the key that sealed it, so keys can rotate.
CREATE TABLE connection (
  id                uuid PRIMARY KEY,
  project_id        uuid         NOT NULL,
  name              varchar(120) NOT NULL,
  engine            varchar(20)  NOT NULL,
  host              varchar(255),
  port              integer,
  database_name     varchar(1024) NOT NULL,
  username          varchar(255),
  ssl_mode          varchar(20),
  environment       varchar(20)  NOT NULL,
  ssh_host          varchar(255),
  ssh_port          integer,
  ssh_username      varchar(255),
  ssh_auth_method   varchar(20),
  ssh_host_key      text,
  secret_key_id     varchar(64),
  secret_ciphertext bytea,
  has_password      boolean      NOT NULL DEFAULT false,
  created_by        uuid,
  created_at        timestamptz  NOT NULL,
  updated_at        timestamptz  NOT NULL,
  CONSTRAINT connection_name_unique UNIQUE (project_id, name)
);

-- One captured schema per introspection run; the canonical model is stored gzipped JSON.
CREATE TABLE schema_snapshot (
  id                uuid PRIMARY KEY,
  project_id        uuid         NOT NULL,
  connection_id     uuid         NOT NULL REFERENCES connection (id) ON DELETE CASCADE,
  job_id            uuid,
  captured_at       timestamptz  NOT NULL,
  engine            varchar(20)  NOT NULL,
  server_version    varchar(200),
  database_name     varchar(1024),
  table_count       integer      NOT NULL,
  view_count        integer      NOT NULL,
  column_count      integer      NOT NULL,
  foreign_key_count integer      NOT NULL,
  duration_ms       bigint       NOT NULL,
  model_gzip        bytea        NOT NULL,
  created_by        uuid
);
CREATE INDEX schema_snapshot_by_connection ON schema_snapshot (connection_id, captured_at DESC);
CREATE INDEX schema_snapshot_by_project ON schema_snapshot (project_id);
