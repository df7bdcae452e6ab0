package dev.kythera.generation.domain.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One requested table: its name as the user wrote it ({@code orders} or {@code shop.orders}), how
 * many rows, and overrides for some of its columns.
 */
public record TableRequest(String table, RowCount count, List<ColumnOverride> overrides) {

  public TableRequest {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(count, "count");
    overrides = overrides == null ? List.of() : List.copyOf(overrides);
  }

  public static TableRequest rows(String table, long rows) {
    return new TableRequest(table, new RowCount.Absolute(rows), List.of());
  }

  /** Between {@code min} and {@code max} rows for every row of {@code parent}. */
  public static TableRequest perParent(String table, String parent, int min, int max) {
    return new TableRequest(table, new RowCount.PerParent(parent, null, min, max), List.of());
  }

  /** This request with more overrides. */
  public TableRequest with(ColumnOverride... more) {
    List<ColumnOverride> all = new ArrayList<>(overrides);
    all.addAll(List.of(more));
    return new TableRequest(table, count, all);
  }
}
