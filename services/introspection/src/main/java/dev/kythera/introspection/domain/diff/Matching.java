package dev.kythera.introspection.domain.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Pairs the constraints or indexes of two versions of a table. Same name and definition is
 * unchanged; a different name with an equal definition is unchanged too (engines auto-name); the
 * same name with another definition is a change; the rest was added or removed.
 */
final class Matching {
  private Matching() {}

  static <T> List<Delta<T>> match(
      List<T> before, List<T> after, Function<T, String> name, Function<T, String> definition) {
    List<T> left = new ArrayList<>(before);
    List<T> right = new ArrayList<>(after);
    removePairs(left, right, (a, b) -> sameName(a, b, name) && sameDefinition(a, b, definition));
    removePairs(left, right, (a, b) -> sameDefinition(a, b, definition));
    List<Delta<T>> deltas = new ArrayList<>();
    for (T old : List.copyOf(left)) {
      for (T now : right) {
        if (sameName(old, now, name)) {
          deltas.add(new Delta<>(old, now));
          left.remove(old);
          right.remove(now);
          break;
        }
      }
    }
    left.forEach(old -> deltas.add(new Delta<>(old, null)));
    right.forEach(now -> deltas.add(new Delta<>(null, now)));
    deltas.sort(
        Comparator.comparing((Delta<T> d) -> String.valueOf(name.apply(d.current())))
            .thenComparing(d -> d.change().ordinal()));
    return deltas;
  }

  private interface Pairing<T> {
    boolean pairs(T before, T after);
  }

  private static <T> void removePairs(List<T> left, List<T> right, Pairing<T> pairing) {
    for (T old : List.copyOf(left)) {
      for (T now : right) {
        if (pairing.pairs(old, now)) {
          left.remove(old);
          right.remove(now);
          break;
        }
      }
    }
  }

  private static <T> boolean sameName(T a, T b, Function<T, String> name) {
    return name.apply(a) != null && Objects.equals(name.apply(a), name.apply(b));
  }

  private static <T> boolean sameDefinition(T a, T b, Function<T, String> definition) {
    return definition.apply(a).equals(definition.apply(b));
  }
}
