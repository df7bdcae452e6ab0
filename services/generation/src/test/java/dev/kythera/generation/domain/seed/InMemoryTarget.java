package dev.kythera.generation.domain.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.generation.domain.seed.row.FillStream;
import dev.kythera.generation.domain.seed.row.RowStream;
import dev.kythera.generation.domain.seed.row.SeedRun;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Table;
import dev.kythera.kernel.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pretend database for domain tests: "inserts" a plan's rows in order (identity columns get 1..N
 * as after a truncate), runs the deferred UPDATEs, then checks what the real integrity check will:
 * every foreign key resolves, every key set is unique, NOT NULL columns are filled.
 */
final class InMemoryTarget {
  final Map<QualifiedName, List<Map<String, Object>>> tables = new LinkedHashMap<>();
  private final SchemaModel model;

  private InMemoryTarget(SchemaModel model) {
    this.model = model;
  }

  static InMemoryTarget seed(SchemaModel model, SeedPlan plan) {
    InMemoryTarget target = new InMemoryTarget(model);
    SeedRun run = SeedRun.of(plan);
    for (TablePlan tablePlan : plan.tables()) {
      Table table = model.table(tablePlan.table()).orElseThrow();
      List<Map<String, Object>> rows = new ArrayList<>();
      RowStream stream = run.rows(tablePlan.table());
      while (stream.hasNext()) {
        Object[] values = stream.next();
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
          row.put(stream.columns().get(i), values[i]);
        }
        for (Column column : table.columns()) {
          if (column.filledByDatabase()
              && column.generated() == null
              && !row.containsKey(column.name())) {
            row.put(column.name(), (long) rows.size() + 1);
          }
        }
        rows.add(row);
      }
      target.tables.put(tablePlan.table(), rows);
    }
    plan.deferredFills().forEach(fill -> target.update(run, fill));
    return target;
  }

  private void update(SeedRun run, DeferredFill fill) {
    Map<List<Object>, Map<String, Object>> byKey = new HashMap<>();
    tables.get(fill.table()).forEach(row -> byKey.put(tuple(row, fill.keyColumns()), row));
    FillStream updates = run.fills(fill);
    while (updates.hasNext()) {
      Object[] update = updates.next();
      List<Object> key = new ArrayList<>();
      for (int i = fill.columns().size(); i < update.length; i++) {
        key.add(update[i]);
      }
      Map<String, Object> row = byKey.get(key);
      assertThat(row).as("row %s of %s", key, fill.table()).isNotNull();
      for (int i = 0; i < fill.columns().size(); i++) {
        row.put(fill.columns().get(i), update[i]);
      }
    }
  }

  List<Map<String, Object>> rows(String table) {
    return tables.get(ShopSchema.name(table));
  }

  void assertIntegrity() {
    tables.forEach(
        (name, rows) -> {
          Table table = model.table(name).orElseThrow();
          for (ForeignKey key : table.foreignKeys()) {
            Set<List<Object>> parents = new HashSet<>();
            tables
                .get(key.referencedTable())
                .forEach(parent -> parents.add(tuple(parent, key.referencedColumns())));
            for (Map<String, Object> row : rows) {
              List<Object> value = tuple(row, key.columns());
              if (!value.contains(null)) {
                assertThat(parents)
                    .as("%s.%s = %s", name.name(), key.name(), value)
                    .contains(value);
              }
            }
          }
          List<List<String>> sets = new ArrayList<>();
          if (table.primaryKey() != null) {
            sets.add(table.primaryKey().columns());
          }
          table.uniqueConstraints().stream().map(UniqueConstraint::columns).forEach(sets::add);
          for (List<String> set : sets) {
            Set<List<Object>> seen = new HashSet<>();
            for (Map<String, Object> row : rows) {
              List<Object> value = tuple(row, set);
              if (!value.contains(null)) {
                assertThat(seen.add(value))
                    .as("%s %s duplicates %s", name.name(), set, value)
                    .isTrue();
              }
            }
          }
          for (Column column : table.columns()) {
            if (!column.nullable() && column.defaultValue() == null && column.generated() == null) {
              rows.forEach(
                  row ->
                      assertThat(row.get(column.name()))
                          .as("%s.%s", name.name(), column.name())
                          .isNotNull());
            }
          }
        });
  }

  private static List<Object> tuple(Map<String, Object> row, List<String> columns) {
    List<Object> values = new ArrayList<>();
    columns.forEach(column -> values.add(row.get(column)));
    return values;
  }
}
