package dev.kythera.generation.domain.seed.value;

import dev.kythera.generation.domain.seed.ColumnOverride;
import dev.kythera.generation.domain.seed.ValueColumn;
import dev.kythera.generation.domain.seed.ValueKind;
import dev.kythera.kernel.schema.TypeCategory;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * How many distinct values a column's generator can produce, and why that many: what the planner
 * compares with the row count of a UNIQUE column. Matches what the unique encodings can reach.
 *
 * @param values distinct values, {@link Long#MAX_VALUE} when effectively unbounded
 * @param reason a phrase for problem messages, e.g. "a boolean column has 2 values"
 */
public record Capacity(long values, String reason) {
  public static final long UNBOUNDED = Long.MAX_VALUE;

  public static Capacity of(ValueColumn column, String engine, LocalDate anchor) {
    ColumnOverride source = column.source();
    if (source instanceof ColumnOverride.Sql) {
      return new Capacity(UNBOUNDED, "a SQL expression");
    }
    Object[] finite = ValueGenerators.finiteValues(column);
    if (finite != null) {
      long distinct = Arrays.stream(finite).distinct().count();
      return new Capacity(distinct, finiteReason(column, distinct));
    }
    TypeCategory category = column.column().category();
    boolean text = category == TypeCategory.TEXT || category == TypeCategory.JSON;
    if (source instanceof ColumnOverride.Provider
        || source instanceof ColumnOverride.Pattern
        || column.kind().fakerBacked()) {
      return text
          ? textual(column)
          : new Capacity(
              0, "a provider or pattern override on a non-text column cannot be made unique");
    }
    return switch (column.kind()) {
      case UUID, JSON -> new Capacity(UNBOUNDED, "");
      case UUID_TEXT -> {
        Integer length = ValueGenerators.maxLength(column);
        yield length == null || length >= 36 ? new Capacity(UNBOUNDED, "") : textual(column);
      }
      case BINARY -> binary(column.column().length());
      default -> {
        long values = NumericDomain.of(column, engine, anchor).capacity();
        yield new Capacity(values, "its allowed range holds " + values + " values");
      }
    };
  }

  private static Capacity textual(ValueColumn column) {
    long values = UniqueText.capacity(ValueGenerators.maxLength(column));
    return new Capacity(
        values,
        column.column().dataType() + " holds at most " + values + " distinct generated values");
  }

  private static Capacity binary(Integer length) {
    if (length == null || length >= 8) {
      return new Capacity(UNBOUNDED, "");
    }
    return new Capacity(1L << (8 * length), "a " + length + "-byte binary column");
  }

  private static String finiteReason(ValueColumn column, long distinct) {
    ColumnOverride source = column.source();
    if (source instanceof ColumnOverride.Constant) {
      return "a constant is a single value";
    }
    if (source instanceof ColumnOverride.Weighted) {
      return "the weighted list has " + distinct + " values";
    }
    if (column.kind() == ValueKind.BOOLEAN) {
      return "a boolean column has only 2 values";
    }
    return column.rules().allowed() != null
        ? "its CHECK allows only " + distinct + " values"
        : "the enum has only " + distinct + " values";
  }
}
