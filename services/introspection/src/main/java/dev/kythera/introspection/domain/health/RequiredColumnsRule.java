package dev.kythera.introspection.domain.health;

import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Health rule: base tables lacking columns the project requires on every table, e.g. {@code
 * created_at} (tbls requireColumns). Not part of {@link HealthAudit#standard()}: it needs the
 * project's own list of column names.
 */
public final class RequiredColumnsRule implements HealthRule {
  public static final String CODE = "missing-required-column";

  private final Set<String> required;

  public RequiredColumnsRule(Set<String> required) {
    this.required = new TreeSet<>(required);
  }

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Table table : context.tables()) {
      Set<String> present = table.columns().stream().map(Column::name).collect(Collectors.toSet());
      List<String> missing = required.stream().filter(name -> !present.contains(name)).toList();
      if (!missing.isEmpty()) {
        findings.add(
            new Finding(
                CODE,
                Severity.WARNING,
                "Required columns missing",
                table.name()
                    + " lacks "
                    + String.join(", ", missing)
                    + ", which the project requires on every table (for auditing, syncing or"
                    + " retention jobs that rely on them). Add the columns or exclude the table"
                    + " from the rule.",
                Locations.of(table)));
      }
    }
    return findings;
  }
}
