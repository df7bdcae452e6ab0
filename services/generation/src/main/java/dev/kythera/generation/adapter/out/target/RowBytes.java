package dev.kythera.generation.adapter.out.target;

import dev.kythera.generation.application.port.out.WriteProgress;
import java.io.InputStream;
import java.util.Iterator;

/**
 * The rows of a stream as the bytes of a bulk load, produced as the driver reads them: about 64 KiB
 * at a time, so a load of any size holds one buffer. Asks {@link WriteProgress} at every buffer and
 * ends the data early (a clean end of file) when told to stop.
 */
final class RowBytes extends InputStream {
  private static final int CHUNK = 64 * 1024;

  private final Iterator<Object[]> rows;
  private final BulkText format;
  private final WriteProgress progress;
  private final ByteSink buffer = new ByteSink(CHUNK + 4096);
  private int position;
  private long rowsEncoded;
  private boolean stopped;
  private Object[] first;

  RowBytes(Iterator<Object[]> rows, BulkText format, WriteProgress progress) {
    this.rows = rows;
    this.format = format;
    this.progress = progress;
    // the first row is made now, before the driver starts the load: what the generator reads from
    // the database on first use (the keys of existing parent rows) is read while the connection is
    // free; once COPY or LOAD DATA runs, a query on the same connection would wait for ever
    this.first = rows.hasNext() ? rows.next() : null;
  }

  /** Rows turned into bytes so far (all of them once the stream is read to its end). */
  long rows() {
    return rowsEncoded;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] target, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    if (position == buffer.size() && !refill()) {
      return -1;
    }
    int n = Math.min(length, buffer.size() - position);
    System.arraycopy(buffer.array(), position, target, offset, n);
    position += n;
    return n;
  }

  private boolean refill() {
    buffer.clear();
    position = 0;
    if (stopped || !progress.proceed(rowsEncoded)) {
      stopped = true;
      return false;
    }
    if (first != null) {
      format.row(first, buffer);
      first = null;
      rowsEncoded++;
    }
    while (buffer.size() < CHUNK && rows.hasNext()) {
      format.row(rows.next(), buffer);
      rowsEncoded++;
    }
    return buffer.size() > 0;
  }
}
