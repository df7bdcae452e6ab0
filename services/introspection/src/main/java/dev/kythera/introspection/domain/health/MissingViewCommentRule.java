package dev.kythera.introspection.domain.health;

import dev.kythera.kernel.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Health rule (INFO): views and materialized views without a comment (tbls requireTableComment
 * applied to views).
 *
 * <p>Decision: every uncommented view is reported, whether or not the schema comments its tables:
 * views are few, and their purpose (which rows, for whom) cannot be read from their structure the
 * way a table's can.
 */
public final class MissingViewCommentRule implements HealthRule {
  public static final String CODE = "missing-view-comment";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Table view : context.views()) {
      if (!Comments.present(view.comment())) {
        findings.add(
            new Finding(
                CODE,
                Severity.INFO,
                "View without a comment",
                view.name()
                    + " has no comment. A view encodes a decision (which rows, joined how, for"
                    + " whom) that its definition does not explain. Add a comment saying what it"
                    + " is for and who reads it.",
                Locations.of(view)));
      }
    }
    return findings;
  }
}
