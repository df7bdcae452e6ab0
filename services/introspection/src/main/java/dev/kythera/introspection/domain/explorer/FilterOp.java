package dev.kythera.introspection.domain.explorer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The filter operators of the explorer; each knows how many values it takes. */
public enum FilterOp {
  EQ("=", 1),
  NE("<>", 1),
  LT("<", 1),
  LE("<=", 1),
  GT(">", 1),
  GE(">=", 1),
  LIKE("LIKE", 1),
  ILIKE("ILIKE", 1),
  NULL("IS NULL", 0),
  NOTNULL("IS NOT NULL", 0),
  /** Any of several values, separated by {@code |}. */
  IN("IN", -1);

  private final String sql;
  private final int arity;

  FilterOp(String sql, int arity) {
    this.sql = sql;
    this.arity = arity;
  }

  /** The SQL operator for comparisons and null tests. */
  String sql() {
    return sql;
  }

  /** Values taken: 0, 1, or -1 for a list. */
  int arity() {
    return arity;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The operator with this exact wire name ({@code eq}, {@code notnull}, ...). */
  public static Optional<FilterOp> fromWire(String text) {
    return Arrays.stream(values()).filter(op -> op.wireName().equals(text)).findFirst();
  }

  static String wireNames() {
    return Arrays.stream(values()).map(FilterOp::wireName).collect(Collectors.joining(", "));
  }
}
