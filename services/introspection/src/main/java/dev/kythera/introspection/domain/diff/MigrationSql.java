package dev.kythera.introspection.domain.diff;

import dev.kythera.kernel.schema.SchemaModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a schema diff into ordered DDL for PostgreSQL or MySQL/MariaDB: destructive drops first
 * (views, foreign keys, indexes, constraints, columns, tables, types), then creates and alters
 * (types, sequences, tables, columns, constraints, indexes, foreign keys last, views).
 */
public final class MigrationSql {

  /** Target SQL dialects. */
  public enum Dialect {
    POSTGRESQL("postgresql"),
    MYSQL("mysql");

    private final String engine;

    Dialect(String engine) {
      this.engine = engine;
    }

    /** The engine wire name whose models need no type translation. */
    public String engine() {
      return engine;
    }

    /** The dialect of an engine wire name; MariaDB speaks MySQL. */
    public static Dialect forEngine(String engine) {
      return engine != null && (engine.startsWith("mysql") || engine.startsWith("maria"))
          ? MYSQL
          : POSTGRESQL;
    }
  }

  private MigrationSql() {}

  /** The migration that turns {@code from} into {@code to}. */
  public static MigrationScript between(SchemaModel from, SchemaModel to, Dialect dialect) {
    return of(SchemaDiff.between(from, to), dialect);
  }

  public static MigrationScript of(SchemaDiffResult diff, Dialect dialect) {
    SchemaDelta delta = diff.delta();
    boolean translate = Dialect.forEngine(delta.to().engine()) != dialect;
    Ddl ddl = dialect == Dialect.POSTGRESQL ? new PostgresDdl(translate) : new MySqlDdl(translate);
    MigrationPlan plan = new MigrationPlan(delta, ddl);
    List<String> drops = plan.drops();
    List<String> creates = plan.creates();
    List<String> statements = new ArrayList<>(drops);
    statements.addAll(creates);
    List<String> warnings = List.copyOf(ddl.warnings());
    String script = script(dialect, drops, creates, warnings);
    return new MigrationScript(dialect, statements, drops.size(), warnings, script);
  }

  private static String script(
      Dialect dialect, List<String> drops, List<String> creates, List<String> warnings) {
    StringBuilder text = new StringBuilder();
    text.append("-- KytheraDB migration (").append(dialect.engine()).append("): ");
    text.append(drops.size())
        .append(" destructive, ")
        .append(creates.size())
        .append(" other statements\n");
    for (String warning : warnings) {
      text.append("-- warning: ").append(warning.replace('\n', ' ')).append('\n');
    }
    if (drops.isEmpty() && creates.isEmpty()) {
      return text.append("-- no changes\n").toString();
    }
    if (!drops.isEmpty()) {
      text.append("\n-- destructive: the statements below drop objects and the data in them;\n");
      text.append("-- review and back up before running.\n");
      drops.forEach(statement -> text.append(statement).append(";\n"));
    }
    if (!creates.isEmpty()) {
      text.append("\n-- create and alter\n");
      creates.forEach(statement -> text.append(statement).append(";\n"));
    }
    return text.toString();
  }
}
