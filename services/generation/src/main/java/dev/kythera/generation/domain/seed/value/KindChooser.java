package dev.kythera.generation.domain.seed.value;

import dev.kythera.generation.domain.seed.ValueKind;
import dev.kythera.generation.domain.seed.check.ColumnRules;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.QualifiedName;
import java.util.Locale;

/**
 * Picks a column's {@link ValueKind} from its type, its allowed values and its name (and, for a
 * bare {@code name}, the table's name: a customer's name is a person's, a product's is not).
 */
public final class KindChooser {
  private KindChooser() {}

  public static ValueKind choose(QualifiedName table, Column column, ColumnRules rules) {
    if (rules.allowed() != null || !column.enumValues().isEmpty()) {
      return ValueKind.CHOICE;
    }
    String name = column.name().toLowerCase(Locale.ROOT);
    return switch (column.category()) {
      case BOOLEAN -> ValueKind.BOOLEAN;
      case UUID -> ValueKind.UUID;
      case JSON -> ValueKind.JSON;
      case BINARY -> ValueKind.BINARY;
      case TIME -> ValueKind.TIME;
      case DATE, TIMESTAMP -> temporal(name);
      case INTEGER -> integer(name);
      case DECIMAL, FLOAT -> decimal(name);
      case TEXT -> TextKinds.byName(name, table.name().toLowerCase(Locale.ROOT), column.length());
      default -> ValueKind.UNSUPPORTED;
    };
  }

  private static ValueKind temporal(String name) {
    if (has(name, "birth") || word(name, "dob", "born")) {
      return ValueKind.BIRTH_DATE;
    }
    return has(name, "expire", "expiry", "until", "due", "valid_to", "deadline")
        ? ValueKind.FUTURE
        : ValueKind.RECENT;
  }

  private static ValueKind integer(String name) {
    if (word(name, "quantity", "qty", "count", "amount", "stock", "units")) {
      return ValueKind.QUANTITY;
    }
    if (name.equals("age") || name.endsWith("_age")) {
      return ValueKind.AGE;
    }
    return name.equals("year") || name.endsWith("_year") ? ValueKind.YEAR : ValueKind.INTEGER;
  }

  private static ValueKind decimal(String name) {
    if (has(name, "price", "amount", "cost", "total", "salary", "balance", "revenue", "wage")
        || word(name, "fee")) {
      return ValueKind.MONEY;
    }
    if (word(name, "lat", "latitude")) {
      return ValueKind.LATITUDE;
    }
    if (word(name, "lng", "lon", "long", "longitude")) {
      return ValueKind.LONGITUDE;
    }
    return word(name, "percent", "percentage", "pct", "rate", "ratio")
        ? ValueKind.PERCENT
        : ValueKind.NUMBER;
  }

  /** Whether one of the {@code _}-separated words of the name is a part (or its plural). */
  static boolean word(String name, String... parts) {
    for (String token : name.split("[^a-z0-9]+")) {
      for (String part : parts) {
        if (token.equals(part) || token.equals(part + "s")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the name contains one of the parts anywhere. */
  static boolean has(String name, String... parts) {
    for (String part : parts) {
      if (name.contains(part)) {
        return true;
      }
    }
    return false;
  }
}
