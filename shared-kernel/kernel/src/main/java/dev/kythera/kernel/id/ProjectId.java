package dev.kythera.kernel.id;

import java.util.UUID;

/** Typed identifier of a project. */
public record ProjectId(UUID value) {
  public ProjectId {
    Ids.require("projectId", value);
  }

  public static ProjectId random() {
    return new ProjectId(UUID.randomUUID());
  }

  public static ProjectId parse(String text) {
    return new ProjectId(Ids.parse("projectId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
