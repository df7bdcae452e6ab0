package dev.kythera.introspection.application.port.out;

import dev.kythera.introspection.domain.knowledge.VirtualRelation;
import java.util.List;
import java.util.UUID;

/** Outbound port: user decisions on relations the schema does not declare. */
public interface VirtualRelationRepository {

  /** Inserts, or updates the status of the same from/to pair. Returns the stored relation. */
  VirtualRelation upsert(VirtualRelation relation);

  List<VirtualRelation> list(UUID projectId, UUID connectionId);

  boolean delete(UUID projectId, UUID id);
}
