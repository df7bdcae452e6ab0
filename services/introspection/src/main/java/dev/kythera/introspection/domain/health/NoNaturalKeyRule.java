package dev.kythera.introspection.domain.health;

import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.Table;
import dev.kythera.kernel.schema.TypeCategory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Health rule (INFO): a table identified only by a surrogate key (a single generated or {@code
 * id}-named column) with no other unique constraint or unique index, so nothing stops the same
 * real-world thing being stored twice. Tables whose other columns are all foreign keys or
 * timestamps (links, events) are not judged: they rarely have a natural key.
 */
public final class NoNaturalKeyRule implements HealthRule {
  public static final String CODE = "no-natural-key";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Table table : context.tables()) {
      Optional<Column> surrogate = surrogateKey(table);
      if (surrogate.isPresent() && !hasOtherUniqueKey(table) && hasDescriptiveColumns(table)) {
        findings.add(finding(table, surrogate.get()));
      }
    }
    return findings;
  }

  private static Optional<Column> surrogateKey(Table table) {
    if (table.primaryKey() == null || table.primaryKey().columns().size() != 1) {
      return Optional.empty();
    }
    return table
        .column(table.primaryKey().columns().get(0))
        .filter(column -> surrogate(table, column));
  }

  private static boolean surrogate(Table table, Column column) {
    String name = column.name().toLowerCase(Locale.ROOT);
    String defaults = column.defaultValue() == null ? "" : column.defaultValue().toLowerCase();
    return column.filledByDatabase()
        || defaults.contains("nextval")
        || defaults.contains("uuid")
        || name.equals("id")
        || name.equals(table.name().name().toLowerCase(Locale.ROOT) + "_id");
  }

  private static boolean hasOtherUniqueKey(Table table) {
    return !table.uniqueConstraints().isEmpty()
        || table.indexes().stream().anyMatch(index -> index.unique() && !index.primary());
  }

  private static boolean hasDescriptiveColumns(Table table) {
    Set<String> skip = new HashSet<>(table.primaryKey().columns());
    for (ForeignKey key : table.foreignKeys()) {
      skip.addAll(key.columns());
    }
    return table.columns().stream()
        .filter(column -> !skip.contains(column.name()))
        .anyMatch(column -> !timeLike(column.category()));
  }

  private static boolean timeLike(TypeCategory category) {
    return category == TypeCategory.TIMESTAMP
        || category == TypeCategory.DATE
        || category == TypeCategory.TIME;
  }

  private static Finding finding(Table table, Column key) {
    return new Finding(
        CODE,
        Severity.INFO,
        "Only a surrogate key",
        "Rows of "
            + table.name()
            + " are identified only by the generated "
            + key.name()
            + ", so the same thing can be inserted twice with different ids and nothing will"
            + " notice. If some columns identify a row in the real world (an email, a code, an"
            + " order number with a line number), add a UNIQUE constraint on them.",
        Locations.of(table));
  }
}
