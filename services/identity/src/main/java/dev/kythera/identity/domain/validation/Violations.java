package dev.kythera.identity.domain.validation;

import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects every invalid field of one input, so a client learns all its mistakes in one answer
 * instead of one per round trip.
 */
public final class Violations {
  private record Entry(String field, String message) {}

  private final List<Entry> entries = new ArrayList<>();

  /** Records {@code message} for {@code field} when {@code valid} is false. */
  public Violations check(boolean valid, String field, String message) {
    if (!valid) {
      entries.add(new Entry(field, message));
    }
    return this;
  }

  /** Records the problem a value object reported, if any. */
  public Violations check(Optional<String> problem, String field) {
    problem.ifPresent(message -> entries.add(new Entry(field, message)));
    return this;
  }

  /** Throws a 400 validation problem naming every collected field; does nothing when valid. */
  public void throwIfAny() {
    if (entries.isEmpty()) {
      return;
    }
    String detail =
        entries.size() == 1
            ? entries.get(0).field() + " " + entries.get(0).message()
            : "Some fields are not valid";
    KytheraException failure = new KytheraException(ErrorCode.VALIDATION_FAILED, detail);
    entries.forEach(entry -> failure.withField(entry.field(), entry.message()));
    throw failure;
  }
}
