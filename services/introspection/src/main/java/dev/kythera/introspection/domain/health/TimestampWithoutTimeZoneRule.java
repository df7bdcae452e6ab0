package dev.kythera.introspection.domain.health;

import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Health rule (INFO): PostgreSQL {@code timestamp without time zone} columns (squawk
 * prefer-timestamptz). Recognised by the type text PostgreSQL prints, so other engines (whose
 * timestamp types behave differently) are unaffected.
 */
public final class TimestampWithoutTimeZoneRule implements HealthRule {
  public static final String CODE = "timestamp-without-time-zone";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Table table : context.tables()) {
      for (Column column : table.columns()) {
        String type = column.dataType().toLowerCase(Locale.ROOT);
        if (type.startsWith("timestamp") && type.endsWith("without time zone")) {
          findings.add(finding(table, column));
        }
      }
    }
    return findings;
  }

  private static Finding finding(Table table, Column column) {
    return new Finding(
        CODE,
        Severity.INFO,
        "Timestamp without time zone",
        column.name()
            + " stores a wall-clock time without saying in which zone, so values written by"
            + " servers or sessions in different zones cannot be compared and daylight-saving"
            + " changes create duplicates and gaps. Use timestamp with time zone (timestamptz),"
            + " which stores an instant.",
        Locations.of(table, column.name()));
  }
}
