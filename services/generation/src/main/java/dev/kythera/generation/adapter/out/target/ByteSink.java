package dev.kythera.generation.adapter.out.target;

import java.util.Arrays;

/** A growable byte buffer that writes ASCII without going through a charset encoder. */
final class ByteSink {
  private byte[] bytes;
  private int size;

  ByteSink(int capacity) {
    bytes = new byte[capacity];
  }

  void put(byte b) {
    ensure(1);
    bytes[size++] = b;
  }

  /** Appends text known to be ASCII (numbers, dates, escapes). */
  void ascii(String text) {
    int length = text.length();
    ensure(length);
    for (int i = 0; i < length; i++) {
      bytes[size++] = (byte) text.charAt(i);
    }
  }

  /**
   * Appends text when every character is printable ASCII other than backslash (what the bulk text
   * formats take as is); returns false and appends nothing otherwise. One pass over the text.
   */
  boolean plainAscii(String text) {
    int length = text.length();
    ensure(length);
    byte[] target = bytes;
    int at = size;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < ' ' || c == '\\' || c >= 0x80) {
        return false;
      }
      target[at + i] = (byte) c;
    }
    size = at + length;
    return true;
  }

  /** Appends a number's decimal digits, as {@link Long#toString(long)} writes them. */
  void decimal(long value) {
    if (value == Long.MIN_VALUE) {
      ascii(Long.toString(value));
      return;
    }
    ensure(20);
    if (value < 0) {
      bytes[size++] = '-';
      value = -value;
    }
    int digits = 1;
    for (long rest = value / 10; rest != 0; rest /= 10) {
      digits++;
    }
    int end = size + digits;
    for (int i = end - 1; i >= size; i--) {
      bytes[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    size = end;
  }

  /** Appends {@code value} zero-padded to {@code width} digits ({@code 0 <= value < 10^width}). */
  void padded(int value, int width) {
    ensure(width);
    for (int i = size + width - 1; i >= size; i--) {
      bytes[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    size += width;
  }

  void bytes(byte[] more) {
    ensure(more.length);
    System.arraycopy(more, 0, bytes, size, more.length);
    size += more.length;
  }

  int size() {
    return size;
  }

  byte[] array() {
    return bytes;
  }

  void clear() {
    size = 0;
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
