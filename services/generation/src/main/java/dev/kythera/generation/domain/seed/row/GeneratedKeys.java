package dev.kythera.generation.domain.seed.row;

/**
 * Keys of a generated table, recomputed from its rows instead of remembered: a key column is either
 * an identity (its value comes from {@link IdentityKeys}) or generated (the row is recomputed from
 * its index, which gives the same values it was written with).
 */
final class GeneratedKeys implements ParentKeys {
  private final TableRows rows;
  private final long size;
  private final int[] indexes;
  private final ParentKeys[] identities;

  GeneratedKeys(TableRows rows, long size, int[] indexes, ParentKeys[] identities) {
    this.rows = rows;
    this.size = size;
    this.indexes = indexes;
    this.identities = identities;
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public Object[] keyAt(long index) {
    Object[] key = new Object[indexes.length];
    Object[] row = null;
    for (int i = 0; i < key.length; i++) {
      if (identities[i] != null) {
        key[i] = identities[i].keyAt(index)[0];
      } else {
        row = row == null ? rows.row(index) : row;
        key[i] = row[indexes[i]];
      }
    }
    return key;
  }
}
