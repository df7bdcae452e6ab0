package dev.kythera.patch.application.port.out;

import dev.kythera.patch.domain.PatchFiche;
import java.util.List;
import java.util.UUID;

/** Outbound port: where the patches of every project are kept (the service's own schema). */
public interface PatchRepository {

  /** The patches of one project, newest first. */
  List<PatchFiche> findByProject(UUID projectId);
}
