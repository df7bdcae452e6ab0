package dev.kythera.generation.domain.seed.value;

import dev.kythera.generation.domain.seed.ColumnOverride;
import dev.kythera.generation.domain.seed.SqlExpression;
import dev.kythera.generation.domain.seed.Uniqueness;
import dev.kythera.generation.domain.seed.ValueColumn;
import dev.kythera.generation.domain.seed.ValueKind;
import dev.kythera.generation.domain.seed.check.CompareOp;
import dev.kythera.generation.domain.seed.check.Comparison;
import dev.kythera.kernel.schema.TypeCategory;
import java.util.List;
import java.util.function.Function;
import net.datafaker.Faker;

/**
 * Builds the {@link ColumnGenerator} of a planned column: the override if there is one, else the
 * value list, Datafaker kind or numeric/temporal domain its kind and rules call for, wrapped for
 * NULLs when the column gets some.
 */
public final class ValueGenerators {
  private ValueGenerators() {}

  public static ColumnGenerator forColumn(ValueColumn column, GeneratorContext context) {
    ColumnGenerator values = values(column, context);
    return column.nullRatio() > 0 ? new NullableGenerator(values, column.nullRatio()) : values;
  }

  private static ColumnGenerator values(ValueColumn column, GeneratorContext context) {
    boolean unique = column.unique() instanceof Uniqueness.Counter;
    ColumnOverride source = column.source();
    if (source instanceof ColumnOverride.Sql sql) {
      SqlExpression expression = new SqlExpression(sql.expression());
      return cell -> expression;
    }
    if (source instanceof ColumnOverride.Provider provider) {
      return pooled(column, context, faker -> faker.expression(provider.expression()), unique);
    }
    if (source instanceof ColumnOverride.Pattern pattern) {
      return pooled(column, context, faker -> faker.regexify(pattern.regex()), unique);
    }
    Object[] finite = finiteValues(column);
    if (finite != null) {
      return new ChoiceGenerator(finite, weights(column), unique);
    }
    ValueKind kind = column.kind();
    if (kind.fakerBacked()) {
      return pooled(column, context, TextProviders.of(kind), unique);
    }
    return switch (kind) {
      case UUID -> new UuidGenerator(false, unique, null);
      case UUID_TEXT -> new UuidGenerator(true, unique, maxLength(column));
      case JSON ->
          new JsonGenerator(
              new FakerPool(context.faker(), context.seed(), f -> f.lorem().word()), unique);
      case BINARY -> new BinaryGenerator(column.column().length(), unique);
      default -> numbers(column, context);
    };
  }

  private static ColumnGenerator pooled(
      ValueColumn column,
      GeneratorContext context,
      Function<Faker, String> provider,
      boolean unique) {
    if (column.column().category() == TypeCategory.TEXT
        || column.column().category() == TypeCategory.JSON) {
      FakerPool pool = new FakerPool(context.faker(), context.seed(), provider);
      boolean email = column.kind() == ValueKind.EMAIL && column.source() == null;
      return new TextGenerator(pool, email, unique, column.rules().minLength(), maxLength(column));
    }
    FakerPool typed =
        new FakerPool(
            context.faker(),
            context.seed(),
            faker -> Literals.convert(provider.apply(faker), column.column()));
    return cell -> typed.pick(cell.random());
  }

  private static ColumnGenerator numbers(ValueColumn column, GeneratorContext context) {
    if (OrdinalType.of(column.column()) == null) {
      throw new IllegalStateException(
          "No generator for " + column.name() + " of " + column.column().dataType());
    }
    NumericDomain domain = NumericDomain.of(column, context.engine(), context.anchor());
    NumberGenerator.Mode mode =
        switch (column.unique()) {
          case Uniqueness.Counter counter -> NumberGenerator.Mode.COUNTER;
          case Uniqueness.Ordinal ordinal -> NumberGenerator.Mode.ORDINAL;
          default -> NumberGenerator.Mode.RANDOM;
        };
    List<Comparison> comparisons =
        column.rules().comparisons().stream()
            .filter(comparison -> context.indexOf().applyAsInt(comparison.other()) >= 0)
            .toList();
    int[] refs =
        comparisons.stream().mapToInt(c -> context.indexOf().applyAsInt(c.other())).toArray();
    CompareOp[] ops = comparisons.stream().map(Comparison::op).toArray(CompareOp[]::new);
    return new NumberGenerator(domain, mode, refs, ops, span(domain));
  }

  /** How far a derived value may move from the one it is compared with. */
  private static long span(NumericDomain domain) {
    return switch (domain.type()) {
      case DATE -> 730;
      case TIMESTAMP, TIMESTAMP_TZ -> 30L * 86_400L;
      case TIME -> 4L * 3_600L;
      default -> 100L * (long) Math.pow(10, domain.scale());
    };
  }

  /** The values of a column limited to a list (booleans, enums, IN lists, constant, weighted). */
  public static Object[] finiteValues(ValueColumn column) {
    ColumnOverride source = column.source();
    if (source instanceof ColumnOverride.Constant constant) {
      return new Object[] {Literals.convert(constant.value(), column.column())};
    }
    if (source instanceof ColumnOverride.Weighted weighted) {
      return weighted.choices().stream()
          .map(c -> Literals.convert(c.value(), column.column()))
          .toArray();
    }
    if (source != null && source.isValueSource()) {
      return null;
    }
    if (column.kind() == ValueKind.BOOLEAN) {
      return new Object[] {Boolean.FALSE, Boolean.TRUE};
    }
    if (column.kind() != ValueKind.CHOICE) {
      return null;
    }
    List<String> labels =
        column.rules().allowed() != null ? column.rules().allowed() : column.column().enumValues();
    return labels.stream()
        .map(label -> Literals.convert(label, column.column()))
        .distinct()
        .toArray();
  }

  private static double[] weights(ValueColumn column) {
    if (!(column.source() instanceof ColumnOverride.Weighted weighted)) {
      return null;
    }
    return weighted.choices().stream().mapToDouble(ColumnOverride.Choice::weight).toArray();
  }

  /** The longest text the column (and its CHECKs) accept, or null. */
  public static Integer maxLength(ValueColumn column) {
    Integer typed =
        column.column().category() == TypeCategory.TEXT ? column.column().length() : null;
    Integer checked = column.rules().maxLength();
    if (typed == null || checked == null) {
      return typed == null ? checked : typed;
    }
    return Math.min(typed, checked);
  }
}
