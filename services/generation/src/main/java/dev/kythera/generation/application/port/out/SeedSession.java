package dev.kythera.generation.application.port.out;

import dev.kythera.connectors.Engine;
import dev.kythera.generation.domain.seed.DeferredFill;
import dev.kythera.generation.domain.seed.TablePlan;
import dev.kythera.generation.domain.seed.integrity.IntegrityReport;
import dev.kythera.generation.domain.seed.row.FillStream;
import dev.kythera.generation.domain.seed.row.ParentKeys;
import dev.kythera.generation.domain.seed.row.RowStream;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.SchemaModel;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * One transaction on a target database, spoken in the engine's fastest bulk path (PostgreSQL COPY,
 * MySQL/MariaDB LOAD DATA LOCAL INFILE or multi-row inserts, SQLite batched inserts). Rows are
 * streamed: a session never holds a table's rows.
 */
public interface SeedSession extends AutoCloseable {

  Engine engine();

  /** Empties the tables, given children first, so foreign keys never block a delete. */
  void empty(List<QualifiedName> childrenFirst) throws SQLException;

  /** Rows a table holds now. */
  long count(QualifiedName table) throws SQLException;

  /** The keys of the rows a table holds now, {@code columns} in order, for foreign keys to them. */
  ParentKeys existingKeys(QualifiedName table, List<String> columns) throws SQLException;

  /** The largest value of a numeric column, or {@code Long.MIN_VALUE} when the table is empty. */
  long maxValue(QualifiedName table, String column) throws SQLException;

  /**
   * The values the database gave an identity column to the {@code expected} rows just inserted, in
   * insert order: those above {@code before} (a range when they are consecutive, as they are for
   * one writer).
   */
  ParentKeys insertedKeys(QualifiedName table, String column, long before, long expected)
      throws SQLException;

  /** Lets constraints declared DEFERRABLE wait for the commit. */
  void deferConstraints() throws SQLException;

  /** Writes every row of the stream; returns how many were written (fewer when told to stop). */
  long insert(TablePlan table, RowStream rows, WriteProgress progress) throws SQLException;

  /** Runs the UPDATEs of a deferred foreign key; returns how many rows were updated. */
  long fill(DeferredFill fill, FillStream updates, WriteProgress progress) throws SQLException;

  /** Proves the tables' constraints on the data as it is in this transaction. */
  IntegrityReport verify(SchemaModel model, Collection<QualifiedName> tables) throws SQLException;

  void commit() throws SQLException;

  void rollback() throws SQLException;

  @Override
  void close();
}
