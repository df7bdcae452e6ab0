package dev.kythera.kernel.id;

import java.util.UUID;

/** Typed identifier of a user. */
public record UserId(UUID value) {
  public UserId {
    Ids.require("userId", value);
  }

  public static UserId random() {
    return new UserId(UUID.randomUUID());
  }

  public static UserId parse(String text) {
    return new UserId(Ids.parse("userId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
