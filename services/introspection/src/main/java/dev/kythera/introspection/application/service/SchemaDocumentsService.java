package dev.kythera.introspection.application.service;

import dev.kythera.introspection.application.port.in.CompareSnapshotsUseCase;
import dev.kythera.introspection.application.port.in.DocumentSchemaUseCase;
import dev.kythera.introspection.application.port.in.ReadSnapshotsUseCase;
import dev.kythera.introspection.domain.diff.MigrationScript;
import dev.kythera.introspection.domain.diff.MigrationSql;
import dev.kythera.introspection.domain.diff.SchemaDiff;
import dev.kythera.introspection.domain.docs.HtmlDictionary;
import dev.kythera.introspection.domain.docs.LiquibaseChangelog;
import dev.kythera.introspection.domain.docs.MarkdownDictionary;
import dev.kythera.introspection.domain.docs.MermaidEr;
import dev.kythera.introspection.domain.snapshot.Snapshot;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Diffs, migrations and documents computed from stored snapshots by the domain renderers. */
@ApplicationScoped
public class SchemaDocumentsService implements CompareSnapshotsUseCase, DocumentSchemaUseCase {
  private final ReadSnapshotsUseCase snapshots;

  public SchemaDocumentsService(ReadSnapshotsUseCase snapshots) {
    this.snapshots = snapshots;
  }

  @Override
  public Comparison diff(UUID projectId, UUID fromSnapshotId, UUID toSnapshotId) {
    Snapshot from = snapshots.get(projectId, fromSnapshotId);
    Snapshot to = snapshots.get(projectId, toSnapshotId);
    return new Comparison(
        from.summary(), to.summary(), SchemaDiff.between(from.model(), to.model()));
  }

  @Override
  public MigrationScript migration(
      UUID projectId, UUID fromSnapshotId, UUID toSnapshotId, MigrationSql.Dialect dialect) {
    return MigrationSql.of(diff(projectId, fromSnapshotId, toSnapshotId).diff(), dialect);
  }

  @Override
  public String render(UUID projectId, UUID snapshotId, Format format) {
    Snapshot snapshot = snapshots.get(projectId, snapshotId);
    String title = "Data dictionary of " + snapshot.summary().database();
    return switch (format) {
      case MARKDOWN -> MarkdownDictionary.render(snapshot.model(), title);
      case HTML -> HtmlDictionary.render(snapshot.model(), title);
      case MERMAID -> MermaidEr.render(snapshot.model());
      case LIQUIBASE -> LiquibaseChangelog.render(snapshot.model());
    };
  }
}
