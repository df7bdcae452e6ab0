package dev.kythera.introspection.application.port.out;

import dev.kythera.introspection.domain.knowledge.Annotation;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outbound port: annotations on a connection's schema objects. */
public interface AnnotationRepository {

  void save(Annotation annotation);

  Optional<Annotation> find(UUID projectId, UUID id);

  /** Annotations of a connection, ordered by target then time. */
  List<Annotation> list(UUID projectId, UUID connectionId);

  boolean delete(UUID projectId, UUID id);
}
