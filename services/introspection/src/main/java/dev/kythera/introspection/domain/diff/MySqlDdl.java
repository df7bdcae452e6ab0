package dev.kythera.introspection.domain.diff;

import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.EnumType;
import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.Identity;
import dev.kythera.kernel.schema.Index;
import dev.kythera.kernel.schema.PrimaryKey;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.Sequence;
import dev.kythera.kernel.schema.Table;
import dev.kythera.kernel.schema.UniqueConstraint;
import java.util.List;
import java.util.Objects;

/**
 * MySQL/MariaDB DDL: backquoted identifiers, tables named without their database (the script runs
 * in the connected one), inline ENUM columns, AUTO_INCREMENT and COMMENT clauses.
 */
final class MySqlDdl extends Ddl {

  MySqlDdl(boolean translate) {
    super(translate);
  }

  @Override
  String quote(String identifier) {
    return quoteWith(identifier, '`');
  }

  @Override
  String table(QualifiedName name) {
    return quote(name.name());
  }

  @Override
  String literal(String text) {
    return SqlTypes.mysqlLiteral(text);
  }

  @Override
  String column(Column column) {
    String type = translate ? SqlTypes.toMySql(column) : column.dataType();
    StringBuilder text = new StringBuilder(quote(column.name())).append(' ').append(type);
    if (column.generated() != null) {
      text.append(" GENERATED ALWAYS AS (").append(column.generated()).append(") STORED");
    } else {
      text.append(column.nullable() ? " NULL" : " NOT NULL");
      String defaultValue =
          translate ? SqlTypes.defaultToMySql(column, type) : column.defaultValue();
      if (defaultValue != null && column.identity() == Identity.NONE) {
        text.append(" DEFAULT ").append(defaultValue);
      }
      if (column.identity() != Identity.NONE) {
        text.append(" AUTO_INCREMENT");
      }
    }
    if (column.comment() != null) {
      text.append(" COMMENT ").append(literal(column.comment()));
    }
    return text.toString();
  }

  @Override
  List<String> alterColumn(Table table, Column before, Column after) {
    return List.of(alter(table) + " MODIFY COLUMN " + column(after));
  }

  @Override
  List<String> columnExtras(Table table, Column column) {
    return List.of();
  }

  @Override
  List<String> tableComment(Table table) {
    if (table.isView()) {
      return List.of();
    }
    String comment = table.comment() == null ? "" : table.comment();
    return List.of(alter(table) + " COMMENT = " + literal(comment));
  }

  @Override
  String tableOptions(Table table) {
    return table.comment() == null ? "" : " COMMENT = " + literal(table.comment());
  }

  @Override
  String primaryKeyClause(PrimaryKey key) {
    return "PRIMARY KEY " + columnList(key.columns());
  }

  @Override
  String dropPrimaryKey(Table table, PrimaryKey key) {
    return alter(table) + " DROP PRIMARY KEY";
  }

  @Override
  String dropUnique(Table table, UniqueConstraint unique) {
    return alter(table) + " DROP INDEX " + quote(unique.name());
  }

  @Override
  String dropForeignKey(Table table, ForeignKey key) {
    return alter(table) + " DROP FOREIGN KEY " + quote(key.name());
  }

  @Override
  String foreignKeyTail(ForeignKey key) {
    if (key.deferrable()) {
      warnings.add("foreign key " + key.name() + " cannot be deferrable on MySQL/MariaDB");
    }
    return "";
  }

  @Override
  String createIndex(Table table, Index index) {
    if (index.predicate() != null) {
      warnings.add(
          "index "
              + index.name()
              + " is partial; MySQL/MariaDB index all rows (predicate dropped)");
    }
    boolean expression = index.columns().stream().anyMatch(c -> table.column(c).isEmpty());
    if (expression) {
      warnings.add("index " + index.name() + " has expression keys: MySQL 8.0.13+ only");
    }
    return (index.unique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ")
        + quote(Objects.requireNonNullElse(index.name(), table.name().name() + "_idx"))
        + " ON "
        + table(table.name())
        + " "
        + indexKeys(table, index);
  }

  @Override
  String dropIndex(Table table, Index index) {
    return "DROP INDEX " + quote(index.name()) + " ON " + table(table.name());
  }

  @Override
  List<String> createEnum(EnumType type) {
    return List.of();
  }

  @Override
  List<String> dropEnum(EnumType type) {
    return List.of();
  }

  @Override
  boolean inlineEnums() {
    return true;
  }

  @Override
  List<String> alterEnum(EnumType before, EnumType after) {
    return List.of();
  }

  @Override
  List<String> createSequence(Sequence sequence) {
    return List.of();
  }

  @Override
  List<String> dropSequence(Sequence sequence) {
    return List.of();
  }

  @Override
  List<String> alterSequence(Sequence sequence) {
    return List.of();
  }
}
