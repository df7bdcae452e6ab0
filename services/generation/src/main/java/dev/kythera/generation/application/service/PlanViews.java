package dev.kythera.generation.application.service;

import dev.kythera.generation.application.port.in.SeedPlanView;
import dev.kythera.generation.application.port.in.SeedPlanView.ColumnView;
import dev.kythera.generation.application.port.in.SeedPlanView.FillView;
import dev.kythera.generation.application.port.in.SeedPlanView.ForeignKeyView;
import dev.kythera.generation.application.port.in.SeedPlanView.OmittedView;
import dev.kythera.generation.application.port.in.SeedPlanView.ProblemView;
import dev.kythera.generation.application.port.in.SeedPlanView.TableView;
import dev.kythera.generation.domain.seed.SeedPlan;
import dev.kythera.generation.domain.seed.SqlExpression;
import dev.kythera.generation.domain.seed.TablePlan;
import dev.kythera.generation.domain.seed.Uniqueness;
import dev.kythera.generation.domain.seed.ValueColumn;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/** Turns a domain plan into what the API shows of it. */
final class PlanViews {
  private PlanViews() {}

  static SeedPlanView of(SeedPlan plan, UUID connectionId, UUID snapshotId, long rowLimit) {
    return new SeedPlanView(
        connectionId,
        snapshotId,
        plan.engine(),
        plan.seed(),
        plan.locale(),
        plan.anchor(),
        plan.totalRows(),
        rowLimit,
        plan.tables().stream().map(PlanViews::table).toList(),
        plan.deferredFills().stream()
            .map(
                fill ->
                    new FillView(
                        fill.table().toString(),
                        fill.foreignKey(),
                        fill.columns(),
                        fill.parent().toString()))
            .toList(),
        plan.warnings().stream()
            .map(problem -> new ProblemView(problem.field(), problem.message()))
            .toList());
  }

  private static TableView table(TablePlan table) {
    return new TableView(
        table.table().toString(),
        table.rows(),
        table.addedAsParent(),
        table.values().stream().map(PlanViews::column).toList(),
        table.foreignKeys().stream()
            .map(
                key ->
                    new ForeignKeyView(
                        key.name(),
                        key.columns(),
                        key.parent().toString(),
                        key.mode().name().toLowerCase(Locale.ROOT),
                        key.parentPlanned()))
            .toList(),
        table.omitted().stream()
            .map(omitted -> new OmittedView(omitted.column(), omitted.reason()))
            .toList());
  }

  private static ColumnView column(ValueColumn column) {
    String generator =
        column.source() == null
            ? column.kind().name().toLowerCase(Locale.ROOT)
            : "override:" + column.source().getClass().getSimpleName().toLowerCase(Locale.ROOT);
    String unique =
        switch (column.unique()) {
          case Uniqueness.None none -> null;
          case Uniqueness.Counter counter -> counter.constraint();
          case Uniqueness.Ordinal ordinal -> ordinal.constraint();
          case Uniqueness.Digit digit -> "combination " + digit.combination();
        };
    return new ColumnView(
        column.name(),
        column.column().dataType(),
        column.column().nullable(),
        generator,
        unique,
        column.nullRatio());
  }

  /** A generated value as JSON shows it: SQL expressions and bytes spelled out. */
  static Object json(Object value) {
    return switch (value) {
      case SqlExpression expression -> "SQL: " + expression.sql();
      case byte[] bytes -> "\\x" + HexFormat.of().formatHex(bytes);
      case null -> null;
      default -> value;
    };
  }
}
