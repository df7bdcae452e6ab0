package dev.kythera.introspection.domain.health;

import dev.kythera.kernel.schema.SchemaModel;
import java.util.List;

/**
 * Port of one schema health check: a rule reads the schema and reports findings. A new check is one
 * new class; {@link HealthAudit} runs them all.
 */
public interface HealthRule {

  /** Stable code carried by every finding of this rule, e.g. {@code missing-primary-key}. */
  String code();

  /**
   * Checks the schema. Must not modify the context, must not throw on unusual but valid models
   * (missing statistics, dangling references), and should stay linear in the number of tables.
   *
   * @return findings, empty when the schema is healthy for this rule
   */
  List<Finding> check(AuditContext context);

  /** Convenience for a single rule: builds the lookups and checks. */
  default List<Finding> check(SchemaModel model) {
    return check(AuditContext.of(model));
  }
}
