package dev.kythera.generation.domain.seed.row;

import dev.kythera.generation.domain.seed.ForeignKeyFill;
import dev.kythera.generation.domain.seed.TablePlan;
import dev.kythera.generation.domain.seed.value.CellRandom;
import dev.kythera.generation.domain.seed.value.Mix;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The UPDATEs of one deferred foreign key: for each row that gets a parent, an {@code Object[]}
 * holding the new key values followed by the row's key values ({@link #columns()} order). A
 * self-reference points at an earlier row, so the data forms trees; the first row and a share of
 * the others (the key's null ratio) stay NULL and are skipped.
 */
public final class FillStream implements Iterator<Object[]> {
  private final TablePlan table;
  private final ForeignKeyFill key;
  private final List<String> keyColumns;
  private final ParentKeys rowKeys;
  private final ParentKeys parents;
  private final long seed;
  private final CellRandom random = new CellRandom();
  private long row;
  private Object[] pending;

  FillStream(
      TablePlan table,
      ForeignKeyFill key,
      List<String> keyColumns,
      ParentKeys rowKeys,
      ParentKeys parents,
      long seed) {
    this.table = table;
    this.key = key;
    this.keyColumns = List.copyOf(keyColumns);
    this.rowKeys = rowKeys;
    this.parents = parents;
    this.seed = seed;
  }

  /** The foreign key's columns, then the columns that identify the row. */
  public List<String> columns() {
    List<String> all = new ArrayList<>(key.columns());
    all.addAll(keyColumns);
    return all;
  }

  @Override
  public boolean hasNext() {
    while (pending == null && row < table.rows()) {
      pending = update(row++);
    }
    return pending != null;
  }

  @Override
  public Object[] next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Object[] update = pending;
    pending = null;
    return update;
  }

  private Object[] update(long index) {
    random.reseed(Mix.of(seed, index));
    boolean self = key.selfReference(table.table());
    if ((self && index == 0) || parents.size() == 0 || random.nextDouble() < key.nullRatio()) {
      return null;
    }
    Object[] parent = self ? parents.keyAt(random.nextLong(index)) : parents.key(index, random);
    Object[] own = rowKeys.keyAt(index);
    Object[] update = new Object[parent.length + own.length];
    System.arraycopy(parent, 0, update, 0, parent.length);
    System.arraycopy(own, 0, update, parent.length, own.length);
    return update;
  }
}
