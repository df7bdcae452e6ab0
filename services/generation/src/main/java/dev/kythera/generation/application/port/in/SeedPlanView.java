package dev.kythera.generation.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A validated plan as the seed studio shows it: per table the rows, how each column is filled and
 * what is left to the database, the foreign keys and when they are written, and warnings.
 */
public record SeedPlanView(
    UUID connectionId,
    UUID snapshotId,
    String engine,
    long seed,
    String locale,
    LocalDate anchor,
    long totalRows,
    long rowLimit,
    List<TableView> tables,
    List<FillView> deferredFills,
    List<ProblemView> warnings) {

  public record TableView(
      String table,
      long rows,
      boolean addedAsParent,
      List<ColumnView> columns,
      List<ForeignKeyView> foreignKeys,
      List<OmittedView> omitted) {}

  /**
   * @param generator the value family ({@code email}, {@code first_name}, {@code integer}...) or
   *     {@code override:<type>} when the user chose the values
   * @param unique how the column is kept unique, or null
   */
  public record ColumnView(
      String name,
      String type,
      boolean nullable,
      String generator,
      String unique,
      double nullRatio) {}

  /**
   * @param mode {@code at_insert}, {@code after_insert}, {@code deferred_check} or {@code
   *     left_null}
   */
  public record ForeignKeyView(
      String name, List<String> columns, String parent, String mode, boolean parentGenerated) {}

  public record OmittedView(String column, String reason) {}

  public record FillView(String table, String foreignKey, List<String> columns, String parent) {}

  public record ProblemView(String field, String message) {}

  /** The first rows of every planned table, exactly as a run with the same seed writes them. */
  public record Preview(SeedPlanView plan, List<TablePreview> tables) {}

  public record TablePreview(String table, List<String> columns, List<List<Object>> rows) {}
}
