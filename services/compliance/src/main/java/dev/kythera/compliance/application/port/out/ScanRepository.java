package dev.kythera.compliance.application.port.out;

import dev.kythera.compliance.domain.ValidationScanRun;
import java.util.List;
import java.util.UUID;

/** Outbound port: where the scans of every project are kept (the service's own schema). */
public interface ScanRepository {

  /** The scans of one project, newest first. */
  List<ValidationScanRun> findByProject(UUID projectId);
}
