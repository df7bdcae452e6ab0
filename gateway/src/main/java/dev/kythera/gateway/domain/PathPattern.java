package dev.kythera.gateway.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A compiled route path such as {@code /api/projects/{projectId}/jobs/{jobId}/stream}: literal
 * segments, {@code {name}} variables matching one segment, and a final {@code **} matching zero or
 * more segments.
 */
public final class PathPattern {
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
  private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9._~-]+");

  private enum Kind {
    LITERAL,
    VARIABLE,
    REST
  }

  private record Segment(Kind kind, String text) {}

  private final String text;
  private final Segment[] segments;
  private final Set<String> variables;

  private PathPattern(String text, Segment[] segments, Set<String> variables) {
    this.text = text;
    this.segments = segments;
    this.variables = variables;
  }

  public static PathPattern compile(String text) {
    if (text == null || !text.startsWith("/") || text.length() < 2 || text.endsWith("/")) {
      throw new IllegalArgumentException("A pattern starts with / and has segments: " + text);
    }
    String[] parts = text.substring(1).split("/", -1);
    List<Segment> segments = new ArrayList<>(parts.length);
    Set<String> names = new HashSet<>();
    for (int i = 0; i < parts.length; i++) {
      segments.add(segment(text, parts[i], i == parts.length - 1, names));
    }
    return new PathPattern(text, segments.toArray(Segment[]::new), Set.copyOf(names));
  }

  private static Segment segment(String text, String part, boolean last, Set<String> names) {
    if (part.equals("**")) {
      if (!last) {
        throw new IllegalArgumentException("** must be the last segment: " + text);
      }
      return new Segment(Kind.REST, part);
    }
    if (part.startsWith("{") && part.endsWith("}")) {
      String name = part.substring(1, part.length() - 1);
      if (!NAME.matcher(name).matches() || !names.add(name)) {
        throw new IllegalArgumentException("Bad or repeated variable " + part + " in " + text);
      }
      return new Segment(Kind.VARIABLE, name);
    }
    if (!LITERAL.matcher(part).matches() || part.equals(".") || part.equals("..")) {
      throw new IllegalArgumentException("Bad literal segment '" + part + "' in " + text);
    }
    return new Segment(Kind.LITERAL, part);
  }

  /** The variables of this pattern, by name, when {@code path} matches it; otherwise null. */
  public Map<String, String> match(List<String> path) {
    Map<String, String> values = null;
    int count = segments.length;
    for (int i = 0; i < count; i++) {
      Segment segment = segments[i];
      if (segment.kind == Kind.REST) {
        return values == null ? Map.of() : values;
      }
      if (i >= path.size()) {
        return null;
      }
      String actual = path.get(i);
      if (segment.kind == Kind.LITERAL) {
        if (!segment.text.equals(actual)) {
          return null;
        }
      } else {
        if (values == null) {
          values = new HashMap<>(4);
        }
        values.put(segment.text, actual);
      }
    }
    if (path.size() != count) {
      return null;
    }
    return values == null ? Map.of() : values;
  }

  /**
   * Key of the route group this pattern belongs to: its first two segments when both are literal,
   * otherwise null (the pattern is checked for every path).
   */
  String groupKey() {
    int literals = 0;
    while (literals < Math.min(2, segments.length) && segments[literals].kind == Kind.LITERAL) {
      literals++;
    }
    if (literals < Math.min(2, segments.length)) {
      return null;
    }
    return literals == 1 ? segments[0].text : segments[0].text + "/" + segments[1].text;
  }

  /**
   * Orders patterns from most to least specific: at the first differing segment a literal beats a
   * variable, a variable beats {@code **}, and the end of a pattern beats {@code **}.
   */
  static int compareSpecificity(PathPattern a, PathPattern b) {
    int length = Math.max(a.segments.length, b.segments.length);
    for (int i = 0; i < length; i++) {
      int rankA = a.rank(i);
      int rankB = b.rank(i);
      if (rankA != rankB) {
        return Integer.compare(rankA, rankB);
      }
    }
    return Integer.compare(b.segments.length, a.segments.length);
  }

  private int rank(int index) {
    if (index >= segments.length) {
      return -1;
    }
    return segments[index].kind.ordinal();
  }

  public boolean hasVariable(String name) {
    return variables.contains(name);
  }

  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PathPattern pattern && pattern.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
