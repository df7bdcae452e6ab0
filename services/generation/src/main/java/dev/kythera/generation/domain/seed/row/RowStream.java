package dev.kythera.generation.domain.seed.row;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The rows of one table, produced one at a time as {@code Object[]} in {@link #columns()} order
 * with engine-neutral values (String, Long, BigDecimal, Double, Boolean, LocalDate, LocalDateTime,
 * OffsetDateTime, LocalTime, UUID, byte[], JSON as String, {@code SqlExpression}). Each row is a
 * new array the caller may keep; the stream itself keeps none, so memory stays flat.
 */
public final class RowStream implements Iterator<Object[]> {
  private final TableRows rows;
  private final long end;
  private long next;

  RowStream(TableRows rows, long from, long end) {
    this.rows = rows;
    this.next = from;
    this.end = end;
  }

  public List<String> columns() {
    return rows.plan().columns();
  }

  /** Rows this stream produces in all. */
  public long size() {
    return end;
  }

  /** Rows produced so far (the index of the next one). */
  public long position() {
    return next;
  }

  @Override
  public boolean hasNext() {
    return next < end;
  }

  @Override
  public Object[] next() {
    if (next >= end) {
      throw new NoSuchElementException();
    }
    return rows.row(next++);
  }
}
