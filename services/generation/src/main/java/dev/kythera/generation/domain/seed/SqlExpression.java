package dev.kythera.generation.domain.seed;

import java.util.Objects;

/**
 * A generated value that is raw SQL rather than data: the writer inlines {@code sql} into the
 * statement instead of binding it as a parameter.
 */
public record SqlExpression(String sql) {
  public SqlExpression {
    Objects.requireNonNull(sql, "sql");
  }
}
