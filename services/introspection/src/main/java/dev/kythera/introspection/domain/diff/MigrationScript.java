package dev.kythera.introspection.domain.diff;

import java.util.List;

/**
 * A generated migration.
 *
 * @param dialect the SQL dialect it is written in
 * @param statements statements in run order, without terminators; the first {@code
 *     destructiveCount} drop objects
 * @param destructiveCount how many leading statements drop objects (and their data)
 * @param warnings what the generator could not express, for a human to finish
 * @param script the whole migration as one commented script
 */
public record MigrationScript(
    MigrationSql.Dialect dialect,
    List<String> statements,
    int destructiveCount,
    List<String> warnings,
    String script) {

  public MigrationScript {
    statements = List.copyOf(statements);
    warnings = List.copyOf(warnings);
  }

  public boolean isEmpty() {
    return statements.isEmpty();
  }
}
