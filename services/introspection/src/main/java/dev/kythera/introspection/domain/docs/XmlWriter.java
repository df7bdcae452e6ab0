package dev.kythera.introspection.domain.docs;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A tiny streaming XML writer with two-space indentation and proper escaping of text and attribute
 * values (characters XML 1.0 forbids become U+FFFD). Element and attribute names are trusted:
 * callers pass constants.
 */
final class XmlWriter {
  private final StringBuilder out = new StringBuilder();
  private final Deque<String> open = new ArrayDeque<>();
  private final Deque<Boolean> hasChildren = new ArrayDeque<>();
  private boolean startPending;

  XmlWriter() {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  }

  XmlWriter start(String name) {
    closePendingStart(true);
    if (!hasChildren.isEmpty()) {
      hasChildren.pop();
      hasChildren.push(true);
    }
    indent();
    out.append('<').append(name);
    open.push(name);
    hasChildren.push(false);
    startPending = true;
    return this;
  }

  /** Adds an attribute to the element just started; null values are left out. */
  XmlWriter attribute(String name, Object value) {
    if (!startPending) {
      throw new IllegalStateException("attribute " + name + " after content");
    }
    if (value != null) {
      out.append(' ').append(name).append("=\"").append(escape(value.toString(), true)).append('"');
    }
    return this;
  }

  XmlWriter text(String text) {
    closePendingStart(false);
    out.append(escape(text, false));
    return this;
  }

  XmlWriter end() {
    String name = open.pop();
    boolean children = hasChildren.pop();
    if (startPending) {
      out.append("/>\n");
      startPending = false;
      return this;
    }
    if (children) {
      indent();
    }
    out.append("</").append(name).append(">\n");
    return this;
  }

  @Override
  public String toString() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("unclosed element " + open.peek());
    }
    return out.toString();
  }

  private void closePendingStart(boolean newline) {
    if (startPending) {
      out.append(newline ? ">\n" : ">");
      startPending = false;
    }
  }

  private void indent() {
    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
    out.append("  ".repeat(open.size()));
  }

  static String escape(String text, boolean attribute) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append(attribute ? "&quot;" : "\"");
        case '\'' -> escaped.append(attribute ? "&apos;" : "'");
        case '\n' -> escaped.append(attribute ? "&#10;" : "\n");
        case '\r' -> escaped.append("&#13;");
        case '\t' -> escaped.append(attribute ? "&#9;" : "\t");
        default -> appendChecked(escaped, text, i);
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      }
    }
    return escaped.toString();
  }

  private static void appendChecked(StringBuilder escaped, String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      boolean paired = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
      escaped.append(paired ? text.substring(i, i + 2) : "\uFFFD");
    } else if (Character.isLowSurrogate(c) || c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
      escaped.append('\uFFFD');
    } else {
      escaped.append(c);
    }
  }
}
