package dev.kythera.introspection.domain.health;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForeignKeyCycleRuleTest {
  private final ForeignKeyCycleRule rule = new ForeignKeyCycleRule();

  @Test
  void aCycleWithANullableEdgeIsInfoAndNamesItsTables() {
    assertThat(
            rule.check(
                model(
                    table("departments")
                        .id()
                        .bigint("manager_id", true)
                        .foreignKey("employees", "manager_id"),
                    table("employees")
                        .id()
                        .bigint("department_id", false)
                        .foreignKey("departments", "department_id"))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.detail()).contains("public.departments").contains("public.employees");
            });
  }

  @Test
  void aCycleOfNotNullEdgesIsAWarning() {
    assertThat(
            rule.check(
                model(
                    table("a").id().bigint("b_id", false).foreignKey("b", "b_id"),
                    table("b").id().bigint("a_id", false).foreignKey("a", "a_id"))))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void treesAndSelfReferencesAreFine() {
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
