package dev.kythera.patch.application.service;

import dev.kythera.patch.application.port.in.ListPatchesUseCase;
import dev.kythera.patch.application.port.out.PatchRepository;
import dev.kythera.patch.domain.PatchFiche;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Lists a project's patches from the repository. */
@ApplicationScoped
public class ListPatchesService implements ListPatchesUseCase {
  private final PatchRepository patches;

  public ListPatchesService(PatchRepository patches) {
    this.patches = patches;
  }

  @Override
  public List<PatchFiche> list(UUID projectId) {
    return patches.findByProject(projectId);
  }
}
