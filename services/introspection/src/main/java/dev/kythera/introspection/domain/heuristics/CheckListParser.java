package dev.kythera.introspection.domain.heuristics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a CHECK expression that limits one column to literal values, as engines print it: {@code
 * status IN ('a','b')}, PostgreSQL's {@code ((status)::text = ANY ((ARRAY['a'::character varying,
 * 'b'::character varying])::text[]))}, MySQL's {@code `status` in (_utf8mb4'a',_utf8mb4'b')}.
 * Anything more complex (AND, OR, functions) is not a simple list and yields nothing.
 */
public final class CheckListParser {
  private static final String COLUMN =
      "\\(*\\s*([\"`]?[A-Za-z_][\\w$]*[\"`]?)\\s*\\)*(?:::[\\w\\s]+)?";
  private static final Pattern IN_LIST =
      Pattern.compile("^" + COLUMN + "\\s+in\\s*\\((.*)\\)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ANY_ARRAY =
      Pattern.compile(
          "^"
              + COLUMN
              + "\\s*=\\s*any\\s*\\(\\s*\\(?\\s*array\\s*\\[(.*?)\\]\\s*\\)?(?:::[\\w\\s\\[\\]]+)?\\s*\\)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LITERAL =
      Pattern.compile(
          "\\s*(?:_\\w+)?(?:'((?:[^']|'')*)'|(-?\\d+(?:\\.\\d+)?))(?:::[\\w\\s]+)?\\s*");

  /** A column and the values a CHECK allows it. */
  public record CheckList(String column, List<String> values) {
    public CheckList {
      values = List.copyOf(values);
    }
  }

  private CheckListParser() {}

  public static Optional<CheckList> parse(String expression) {
    if (expression == null) {
      return Optional.empty();
    }
    // MySQL clients sometimes show quotes escaped as \'
    String unescaped = expression.replace("\\'", "'").trim();
    String text = stripOuter(unescaped.replaceFirst("(?i)^check\\s*", ""));
    for (Pattern pattern : List.of(IN_LIST, ANY_ARRAY)) {
      Matcher matcher = pattern.matcher(text);
      if (matcher.matches()) {
        Optional<List<String>> values = literals(matcher.group(2));
        if (values.isPresent()) {
          String column = matcher.group(1).replace("\"", "").replace("`", "");
          return Optional.of(new CheckList(column, values.get()));
        }
      }
    }
    return Optional.empty();
  }

  /** Literals separated by commas; empty when anything else is in the list. */
  private static Optional<List<String>> literals(String list) {
    List<String> values = new ArrayList<>();
    Matcher matcher = LITERAL.matcher(list);
    int position = 0;
    while (position < list.length()) {
      matcher.region(position, list.length());
      if (!matcher.lookingAt()) {
        return Optional.empty();
      }
      values.add(matcher.group(1) != null ? matcher.group(1).replace("''", "'") : matcher.group(2));
      position = matcher.end();
      if (position < list.length()) {
        if (list.charAt(position) != ',') {
          return Optional.empty();
        }
        position++;
      }
    }
    return values.isEmpty() ? Optional.empty() : Optional.of(values);
  }

  /** Removes parentheses that wrap the whole expression, however deep. */
  static String stripOuter(String text) {
    String current = text;
    while (current.startsWith("(") && current.endsWith(")") && wraps(current)) {
      current = current.substring(1, current.length() - 1).trim();
    }
    return current;
  }

  private static boolean wraps(String text) {
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')' && --depth == 0 && i < text.length() - 1) {
        return false;
      }
    }
    return depth == 0;
  }
}
