package dev.kythera.introspection.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outbound port: the connections of projects, with their sealed secrets. */
public interface ConnectionRepository {

  void insert(StoredConnection connection);

  /** Replaces the row with the same id. */
  void update(StoredConnection connection);

  /** Deletes; false when nothing matched. */
  boolean delete(UUID projectId, UUID connectionId);

  Optional<StoredConnection> find(UUID projectId, UUID connectionId);

  /** The project's connections ordered by name. */
  List<StoredConnection> list(UUID projectId);

  int count(UUID projectId);

  /** Connections of every project (platform statistics). */
  long countAll();

  boolean nameTaken(UUID projectId, String name, UUID exceptId);

  /** Every row sealed with a key other than {@code keyId} (for re-encryption after rotation). */
  List<StoredConnection> sealedWithOtherKey(String keyId);
}
