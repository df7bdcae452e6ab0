package dev.kythera.introspection.domain.health;

import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Health rule (INFO): table or column names of one schema mix snake_case and camelCase (Bytebase
 * NAMING_* family). One finding per schema and kind, naming the minority style's names. Single
 * lower-case words ({@code orders}) fit both styles and are not counted.
 */
public final class NamingStyleRule implements HealthRule {
  public static final String CODE = "inconsistent-naming-style";

  enum Style {
    SNAKE,
    CAMEL,
    NEUTRAL
  }

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Finding> check(AuditContext context) {
    Map<String, List<String>> tablesBySchema = new TreeMap<>();
    Map<String, List<String>> columnsBySchema = new TreeMap<>();
    for (Table table : context.model().tables()) {
      String schema = table.name().schema();
      tablesBySchema.computeIfAbsent(schema, key -> new ArrayList<>()).add(table.name().name());
      List<String> columns = columnsBySchema.computeIfAbsent(schema, key -> new ArrayList<>());
      for (Column column : table.columns()) {
        columns.add(table.name().name() + "." + column.name());
      }
    }
    List<Finding> findings = new ArrayList<>();
    tablesBySchema.forEach((schema, names) -> mixed(schema, "table", names, findings));
    columnsBySchema.forEach((schema, names) -> mixed(schema, "column", names, findings));
    return findings;
  }

  static Style style(String name) {
    boolean underscore = name.indexOf('_') > 0;
    boolean upper = !name.equals(name.toLowerCase(Locale.ROOT));
    boolean lower = !name.equals(name.toUpperCase(Locale.ROOT));
    if (underscore) {
      // ORDER_ID and order_id are both snake; Order_Id is neither and left alone
      return upper && lower ? Style.NEUTRAL : Style.SNAKE;
    }
    return upper && lower ? Style.CAMEL : Style.NEUTRAL;
  }

  private static void mixed(String schema, String kind, List<String> names, List<Finding> out) {
    Map<Style, List<String>> byStyle = new LinkedHashMap<>();
    for (String name : names) {
      String plain = name.substring(name.indexOf('.') + 1);
      byStyle.computeIfAbsent(style(plain), key -> new ArrayList<>()).add(name);
    }
    List<String> snake = byStyle.getOrDefault(Style.SNAKE, List.of());
    List<String> camel = byStyle.getOrDefault(Style.CAMEL, List.of());
    if (snake.isEmpty() || camel.isEmpty()) {
      return;
    }
    boolean snakeWins = snake.size() >= camel.size();
    List<String> minority = snakeWins ? camel : snake;
    out.add(
        new Finding(
            CODE,
            Severity.INFO,
            "Mixed " + kind + " naming styles",
            "Schema "
                + schema
                + " has "
                + snake.size()
                + " snake_case and "
                + camel.size()
                + " camelCase "
                + kind
                + " names. Mixed styles make names hard to guess and force quoting of"
                + " mixed-case identifiers in PostgreSQL. Rename the "
                + (snakeWins ? "camelCase" : "snake_case")
                + " ones to match: "
                + Locations.list(minority)
                + ".",
            schema));
  }
}
