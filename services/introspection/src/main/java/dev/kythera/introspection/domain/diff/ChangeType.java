package dev.kythera.introspection.domain.diff;

/** Whether an object appeared, disappeared or was altered between two snapshots. */
public enum ChangeType {
  ADDED,
  REMOVED,
  CHANGED
}
