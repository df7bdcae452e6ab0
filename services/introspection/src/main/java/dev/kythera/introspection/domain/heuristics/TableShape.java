package dev.kythera.introspection.domain.heuristics;

import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.Table;
import dev.kythera.kernel.schema.TypeCategory;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The facts about one table that role classification looks at, computed once. */
final class TableShape {
  /** Last words of log-like names; matched on words so {@code catalog} is no log. */
  private static final Set<String> LOG_WORDS =
      Set.of("log", "audit", "history", "event", "journal", "trail", "changelog", "activity");

  private static final Set<String> LOG_PREFIXES = Set.of("audit", "log", "history");
  private static final Set<String> CONFIG_WORDS =
      Set.of("setting", "config", "configuration", "preference", "parameter", "settings");
  private static final Set<String> KEY_NAMES = Set.of("key", "name", "setting", "param", "code");
  private static final Set<String> VALUE_NAMES = Set.of("value", "val", "setting_value", "data");

  /** Column words of a code that is the row's business key: enough to call a table a lookup. */
  private static final Set<String> CODE_WORDS = Set.of("code", "abbreviation", "iso", "symbol");

  /** Column words of a display label: a lookup only when the table is also known to be small. */
  private static final Set<String> LABEL_WORDS =
      Set.of("code", "name", "label", "title", "description", "abbreviation", "iso", "symbol");

  /** Last words of names that are lists of codes whatever their size is reported to be. */
  private static final Set<String> LOOKUP_WORDS =
      Set.of(
          "type",
          "status",
          "kind",
          "category",
          "level",
          "state",
          "currency",
          "country",
          "language",
          "unit",
          "priority",
          "reason");

  private static final Set<String> AUDIT_COLUMNS =
      Set.of("created_at", "updated_at", "created", "updated", "last_update", "modified_at");
  static final long SMALL_ROWS = 1_000;

  private final Table table;
  private final String name;
  private final Set<String> foreignKeyColumns = new HashSet<>();
  private final Set<QualifiedName> parents = new TreeSet<>();

  TableShape(Table table) {
    this.table = table;
    this.name = Words.snake(table.name().name());
    for (ForeignKey key : table.foreignKeys()) {
      foreignKeyColumns.addAll(key.columns());
      if (!key.referencedTable().equals(table.name())) {
        parents.add(key.referencedTable());
      }
    }
  }

  Table table() {
    return table;
  }

  int columnCount() {
    return table.columns().size();
  }

  int foreignKeyCount() {
    return table.foreignKeys().size();
  }

  int distinctParents() {
    return parents.size();
  }

  String parents() {
    return String.join(", ", parents.stream().map(QualifiedName::name).toList());
  }

  boolean primaryKeyIsForeignKeys() {
    List<String> key = table.primaryKey() == null ? List.of() : table.primaryKey().columns();
    return key.size() >= 2 && foreignKeyColumns.containsAll(key);
  }

  /** Columns that are neither key, foreign key nor bookkeeping timestamps. */
  int plainColumns() {
    Set<String> key =
        table.primaryKey() == null ? Set.of() : Set.copyOf(table.primaryKey().columns());
    return (int)
        table.columns().stream()
            .map(Column::name)
            .filter(c -> !foreignKeyColumns.contains(c) && !key.contains(c))
            .filter(c -> !AUDIT_COLUMNS.contains(c.toLowerCase(Locale.ROOT)))
            .count();
  }

  boolean logName() {
    List<String> words = Words.split(name);
    return !words.isEmpty()
        && (LOG_WORDS.contains(Words.singular(words.get(words.size() - 1)))
            || LOG_PREFIXES.contains(words.get(0)));
  }

  boolean configName() {
    return CONFIG_WORDS.contains(Words.singular(Words.last(name))) && foreignKeyCount() <= 1;
  }

  boolean hasTimestamp() {
    return table.columns().stream().anyMatch(c -> c.category() == TypeCategory.TIMESTAMP);
  }

  boolean keyValueShape() {
    Set<String> names = new HashSet<>();
    table.columns().forEach(c -> names.add(Words.snake(c.name())));
    return columnCount() <= 5
        && names.stream().anyMatch(KEY_NAMES::contains)
        && names.stream().anyMatch(VALUE_NAMES::contains);
  }

  boolean smallOrUnknown() {
    return table.rowEstimate() < 0 || table.rowEstimate() <= SMALL_ROWS;
  }

  boolean knownSmall() {
    return table.rowEstimate() >= 0 && table.rowEstimate() <= SMALL_ROWS;
  }

  boolean lookupName() {
    return LOOKUP_WORDS.contains(Words.singular(Words.last(name)));
  }

  /** A column whose name says it holds a business code: iso_code, currency_symbol, … */
  Optional<String> codeColumn() {
    return labelColumns()
        .filter(c -> Words.split(c).stream().anyMatch(CODE_WORDS::contains))
        .findFirst();
  }

  /** A column whose name says it labels the row: code, name, title, … */
  Optional<String> codeOrNameColumn() {
    return labelColumns()
        .filter(c -> Words.split(c).stream().anyMatch(LABEL_WORDS::contains))
        .findFirst();
  }

  private Stream<String> labelColumns() {
    return table.columns().stream()
        .filter(c -> !foreignKeyColumns.contains(c.name()))
        .filter(c -> c.category() == TypeCategory.TEXT || c.category() == TypeCategory.ENUM)
        .map(Column::name);
  }
}
