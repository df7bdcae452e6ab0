package dev.kythera.introspection.domain.health;

import dev.kythera.kernel.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Health rule: every base table needs a primary key (Bytebase TABLE_REQUIRE_PK). ERROR when nothing
 * identifies a row; WARNING when a unique key over NOT NULL columns could be promoted.
 */
public final class MissingPrimaryKeyRule implements HealthRule {
  public static final String CODE = "missing-primary-key";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Table table : context.tables()) {
      if (table.primaryKey() != null && !table.primaryKey().columns().isEmpty()) {
        continue;
      }
      String why =
          "Without a primary key rows of "
              + table.name()
              + " cannot be addressed one by one: logical replication cannot ship their"
              + " updates and deletes, duplicates cannot be told apart, and tools that copy or"
              + " patch data have no stable identity to work with.";
      Optional<List<String>> candidate = promotableKey(table);
      findings.add(
          candidate
              .map(
                  columns ->
                      new Finding(
                          CODE,
                          Severity.WARNING,
                          "Table has no primary key",
                          why
                              + " The unique NOT NULL columns "
                              + Locations.columns(columns)
                              + " already identify rows: declare them the primary key.",
                          Locations.of(table)))
              .orElseGet(
                  () ->
                      new Finding(
                          CODE,
                          Severity.ERROR,
                          "Table has no primary key",
                          why + " Add one, for example an identity column id.",
                          Locations.of(table))));
    }
    return findings;
  }

  private static Optional<List<String>> promotableKey(Table table) {
    Stream<List<String>> uniques =
        Stream.concat(
            table.uniqueConstraints().stream().map(unique -> unique.columns()),
            table.indexes().stream()
                .filter(index -> index.unique() && index.predicate() == null)
                .map(index -> index.columns()));
    return uniques.filter(columns -> allNotNull(table, columns)).findFirst();
  }

  private static boolean allNotNull(Table table, List<String> columns) {
    return columns.stream()
        .allMatch(name -> table.column(name).map(column -> !column.nullable()).orElse(false));
  }
}
