package dev.kythera.generation.application.service;

import dev.kythera.generation.application.port.out.SeedSession;
import dev.kythera.generation.domain.seed.DeferredFill;
import dev.kythera.generation.domain.seed.FillMode;
import dev.kythera.generation.domain.seed.ForeignKeyFill;
import dev.kythera.generation.domain.seed.SeedMode;
import dev.kythera.generation.domain.seed.SeedPlan;
import dev.kythera.generation.domain.seed.TablePlan;
import dev.kythera.generation.domain.seed.history.SeedHistory.TableCount;
import dev.kythera.generation.domain.seed.integrity.IntegrityReport;
import dev.kythera.generation.domain.seed.row.ParentKeys;
import dev.kythera.generation.domain.seed.row.SeedRun;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.Identity;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Table;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a plan through a session, table by table in FK order, then the deferred foreign keys, then
 * (optionally) the integrity check — all in the session's one transaction, which the caller commits
 * or rolls back. Identity values the database assigns are read back per table, so children point at
 * the parents' real keys in append mode too.
 */
final class SeedExecution {

  /** Told the progress of the whole run and asked whether to go on. */
  interface Listener {
    boolean proceed(double fraction, String message);
  }

  /** What the run wrote; {@code stopped} when the listener asked to stop part way. */
  record Outcome(List<TableCount> tables, long rows, IntegrityReport integrity, boolean stopped) {}

  private final SeedPlan plan;
  private final SchemaModel model;
  private final SeedSession session;
  private final Listener listener;
  private final long units;
  private long done;

  SeedExecution(SeedPlan plan, SchemaModel model, SeedSession session, Listener listener) {
    this.plan = plan;
    this.model = model;
    this.session = session;
    this.listener = listener;
    long fillRows =
        plan.deferredFills().stream().mapToLong(fill -> plan.require(fill.table()).rows()).sum();
    this.units = Math.max(1, plan.totalRows() + fillRows);
  }

  Outcome run(SeedMode mode, boolean verify) throws SQLException {
    List<QualifiedName> order = plan.tables().stream().map(TablePlan::table).toList();
    if (mode == SeedMode.TRUNCATE) {
      List<QualifiedName> emptied = new ArrayList<>(referencing(order));
      emptied.addAll(order.reversed());
      listener.proceed(0, "Emptying " + emptied.size() + " tables");
      session.empty(emptied);
    }
    if (usesDeferredChecks()) {
      session.deferConstraints();
    }
    Map<String, ParentKeys> identities = new HashMap<>();
    Map<QualifiedName, Long> offsets = new HashMap<>();
    if (mode == SeedMode.APPEND) {
      for (QualifiedName table : order) {
        offsets.put(table, session.count(table));
      }
    }
    Map<String, ParentKeys> existing = new HashMap<>();
    SeedRun run =
        SeedRun.of(plan)
            .withIdentityKeys(
                (table, column, rows) -> {
                  ParentKeys keys = identities.get(table + "|" + column);
                  if (keys == null) {
                    throw new IllegalStateException(table + "." + column + " not written yet");
                  }
                  return keys;
                })
            .withExistingKeys(
                (table, columns) ->
                    existing.computeIfAbsent(table + "|" + columns, k -> readKeys(table, columns)))
            .withSequenceOffsets(table -> offsets.getOrDefault(table, 0L));
    Map<QualifiedName, TableCount> counts = new LinkedHashMap<>();
    for (TablePlan table : plan.tables()) {
      List<String> identityColumns = identityColumns(table);
      Map<String, Long> before = new HashMap<>();
      for (String column : identityColumns) {
        before.put(column, session.maxValue(table.table(), column));
      }
      long start = done;
      String label = table.table().name();
      long written =
          session.insert(
              table,
              run.rows(table.table()),
              rows -> step(start + rows, label + ": " + rows + " of " + table.rows() + " rows"));
      done = start + written;
      counts.put(table.table(), new TableCount(table.table().toString(), table.rows(), written));
      if (written < table.rows()) {
        return new Outcome(List.copyOf(counts.values()), total(counts), null, true);
      }
      for (String column : identityColumns) {
        identities.put(
            table.table() + "|" + column,
            session.insertedKeys(table.table(), column, before.get(column), written));
      }
    }
    for (DeferredFill fill : plan.deferredFills()) {
      long start = done;
      String label = fill.table().name() + "." + String.join(",", fill.columns());
      session.fill(fill, run.fills(fill), rows -> step(start + rows, "Linking " + label));
      done = start + plan.require(fill.table()).rows();
      if (!step(done, "Linked " + label)) {
        return new Outcome(List.copyOf(counts.values()), total(counts), null, true);
      }
    }
    IntegrityReport report = null;
    if (verify) {
      listener.proceed(0.97, "Checking every foreign key, key, UNIQUE, NOT NULL and CHECK");
      report = session.verify(model, order);
    }
    return new Outcome(List.copyOf(counts.values()), total(counts), report, false);
  }

  /**
   * Tables outside the plan whose foreign keys point into it. Emptying the plan's tables would
   * orphan their rows, so they must be empty themselves (they are emptied along, which PostgreSQL's
   * TRUNCATE needs anyway); a referencing table with rows refuses the run before anything changes.
   */
  private List<QualifiedName> referencing(List<QualifiedName> planned) throws SQLException {
    List<QualifiedName> emptied = new ArrayList<>(planned);
    List<QualifiedName> referencing = new ArrayList<>();
    boolean grew = true;
    while (grew) {
      // transitively: a table pointing at one that is emptied along must be emptied too
      grew = false;
      for (Table table : model.tables()) {
        if (table.isView() || emptied.contains(table.name())) {
          continue;
        }
        boolean points =
            table.foreignKeys().stream().anyMatch(key -> emptied.contains(key.referencedTable()));
        if (points) {
          if (session.count(table.name()) > 0) {
            throw new KytheraException(
                ErrorCode.CONFLICT,
                "Truncate would orphan the rows of "
                    + table.name()
                    + ", which reference the seeded tables: add it to the seed or use append");
          }
          emptied.add(table.name());
          referencing.add(0, table.name());
          grew = true;
        }
      }
    }
    return referencing;
  }

  private boolean step(long position, String message) {
    return listener.proceed(0.95 * Math.min(1, (double) position / units), message);
  }

  private ParentKeys readKeys(QualifiedName table, List<String> columns) {
    try {
      return session.existingKeys(table, columns);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot read the keys of " + table + ": " + e.getMessage(), e);
    }
  }

  /** Identity / auto-increment columns the database fills in this table's rows. */
  private List<String> identityColumns(TablePlan tablePlan) {
    Table table = model.table(tablePlan.table()).orElseThrow();
    List<String> columns = new ArrayList<>();
    for (Column column : table.columns()) {
      if (column.identity() != Identity.NONE
          && column.generated() == null
          && !tablePlan.columns().contains(column.name())) {
        columns.add(column.name());
      }
    }
    return columns;
  }

  private boolean usesDeferredChecks() {
    return plan.tables().stream()
        .flatMap(table -> table.foreignKeys().stream())
        .map(ForeignKeyFill::mode)
        .anyMatch(mode -> mode == FillMode.DEFERRED_CHECK);
  }

  private static long total(Map<QualifiedName, TableCount> counts) {
    return counts.values().stream().mapToLong(TableCount::written).sum();
  }
}
