package dev.kythera.introspection.domain.health;

import dev.kythera.kernel.schema.SchemaModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs every health rule over one schema and returns their findings sorted by severity, then
 * location, then code. A rule that throws does not sink the audit: it becomes one INFO finding.
 */
public final class HealthAudit {
  /** Code of the finding that replaces the output of a rule that failed. */
  public static final String RULE_FAILED = "audit-rule-failed";

  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity)
          .thenComparing(Finding::location)
          .thenComparing(Finding::code)
          .thenComparing(Finding::title);

  private final List<HealthRule> rules;

  public HealthAudit(List<HealthRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The audit with every standard rule and its default thresholds. */
  public static HealthAudit standard() {
    return new HealthAudit(standardRules());
  }

  /**
   * Every standard rule with default thresholds. {@link RequiredColumnsRule} is not included: it
   * needs the project's list of mandatory columns, so callers add it when one is configured.
   */
  public static List<HealthRule> standardRules() {
    return List.of(
        new MissingPrimaryKeyRule(),
        new ForeignKeyWithoutIndexRule(),
        new DuplicateIndexRule(),
        new RedundantIndexRule(),
        new NullableForeignKeyRule(),
        new NamingStyleRule(),
        new TablePluralityRule(),
        new TooManyColumnsRule(),
        new MissingTableCommentRule(),
        new MissingColumnCommentRule(),
        new MissingViewCommentRule(),
        new UnusedIndexRule(),
        new UnusedTableRule(),
        new SequenceExhaustionRule(),
        new IntegerKeySequenceRule(),
        new NoRelationRule(),
        new DisconnectedTablesRule(),
        new ForeignKeyTypeMismatchRule(),
        new SelfReferenceNotNullableRule(),
        new ForeignKeyCycleRule(),
        new NoNaturalKeyRule(),
        new DuplicateForeignKeyRule(),
        new SequentialScanRule(),
        new FixedLengthCharRule(),
        new TimestampWithoutTimeZoneRule());
  }

  public List<HealthRule> rules() {
    return rules;
  }

  public List<Finding> audit(SchemaModel model) {
    AuditContext context = AuditContext.of(model);
    List<Finding> findings = new ArrayList<>();
    for (HealthRule rule : rules) {
      try {
        findings.addAll(rule.check(context));
      } catch (RuntimeException failure) {
        findings.add(failed(rule, failure, model));
      }
    }
    findings.sort(ORDER);
    return List.copyOf(findings);
  }

  private static Finding failed(HealthRule rule, RuntimeException failure, SchemaModel model) {
    return new Finding(
        RULE_FAILED,
        Severity.INFO,
        "Rule " + rule.code() + " could not run",
        "The rule stopped with "
            + failure
            + ". Its findings are missing from this report; the other rules ran normally."
            + " Please report this schema shape so the rule can be fixed.",
        model.database() == null ? "" : model.database());
  }
}
