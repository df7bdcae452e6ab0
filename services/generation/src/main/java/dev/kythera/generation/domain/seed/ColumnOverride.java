package dev.kythera.generation.domain.seed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A user's choice for one column that replaces the generator the planner would pick. A column may
 * have one value source (every type but {@link NullRatio}) and, independently, a {@link NullRatio}.
 */
public sealed interface ColumnOverride {

  /** The column the override applies to. */
  String column();

  /** Whether this override decides the values (every kind but a null ratio). */
  default boolean isValueSource() {
    return !(this instanceof NullRatio);
  }

  /** A Datafaker expression such as {@code #{Name.firstName}}. */
  record Provider(String column, String expression) implements ColumnOverride {}

  /** Values matching a regular expression (Datafaker's regexify). */
  record Pattern(String column, String regex) implements ColumnOverride {}

  /** The same value in every row, written as text and converted to the column's type. */
  record Constant(String column, String value) implements ColumnOverride {}

  /** Values picked from a list, each with a relative weight. */
  record Weighted(String column, List<Choice> choices) implements ColumnOverride {
    public Weighted {
      choices = List.copyOf(choices);
    }
  }

  /** One value of a {@link Weighted} list with its relative weight (greater than zero). */
  record Choice(String value, double weight) {
    public Choice {
      Objects.requireNonNull(value, "value");
    }
  }

  /** Numbers between {@code min} and {@code max}, both included. */
  record NumberRange(String column, BigDecimal min, BigDecimal max) implements ColumnOverride {}

  /** Dates (or timestamps on those days) between {@code from} and {@code to}, both included. */
  record DateRange(String column, LocalDate from, LocalDate to) implements ColumnOverride {}

  /** The share of rows, 0 to 1, that get NULL. */
  record NullRatio(String column, double ratio) implements ColumnOverride {}

  /** A SQL expression the writer inlines as is, e.g. {@code now()}; see {@link SqlExpression}. */
  record Sql(String column, String expression) implements ColumnOverride {}

  /** Leave the column out of the insert so the database applies its default. */
  record UseDefault(String column) implements ColumnOverride {}
}
