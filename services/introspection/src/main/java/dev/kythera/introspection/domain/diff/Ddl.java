package dev.kythera.introspection.domain.diff;

import dev.kythera.kernel.schema.CheckConstraint;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.EnumType;
import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.Index;
import dev.kythera.kernel.schema.PrimaryKey;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.ReferentialAction;
import dev.kythera.kernel.schema.Sequence;
import dev.kythera.kernel.schema.Table;
import dev.kythera.kernel.schema.TableKind;
import dev.kythera.kernel.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/** Writes single DDL statements in one SQL dialect; what both dialects share lives here. */
abstract class Ddl {
  /** True when the model comes from another engine, so types and defaults are translated. */
  protected final boolean translate;

  protected final List<String> warnings = new ArrayList<>();

  protected Ddl(boolean translate) {
    this.translate = translate;
  }

  List<String> warnings() {
    return warnings;
  }

  /**
   * True where enum values live on each column (MySQL), so a changed enum means modified columns.
   */
  boolean inlineEnums() {
    return false;
  }

  abstract String quote(String identifier);

  abstract String table(QualifiedName name);

  abstract String literal(String text);

  /** The full column definition, starting with its quoted name. */
  abstract String column(Column column);

  abstract String primaryKeyClause(PrimaryKey key);

  abstract List<String> alterColumn(Table table, Column before, Column after);

  abstract String dropPrimaryKey(Table table, PrimaryKey key);

  abstract String dropUnique(Table table, UniqueConstraint unique);

  abstract String dropForeignKey(Table table, ForeignKey key);

  abstract String createIndex(Table table, Index index);

  abstract String dropIndex(Table table, Index index);

  abstract List<String> createEnum(EnumType type);

  abstract List<String> dropEnum(EnumType type);

  abstract List<String> alterEnum(EnumType before, EnumType after);

  abstract List<String> createSequence(Sequence sequence);

  abstract List<String> dropSequence(Sequence sequence);

  abstract List<String> alterSequence(Sequence sequence);

  /** Statements that set (or clear) a table's comment. */
  abstract List<String> tableComment(Table table);

  /** Statements that go with a new column besides its definition (comments). */
  abstract List<String> columnExtras(Table table, Column column);

  /** Trailing table options of CREATE TABLE, e.g. a comment clause. */
  abstract String tableOptions(Table table);

  abstract String foreignKeyTail(ForeignKey key);

  List<String> createTable(Table table) {
    List<String> parts = new ArrayList<>();
    table.columns().forEach(column -> parts.add(column(column)));
    if (table.primaryKey() != null) {
      parts.add(primaryKeyClause(table.primaryKey()));
    }
    table.uniqueConstraints().forEach(unique -> parts.add(uniqueClause(unique)));
    table.checks().forEach(check -> parts.add(checkClause(check)));
    List<String> statements = new ArrayList<>();
    statements.add(
        "CREATE TABLE "
            + table(table.name())
            + " (\n  "
            + String.join(",\n  ", parts)
            + "\n)"
            + tableOptions(table));
    table.columns().forEach(column -> statements.addAll(columnExtras(table, column)));
    return statements;
  }

  String dropTable(Table table) {
    return "DROP TABLE " + table(table.name());
  }

  List<String> addColumn(Table table, Column column) {
    List<String> statements = new ArrayList<>();
    statements.add(alter(table) + " ADD COLUMN " + column(column));
    statements.addAll(columnExtras(table, column));
    return statements;
  }

  String dropColumn(Table table, Column column) {
    return alter(table) + " DROP COLUMN " + quote(column.name());
  }

  String addPrimaryKey(Table table, PrimaryKey key) {
    return alter(table) + " ADD " + primaryKeyClause(key);
  }

  String addUnique(Table table, UniqueConstraint unique) {
    return alter(table) + " ADD " + uniqueClause(unique);
  }

  String addCheck(Table table, CheckConstraint check) {
    return alter(table) + " ADD " + checkClause(check);
  }

  String dropCheck(Table table, CheckConstraint check) {
    return alter(table) + " DROP CONSTRAINT " + quote(check.name());
  }

  String addForeignKey(Table table, ForeignKey key) {
    StringBuilder text = new StringBuilder(alter(table)).append(" ADD ");
    text.append(constraintName(key.name()));
    text.append("FOREIGN KEY ").append(columnList(key.columns()));
    text.append(" REFERENCES ").append(table(key.referencedTable()));
    text.append(' ').append(columnList(key.referencedColumns()));
    if (key.onDelete() != ReferentialAction.NO_ACTION) {
      text.append(" ON DELETE ").append(Definitions.action(key.onDelete()));
    }
    if (key.onUpdate() != ReferentialAction.NO_ACTION) {
      text.append(" ON UPDATE ").append(Definitions.action(key.onUpdate()));
    }
    return text.append(foreignKeyTail(key)).toString();
  }

  String createView(Table view) {
    String query =
        view.viewDefinition() == null ? null : Definitions.normalize(view.viewDefinition());
    if (query == null || query.isEmpty()) {
      warnings.add("view " + view.name() + " has no definition; create it by hand");
      return null;
    }
    if (translate) {
      warnings.add("view " + view.name() + " keeps its source engine's SQL; check it");
    }
    return "CREATE " + viewKind(view) + " " + table(view.name()) + " AS " + query;
  }

  String dropView(Table view) {
    return "DROP " + viewKind(view) + " " + table(view.name());
  }

  protected String viewKind(Table view) {
    return view.kind() == TableKind.MATERIALIZED_VIEW ? "MATERIALIZED VIEW" : "VIEW";
  }

  protected String uniqueClause(UniqueConstraint unique) {
    return constraintName(unique.name()) + "UNIQUE " + columnList(unique.columns());
  }

  protected String checkClause(CheckConstraint check) {
    return constraintName(check.name()) + "CHECK (" + check.expression() + ")";
  }

  protected String constraintName(String name) {
    return name == null ? "" : "CONSTRAINT " + quote(name) + " ";
  }

  protected String alter(Table table) {
    return "ALTER TABLE " + table(table.name());
  }

  protected String columnList(List<String> columns) {
    return "(" + String.join(", ", columns.stream().map(this::quote).toList()) + ")";
  }

  /** Index key parts: known columns are quoted, anything else is an expression in parentheses. */
  protected String indexKeys(Table table, Index index) {
    List<String> keys = new ArrayList<>();
    for (String entry : index.columns()) {
      keys.add(table.column(entry).isPresent() ? quote(entry) : "(" + entry + ")");
    }
    return "(" + String.join(", ", keys) + ")";
  }

  /** Quotes with {@code mark}, doubling any {@code mark} inside the identifier. */
  protected static String quoteWith(String identifier, char mark) {
    String doubled = String.valueOf(mark) + mark;
    return mark + identifier.replace(String.valueOf(mark), doubled) + mark;
  }
}
