package dev.kythera.introspection.domain.docs;

import dev.kythera.kernel.schema.CheckConstraint;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.EnumType;
import dev.kythera.kernel.schema.Index;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.Table;
import java.util.ArrayList;
import java.util.List;

/** Raw SQL for what Liquibase has no change type for: enum types, checks, partial indexes. */
final class LiquibaseSql {
  private final boolean mysql;

  LiquibaseSql(String engine) {
    this.mysql = engine != null && (engine.startsWith("mysql") || engine.startsWith("maria"));
  }

  /** The Liquibase dbms name of the engine. */
  String dbms() {
    return mysql ? "mysql,mariadb" : "postgresql";
  }

  /** Schema attribute value: MySQL/MariaDB run in the connected database, so none there. */
  String schema(String schema) {
    return mysql ? null : schema;
  }

  String quote(String identifier) {
    char mark = mysql ? '`' : '"';
    String doubled = String.valueOf(mark) + mark;
    return mark + identifier.replace(String.valueOf(mark), doubled) + mark;
  }

  String table(QualifiedName name) {
    return mysql ? quote(name.name()) : quote(name.schema()) + "." + quote(name.name());
  }

  String literal(String text) {
    String escaped = text.replace("'", "''");
    return "'" + (mysql ? escaped.replace("\\", "\\\\") : escaped) + "'";
  }

  String createEnum(EnumType type) {
    List<String> labels = type.values().stream().map(this::literal).toList();
    return "CREATE TYPE " + table(type.name()) + " AS ENUM (" + String.join(", ", labels) + ")";
  }

  String addCheck(Table table, CheckConstraint check) {
    String name = check.name() == null ? "" : "CONSTRAINT " + quote(check.name()) + " ";
    return "ALTER TABLE "
        + table(table.name())
        + " ADD "
        + name
        + "CHECK ("
        + check.expression()
        + ")";
  }

  String addGeneratedColumn(Table table, Column column) {
    return "ALTER TABLE "
        + table(table.name())
        + " ADD COLUMN "
        + quote(column.name())
        + " "
        + column.dataType()
        + " GENERATED ALWAYS AS ("
        + column.generated()
        + ") STORED";
  }

  String createPartialIndex(Table table, Index index) {
    List<String> keys = new ArrayList<>();
    for (String entry : index.columns()) {
      keys.add(table.column(entry).isPresent() ? quote(entry) : "(" + entry + ")");
    }
    return (index.unique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ")
        + quote(index.name())
        + " ON "
        + table(table.name())
        + " ("
        + String.join(", ", keys)
        + ") WHERE "
        + index.predicate();
  }
}
