package dev.kythera.introspection.application.service;

import dev.kythera.introspection.application.port.in.AuditSchemaUseCase;
import dev.kythera.introspection.application.port.in.ReadSnapshotsUseCase;
import dev.kythera.introspection.domain.health.Finding;
import dev.kythera.introspection.domain.health.HealthAudit;
import dev.kythera.introspection.domain.heuristics.DomainClassifier;
import dev.kythera.introspection.domain.heuristics.InferredRelations;
import dev.kythera.introspection.domain.heuristics.ReferenceDetector;
import dev.kythera.introspection.domain.heuristics.TableRoleClassifier;
import dev.kythera.kernel.schema.SchemaModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Runs the domain's health rules and heuristics over a stored snapshot. */
@ApplicationScoped
public class SchemaAuditService implements AuditSchemaUseCase {
  private final ReadSnapshotsUseCase snapshots;
  private final HealthAudit audit = HealthAudit.standard();

  public SchemaAuditService(ReadSnapshotsUseCase snapshots) {
    this.snapshots = snapshots;
  }

  @Override
  public List<Finding> health(UUID projectId, UUID snapshotId) {
    return audit.audit(snapshots.get(projectId, snapshotId).model());
  }

  @Override
  public Insights insights(UUID projectId, UUID snapshotId) {
    SchemaModel model = snapshots.get(projectId, snapshotId).model();
    return new Insights(
        new ArrayList<>(new TableRoleClassifier().classify(model).values()),
        new ArrayList<>(new DomainClassifier().classify(model).values()),
        new ReferenceDetector().detect(model),
        new InferredRelations().infer(model));
  }
}
