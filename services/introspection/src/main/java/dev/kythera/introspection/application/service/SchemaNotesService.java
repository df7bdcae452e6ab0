package dev.kythera.introspection.application.service;

import dev.kythera.introspection.application.port.in.ManageSchemaNotesUseCase;
import dev.kythera.introspection.application.port.out.AnnotationRepository;
import dev.kythera.introspection.application.port.out.ReferenceRepository;
import dev.kythera.introspection.application.port.out.SnapshotRepository;
import dev.kythera.introspection.application.port.out.VirtualRelationRepository;
import dev.kythera.introspection.domain.heuristics.ReferenceDefinition;
import dev.kythera.introspection.domain.heuristics.ReferenceDetector;
import dev.kythera.introspection.domain.knowledge.Annotation;
import dev.kythera.introspection.domain.knowledge.Reference;
import dev.kythera.introspection.domain.knowledge.SchemaTargets;
import dev.kythera.introspection.domain.knowledge.VirtualRelation;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.schema.SchemaModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Annotations, reference definitions and relation decisions of a project's connections. */
@ApplicationScoped
public class SchemaNotesService implements ManageSchemaNotesUseCase {
  private final ConnectionService connections;
  private final SnapshotRepository snapshots;
  private final AnnotationRepository annotations;
  private final ReferenceRepository references;
  private final VirtualRelationRepository relations;

  public SchemaNotesService(
      ConnectionService connections,
      SnapshotRepository snapshots,
      AnnotationRepository annotations,
      ReferenceRepository references,
      VirtualRelationRepository relations) {
    this.connections = connections;
    this.snapshots = snapshots;
    this.annotations = annotations;
    this.references = references;
    this.relations = relations;
  }

  @Override
  public List<Annotation> annotations(UUID projectId, UUID connectionId) {
    connections.stored(projectId, connectionId);
    return annotations.list(projectId, connectionId);
  }

  @Override
  @Transactional
  public Annotation annotate(
      UUID projectId, UUID userId, UUID connectionId, String target, String body) {
    if (!targets(projectId, connectionId).exists(target)) {
      throw KytheraException.invalid("target", "must name a table or column of the schema");
    }
    Instant now = Instant.now();
    Annotation annotation =
        new Annotation(
            UUID.randomUUID(), projectId, connectionId, target, body(body), userId, now, now);
    annotations.save(annotation);
    return annotation;
  }

  @Override
  @Transactional
  public Annotation editAnnotation(UUID projectId, UUID annotationId, String body) {
    Annotation a =
        annotations
            .find(projectId, annotationId)
            .orElseThrow(() -> KytheraException.notFound("Annotation " + annotationId));
    Annotation edited =
        new Annotation(
            a.id(),
            a.projectId(),
            a.connectionId(),
            a.target(),
            body(body),
            a.createdBy(),
            a.createdAt(),
            Instant.now());
    annotations.save(edited);
    return edited;
  }

  @Override
  @Transactional
  public void deleteAnnotation(UUID projectId, UUID annotationId) {
    if (!annotations.delete(projectId, annotationId)) {
      throw KytheraException.notFound("Annotation " + annotationId);
    }
  }

  @Override
  public List<Reference> references(UUID projectId, UUID connectionId) {
    connections.stored(projectId, connectionId);
    return references.list(projectId, connectionId);
  }

  @Override
  @Transactional
  public Reference createReference(
      UUID projectId, UUID userId, UUID connectionId, ReferenceInput input) {
    connections.stored(projectId, connectionId);
    ReferenceInput valid = validReference(input);
    requireFreeName(projectId, connectionId, valid.name(), null);
    Instant now = Instant.now();
    Reference reference =
        new Reference(
            UUID.randomUUID(),
            projectId,
            connectionId,
            valid.name(),
            valid.kind(),
            valid.source(),
            valid.values(),
            userId,
            now,
            now);
    references.save(reference);
    return reference;
  }

  @Override
  @Transactional
  public Reference updateReference(UUID projectId, UUID referenceId, ReferenceInput input) {
    Reference r =
        references
            .find(projectId, referenceId)
            .orElseThrow(() -> KytheraException.notFound("Reference " + referenceId));
    ReferenceInput valid = validReference(input);
    requireFreeName(projectId, r.connectionId(), valid.name(), r.id());
    Reference updated =
        new Reference(
            r.id(),
            projectId,
            r.connectionId(),
            valid.name(),
            valid.kind(),
            valid.source(),
            valid.values(),
            r.createdBy(),
            r.createdAt(),
            Instant.now());
    references.save(updated);
    return updated;
  }

  @Override
  @Transactional
  public void deleteReference(UUID projectId, UUID referenceId) {
    if (!references.delete(projectId, referenceId)) {
      throw KytheraException.notFound("Reference " + referenceId);
    }
  }

  @Override
  @Transactional
  public List<Reference> adoptDetectedReferences(UUID projectId, UUID userId, UUID connectionId) {
    SchemaModel model = latestModel(projectId, connectionId);
    Set<String> kept =
        references.list(projectId, connectionId).stream()
            .map(Reference::name)
            .collect(Collectors.toSet());
    List<Reference> adopted = new ArrayList<>();
    Instant now = Instant.now();
    for (ReferenceDefinition found : new ReferenceDetector().detect(model)) {
      if (kept.add(found.name())) {
        Reference reference =
            new Reference(
                UUID.randomUUID(),
                projectId,
                connectionId,
                found.name(),
                found.kind().name().toLowerCase(Locale.ROOT),
                found.source(),
                found.values(),
                userId,
                now,
                now);
        references.save(reference);
        adopted.add(reference);
      }
    }
    return adopted;
  }

  @Override
  public List<VirtualRelation> relations(UUID projectId, UUID connectionId) {
    connections.stored(projectId, connectionId);
    return relations.list(projectId, connectionId);
  }

  @Override
  @Transactional
  public VirtualRelation decideRelation(
      UUID projectId, UUID userId, UUID connectionId, RelationInput input) {
    SchemaTargets targets = targets(projectId, connectionId);
    List<String> from = input.fromColumns() == null ? List.of() : input.fromColumns();
    List<String> to = input.toColumns() == null ? List.of() : input.toColumns();
    if (!targets.hasColumns(input.fromTable(), from)) {
      throw KytheraException.invalid("fromColumns", "must be columns of fromTable");
    }
    if (!targets.hasColumns(input.toTable(), to) || to.size() != from.size()) {
      throw KytheraException.invalid("toColumns", "must be as many columns of toTable");
    }
    VirtualRelation.Status status;
    try {
      status =
          VirtualRelation.Status.valueOf(String.valueOf(input.status()).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw KytheraException.invalid("status", "must be confirmed or rejected");
    }
    return relations.upsert(
        new VirtualRelation(
            UUID.randomUUID(),
            projectId,
            connectionId,
            input.fromTable(),
            from,
            input.toTable(),
            to,
            status,
            userId,
            Instant.now()));
  }

  @Override
  @Transactional
  public void deleteRelation(UUID projectId, UUID relationId) {
    if (!relations.delete(projectId, relationId)) {
      throw KytheraException.notFound("Relation " + relationId);
    }
  }

  private SchemaTargets targets(UUID projectId, UUID connectionId) {
    return new SchemaTargets(latestModel(projectId, connectionId));
  }

  private SchemaModel latestModel(UUID projectId, UUID connectionId) {
    connections.stored(projectId, connectionId);
    UUID snapshotId =
        snapshots
            .latest(projectId, connectionId)
            .orElseThrow(
                () ->
                    new KytheraException(
                        ErrorCode.CONFLICT,
                        "The connection has no snapshot yet: capture one first"))
            .id();
    return snapshots.find(projectId, snapshotId).orElseThrow().model();
  }

  private static String body(String body) {
    if (body == null || body.isBlank() || body.length() > Annotation.MAX_BODY) {
      throw KytheraException.invalid("body", "is required, at most 4000 characters");
    }
    return body.strip();
  }

  private void requireFreeName(UUID projectId, UUID connectionId, String name, UUID exceptId) {
    boolean taken =
        references.list(projectId, connectionId).stream()
            .anyMatch(r -> r.name().equals(name) && !r.id().equals(exceptId));
    if (taken) {
      throw new KytheraException(ErrorCode.CONFLICT, "A reference named '" + name + "' exists")
          .withField("name", "is already used for this connection");
    }
  }

  private static ReferenceInput validReference(ReferenceInput input) {
    if (input == null
        || input.name() == null
        || input.name().isBlank()
        || input.name().length() > 200) {
      throw KytheraException.invalid("name", "is required, at most 200 characters");
    }
    String kind = input.kind() == null ? "manual" : input.kind();
    if (!Reference.KINDS.contains(kind)) {
      throw KytheraException.invalid(
          "kind", "must be one of " + String.join(", ", Reference.KINDS));
    }
    List<String> values = input.values() == null ? List.of() : input.values();
    if (values.size() > Reference.MAX_VALUES
        || values.stream().anyMatch(v -> v == null || v.length() > Reference.MAX_VALUE_LENGTH)) {
      throw KytheraException.invalid("values", "at most 1000 values of at most 500 characters");
    }
    return new ReferenceInput(input.name().strip(), kind, input.source(), values);
  }
}
