package dev.kythera.compliance.application.port.in;

import dev.kythera.compliance.domain.ValidationScanRun;
import java.util.List;
import java.util.UUID;

/** Inbound port: the validation scans of a project. */
public interface ListScansUseCase {

  /** The project's scans, newest first; empty when it has none. */
  List<ValidationScanRun> list(UUID projectId);
}
