package dev.kythera.patch.application.port.in;

import dev.kythera.patch.domain.PatchFiche;
import java.util.List;
import java.util.UUID;

/** Inbound port: the mass patches of a project. */
public interface ListPatchesUseCase {

  /** The project's patches, newest first; empty when it has none. */
  List<PatchFiche> list(UUID projectId);
}
