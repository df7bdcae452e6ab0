package dev.kythera.introspection.application.port.in;

import java.util.UUID;

/** Inbound port: a snapshot as a data dictionary, an ER diagram or a Liquibase changelog. */
public interface DocumentSchemaUseCase {

  /** Output formats. */
  enum Format {
    MARKDOWN,
    HTML,
    MERMAID,
    LIQUIBASE
  }

  String render(UUID projectId, UUID snapshotId, Format format);
}
