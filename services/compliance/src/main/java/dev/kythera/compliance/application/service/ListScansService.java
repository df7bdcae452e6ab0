package dev.kythera.compliance.application.service;

import dev.kythera.compliance.application.port.in.ListScansUseCase;
import dev.kythera.compliance.application.port.out.ScanRepository;
import dev.kythera.compliance.domain.ValidationScanRun;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Lists a project's validation scans from the repository. */
@ApplicationScoped
public class ListScansService implements ListScansUseCase {
  private final ScanRepository scans;

  public ListScansService(ScanRepository scans) {
    this.scans = scans;
  }

  @Override
  public List<ValidationScanRun> list(UUID projectId) {
    return scans.findByProject(projectId);
  }
}
