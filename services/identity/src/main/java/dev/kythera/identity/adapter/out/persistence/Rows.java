package dev.kythera.identity.adapter.out.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Reads the loosely typed columns of native query rows (the JDBC driver and Hibernate differ in
 * what they hand back for uuid, timestamptz and count columns).
 */
final class Rows {
  private Rows() {}

  static UUID uuid(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof UUID id ? id : UUID.fromString(value.toString());
  }

  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    throw new IllegalStateException("Not a timestamp: " + value.getClass());
  }

  static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
