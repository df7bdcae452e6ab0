package dev.kythera.introspection.domain.heuristics;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.name;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.introspection.domain.TestSchemas.TableBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class InferredRelationsTest {
  private final InferredRelations inference = new InferredRelations();

  private List<InferredRelation> infer(TableBuilder... tables) {
    return inference.infer(model(tables));
  }

  @Test
  void aSnakeIdColumnMatchingAPluralTableIsProposed() {
    List<InferredRelation> relations =
        infer(table("customers").id(), table("orders").id().bigint("customer_id", false));

    assertThat(relations)
        .singleElement()
        .satisfies(
            relation -> {
              assertThat(relation.fromTable()).isEqualTo(name("orders"));
              assertThat(relation.fromColumns()).containsExactly("customer_id");
              assertThat(relation.toTable()).isEqualTo(name("customers"));
              assertThat(relation.toColumns()).containsExactly("id");
              assertThat(relation.confidence()).isBetween(0.8, 0.95);
              assertThat(relation.reason()).contains("customer_id").contains("public.customers");
            });
  }

  @Test
  void camelCaseIesAndEsPluralsAreMatched() {
    List<InferredRelation> relations =
        infer(
            table("category").id(),
            table("categories").id(),
            table("statuses").id(),
            table("products").id().bigint("categoryId", false).bigint("status_id", true));

    assertThat(relations)
        .extracting(relation -> relation.fromColumns().get(0) + "->" + relation.toTable().name())
        .containsExactlyInAnyOrder("categoryId->category", "status_id->statuses");
  }

  @Test
  void anExactSameTypeMatchIsMoreConfidentThanASameFamilyOne() {
    InferredRelation exact =
        infer(table("customers").id(), table("orders").id().bigint("customer_id", false)).get(0);
    InferredRelation family =
        infer(table("customers").id(), table("orders").id().integer("customer_id", false)).get(0);

    assertThat(exact.confidence()).isGreaterThan(family.confidence());
  }

  @Test
  void declaredForeignKeysIncompatibleTypesAndUnknownTablesAreNotProposed() {
    assertThat(
            infer(
                table("customers").id(),
                table("orders")
                    .id()
                    .bigint("customer_id", false)
                    .foreignKey("customers", "customer_id")
                    .text("store_id", 10, true)
                    .bigint("warehouse_id", true),
                table("stores").id()))
        .isEmpty();
  }

  @Test
  void targetsWithCompositeKeysAndATablesOwnKeyAreNotProposed() {
    assertThat(
            infer(
                table("shipments").integer("a", false).integer("b", false).primaryKey("a", "b"),
                table("parcels").id().bigint("shipment_id", false),
                table("order").bigint("order_id", false).primaryKey("order_id")))
        .isEmpty();
  }

  @Test
  void aTargetInTheSameSchemaWinsOverOneInAnother() {
    List<InferredRelation> relations =
        infer(
            table("sales.customers").id(),
            table("crm.customers").id(),
            table("sales.orders").id().bigint("customer_id", false));

    assertThat(relations)
        .singleElement()
        .satisfies(relation -> assertThat(relation.toTable()).isEqualTo(name("sales.customers")));
  }
}
