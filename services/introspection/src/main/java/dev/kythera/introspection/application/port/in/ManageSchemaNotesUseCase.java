package dev.kythera.introspection.application.port.in;

import dev.kythera.introspection.domain.knowledge.Annotation;
import dev.kythera.introspection.domain.knowledge.Reference;
import dev.kythera.introspection.domain.knowledge.VirtualRelation;
import java.util.List;
import java.util.UUID;

/**
 * Inbound port: what users add to a connection's schema — annotations, reference definitions and
 * decisions on inferred relations. Targets are checked against the connection's newest snapshot.
 */
public interface ManageSchemaNotesUseCase {

  List<Annotation> annotations(UUID projectId, UUID connectionId);

  Annotation annotate(UUID projectId, UUID userId, UUID connectionId, String target, String body);

  Annotation editAnnotation(UUID projectId, UUID annotationId, String body);

  void deleteAnnotation(UUID projectId, UUID annotationId);

  List<Reference> references(UUID projectId, UUID connectionId);

  /** Input of a reference definition. */
  record ReferenceInput(String name, String kind, String source, List<String> values) {}

  Reference createReference(UUID projectId, UUID userId, UUID connectionId, ReferenceInput input);

  Reference updateReference(UUID projectId, UUID referenceId, ReferenceInput input);

  void deleteReference(UUID projectId, UUID referenceId);

  /** Stores the references the heuristics detect in the newest snapshot that are not kept yet. */
  List<Reference> adoptDetectedReferences(UUID projectId, UUID userId, UUID connectionId);

  List<VirtualRelation> relations(UUID projectId, UUID connectionId);

  /** Input of a decision on a relation. */
  record RelationInput(
      String fromTable,
      List<String> fromColumns,
      String toTable,
      List<String> toColumns,
      String status) {}

  VirtualRelation decideRelation(
      UUID projectId, UUID userId, UUID connectionId, RelationInput input);

  void deleteRelation(UUID projectId, UUID relationId);
}
