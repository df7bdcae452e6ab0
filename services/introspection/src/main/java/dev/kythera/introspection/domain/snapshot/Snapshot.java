package dev.kythera.introspection.domain.snapshot;

import dev.kythera.kernel.schema.SchemaModel;

/** A captured schema: its summary and the canonical model. */
public record Snapshot(SnapshotSummary summary, SchemaModel model) {}
