package dev.kythera.introspection.domain.explorer;

import java.util.List;

/** SQL text with {@code ?} placeholders, and the values to bind to them in order. */
public record SqlStatement(String sql, List<BoundValue> parameters) {
  public SqlStatement {
    parameters = List.copyOf(parameters);
  }
}
