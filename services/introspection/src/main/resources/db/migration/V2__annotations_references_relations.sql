-- Notes users keep on tables and columns of a connection's schema.
CREATE TABLE annotation (
  id            uuid PRIMARY KEY,
  project_id    uuid         NOT NULL,
  connection_id uuid         NOT NULL REFERENCES connection (id) ON DELETE CASCADE,
  target        varchar(600) NOT NULL,
  body          text         NOT NULL,
  created_by    uuid,
  created_at    timestamptz  NOT NULL,
  updated_at    timestamptz  NOT NULL
);
CREATE INDEX annotation_by_connection ON annotation (connection_id, target);

-- Named lists of allowed values or keys (the seed's ReferenceDefinition), detected or hand-made.
CREATE TABLE reference_definition (
  id            uuid PRIMARY KEY,
  project_id    uuid         NOT NULL,
  connection_id uuid         NOT NULL REFERENCES connection (id) ON DELETE CASCADE,
  name          varchar(200) NOT NULL,
  kind          varchar(30)  NOT NULL,
  source        varchar(600),
  allowed_values text        NOT NULL,
  created_by    uuid,
  created_at    timestamptz  NOT NULL,
  updated_at    timestamptz  NOT NULL,
  CONSTRAINT reference_definition_name_unique UNIQUE (connection_id, name)
);

-- Relations the schema does not declare: inferred from names, confirmed or rejected by a user.
CREATE TABLE virtual_relation (
  id            uuid PRIMARY KEY,
  project_id    uuid         NOT NULL,
  connection_id uuid         NOT NULL REFERENCES connection (id) ON DELETE CASCADE,
  from_table    varchar(600) NOT NULL,
  from_columns  varchar(2000) NOT NULL,
  to_table      varchar(600) NOT NULL,
  to_columns    varchar(2000) NOT NULL,
  status        varchar(20)  NOT NULL,
  created_by    uuid,
  created_at    timestamptz  NOT NULL,
  CONSTRAINT virtual_relation_unique
    UNIQUE (connection_id, from_table, from_columns, to_table, to_columns)
);
