package dev.kythera.introspection.domain.health;

import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Health rule (INFO): columns without a comment (tbls requireColumnComment).
 *
 * <p>Decision: in a schema where some column already has a comment, one finding per table lists its
 * uncommented columns (one per column would mean thousands on a large schema). In a schema where no
 * column has one, a single schema-level finding is reported. A single-column primary key named
 * {@code id} needs no comment and is never listed.
 */
public final class MissingColumnCommentRule implements HealthRule {
  public static final String CODE = "missing-column-comment";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Finding> check(AuditContext context) {
    Map<String, List<Table>> bySchema =
        context.tables().stream()
            .collect(
                Collectors.groupingBy(t -> t.name().schema(), TreeMap::new, Collectors.toList()));
    List<Finding> findings = new ArrayList<>();
    bySchema.forEach(
        (schema, tables) -> {
          if (!Comments.anyColumnComment(tables)) {
            findings.add(none(schema));
            return;
          }
          for (Table table : tables) {
            List<String> missing =
                table.columns().stream()
                    .filter(column -> !Comments.present(column.comment()))
                    .map(Column::name)
                    .filter(name -> !obviousKey(table, name))
                    .toList();
            if (!missing.isEmpty()) {
              findings.add(missing(table, missing));
            }
          }
        });
    return findings;
  }

  private static boolean obviousKey(Table table, String column) {
    return column.equals("id")
        && table.primaryKey() != null
        && table.primaryKey().columns().equals(List.of("id"));
  }

  private static Finding none(String schema) {
    return new Finding(
        CODE,
        Severity.INFO,
        "No column comments",
        "No column of schema "
            + schema
            + " has a comment. Units, allowed values and meanings of codes are then only"
            + " known from application code. Comment at least the columns whose name does not"
            + " say it all (amounts, statuses, flags).",
        schema);
  }

  private static Finding missing(Table table, List<String> columns) {
    return new Finding(
        CODE,
        Severity.INFO,
        "Columns without a comment",
        "Schema "
            + table.name().schema()
            + " documents columns, but these of "
            + table.name()
            + " have no comment: "
            + Locations.list(columns)
            + ". Add comments saying what each holds, its unit or allowed values.",
        Locations.of(table));
  }
}
