package dev.kythera.introspection.domain.docs;

import dev.kythera.kernel.schema.CheckConstraint;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.EnumType;
import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.Index;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Sequence;
import dev.kythera.kernel.schema.Table;
import dev.kythera.kernel.schema.UniqueConstraint;
import java.util.List;

/**
 * A Liquibase XML changelog that recreates a model: enum types and free sequences, one createTable
 * per table, then UNIQUE constraints, CHECKs (as SQL), indexes, foreign keys and views; ids are
 * stable ({@code kythera-<table>-create}) and the author is {@code kythera}.
 */
public final class LiquibaseChangelog {
  public static final String NAMESPACE = "http://www.liquibase.org/xml/ns/dbchangelog";
  private static final String XSD =
      "http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.20.xsd";
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  static final String AUTHOR = "kythera";

  private final SchemaModel model;
  private final LiquibaseSql sql;
  private final XmlWriter xml = new XmlWriter();
  private final boolean qualifyIds;

  private LiquibaseChangelog(SchemaModel model) {
    this.model = model;
    this.sql = new LiquibaseSql(model.engine());
    this.qualifyIds = model.tables().stream().map(t -> t.name().schema()).distinct().count() > 1;
  }

  public static String render(SchemaModel model) {
    LiquibaseChangelog changelog = new LiquibaseChangelog(model);
    changelog.write();
    return changelog.xml.toString();
  }

  private void write() {
    xml.start("databaseChangeLog")
        .attribute("xmlns", NAMESPACE)
        .attribute("xmlns:xsi", XSI)
        .attribute("xsi:schemaLocation", NAMESPACE + " " + XSD);
    for (EnumType type : model.enums()) {
      sqlChangeSet("kythera-enum-" + type.name().name(), sql.createEnum(type), sql.dbms());
    }
    for (Sequence sequence : model.sequences()) {
      if (sequence.ownedBy() == null) {
        sequence(sequence);
      }
    }
    List<Table> tables = model.tables().stream().filter(t -> !t.isView()).toList();
    tables.forEach(this::createTable);
    tables.forEach(this::constraints);
    tables.forEach(this::indexes);
    tables.forEach(this::foreignKeys);
    model.tables().stream().filter(Table::isView).forEach(this::view);
    xml.end();
  }

  private String id(Table table, String suffix) {
    String name = qualifyIds ? table.name().toString() : table.name().name();
    return "kythera-" + name + "-" + suffix;
  }

  private void changeSet(String id) {
    xml.start("changeSet").attribute("id", id).attribute("author", AUTHOR);
  }

  private void sqlChangeSet(String id, String statement, String dbms) {
    changeSet(id);
    xml.attribute("dbms", dbms);
    xml.start("sql").text(statement).end();
    xml.end();
  }

  private void sequence(Sequence sequence) {
    changeSet("kythera-sequence-" + sequence.name().name());
    xml.start("createSequence")
        .attribute("schemaName", sql.schema(sequence.name().schema()))
        .attribute("sequenceName", sequence.name().name())
        .attribute("dataType", sequence.dataType())
        .attribute("incrementBy", sequence.increment())
        .attribute("maxValue", sequence.maxValue())
        .end();
    xml.end();
  }

  private void createTable(Table table) {
    changeSet(id(table, "create"));
    xml.start("createTable")
        .attribute("schemaName", sql.schema(table.name().schema()))
        .attribute("tableName", table.name().name())
        .attribute("remarks", table.comment());
    for (Column column : table.columns()) {
      if (column.generated() == null) {
        LiquibaseColumns.write(xml, table, column);
      }
    }
    xml.end();
    xml.end();
    for (Column column : table.columns()) {
      if (column.generated() != null) {
        sqlChangeSet(
            id(table, "generated-" + column.name()), sql.addGeneratedColumn(table, column), null);
      }
    }
  }

  private void constraints(Table table) {
    for (UniqueConstraint unique : table.uniqueConstraints()) {
      if (unique.columns().size() > 1) {
        changeSet(id(table, "unique-" + unique.name()));
        xml.start("addUniqueConstraint")
            .attribute("schemaName", sql.schema(table.name().schema()))
            .attribute("tableName", table.name().name())
            .attribute("columnNames", String.join(", ", unique.columns()))
            .attribute("constraintName", unique.name())
            .end();
        xml.end();
      }
    }
    for (CheckConstraint check : table.checks()) {
      sqlChangeSet(id(table, "check-" + check.name()), sql.addCheck(table, check), null);
    }
  }

  private void indexes(Table table) {
    for (Index index : LiquibaseColumns.ownIndexes(table)) {
      if (index.predicate() != null) {
        sqlChangeSet(
            id(table, "index-" + index.name()), sql.createPartialIndex(table, index), sql.dbms());
        continue;
      }
      changeSet(id(table, "index-" + index.name()));
      xml.start("createIndex")
          .attribute("schemaName", sql.schema(table.name().schema()))
          .attribute("tableName", table.name().name())
          .attribute("indexName", index.name())
          .attribute("unique", index.unique() ? "true" : null);
      for (String entry : index.columns()) {
        boolean computed = table.column(entry).isEmpty();
        xml.start("column")
            .attribute("name", entry)
            .attribute("computed", computed ? "true" : null)
            .end();
      }
      xml.end();
      xml.end();
    }
  }

  private void foreignKeys(Table table) {
    for (ForeignKey key : table.foreignKeys()) {
      changeSet(
          id(table, "fk-" + (key.name() == null ? String.join("-", key.columns()) : key.name())));
      xml.start("addForeignKeyConstraint")
          .attribute("baseTableSchemaName", sql.schema(table.name().schema()))
          .attribute("baseTableName", table.name().name())
          .attribute("baseColumnNames", String.join(", ", key.columns()))
          .attribute("referencedTableSchemaName", sql.schema(key.referencedTable().schema()))
          .attribute("referencedTableName", key.referencedTable().name())
          .attribute("referencedColumnNames", String.join(", ", key.referencedColumns()))
          .attribute("constraintName", key.name())
          .attribute("onDelete", DictionaryFacts.action(key.onDelete()))
          .attribute("onUpdate", DictionaryFacts.action(key.onUpdate()))
          .attribute("deferrable", key.deferrable() ? "true" : null)
          .attribute("initiallyDeferred", key.initiallyDeferred() ? "true" : null)
          .end();
      xml.end();
    }
  }

  private void view(Table view) {
    if (view.viewDefinition() == null) {
      return;
    }
    changeSet(id(view, "view"));
    String query = view.viewDefinition().strip();
    while (query.endsWith(";")) {
      query = query.substring(0, query.length() - 1).strip();
    }
    xml.start("createView")
        .attribute("schemaName", sql.schema(view.name().schema()))
        .attribute("viewName", view.name().name())
        .attribute("remarks", view.comment())
        .text(query)
        .end();
    xml.end();
  }
}
