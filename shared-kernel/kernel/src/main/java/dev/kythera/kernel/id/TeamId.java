package dev.kythera.kernel.id;

import java.util.UUID;

/** Typed identifier of a team. */
public record TeamId(UUID value) {
  public TeamId {
    Ids.require("teamId", value);
  }

  public static TeamId random() {
    return new TeamId(UUID.randomUUID());
  }

  public static TeamId parse(String text) {
    return new TeamId(Ids.parse("teamId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
