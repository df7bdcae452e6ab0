package dev.kythera.introspection.domain.heuristics;

import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Table;
import dev.kythera.kernel.schema.TypeCategory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes undeclared foreign keys from names: a column {@code customer_id} / {@code customerId}
 * without a foreign key, and a table {@code customer} / {@code customers} (s, es, ies plurals) with
 * a single-column primary key of a compatible type family. Columns already in a foreign key are
 * never proposed. Same-schema targets are preferred; a target in another schema is proposed only
 * when the column's own schema has none.
 */
public final class InferredRelations {
  private static final Pattern SNAKE_ID = Pattern.compile("^(.+?)_id$", Pattern.CASE_INSENSITIVE);
  private static final Pattern CAMEL_ID = Pattern.compile("^(.*[a-z0-9])(?:Id|ID)$");

  public List<InferredRelation> infer(SchemaModel model) {
    Map<String, List<Table>> byName = new HashMap<>();
    for (Table table : model.tables()) {
      if (!table.isView()) {
        byName
            .computeIfAbsent(table.name().name().toLowerCase(Locale.ROOT), key -> new ArrayList<>())
            .add(table);
      }
    }
    List<InferredRelation> relations = new ArrayList<>();
    for (Table table : model.tables()) {
      if (table.isView()) {
        continue;
      }
      Set<String> declared = new HashSet<>();
      table.foreignKeys().stream().map(ForeignKey::columns).forEach(declared::addAll);
      for (Column column : table.columns()) {
        if (!declared.contains(column.name())) {
          propose(table, column, byName).ifPresent(relations::add);
        }
      }
    }
    return relations;
  }

  private static Optional<InferredRelation> propose(
      Table table, Column column, Map<String, List<Table>> byName) {
    Optional<String> stem = stem(column.name());
    if (stem.isEmpty()) {
      return Optional.empty();
    }
    // customerOrderId may name customer_order or customerorder (a camelCase table lower-cased)
    Set<String> bases =
        new LinkedHashSet<>(List.of(Words.snake(stem.get()), stem.get().toLowerCase(Locale.ROOT)));
    Set<String> candidates = new LinkedHashSet<>();
    bases.forEach(base -> candidates.addAll(Words.forms(base)));
    List<Match> matches = new ArrayList<>();
    for (String candidate : candidates) {
      for (Table target : byName.getOrDefault(candidate, List.of())) {
        Match.of(table, column, target, bases.contains(candidate)).ifPresent(matches::add);
      }
    }
    boolean local = matches.stream().anyMatch(Match::sameSchema);
    return matches.stream()
        .filter(match -> match.sameSchema() || !local)
        .max((a, b) -> Double.compare(a.confidence(), b.confidence()))
        .map(match -> match.relation(table, column));
  }

  /** {@code customer_id → customer}, {@code customerId → customer}; empty for other names. */
  static Optional<String> stem(String column) {
    Matcher snake = SNAKE_ID.matcher(column);
    if (snake.matches()) {
      return Optional.of(snake.group(1));
    }
    Matcher camel = CAMEL_ID.matcher(column);
    return camel.matches() ? Optional.of(camel.group(1)) : Optional.empty();
  }

  /** One candidate target with its score. */
  private record Match(
      Table target, Column key, boolean sameSchema, double confidence, String why) {

    static Optional<Match> of(Table from, Column column, Table target, boolean exactName) {
      if (target.primaryKey() == null || target.primaryKey().columns().size() != 1) {
        return Optional.empty();
      }
      Optional<Column> key = target.column(target.primaryKey().columns().get(0));
      if (key.isEmpty() || (target.name().equals(from.name()) && key.get().equals(column))) {
        return Optional.empty(); // a table's own key column is no reference
      }
      Optional<Double> typeScore = typeScore(column, key.get());
      if (typeScore.isEmpty()) {
        return Optional.empty();
      }
      boolean sameSchema = target.name().schema().equals(from.name().schema());
      double confidence =
          0.55 + typeScore.get() + (exactName ? 0.1 : 0.05) + (sameSchema ? 0.1 : 0);
      String why =
          typeScore.get() >= 0.2
              ? "same type " + key.get().dataType()
              : "compatible types " + column.dataType() + " and " + key.get().dataType();
      return Optional.of(
          new Match(target, key.get(), sameSchema, Math.min(0.95, round(confidence)), why));
    }

    InferredRelation relation(Table from, Column column) {
      return new InferredRelation(
          from.name(),
          List.of(column.name()),
          target.name(),
          List.of(key.name()),
          confidence,
          "column "
              + column.name()
              + " names table "
              + target.name()
              + " whose primary key is "
              + key.name()
              + " ("
              + why
              + "), and no foreign key is declared");
    }
  }

  /** 0.2 for the same type, 0.1 for the same family, -0.15 for text holding UUIDs; else none. */
  static Optional<Double> typeScore(Column column, Column key) {
    if (column.dataType().equalsIgnoreCase(key.dataType()) && column.category() == key.category()) {
      return Optional.of(0.2);
    }
    if (column.category() == key.category() && column.category() != TypeCategory.OTHER) {
      return Optional.of(0.1);
    }
    Set<TypeCategory> pair = Set.of(column.category(), key.category());
    if (pair.equals(Set.of(TypeCategory.UUID, TypeCategory.TEXT))) {
      return Optional.of(-0.15);
    }
    return Optional.empty();
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
