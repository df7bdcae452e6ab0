package dev.kythera.introspection.domain.health;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.introspection.domain.TestSchemas.TableBuilder;
import dev.kythera.kernel.schema.Index;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnusedIndexRuleTest {
  private final UnusedIndexRule rule = new UnusedIndexRule();

  private static Index index(String name, String column, boolean unique, Long scans) {
    return new Index(name, List.of(column), unique, false, null, "btree", 3L << 20, scans);
  }

  private static TableBuilder orders() {
    return table("orders").id().integer("customer_id", false).text("note", 80, true);
  }

  @Test
  void anIndexNeverScannedIsReportedWithItsSize() {
    assertThat(rule.check(model(orders().index(index("orders_note_idx", "note", false, 0L)))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location()).isEqualTo("public.orders_note_idx");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.detail()).contains("3.0 MiB");
            });
  }

  @Test
  void scannedUnknownUniqueAndForeignKeyIndexesAreKept() {
    TableBuilder table =
        orders()
            .foreignKey("customers", "customer_id")
            .index(index("orders_note_idx", "note", false, 12L))
            .index(index("orders_note_stats_unknown", "note", false, null))
            .index(index("orders_note_key", "note", true, 0L))
            .index(index("orders_customer_idx", "customer_id", false, 0L));

    assertThat(rule.check(model(table("customers").id(), table))).isEmpty();
  }
}
