package dev.kythera.patch.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A mass patch of a project (the reference's PatchFiche): what it is called and where it stands.
 * The statement, review and execution come with the mass-patch feature.
 *
 * @param status workflow state as stored, {@code draft} until the workflow exists
 */
public record PatchFiche(
    UUID id,
    UUID projectId,
    String name,
    String description,
    String status,
    UUID createdBy,
    Instant createdAt,
    Instant updatedAt) {

  public PatchFiche {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(projectId, "projectId");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A patch has a name");
    }
    Objects.requireNonNull(status, "status");
  }
}
