package dev.kythera.introspection.domain.health;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SelfReferenceNotNullableRuleTest {
  private final SelfReferenceNotNullableRule rule = new SelfReferenceNotNullableRule();

  @Test
  void aNotNullSelfReferenceIsReported() {
    assertThat(
            rule.check(
                model(
                    table("categories")
                        .id()
                        .bigint("parent_id", false)
                        .foreignKey("categories", "parent_id"))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.location()).isEqualTo("public.categories.parent_id");
            });
  }

  @Test
  void aNullableSelfReferenceAndNotNullReferencesToOthersAreFine() {
    assertThat(
            rule.check(
                model(
                    table("categories")
                        .id()
                        .bigint("parent_id", true)
                        .foreignKey("categories", "parent_id"),
                    table("products")
                        .id()
                        .bigint("category_id", false)
                        .foreignKey("categories", "category_id"))))
        .isEmpty();
  }
}
