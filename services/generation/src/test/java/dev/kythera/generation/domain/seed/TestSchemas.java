package dev.kythera.generation.domain.seed;

import dev.kythera.kernel.schema.CheckConstraint;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.EnumType;
import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.Identity;
import dev.kythera.kernel.schema.Index;
import dev.kythera.kernel.schema.PrimaryKey;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.ReferentialAction;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Sequence;
import dev.kythera.kernel.schema.Table;
import dev.kythera.kernel.schema.TableKind;
import dev.kythera.kernel.schema.TableStatistics;
import dev.kythera.kernel.schema.TypeCategory;
import dev.kythera.kernel.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds canonical schema models for domain tests in a few readable lines (copied from the
 * introspection tests, with the column types seeding needs added).
 */
public final class TestSchemas {
  private TestSchemas() {}

  public static QualifiedName name(String table) {
    return table.contains(".")
        ? QualifiedName.parse(table, "public")
        : new QualifiedName("public", table);
  }

  public static TableBuilder table(String name) {
    return new TableBuilder(name(name));
  }

  public static SchemaModel model(TableBuilder... tables) {
    return model(List.of(), List.of(), tables);
  }

  public static SchemaModel model(
      List<EnumType> enums, List<Sequence> sequences, TableBuilder... tables) {
    return model("postgresql", enums, sequences, tables);
  }

  public static SchemaModel model(
      String engine, List<EnumType> enums, List<Sequence> sequences, TableBuilder... tables) {
    List<Table> built = Arrays.stream(tables).map(TableBuilder::build).toList();
    List<String> schemas = built.stream().map(t -> t.name().schema()).distinct().sorted().toList();
    return new SchemaModel(engine, "15.0", "test", schemas, built, enums, sequences);
  }

  /** A column with every attribute given. */
  public static Column column(
      String name,
      String dataType,
      TypeCategory category,
      Integer length,
      Integer precision,
      Integer scale,
      boolean nullable,
      String defaultValue,
      Identity identity,
      String generated,
      List<String> enumValues) {
    return new Column(
        name,
        0,
        dataType,
        category,
        length,
        precision,
        scale,
        nullable,
        defaultValue,
        identity,
        generated,
        enumValues,
        null);
  }

  public static Column column(
      String name, String dataType, TypeCategory category, boolean nullable) {
    return new Column(
        name,
        0,
        dataType,
        category,
        null,
        null,
        null,
        nullable,
        null,
        Identity.NONE,
        null,
        null,
        null);
  }

  /** Mutable builder of one table; every method returns the builder. */
  public static final class TableBuilder {
    private final QualifiedName name;
    private TableKind kind = TableKind.TABLE;
    private final List<Column> columns = new ArrayList<>();
    private PrimaryKey primaryKey;
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<UniqueConstraint> uniques = new ArrayList<>();
    private final List<CheckConstraint> checks = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private String comment;
    private long rows = -1;
    private long size = -1;
    private TableStatistics statistics;

    private TableBuilder(QualifiedName name) {
      this.name = name;
    }

    public TableBuilder view() {
      kind = TableKind.VIEW;
      return this;
    }

    /** An integer identity primary key column {@code id}. */
    public TableBuilder id() {
      columns.add(
          new Column(
              "id",
              columns.size() + 1,
              "bigint",
              TypeCategory.INTEGER,
              null,
              64,
              0,
              false,
              null,
              Identity.BY_DEFAULT,
              null,
              null,
              null));
      primaryKey = new PrimaryKey(name.name() + "_pkey", List.of("id"));
      indexes.add(
          new Index(name.name() + "_pkey", List.of("id"), true, true, null, "btree", 8192L, null));
      return this;
    }

    public TableBuilder text(String column, int length, boolean nullable) {
      columns.add(
          new Column(
              column,
              columns.size() + 1,
              "character varying(" + length + ")",
              TypeCategory.TEXT,
              length,
              null,
              null,
              nullable,
              null,
              Identity.NONE,
              null,
              null,
              null));
      return this;
    }

    public TableBuilder integer(String column, boolean nullable) {
      columns.add(
          new Column(
              column,
              columns.size() + 1,
              "integer",
              TypeCategory.INTEGER,
              null,
              32,
              0,
              nullable,
              null,
              Identity.NONE,
              null,
              null,
              null));
      return this;
    }

    public TableBuilder column(Column column) {
      columns.add(column);
      return this;
    }

    /** An {@code integer} identity column filled by a sequence (PostgreSQL serial). */
    public TableBuilder serial(String column) {
      columns.add(
          TestSchemas.column(
              column,
              "integer",
              TypeCategory.INTEGER,
              null,
              32,
              0,
              false,
              "nextval('s')",
              Identity.AUTO_INCREMENT,
              null,
              null));
      primaryKey = new PrimaryKey(name.name() + "_pkey", List.of(column));
      return this;
    }

    /** A {@code bigint GENERATED ALWAYS AS IDENTITY} primary key. */
    public TableBuilder identityAlways(String column) {
      columns.add(
          TestSchemas.column(
              column,
              "bigint",
              TypeCategory.INTEGER,
              null,
              64,
              0,
              false,
              null,
              Identity.ALWAYS,
              null,
              null));
      primaryKey = new PrimaryKey(name.name() + "_pkey", List.of(column));
      return this;
    }

    /** A {@code char(length)} column. */
    public TableBuilder character(String column, int length, boolean nullable) {
      columns.add(
          TestSchemas.column(
              column,
              "character(" + length + ")",
              TypeCategory.TEXT,
              length,
              null,
              null,
              nullable,
              null,
              Identity.NONE,
              null,
              null));
      return this;
    }

    /** An unbounded {@code text} column. */
    public TableBuilder text(String column, boolean nullable) {
      columns.add(TestSchemas.column(column, "text", TypeCategory.TEXT, nullable));
      return this;
    }

    public TableBuilder numeric(String column, int precision, int scale, boolean nullable) {
      columns.add(
          TestSchemas.column(
              column,
              "numeric(" + precision + "," + scale + ")",
              TypeCategory.DECIMAL,
              null,
              precision,
              scale,
              nullable,
              null,
              Identity.NONE,
              null,
              null));
      return this;
    }

    public TableBuilder bool(String column, boolean nullable) {
      columns.add(TestSchemas.column(column, "boolean", TypeCategory.BOOLEAN, nullable));
      return this;
    }

    public TableBuilder date(String column, boolean nullable) {
      columns.add(TestSchemas.column(column, "date", TypeCategory.DATE, nullable));
      return this;
    }

    public TableBuilder json(String column, boolean nullable) {
      columns.add(TestSchemas.column(column, "jsonb", TypeCategory.JSON, nullable));
      return this;
    }

    public TableBuilder uuid(String column, boolean nullable) {
      columns.add(TestSchemas.column(column, "uuid", TypeCategory.UUID, nullable));
      return this;
    }

    /** A column of a named enum type. */
    public TableBuilder enumeration(
        String column, String type, List<String> values, boolean nullable) {
      columns.add(
          TestSchemas.column(
              column,
              type,
              TypeCategory.ENUM,
              null,
              null,
              null,
              nullable,
              null,
              Identity.NONE,
              null,
              values));
      return this;
    }

    /** A generated (computed) column. */
    public TableBuilder generated(String column, String expression) {
      columns.add(
          TestSchemas.column(
              column,
              "text",
              TypeCategory.TEXT,
              null,
              null,
              null,
              true,
              null,
              Identity.NONE,
              expression,
              null));
      return this;
    }

    /** A foreign key with the given name and deferrability. */
    public TableBuilder foreignKey(
        String keyName,
        String parent,
        List<String> columnNames,
        List<String> refColumns,
        boolean deferrable) {
      foreignKeys.add(
          new ForeignKey(
              keyName,
              columnNames,
              name(parent),
              refColumns,
              ReferentialAction.NO_ACTION,
              ReferentialAction.NO_ACTION,
              deferrable,
              deferrable));
      return this;
    }

    /** A {@code timestamp with time zone} column. */
    public TableBuilder timestamp(String column, boolean nullable) {
      columns.add(
          TestSchemas.column(column, "timestamp with time zone", TypeCategory.TIMESTAMP, nullable));
      return this;
    }

    /** A {@code bigint} column. */
    public TableBuilder bigint(String column, boolean nullable) {
      columns.add(TestSchemas.column(column, "bigint", TypeCategory.INTEGER, nullable));
      return this;
    }

    /** Sets the comment of an already added column. */
    public TableBuilder columnComment(String column, String text) {
      for (int i = 0; i < columns.size(); i++) {
        Column c = columns.get(i);
        if (c.name().equals(column)) {
          columns.set(
              i,
              new Column(
                  c.name(),
                  c.position(),
                  c.dataType(),
                  c.category(),
                  c.length(),
                  c.precision(),
                  c.scale(),
                  c.nullable(),
                  c.defaultValue(),
                  c.identity(),
                  c.generated(),
                  c.enumValues(),
                  text));
          return this;
        }
      }
      throw new IllegalArgumentException("No column " + column + " in " + name);
    }

    /** Sets the default expression of an already added column. */
    public TableBuilder columnDefault(String column, String expression) {
      for (int i = 0; i < columns.size(); i++) {
        Column c = columns.get(i);
        if (c.name().equals(column)) {
          columns.set(
              i,
              new Column(
                  c.name(),
                  c.position(),
                  c.dataType(),
                  c.category(),
                  c.length(),
                  c.precision(),
                  c.scale(),
                  c.nullable(),
                  expression,
                  c.identity(),
                  c.generated(),
                  c.enumValues(),
                  c.comment()));
          return this;
        }
      }
      throw new IllegalArgumentException("No column " + column + " in " + name);
    }

    /** Adds a foreign key exactly as given (name, actions, deferrability). */
    public TableBuilder foreignKey(ForeignKey key) {
      foreignKeys.add(key);
      return this;
    }

    public TableBuilder primaryKey(String... columnNames) {
      primaryKey = new PrimaryKey(name.name() + "_pkey", List.of(columnNames));
      return this;
    }

    /**
     * A foreign key named {@code <table>_<columns>_fkey} to {@code parent(id)} or given columns.
     */
    public TableBuilder foreignKey(String parent, String... columnNames) {
      return foreignKey(parent, List.of(columnNames), List.of("id"));
    }

    public TableBuilder foreignKey(
        String parent, List<String> columnNames, List<String> refColumns) {
      foreignKeys.add(
          new ForeignKey(
              name.name() + "_" + String.join("_", columnNames) + "_fkey",
              columnNames,
              name(parent),
              refColumns,
              ReferentialAction.NO_ACTION,
              ReferentialAction.NO_ACTION,
              false,
              false));
      return this;
    }

    public TableBuilder unique(String... columnNames) {
      uniques.add(
          new UniqueConstraint(
              name.name() + "_" + String.join("_", columnNames) + "_key", List.of(columnNames)));
      return this;
    }

    public TableBuilder index(String indexName, boolean unique, String... columnNames) {
      indexes.add(
          new Index(indexName, List.of(columnNames), unique, false, null, "btree", 8192L, null));
      return this;
    }

    public TableBuilder index(Index index) {
      indexes.add(index);
      return this;
    }

    public TableBuilder check(String checkName, String expression) {
      checks.add(new CheckConstraint(checkName, expression));
      return this;
    }

    public TableBuilder comment(String text) {
      comment = text;
      return this;
    }

    public TableBuilder rows(long estimate) {
      rows = estimate;
      return this;
    }

    public TableBuilder size(long bytes) {
      size = bytes;
      return this;
    }

    public TableBuilder statistics(TableStatistics counters) {
      statistics = counters;
      return this;
    }

    public Table build() {
      List<Column> numbered = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        Column c = columns.get(i);
        numbered.add(
            new Column(
                c.name(),
                i + 1,
                c.dataType(),
                c.category(),
                c.length(),
                c.precision(),
                c.scale(),
                c.nullable(),
                c.defaultValue(),
                c.identity(),
                c.generated(),
                c.enumValues(),
                c.comment()));
      }
      return new Table(
          name,
          kind,
          numbered,
          primaryKey,
          foreignKeys,
          uniques,
          checks,
          indexes,
          comment,
          rows,
          size,
          kind == TableKind.TABLE ? null : "SELECT 1",
          statistics);
    }
  }
}
