package dev.kythera.introspection.domain.health;

import dev.kythera.kernel.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Health rule (INFO): base tables without a comment (tbls requireTableComment).
 *
 * <p>Decision: in a schema where some table already has a comment, each uncommented table is
 * reported, because the team documents tables and these were missed. In a schema where no table has
 * one, a single schema-level finding is reported instead of one per table: hundreds of identical
 * findings would drown the rest of the audit while saying one thing.
 */
public final class MissingTableCommentRule implements HealthRule {
  public static final String CODE = "missing-table-comment";

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
          if (!Comments.anyTableComment(tables)) {
            findings.add(none(schema, tables.size()));
            return;
          }
          tables.stream()
              .filter(table -> !Comments.present(table.comment()))
              .forEach(table -> findings.add(missing(table)));
        });
    return findings;
  }

  private static Finding none(String schema, int count) {
    return new Finding(
        CODE,
        Severity.INFO,
        "No table comments",
        "None of the "
            + count
            + " tables of schema "
            + schema
            + " has a comment, so their purpose lives only in people's heads and generated"
            + " documentation stays empty. Add COMMENT ON TABLE for at least the central tables.",
        schema);
  }

  private static Finding missing(Table table) {
    return new Finding(
        CODE,
        Severity.INFO,
        "Table without a comment",
        "Other tables of schema "
            + table.name().schema()
            + " are documented but "
            + table.name()
            + " is not. Add a comment saying what one row represents.",
        Locations.of(table));
  }
}
