package dev.kythera.generation.application.service;

import dev.kythera.generation.application.port.in.SeedSpec;
import dev.kythera.generation.application.port.in.SeedSpec.OverrideSpec;
import dev.kythera.generation.application.port.in.SeedSpec.TableSpec;
import dev.kythera.generation.domain.seed.ColumnOverride;
import dev.kythera.generation.domain.seed.EntityRequest;
import dev.kythera.generation.domain.seed.InvalidSeedPlan;
import dev.kythera.generation.domain.seed.PlanProblem;
import dev.kythera.generation.domain.seed.RowCount;
import dev.kythera.generation.domain.seed.SeedLimits;
import dev.kythera.generation.domain.seed.SeedMode;
import dev.kythera.generation.domain.seed.SeedPlan;
import dev.kythera.generation.domain.seed.SeedRequest;
import dev.kythera.generation.domain.seed.TableRequest;
import dev.kythera.generation.domain.seed.planner.EntityStrategy;
import dev.kythera.generation.domain.seed.planner.SeedPlanner;
import dev.kythera.kernel.schema.SchemaModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@link SeedSpec} into the domain's {@link SeedRequest}, collecting every input problem
 * with the field it concerns, so a bad request is refused whole (400) before anything is planned.
 */
final class SeedSpecs {
  static final long DEFAULT_SEED = 1;

  private SeedSpecs() {}

  static SeedRequest request(SeedSpec spec, SchemaModel model) {
    List<PlanProblem> problems = new ArrayList<>();
    boolean hasTables = spec.tables() != null && !spec.tables().isEmpty();
    if (hasTables == (spec.entity() != null)) {
      problems.add(new PlanProblem("tables", "give either tables or entity, not both or neither"));
      throw new InvalidSeedPlan(problems);
    }
    List<TableRequest> tables = new ArrayList<>();
    if (hasTables) {
      for (int i = 0; i < spec.tables().size(); i++) {
        table(spec.tables().get(i), "tables[" + i + "]", problems).ifPresent(tables::add);
      }
    } else {
      SeedSpec.EntitySpec entity = spec.entity();
      List<EntityRequest.Child> children = new ArrayList<>();
      if (entity.children() != null) {
        for (SeedSpec.ChildSpec child : entity.children()) {
          if (child == null || child.table() == null) {
            problems.add(new PlanProblem("entity.children", "every child names a table"));
            continue;
          }
          children.add(
              new EntityRequest.Child(
                  child.table(),
                  child.min() == null ? 1 : child.min(),
                  child.max() == null ? (child.min() == null ? 3 : child.min()) : child.max()));
        }
      }
      if (entity.root() == null || entity.count() == null) {
        problems.add(new PlanProblem("entity", "root and count are required"));
      }
      if (problems.isEmpty()) {
        tables.addAll(
            EntityStrategy.tables(
                model, new EntityRequest(entity.root(), entity.count(), children)));
      }
    }
    if (spec.locale() != null && Locale.forLanguageTag(spec.locale()).getLanguage().isEmpty()) {
      problems.add(new PlanProblem("locale", "not a language tag: " + spec.locale()));
    }
    if (spec.mode() != null && SeedMode.fromWire(spec.mode()).isEmpty()) {
      problems.add(new PlanProblem("mode", "must be append or truncate"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidSeedPlan(problems);
    }
    return new SeedRequest(
        tables,
        spec.seed() == null ? DEFAULT_SEED : spec.seed(),
        spec.locale(),
        spec.anchor(),
        spec.includeParents() == null || spec.includeParents());
  }

  /**
   * The plan of a spec on a snapshot, drawing from the connection's reference definitions: the same
   * inputs always give the same plan, so the job replans exactly what the request validated.
   */
  static SeedPlan plan(SeedSpec spec, SchemaModel model, Map<String, List<String>> references) {
    return new SeedPlanner()
        .plan(model, request(spec, model).withReferences(references), SeedLimits.unlimited());
  }

  static SeedMode mode(SeedSpec spec) {
    return SeedMode.fromWire(spec.mode()).orElse(SeedMode.APPEND);
  }

  private static java.util.Optional<TableRequest> table(
      TableSpec spec, String field, List<PlanProblem> problems) {
    if (spec == null || spec.table() == null || spec.table().isBlank()) {
      problems.add(new PlanProblem(field + ".table", "is required"));
      return java.util.Optional.empty();
    }
    RowCount count;
    if (spec.rows() != null && spec.perParent() == null) {
      count = new RowCount.Absolute(spec.rows());
    } else if (spec.rows() == null && spec.perParent() != null) {
      SeedSpec.PerParentSpec ratio = spec.perParent();
      if (ratio.parent() == null || ratio.min() == null || ratio.max() == null) {
        problems.add(new PlanProblem(field + ".perParent", "parent, min and max are required"));
        return java.util.Optional.empty();
      }
      count = new RowCount.PerParent(ratio.parent(), ratio.foreignKey(), ratio.min(), ratio.max());
    } else {
      problems.add(new PlanProblem(field + ".rows", "give rows or perParent"));
      return java.util.Optional.empty();
    }
    List<ColumnOverride> overrides = new ArrayList<>();
    if (spec.overrides() != null) {
      for (int i = 0; i < spec.overrides().size(); i++) {
        overrides.addAll(
            override(spec.overrides().get(i), field + ".overrides[" + i + "]", problems));
      }
    }
    return java.util.Optional.of(new TableRequest(spec.table(), count, overrides));
  }

  private static List<ColumnOverride> override(
      OverrideSpec spec, String field, List<PlanProblem> problems) {
    if (spec == null || spec.column() == null || spec.type() == null) {
      problems.add(new PlanProblem(field, "column and type are required"));
      return List.of();
    }
    String column = spec.column();
    List<ColumnOverride> result = new ArrayList<>();
    ColumnOverride source =
        switch (spec.type().toLowerCase(Locale.ROOT)) {
          case "provider" ->
              required(
                  spec.expression(),
                  field + ".expression",
                  problems,
                  () -> new ColumnOverride.Provider(column, spec.expression()));
          case "pattern" ->
              required(
                  spec.regex(),
                  field + ".regex",
                  problems,
                  () -> new ColumnOverride.Pattern(column, spec.regex()));
          case "constant" ->
              required(
                  spec.value(),
                  field + ".value",
                  problems,
                  () -> new ColumnOverride.Constant(column, spec.value()));
          case "sql" ->
              required(
                  spec.expression(),
                  field + ".expression",
                  problems,
                  () -> new ColumnOverride.Sql(column, spec.expression()));
          case "default" -> new ColumnOverride.UseDefault(column);
          case "range" ->
              required(
                  spec.min() != null && spec.max() != null ? "" : null,
                  field + ".min",
                  problems,
                  () -> new ColumnOverride.NumberRange(column, spec.min(), spec.max()));
          case "dates" ->
              required(
                  spec.from() != null && spec.to() != null ? "" : null,
                  field + ".from",
                  problems,
                  () -> new ColumnOverride.DateRange(column, spec.from(), spec.to()));
          case "weighted" -> weighted(spec, field, problems);
          case "nullratio" -> null;
          default -> {
            problems.add(
                new PlanProblem(
                    field + ".type",
                    "unknown override type "
                        + spec.type()
                        + " (provider, pattern, constant, weighted, range, dates, nullRatio, sql, default)"));
            yield null;
          }
        };
    if (source != null) {
      result.add(source);
    }
    if (spec.ratio() != null) {
      result.add(new ColumnOverride.NullRatio(column, spec.ratio()));
    } else if ("nullratio".equalsIgnoreCase(spec.type())) {
      problems.add(new PlanProblem(field + ".ratio", "is required"));
    }
    return result;
  }

  private static ColumnOverride weighted(
      OverrideSpec spec, String field, List<PlanProblem> problems) {
    if (spec.choices() == null || spec.choices().isEmpty()) {
      problems.add(new PlanProblem(field + ".choices", "at least one choice is required"));
      return null;
    }
    List<ColumnOverride.Choice> choices = new ArrayList<>();
    for (SeedSpec.ChoiceSpec choice : spec.choices()) {
      if (choice == null || choice.value() == null) {
        problems.add(new PlanProblem(field + ".choices", "every choice has a value"));
        return null;
      }
      choices.add(
          new ColumnOverride.Choice(choice.value(), choice.weight() == null ? 1 : choice.weight()));
    }
    return new ColumnOverride.Weighted(spec.column(), choices);
  }

  private static ColumnOverride required(
      String value,
      String field,
      List<PlanProblem> problems,
      java.util.function.Supplier<ColumnOverride> make) {
    if (value == null) {
      problems.add(new PlanProblem(field, "is required for this override type"));
      return null;
    }
    return make.get();
  }
}
