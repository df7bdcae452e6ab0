package dev.kythera.introspection.application.port.in;

import dev.kythera.kernel.error.KytheraException;
import java.util.List;

/**
 * What page of rows to show.
 *
 * @param page 0-based page number
 * @param size rows per page, 1 to {@value #MAX_SIZE}
 * @param sort {@code col,-other} lists (the primary key is added as the last key)
 * @param filters {@code column:op:value} conditions, all of which must hold
 * @param count whether to add the exact number of matching rows (a COUNT(*) query)
 */
public record ExplorerBrowse(
    int page, int size, List<String> sort, List<String> filters, boolean count) {
  public static final int MAX_SIZE = 500;
  public static final int MAX_PAGE = 1_000_000;
  public static final int MAX_FILTERS = 20;

  public ExplorerBrowse {
    if (page < 0 || page > MAX_PAGE) {
      throw KytheraException.invalid("page", "must be between 0 and " + MAX_PAGE);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw KytheraException.invalid("size", "must be between 1 and " + MAX_SIZE);
    }
    sort = sort == null ? List.of() : List.copyOf(sort);
    filters = filters == null ? List.of() : List.copyOf(filters);
    if (filters.size() > MAX_FILTERS) {
      throw KytheraException.invalid("filter", "may be given at most " + MAX_FILTERS + " times");
    }
  }
}
