package dev.kythera.introspection.application.port.in;

import dev.kythera.introspection.domain.health.Finding;
import dev.kythera.introspection.domain.heuristics.DomainClassification;
import dev.kythera.introspection.domain.heuristics.InferredRelation;
import dev.kythera.introspection.domain.heuristics.ReferenceDefinition;
import dev.kythera.introspection.domain.heuristics.RoleClassification;
import java.util.List;
import java.util.UUID;

/** Inbound port: the health audit and the heuristics of a snapshot. */
public interface AuditSchemaUseCase {

  /** Health findings, most severe first. */
  List<Finding> health(UUID projectId, UUID snapshotId);

  /** What the heuristics make of each table, and the references and relations they found. */
  record Insights(
      List<RoleClassification> roles,
      List<DomainClassification> domains,
      List<ReferenceDefinition> references,
      List<InferredRelation> inferredRelations) {}

  Insights insights(UUID projectId, UUID snapshotId);
}
