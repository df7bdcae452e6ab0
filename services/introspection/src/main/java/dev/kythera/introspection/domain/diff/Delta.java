package dev.kythera.introspection.domain.diff;

/**
 * A full before/after pair of one object: {@code before} is null when the object was added, {@code
 * after} is null when it was removed.
 */
public record Delta<T>(T before, T after) {
  public Delta {
    if (before == null && after == null) {
      throw new IllegalArgumentException("A delta needs a before or an after");
    }
  }

  public ChangeType change() {
    if (before == null) {
      return ChangeType.ADDED;
    }
    return after == null ? ChangeType.REMOVED : ChangeType.CHANGED;
  }

  /** The object as it is now, or as it was when it was removed. */
  public T current() {
    return after != null ? after : before;
  }
}
