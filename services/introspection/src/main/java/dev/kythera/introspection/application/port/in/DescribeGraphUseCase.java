package dev.kythera.introspection.application.port.in;

import java.util.UUID;

/** Inbound port: the FK graph of a snapshot. */
public interface DescribeGraphUseCase {

  GraphView graph(UUID projectId, UUID snapshotId);
}
