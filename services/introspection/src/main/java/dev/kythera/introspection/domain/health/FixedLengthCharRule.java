package dev.kythera.introspection.domain.health;

import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Health rule (INFO): fixed-length {@code char(n)} columns longer than one character (squawk
 * ban-char-field). {@code char(1)} flags are common and harmless, so they are left alone.
 */
public final class FixedLengthCharRule implements HealthRule {
  public static final String CODE = "fixed-length-char";
  private static final Pattern CHAR =
      Pattern.compile("^(character|char|bpchar|nchar)\\s*\\((\\d+)\\)$");

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Finding> check(AuditContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Table table : context.tables()) {
      for (Column column : table.columns()) {
        Matcher matcher = CHAR.matcher(column.dataType().toLowerCase(Locale.ROOT).trim());
        if (matcher.matches() && Integer.parseInt(matcher.group(2)) > 1) {
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
        "Fixed-length character column",
        column.name()
            + " is "
            + column.dataType()
            + ": shorter values are padded with spaces, which leak into comparisons, string"
            + " functions and application code, and it is no faster than a variable-length type."
            + " Use varchar(n) or text, with a CHECK on the length if it must be exact.",
        Locations.of(table, column.name()));
  }
}
