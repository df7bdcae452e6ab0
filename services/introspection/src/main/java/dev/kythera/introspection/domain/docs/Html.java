package dev.kythera.introspection.domain.docs;

import java.util.List;

/** HTML escaping and small element helpers for the dictionary page. */
final class Html {
  private Html() {}

  /** Text safe in element content and quoted attributes. */
  static String escape(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (char c : value.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  static String code(String value) {
    return value == null || value.isEmpty() ? "" : "<code>" + escape(value) + "</code>";
  }

  static String codes(List<String> values) {
    return String.join(", ", values.stream().map(Html::code).toList());
  }

  /** A table with a header row; cells are already HTML. */
  static String table(List<String> headers, List<List<String>> rows) {
    StringBuilder text = new StringBuilder("<table>\n<thead><tr>");
    headers.forEach(h -> text.append("<th>").append(escape(h)).append("</th>"));
    text.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows) {
      text.append("<tr>");
      row.forEach(cell -> text.append("<td>").append(cell).append("</td>"));
      text.append("</tr>\n");
    }
    return text.append("</tbody>\n</table>\n").toString();
  }
}
