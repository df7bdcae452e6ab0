package dev.kythera.introspection.domain.health;

import dev.kythera.introspection.domain.heuristics.Words;
import dev.kythera.kernel.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Health rule (INFO): base-table names of one schema mix plural ({@code orders}) and singular
 * ({@code customer}) forms, judged by the last word of each name ({@code order_items} is plural).
 * Words spelled alike under both conventions ({@code data}, {@code settings}, {@code series}) and
 * names ending in digits are not counted.
 */
public final class TablePluralityRule implements HealthRule {
  public static final String CODE = "inconsistent-table-plurality";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Finding> check(AuditContext context) {
    Map<String, List<String>> plural = new TreeMap<>();
    Map<String, List<String>> singular = new TreeMap<>();
    for (Table table : context.tables()) {
      Boolean isPlural = Words.plural(Words.last(table.name().name()));
      if (isPlural != null) {
        Map<String, List<String>> target = isPlural ? plural : singular;
        target
            .computeIfAbsent(table.name().schema(), key -> new ArrayList<>())
            .add(table.name().name());
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (Map.Entry<String, List<String>> entry : plural.entrySet()) {
      List<String> singles = singular.getOrDefault(entry.getKey(), List.of());
      if (!singles.isEmpty()) {
        findings.add(finding(entry.getKey(), entry.getValue(), singles));
      }
    }
    return findings;
  }

  private static Finding finding(String schema, List<String> plural, List<String> singular) {
    boolean pluralWins = plural.size() >= singular.size();
    return new Finding(
        CODE,
        Severity.INFO,
        "Plural and singular table names mixed",
        "Schema "
            + schema
            + " has "
            + plural.size()
            + " plural and "
            + singular.size()
            + " singular table names, so people and code generators have to guess each name."
            + " Pick one convention; the "
            + (pluralWins ? "singular" : "plural")
            + " ones are the exceptions here: "
            + Locations.list(pluralWins ? singular : plural)
            + ".",
        schema);
  }
}
