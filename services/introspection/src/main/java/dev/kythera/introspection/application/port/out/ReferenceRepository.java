package dev.kythera.introspection.application.port.out;

import dev.kythera.introspection.domain.knowledge.Reference;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outbound port: reference definitions of a connection. */
public interface ReferenceRepository {

  /** Inserts or replaces (by id). */
  void save(Reference reference);

  Optional<Reference> find(UUID projectId, UUID id);

  /** References of a connection ordered by name. */
  List<Reference> list(UUID projectId, UUID connectionId);

  boolean delete(UUID projectId, UUID id);
}
