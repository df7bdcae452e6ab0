package dev.kythera.introspection.domain.heuristics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Name handling shared by the heuristics and health rules: splitting snake_case and camelCase names
 * into lower-case words, and simple English plural rules (s, es, ies plus a few irregulars).
 */
public final class Words {
  /** Plurals the s, es, ies rules get wrong, with their singular. */
  private static final Map<String, String> IRREGULAR =
      Map.of(
          "people", "person",
          "children", "child",
          "men", "man",
          "women", "woman",
          "criteria", "criterion",
          "statuses", "status",
          "analyses", "analysis",
          "indices", "index",
          "addresses", "address");

  /**
   * Words spelled the same under a singular and a plural naming convention (uncountable nouns,
   * names that are always plural), so they say nothing about which convention a schema follows.
   */
  private static final Set<String> UNCOUNTABLE =
      Set.of(
          "data",
          "metadata",
          "information",
          "info",
          "news",
          "series",
          "species",
          "media",
          "equipment",
          "staff",
          "sms",
          "settings",
          "analytics",
          "stats");

  private Words() {}

  /** {@code orderLineItems} and {@code order_line_items} both give {@code [order, line, items]}. */
  public static List<String> split(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean boundary =
          Character.isUpperCase(c)
              && i > 0
              && (Character.isLowerCase(name.charAt(i - 1))
                  || (i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))));
      if (!Character.isLetterOrDigit(c) || boundary) {
        flush(current, words);
      }
      if (Character.isLetterOrDigit(c)) {
        current.append(Character.toLowerCase(c));
      }
    }
    flush(current, words);
    return words;
  }

  private static void flush(StringBuilder current, List<String> words) {
    if (!current.isEmpty()) {
      words.add(current.toString());
      current.setLength(0);
    }
  }

  /** The last word of a name, lower case, or empty. */
  public static String last(String name) {
    List<String> words = split(name);
    return words.isEmpty() ? "" : words.get(words.size() - 1);
  }

  /** True, false, or null when the spelling does not tell (uncountable, too short, digits). */
  public static Boolean plural(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.length() < 3 || UNCOUNTABLE.contains(w) || !w.chars().allMatch(Character::isLetter)) {
      return null;
    }
    if (IRREGULAR.containsKey(w)) {
      return true;
    }
    if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
      return false; // address, status, analysis
    }
    return w.endsWith("s");
  }

  /** The singular of a simple plural ({@code categories → category}); other words unchanged. */
  public static String singular(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (IRREGULAR.containsKey(w)) {
      return IRREGULAR.get(w);
    }
    if (!Boolean.TRUE.equals(plural(w))) {
      return w;
    }
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) {
      return w.substring(0, w.length() - 2);
    }
    return w.substring(0, w.length() - 1);
  }

  /** The word itself and its plural spellings by the s, es and ies rules (and irregulars). */
  public static Set<String> forms(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    Set<String> forms = new LinkedHashSet<>(List.of(w, w + "s", w + "es"));
    IRREGULAR.forEach(
        (plural, singular) -> {
          if (singular.equals(w)) {
            forms.add(plural);
          }
        });
    if (w.endsWith("y") && w.length() > 1) {
      forms.add(w.substring(0, w.length() - 1) + "ies");
    }
    return forms;
  }

  /** Words joined by underscores: {@code customerOrder → customer_order}. */
  public static String snake(String name) {
    return String.join("_", split(name));
  }
}
