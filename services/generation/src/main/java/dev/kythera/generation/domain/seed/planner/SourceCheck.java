package dev.kythera.generation.domain.seed.planner;

import dev.kythera.generation.domain.seed.ColumnOverride;
import dev.kythera.generation.domain.seed.ValueColumn;
import dev.kythera.generation.domain.seed.value.Literals;
import dev.kythera.generation.domain.seed.value.NumericDomain;
import dev.kythera.generation.domain.seed.value.OrdinalType;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.TypeCategory;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.PatternSyntaxException;
import net.datafaker.Faker;

/**
 * Checks a value-source override against its column: the constant and list values parse as the
 * column's type, ranges are ordered and fit the type and CHECKs, Datafaker expressions and regular
 * expressions produce a value (tried once, with the plan's locale).
 */
final class SourceCheck {
  private SourceCheck() {}

  static void check(
      ValueColumn value,
      String field,
      String locale,
      String engine,
      LocalDate anchor,
      Problems problems) {
    Column column = value.column();
    try {
      switch (value.source()) {
        case ColumnOverride.Constant constant -> Literals.convert(constant.value(), column);
        case ColumnOverride.Weighted weighted -> weighted(weighted, column, field, problems);
        case ColumnOverride.NumberRange range -> {
          require(
              OrdinalType.of(column) != null && OrdinalType.of(column).numeric(),
              "a number range needs a numeric column");
          require(
              range.min() != null && range.max() != null && range.min().compareTo(range.max()) <= 0,
              "the range needs min <= max");
          require(
              !NumericDomain.of(value, engine, anchor).empty(),
              "the range lies outside what the column and its CHECKs allow");
        }
        case ColumnOverride.DateRange range -> {
          require(
              column.category() == TypeCategory.DATE || column.category() == TypeCategory.TIMESTAMP,
              "a date range needs a date or timestamp column");
          require(
              range.from() != null && range.to() != null && !range.from().isAfter(range.to()),
              "the range needs from <= to");
          require(
              !NumericDomain.of(value, engine, anchor).empty(),
              "the range lies outside what the column and its CHECKs allow");
        }
        case ColumnOverride.Provider provider ->
            sample(
                column, new Faker(Locale.forLanguageTag(locale)).expression(provider.expression()));
        case ColumnOverride.Pattern pattern -> {
          java.util.regex.Pattern.compile(pattern.regex());
          sample(column, new Faker(Locale.forLanguageTag(locale)).regexify(pattern.regex()));
        }
        case ColumnOverride.Sql sql ->
            require(
                sql.expression() != null && !sql.expression().isBlank(),
                "the SQL expression is empty");
        default -> {}
      }
    } catch (PatternSyntaxException badRegex) {
      problems.error(field, "not a valid regular expression: " + badRegex.getDescription());
    } catch (IllegalArgumentException invalid) {
      problems.error(field, invalid.getMessage());
    } catch (RuntimeException providerFailed) {
      problems.error(field, "the override does not produce values: " + providerFailed.getMessage());
    }
  }

  private static void weighted(
      ColumnOverride.Weighted weighted, Column column, String field, Problems problems) {
    require(!weighted.choices().isEmpty(), "the weighted list is empty");
    long distinct =
        weighted.choices().stream().map(ColumnOverride.Choice::value).distinct().count();
    require(distinct == weighted.choices().size(), "the weighted list names a value twice");
    for (ColumnOverride.Choice choice : weighted.choices()) {
      require(
          choice.weight() > 0 && Double.isFinite(choice.weight()),
          "weights must be greater than 0");
      Literals.convert(choice.value(), column);
    }
  }

  private static void sample(Column column, String produced) {
    require(produced != null && !produced.isEmpty(), "the override produced an empty value");
    if (column.category() != TypeCategory.TEXT && column.category() != TypeCategory.JSON) {
      Literals.convert(produced, column);
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
