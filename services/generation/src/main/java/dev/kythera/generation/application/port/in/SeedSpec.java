package dev.kythera.generation.application.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A seed as the API takes it (JSON body, stored scenario, job parameters): which connection and
 * snapshot, the tables (standard strategy) or an entity graph (entity strategy), the seed, and for
 * runs the mode and whether to verify. Everything but {@code connectionId} and one of {@code
 * tables} / {@code entity} is optional.
 *
 * @param snapshotId the snapshot to plan from; null: the connection's newest
 * @param seed the random seed; null: 1
 * @param mode {@code append} (default) or {@code truncate}
 * @param verify run the integrity check before committing (default true)
 */
public record SeedSpec(
    UUID connectionId,
    UUID snapshotId,
    Long seed,
    String locale,
    LocalDate anchor,
    Boolean includeParents,
    List<TableSpec> tables,
    EntitySpec entity,
    String mode,
    Boolean verify) {

  /**
   * This spec pinned to what its plan used, so a later run plans the same rows; verify defaults to
   * true.
   */
  public SeedSpec pinned(
      UUID snapshot, long usedSeed, String usedLocale, LocalDate usedAnchor, String usedMode) {
    return new SeedSpec(
        connectionId,
        snapshot,
        usedSeed,
        usedLocale,
        usedAnchor,
        includeParents,
        tables,
        entity,
        usedMode,
        verify == null || verify);
  }

  /** The same spec for another connection, mode or seed (null keeps this one's). */
  public SeedSpec rerun(UUID connection, String otherMode, Long otherSeed) {
    return new SeedSpec(
        connection != null ? connection : connectionId,
        connection != null ? null : snapshotId,
        otherSeed != null ? otherSeed : seed,
        locale,
        anchor,
        includeParents,
        tables,
        entity,
        otherMode != null ? otherMode : mode,
        verify);
  }

  /** One table: {@code rows}, or {@code perParent}; and column overrides. */
  public record TableSpec(
      String table, Long rows, PerParentSpec perParent, List<OverrideSpec> overrides) {}

  /** Between {@code min} and {@code max} rows per row of {@code parent}. */
  public record PerParentSpec(String parent, String foreignKey, Integer min, Integer max) {}

  /**
   * A column override; {@code type} picks the fields that matter: {@code provider} (expression),
   * {@code pattern} (regex), {@code constant} (value), {@code weighted} (choices), {@code range}
   * (min, max), {@code dates} (from, to), {@code nullRatio} (ratio), {@code sql} (expression),
   * {@code default}. A {@code ratio} on any other type adds a null ratio.
   */
  public record OverrideSpec(
      String column,
      String type,
      String expression,
      String regex,
      String value,
      List<ChoiceSpec> choices,
      BigDecimal min,
      BigDecimal max,
      LocalDate from,
      LocalDate to,
      Double ratio) {}

  public record ChoiceSpec(String value, Double weight) {}

  /** The entity strategy: {@code count} graphs from {@code root}, with optional children. */
  public record EntitySpec(String root, Long count, List<ChildSpec> children) {}

  public record ChildSpec(String table, Integer min, Integer max) {}
}
