package dev.kythera.introspection.domain.docs;

import java.util.List;

/** Escaping and table helpers for GitHub-flavoured Markdown. */
final class Markdown {
  private Markdown() {}

  /** Free text safe in a paragraph or table cell: no markup, no raw HTML, one line. */
  static String text(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (char c : oneLine(value).toCharArray()) {
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '|', '#', '~' -> out.append('\\').append(c);
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** An identifier or expression as inline code, with pipes escaped for table cells. */
  static String code(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String line = oneLine(value).replace("|", "\\|");
    if (!line.contains("`")) {
      return "`" + line + "`";
    }
    return "`` " + line + " ``";
  }

  static String row(List<String> cells) {
    return "| " + String.join(" | ", cells) + " |\n";
  }

  static String header(String... titles) {
    StringBuilder text = new StringBuilder(row(List.of(titles)));
    text.append('|');
    for (int i = 0; i < titles.length; i++) {
      text.append("---|");
    }
    return text.append('\n').toString();
  }

  /** An anchor id made of lowercase letters, digits and dashes. */
  static String anchor(String schema, String name) {
    return ("t-" + schema + "-" + name)
        .toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-");
  }

  /** A fenced code block whose fence is longer than any backtick run inside. */
  static String fence(String language, String body) {
    int longest = 0;
    int run = 0;
    for (char c : body.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String marks = "`".repeat(Math.max(3, longest + 1));
    String content = body.endsWith("\n") ? body : body + "\n";
    return marks + language + "\n" + content + marks + "\n\n";
  }

  private static String oneLine(String value) {
    return value.replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }
}
