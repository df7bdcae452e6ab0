package dev.kythera.introspection.domain.heuristics;

import static dev.kythera.introspection.domain.TestSchemas.model;
import static dev.kythera.introspection.domain.TestSchemas.name;
import static dev.kythera.introspection.domain.TestSchemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.introspection.domain.TestSchemas.TableBuilder;
import dev.kythera.kernel.schema.QualifiedName;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableRoleClassifierTest {
  private final TableRoleClassifier classifier = new TableRoleClassifier();

  private Map<QualifiedName, RoleClassification> classify(TableBuilder... tables) {
    return classifier.classify(model(tables));
  }

  private TableRole role(Map<QualifiedName, RoleClassification> roles, String table) {
    return roles.get(name(table)).role();
  }

  @Test
  void aKeyMadeOfTwoForeignKeysIsAJunction() {
    var roles =
        classify(
            table("films").id().text("title", 80, false),
            table("actors").id().text("name", 80, false),
            table("film_actor")
                .bigint("film_id", false)
                .bigint("actor_id", false)
                .timestamp("last_update", false)
                .primaryKey("film_id", "actor_id")
                .foreignKey("films", "film_id")
                .foreignKey("actors", "actor_id"));

    assertThat(roles.get(name("film_actor")).role()).isEqualTo(TableRole.JUNCTION);
    assertThat(roles.get(name("film_actor")).reason()).contains("films").contains("actors");
  }

  @Test
  void twoForeignKeysWithFewOtherColumnsIsAJunctionButNotWithMany() {
    TableBuilder users = table("users").id().text("email", 80, false);
    TableBuilder groups = table("groups").id().text("title", 80, false);
    var roles =
        classify(
            users,
            groups,
            table("memberships")
                .id()
                .bigint("user_id", false)
                .bigint("group_id", false)
                .text("role_name", 20, false)
                .foreignKey("users", "user_id")
                .foreignKey("groups", "group_id"),
            table("orders")
                .id()
                .bigint("user_id", false)
                .bigint("group_id", false)
                .integer("total", false)
                .integer("tax", false)
                .text("note", 80, true)
                .foreignKey("users", "user_id")
                .foreignKey("groups", "group_id"));

    assertThat(role(roles, "memberships")).isEqualTo(TableRole.JUNCTION);
    assertThat(role(roles, "orders")).isEqualTo(TableRole.ENTITY);
  }

  @Test
  void aSmallReferencedCodeTableIsALookup() {
    var roles =
        classify(
            table("countries").id().text("iso_code", 2, false).text("name", 80, false).rows(250),
            table("addresses")
                .id()
                .bigint("country_id", false)
                .text("street", 80, false)
                .foreignKey("countries", "country_id"),
            table("customers").id().text("name", 80, false).rows(5_000_000));

    assertThat(role(roles, "countries")).isEqualTo(TableRole.LOOKUP);
    assertThat(roles.get(name("countries")).reason()).contains("iso_code");
    assertThat(role(roles, "addresses")).isEqualTo(TableRole.ENTITY);
    assertThat(role(roles, "customers")).isEqualTo(TableRole.ENTITY); // not referenced
  }

  @Test
  void aReferencedTableWithOnlyANameNeedsAKnownSmallSizeOrACodeListName() {
    var roles =
        classify(
            table("customers").id().text("name", 80, false),
            table("order_statuses").id().text("label", 40, false),
            table("orders")
                .id()
                .bigint("customer_id", false)
                .bigint("status_id", false)
                .integer("total", false)
                .integer("tax", false)
                .text("note", 80, true)
                .foreignKey("customers", "customer_id")
                .foreignKey("order_statuses", "status_id"));

    assertThat(role(roles, "customers")).isEqualTo(TableRole.ENTITY);
    assertThat(role(roles, "order_statuses")).isEqualTo(TableRole.LOOKUP);
  }

  @Test
  void aTableWithTwoParentsThatOthersReferenceIsNoJunction() {
    var roles =
        classify(
            table("customers").id().text("email", 80, false),
            table("countries").id().text("iso_code", 2, false),
            table("addresses")
                .id()
                .bigint("customer_id", false)
                .bigint("country_id", false)
                .foreignKey("customers", "customer_id")
                .foreignKey("countries", "country_id"),
            table("shipments")
                .id()
                .bigint("address_id", false)
                .foreignKey("addresses", "address_id"));

    assertThat(role(roles, "addresses")).isEqualTo(TableRole.ENTITY);
    assertThat(role(roles, "countries")).isEqualTo(TableRole.LOOKUP);
  }

  @Test
  void logTablesNeedATimestampAndNoReferences() {
    var roles =
        classify(
            table("audit_log").id().text("action", 40, false).timestamp("at", false),
            table("order_history").id().text("change", 40, false).timestamp("at", false),
            table("events").id().text("kind", 40, false),
            table("catalog").id().text("title", 40, false).timestamp("published_at", false));

    assertThat(role(roles, "audit_log")).isEqualTo(TableRole.LOG);
    assertThat(role(roles, "order_history")).isEqualTo(TableRole.LOG);
    assertThat(role(roles, "events")).isEqualTo(TableRole.ENTITY); // no timestamp
    assertThat(role(roles, "catalog")).isEqualTo(TableRole.ENTITY); // "log" inside a word
  }

  @Test
  void settingsNamesAndKeyValueShapesAreConfiguration() {
    var roles =
        classify(
            table("app_settings").id().text("theme", 20, false).integer("page_size", false),
            table("flags").text("key", 40, false).text("value", 200, true).primaryKey("key"),
            table("products").id().text("name", 40, false).integer("price", false));

    assertThat(role(roles, "app_settings")).isEqualTo(TableRole.CONFIGURATION);
    assertThat(role(roles, "flags")).isEqualTo(TableRole.CONFIGURATION);
    assertThat(role(roles, "products")).isEqualTo(TableRole.ENTITY);
  }

  @Test
  void viewsAreNotClassified() {
    assertThat(classify(table("orders").id(), table("open_orders").view()))
        .containsOnlyKeys(name("orders"));
  }
}
