package dev.kythera.generation.domain.seed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to seed: the tables with their counts and column overrides, the seed that makes the run
 * repeatable, the Datafaker locale, and the anchor date that "recent" and "born 18–90 years ago"
 * are measured from (null: the planner's today), so that a stored plan gives the same rows later.
 *
 * @param tables the requested tables; each at most once
 * @param seed the random seed; the same plan and seed give the same rows on every engine
 * @param locale a BCP 47 language tag for Datafaker, e.g. {@code en} or {@code de-DE}
 * @param anchor the date relative dates are computed from, or null for today
 * @param includeParents whether tables referenced by foreign keys are added automatically; when
 *     false their existing rows are used and the writer supplies their keys
 * @param references allowed values of columns by {@code schema.table.column} (the project's
 *     reference definitions); a column without an override draws from them
 */
public record SeedRequest(
    List<TableRequest> tables,
    long seed,
    String locale,
    LocalDate anchor,
    boolean includeParents,
    Map<String, List<String>> references) {

  public SeedRequest {
    tables = List.copyOf(Objects.requireNonNull(tables, "tables"));
    locale = locale == null || locale.isBlank() ? "en" : locale;
    references = references == null ? Map.of() : Map.copyOf(references);
  }

  public SeedRequest(
      List<TableRequest> tables,
      long seed,
      String locale,
      LocalDate anchor,
      boolean includeParents) {
    this(tables, seed, locale, anchor, includeParents, Map.of());
  }

  /**
   * The same request drawing columns without an override from reference definitions: allowed values
   * by {@code schema.table.column}, used with equal weights.
   */
  public SeedRequest withReferences(Map<String, List<String>> values) {
    return new SeedRequest(tables, seed, locale, anchor, includeParents, values);
  }

  /** A request in English, anchored today, with parents added automatically. */
  public static SeedRequest of(long seed, TableRequest... tables) {
    return new SeedRequest(List.of(tables), seed, "en", null, true);
  }

  public SeedRequest withLocale(String tag) {
    return new SeedRequest(tables, seed, tag, anchor, includeParents, references);
  }

  public SeedRequest withAnchor(LocalDate date) {
    return new SeedRequest(tables, seed, locale, date, includeParents, references);
  }

  /** The same request using existing parent rows instead of generating parents. */
  public SeedRequest withExistingParents() {
    return new SeedRequest(tables, seed, locale, anchor, false, references);
  }
}
