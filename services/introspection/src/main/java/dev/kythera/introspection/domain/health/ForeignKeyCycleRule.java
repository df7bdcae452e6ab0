package dev.kythera.introspection.domain.health;

import dev.kythera.kernel.schema.QualifiedName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Health rule: tables that reference each other in a loop (self-references, which model trees, are
 * left out). INFO when some edge of the loop is nullable or deferrable, so rows can still be
 * inserted in steps; WARNING when none is, because then no insert order exists at all.
 */
public final class ForeignKeyCycleRule implements HealthRule {
  public static final String CODE = "fk-cycle";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    for (List<QualifiedName> cycle : context.graph().cycles()) {
      if (cycle.size() < 2) {
        continue;
      }
      Set<QualifiedName> members = new HashSet<>(cycle);
      boolean breakable =
          context.graph().edges().stream()
              .filter(edge -> members.contains(edge.from()) && members.contains(edge.to()))
              .filter(edge -> !edge.selfReference())
              .anyMatch(edge -> edge.nullable() || edge.deferrable());
      findings.add(finding(cycle, breakable));
    }
    return findings;
  }

  private static Finding finding(List<QualifiedName> cycle, boolean breakable) {
    String tables = Locations.list(cycle);
    return new Finding(
        CODE,
        breakable ? Severity.INFO : Severity.WARNING,
        breakable ? "Foreign-key cycle" : "Foreign-key cycle without an entry point",
        "These tables reference each other in a loop: "
            + tables
            + ". "
            + (breakable
                ? "Loading, copying or seeding them needs two steps: insert with a nullable"
                    + " reference empty, then fill it. That works, but check the loop is intended."
                : "Every foreign key in the loop is NOT NULL and not deferrable, so no row can be"
                    + " inserted first. Make one of the references nullable or DEFERRABLE."),
        cycle.get(0).toString());
  }
}
