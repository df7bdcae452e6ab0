package dev.kythera.generation.domain.seed.row;

import dev.kythera.generation.domain.seed.DeferredFill;
import dev.kythera.generation.domain.seed.ForeignKeyFill;
import dev.kythera.generation.domain.seed.SeedPlan;
import dev.kythera.generation.domain.seed.TablePlan;
import dev.kythera.kernel.schema.QualifiedName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * One execution of a plan: hands out the row streams of its tables (in the plan's order) and the
 * UPDATE streams of its deferred foreign keys, and knows where parent keys come from — generated
 * parents' keys by construction, identity values from {@link IdentityKeys}, existing parents' keys
 * from the writer's {@link ExistingKeys}. Single-threaded: one run per job.
 */
public final class SeedRun {
  private final SeedPlan plan;
  private final IdentityKeys identity;
  private final ExistingKeys existing;
  private final ToLongFunction<QualifiedName> sequenceOffsets;
  private final Map<QualifiedName, TableRows> keyRows = new HashMap<>();

  private SeedRun(
      SeedPlan plan,
      IdentityKeys identity,
      ExistingKeys existing,
      ToLongFunction<QualifiedName> sequenceOffsets) {
    this.plan = plan;
    this.identity = identity;
    this.existing = existing;
    this.sequenceOffsets = sequenceOffsets;
  }

  /** A run into emptied tables: identity keys 1..N, no existing parents, sequences from 0. */
  public static SeedRun of(SeedPlan plan) {
    return new SeedRun(plan, IdentityKeys.fromOne(), ExistingKeys.none(), table -> 0);
  }

  /** The identity values the database assigned (append mode: read after each parent insert). */
  public SeedRun withIdentityKeys(IdentityKeys keys) {
    return new SeedRun(plan, keys, existing, sequenceOffsets);
  }

  /** The keys of parents that are not generated but already in the database. */
  public SeedRun withExistingKeys(ExistingKeys keys) {
    return new SeedRun(plan, identity, keys, sequenceOffsets);
  }

  /**
   * Where each table's unique counters start (append mode: e.g. its current row count), so values
   * made unique by a sequence number do not repeat those of an earlier run with the same seed.
   */
  public SeedRun withSequenceOffsets(ToLongFunction<QualifiedName> offsets) {
    return new SeedRun(plan, identity, existing, offsets);
  }

  public SeedPlan plan() {
    return plan;
  }

  /** Every row of a table, in order. */
  public RowStream rows(QualifiedName table) {
    TablePlan tablePlan = plan.require(table);
    return new RowStream(newRows(tablePlan), 0, tablePlan.rows());
  }

  /** The first {@code limit} rows of a table, exactly as {@link #rows} would produce them. */
  public RowStream preview(QualifiedName table, long limit) {
    TablePlan tablePlan = plan.require(table);
    return new RowStream(newRows(tablePlan), 0, Math.min(limit, tablePlan.rows()));
  }

  /** The UPDATEs of a deferred foreign key, to run after every table was inserted. */
  public FillStream fills(DeferredFill fill) {
    TablePlan table = plan.require(fill.table());
    ForeignKeyFill key =
        table.foreignKeys().stream()
            .filter(candidate -> candidate.name().equals(fill.foreignKey()))
            .findFirst()
            .orElseThrow();
    long seed = Seeds.foreignKey(Seeds.table(plan.seed(), table.table()), key.name());
    return new FillStream(
        table,
        key,
        fill.keyColumns(),
        rowKeys(table, fill.keyColumns()),
        parentKeys(table, key),
        seed);
  }

  ParentKeys parentKeys(TablePlan child, ForeignKeyFill key) {
    return key.parentPlanned()
        ? rowKeys(plan.require(key.parent()), key.parentColumns())
        : existing.keys(key.parent(), key.parentColumns());
  }

  /** The values of {@code columns} of every generated row of {@code table}, by row index. */
  ParentKeys rowKeys(TablePlan table, List<String> columns) {
    int[] indexes = new int[columns.size()];
    ParentKeys[] identities = new ParentKeys[columns.size()];
    boolean generated = false;
    for (int i = 0; i < indexes.length; i++) {
      indexes[i] = table.indexOf(columns.get(i));
      if (indexes[i] < 0) {
        identities[i] = identity.keys(table.table(), columns.get(i), table.rows());
      } else {
        generated = true;
      }
    }
    if (!generated && identities.length == 1) {
      return identities[0];
    }
    TableRows rows = generated ? keyRowsOf(table) : null;
    return new GeneratedKeys(rows, table.rows(), indexes, identities);
  }

  private TableRows keyRowsOf(TablePlan table) {
    TableRows rows = keyRows.get(table.table());
    if (rows == null) {
      rows = newRows(table);
      keyRows.put(table.table(), rows);
    }
    return rows;
  }

  private TableRows newRows(TablePlan table) {
    return new TableRows(plan, table, this, sequenceOffsets.applyAsLong(table.table()));
  }
}
