package dev.kythera.introspection.domain.docs;

import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Mermaid {@code erDiagram} of a model's tables: columns with PK/FK/UK markers and one
 * crow's-foot relationship per foreign key. Names are sanitised to what Mermaid parses; beyond the
 * cap only the most connected tables are drawn.
 */
public final class MermaidEr {
  public static final int DEFAULT_MAX_TABLES = 60;
  private static final int COMMENT_LIMIT = 60;

  private MermaidEr() {}

  public static String render(SchemaModel model) {
    return render(model, DEFAULT_MAX_TABLES);
  }

  public static String render(SchemaModel model, int maxTables) {
    List<Table> all = model.tables().stream().filter(t -> !t.isView()).toList();
    List<Table> shown = shownTables(model, maxTables);
    Map<QualifiedName, String> names = entityNames(shown);
    StringBuilder text = new StringBuilder("erDiagram\n");
    if (shown.size() < all.size()) {
      text.append("    %% showing ").append(shown.size()).append(" of ").append(all.size());
      text.append(" tables (the most connected)\n");
    }
    for (Table table : shown) {
      entity(text, table, names.get(table.name()));
    }
    for (Table table : shown) {
      for (ForeignKey key : table.foreignKeys()) {
        String parent = names.get(key.referencedTable());
        if (parent != null) {
          relationship(text, table, key, parent, names.get(table.name()));
        }
      }
    }
    return text.toString();
  }

  /** The tables drawn: all of them, or the {@code maxTables} with most foreign keys, by name. */
  static List<Table> shownTables(SchemaModel model, int maxTables) {
    List<Table> tables = model.tables().stream().filter(t -> !t.isView()).toList();
    if (tables.size() <= maxTables) {
      return tables;
    }
    Map<QualifiedName, Integer> degree = new HashMap<>();
    for (Table table : tables) {
      for (ForeignKey key : table.foreignKeys()) {
        degree.merge(table.name(), 1, Integer::sum);
        degree.merge(key.referencedTable(), 1, Integer::sum);
      }
    }
    Set<QualifiedName> kept = new HashSet<>();
    tables.stream()
        .sorted(
            Comparator.comparing((Table t) -> -degree.getOrDefault(t.name(), 0))
                .thenComparing(Table::name))
        .limit(Math.max(0, maxTables))
        .forEach(t -> kept.add(t.name()));
    return tables.stream().filter(t -> kept.contains(t.name())).toList();
  }

  private static void entity(StringBuilder text, Table table, String name) {
    text.append("    ").append(name).append(" {\n");
    for (Column column : table.columns()) {
      text.append("        ").append(word(column.dataType(), "type"));
      text.append(' ').append(word(column.name(), "col"));
      List<String> keys = keys(table, column);
      if (!keys.isEmpty()) {
        text.append(' ').append(String.join(",", keys));
      }
      if (column.comment() != null && !column.comment().isBlank()) {
        text.append(" \"").append(comment(column.comment())).append('"');
      }
      text.append('\n');
    }
    text.append("    }\n");
  }

  private static List<String> keys(Table table, Column column) {
    List<String> keys = new ArrayList<>();
    if (table.primaryKey() != null && table.primaryKey().columns().contains(column.name())) {
      keys.add("PK");
    }
    if (table.foreignKeys().stream().anyMatch(k -> k.columns().contains(column.name()))) {
      keys.add("FK");
    }
    if (DictionaryFacts.uniqueColumnSets(table).stream().anyMatch(s -> s.contains(column.name()))) {
      keys.add("UK");
    }
    return keys;
  }

  private static void relationship(
      StringBuilder text, Table child, ForeignKey key, String parent, String childName) {
    String parentSide = DictionaryFacts.optionalKey(child, key) ? "|o" : "||";
    String childSide = DictionaryFacts.uniqueKey(child, key) ? "o|" : "o{";
    boolean identifying =
        child.primaryKey() != null && child.primaryKey().columns().containsAll(key.columns());
    text.append("    ").append(parent).append(' ').append(parentSide);
    text.append(identifying ? "--" : "..").append(childSide).append(' ').append(childName);
    String label = key.name() == null ? String.join(", ", key.columns()) : key.name();
    text.append(" : \"").append(comment(label)).append("\"\n");
  }

  /** Unique Mermaid entity names: schema-prefixed when several schemas are drawn. */
  static Map<QualifiedName, String> entityNames(List<Table> tables) {
    boolean prefix = tables.stream().map(t -> t.name().schema()).distinct().count() > 1;
    Map<QualifiedName, String> names = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    for (Table table : tables) {
      QualifiedName name = table.name();
      String base = identifier(prefix ? name.schema() + "__" + name.name() : name.name(), "t");
      String unique = base;
      for (int i = 2; !used.add(unique); i++) {
        unique = base + "_" + i;
      }
      names.put(name, unique);
    }
    return names;
  }

  /** Letters, digits and underscores, starting with a letter or underscore. */
  static String identifier(String text, String prefix) {
    String cleaned = text.replaceAll("[^A-Za-z0-9_]", "_");
    if (cleaned.isEmpty() || !Character.isLetter(cleaned.charAt(0)) && cleaned.charAt(0) != '_') {
      cleaned = prefix + "_" + cleaned;
    }
    return cleaned;
  }

  /** A type or attribute word: letters, digits, {@code - _ ( ) [ ]}, starting with a letter. */
  static String word(String text, String prefix) {
    String cleaned =
        text.strip().replace(' ', '_').replace(',', '-').replaceAll("[^A-Za-z0-9_\\-()\\[\\]]", "");
    if (cleaned.isEmpty() || !Character.isLetter(cleaned.charAt(0)) && cleaned.charAt(0) != '_') {
      cleaned = prefix + "_" + cleaned;
    }
    return cleaned;
  }

  private static String comment(String text) {
    String cleaned =
        text.replace('"', '\'')
            .replace('<', '\u2039')
            .replace('>', '\u203a')
            .replaceAll("[\\r\\n\\t]+", " ")
            .strip();
    return cleaned.length() <= COMMENT_LIMIT
        ? cleaned
        : cleaned.substring(0, COMMENT_LIMIT - 1) + "…";
  }
}
