package dev.kythera.introspection.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.kythera.platform.jobs.Jobs;
import dev.kythera.testing.KytheraTestResource;
import dev.kythera.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The data explorer on PostgreSQL: browse, CRUD by key, the 360° view, guards and injection. */
@QuarkusTest
@QuarkusTestResource(
    value = KytheraTestResource.class,
    initArgs = @ResourceArg(name = "prefix", value = "introspection"))
class ExplorerApiTest {
  static final String SEED =
      """
      INSERT INTO countries (code, name) VALUES ('GR', 'Greece'), ('DE', 'Germany'), ('FR', 'France');
      INSERT INTO customers (email, first_name, last_name, country_code) VALUES
        ('ann@example.com', 'Ann', 'Alpha', 'GR'), ('bob@example.com', 'Bob', 'Beta', 'DE'),
        ('cy@example.com', 'Cy', 'Gamma', NULL), ('dee@example.com', 'Dee', 'Delta', 'GR'),
        ('eve@example.com', 'Eve', 'Epsilon', 'FR');
      UPDATE customers SET referred_by = 1 WHERE email = 'bob@example.com';
      INSERT INTO categories (name) VALUES ('Tools');
      INSERT INTO products (sku, name, category_id, price) VALUES
        ('H-1', 'Hammer', 1, 12.50), ('S-1', 'Saw', 1, 20.00);
      INSERT INTO orders (customer_id, status, ordered_at) VALUES
        (1, 'paid', '2024-05-01T10:00:00Z'), (1, 'pending', '2024-05-02T10:00:00Z'),
        (2, 'shipped', '2024-05-03T10:00:00Z');
      INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price) VALUES
        (1, 1, 1, 2, 12.50), (1, 2, 2, 1, 20.00), (2, 1, 1, 1, 12.50), (3, 1, 2, 3, 20.00);
      INSERT INTO shipments (order_id, line_no, carrier) VALUES (1, 1, 'dhl'), (1, 2, 'post');
      INSERT INTO settings (key, value) VALUES ('theme', 'dark');
      """;

  private static final UUID PROJECT = UUID.randomUUID();
  private static final UUID USER = UUID.randomUUID();
  private static String target;
  private static String shop;
  private static String production;

  @Inject Jobs jobs;

  @BeforeAll
  static void createTarget() {
    target = TargetDatabases.createPostgresWithFixture();
    TargetDatabases.execute(target, SEED);
  }

  @AfterAll
  static void dropTarget() {
    TargetDatabases.drop(target);
  }

  static RequestSpecification as(UUID project, String permission, String role) {
    String token =
        TestTokens.internal()
            .user(USER)
            .role(role)
            .plan("enterprise")
            .project(project, permission)
            .sign();
    return given().header("Authorization", "Bearer " + token).contentType("application/json");
  }

  private static RequestSpecification as(String permission) {
    return as(PROJECT, permission, "dev");
  }

  private String connection(String name, String environment, boolean capture) {
    String id =
        as("write")
            .body(
                ConnectionApiTest.postgres(name, target, "")
                    .replace("\"staging\"", "\"" + environment + "\""))
            .post("/api/projects/" + PROJECT + "/connections")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    if (capture) {
      capture(jobs, PROJECT, id);
    }
    return id;
  }

  /** Captures a snapshot through the job API and waits until it is stored. */
  static void capture(Jobs jobs, UUID project, String connectionId) {
    String jobId =
        as(project, "write", "dev")
            .body("{\"connectionId\":\"" + connectionId + "\"}")
            .post("/api/projects/" + project + "/schema/snapshots")
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    UUID id = UUID.fromString(jobId);
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> jobs.get(project, id).status().matches("done|error|cancelled"));
    assertThat(jobs.get(project, id).status()).isEqualTo("done");
  }

  private String shop() {
    if (shop == null) {
      shop = connection("shop", "staging", true);
    }
    return shop;
  }

  private String rows(String table) {
    return table(shop(), table) + "/rows";
  }

  private static String table(String connectionId, String table) {
    return "/api/projects/" + PROJECT + "/data/" + connectionId + "/tables/" + table;
  }

  private static long count(String table) {
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/" + target, "postgres", "");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void rowsArePagedSortedAndFiltered() {
    as("read")
        .get(rows("public.customers") + "?size=2&sort=-email")
        .then()
        .statusCode(200)
        .body("table", equalTo("public.customers"))
        .body("primaryKey", equalTo(List.of("id")))
        .body("columns.find { it.name == 'id' }.category", equalTo("INTEGER"))
        .body("columns.find { it.name == 'id' }.primaryKey", equalTo(true))
        .body("columns.find { it.name == 'email' }.nullable", equalTo(false))
        .body("rows.email", equalTo(List.of("eve@example.com", "dee@example.com")))
        .body("page", equalTo(0))
        .body("size", equalTo(2))
        .body("hasMore", equalTo(true))
        .body("rowEstimate", notNullValue())
        .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("total")));
    as("read")
        .get(rows("public.customers") + "?page=2&size=2&sort=email")
        .then()
        .statusCode(200)
        .body("rows.email", equalTo(List.of("eve@example.com")))
        .body("hasMore", equalTo(false));
    as("read")
        .queryParam("filter", "country_code:eq:GR")
        .queryParam("filter", "email:ilike:%ANN%")
        .queryParam("count", "true")
        .get(rows("public.customers"))
        .then()
        .statusCode(200)
        .body("rows", hasSize(1))
        .body("rows[0].full_name", equalTo("Ann Alpha"))
        .body("rows[0].created_at", notNullValue())
        .body("total", equalTo(1));
    as("read")
        .queryParam("filter", "country_code:null")
        .get(rows("customers"))
        .then()
        .statusCode(200)
        .body("rows.email", equalTo(List.of("cy@example.com")));
    as("read")
        .queryParam("filter", "id:in:1|3")
        .queryParam("sort", "-id")
        .get(rows("public.customers"))
        .then()
        .body("rows.id", equalTo(List.of(3, 1)));
    as("read")
        .queryParam("filter", "status:eq:paid")
        .get(rows("public.orders"))
        .then()
        .statusCode(200)
        .body("rows", hasSize(1))
        .body("rows[0].ordered_at", startsWith("2024-05-01T10:00"))
        .body("rows[0].shipped_at", nullValue());
    as("read")
        .queryParam("filter", "ordered_at:ge:2024-05-02T00:00:00Z")
        .queryParam("filter", "status:ne:cancelled")
        .get(rows("public.orders"))
        .then()
        .body("rows.status", equalTo(List.of("pending", "shipped")));
    as("read")
        .queryParam("filter", "price:gt:15")
        .get(rows("public.products"))
        .then()
        .body("rows[0].price", equalTo("20.00"))
        .body("rows[0].active", equalTo(true));
    as("read")
        .get(rows("public.customer_orders") + "?sort=customer_id")
        .then()
        .statusCode(200)
        .body("primaryKey", hasSize(0))
        .body("rows", hasSize(5));
  }

  @Test
  void compositeKeyTablesPageInKeyOrder() {
    as("read")
        .get(rows("public.order_items") + "?size=3")
        .then()
        .statusCode(200)
        .body("primaryKey", equalTo(List.of("order_id", "line_no")))
        .body("rows.order_id", equalTo(List.of(1, 1, 2)))
        .body("rows.line_no", equalTo(List.of(1, 2, 1)))
        .body("rows[0].unit_price", equalTo("12.50"))
        .body("hasMore", equalTo(true));
    as("read")
        .get(rows("public.order_items") + "?size=3&page=1")
        .then()
        .body("rows.order_id", equalTo(List.of(3)))
        .body("hasMore", equalTo(false));
    as("read")
        .queryParam("filter", "order_id:eq:1")
        .queryParam("sort", "-line_no")
        .get(rows("public.order_items"))
        .then()
        .body("rows.line_no", equalTo(List.of(2, 1)));
  }

  @Test
  void badPagingAndUnknownNamesAreFieldErrors() {
    as("read")
        .get(rows("public.customers") + "?size=501")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("size"));
    as("read")
        .get(rows("public.customers") + "?page=-1")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("page"));
    as("read")
        .get(rows("public.customers") + "?size=ten")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("size"));
    as("read")
        .get(rows("public.nope"))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("table"));
    as("read")
        .get(rows("public.customers") + "?sort=nope")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("sort"));
    as("read")
        .queryParam("filter", "id:between:1")
        .get(rows("public.customers"))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("filter"));
    as("read")
        .queryParam("filter", "id:eq:one")
        .get(rows("public.customers"))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("filter"));
    as("read")
        .queryParam("filter", "created_at:gt:yesterday")
        .get(rows("public.customers"))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("filter"));
    as("read")
        .get(table(UUID.randomUUID().toString(), "public.customers") + "/rows")
        .then()
        .statusCode(404);
    as(UUID.randomUUID(), "admin", "dev").get(rows("public.customers")).then().statusCode(403);
  }

  @Test
  void rowsAreInsertedUpdatedAndDeletedByPrimaryKey() {
    Map<String, Object> created =
        as("write")
            .body(
                "{\"values\":{\"email\":\"new@example.com\",\"first_name\":\"New\","
                    + "\"last_name\":\"Person\",\"country_code\":\"GR\",\"referred_by\":1}}")
            .post(rows("public.customers"))
            .then()
            .statusCode(201)
            .body("email", equalTo("new@example.com"))
            .body("full_name", equalTo("New Person"))
            .body("created_at", notNullValue())
            .extract()
            .jsonPath()
            .getMap("");
    int id = (Integer) created.get("id");
    as("write")
        .body(
            "{\"key\":{\"id\":"
                + id
                + "},\"values\":{\"last_name\":\"Changed\",\"referred_by\":null}}")
        .patch(rows("public.customers"))
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("full_name", equalTo("New Changed"))
        .body("referred_by", nullValue());
    as("write")
        .body("{\"key\":{\"id\":999999},\"values\":{\"last_name\":\"X\"}}")
        .patch(rows("public.customers"))
        .then()
        .statusCode(404);
    as("read")
        .queryParam("key", "{\"id\":" + id + "}")
        .delete(rows("public.customers"))
        .then()
        .statusCode(403);
    as("write")
        .queryParam("key", "{\"id\":" + id + "}")
        .delete(rows("public.customers"))
        .then()
        .statusCode(204);
    as("write")
        .queryParam("key", "{\"id\":" + id + "}")
        .delete(rows("public.customers"))
        .then()
        .statusCode(404);

    // identity ALWAYS key: the database chooses it and RETURNING hands it back
    int order =
        as("write")
            .body("{\"values\":{\"customer_id\":3,\"ordered_at\":\"2024-06-01T08:30:00+02:00\"}}")
            .post(rows("public.orders"))
            .then()
            .statusCode(201)
            .body("status", equalTo("pending"))
            .body("ordered_at", startsWith("2024-06-01T06:30"))
            .extract()
            .path("id");
    as("write")
        .body("{\"key\":{\"id\":" + order + "},\"values\":{\"status\":\"cancelled\"}}")
        .patch(rows("public.orders"))
        .then()
        .statusCode(200)
        .body("status", equalTo("cancelled"));

    // composite key
    as("write")
        .body(
            "{\"values\":{\"order_id\":"
                + order
                + ",\"line_no\":1,\"product_id\":2,\"quantity\":1,\"unit_price\":19.99}}")
        .post(rows("public.order_items"))
        .then()
        .statusCode(201)
        .body("unit_price", equalTo("19.99"));
    as("write")
        .body("{\"key\":{\"order_id\":" + order + ",\"line_no\":1},\"values\":{\"quantity\":4}}")
        .patch(rows("public.order_items"))
        .then()
        .statusCode(200)
        .body("quantity", equalTo(4));
    as("write")
        .queryParam("key", "{\"order_id\":" + order + ",\"line_no\":1}")
        .delete(rows("public.order_items"))
        .then()
        .statusCode(204);
    as("write")
        .queryParam("key", "{\"id\":" + order + "}")
        .delete(rows("public.orders"))
        .then()
        .statusCode(204);

    // JSON column and an empty insert into a table with defaults only where needed
    int log =
        as("write")
            .body("{\"values\":{\"action\":\"login\",\"payload\":{\"ip\":\"10.0.0.1\",\"n\":2}}}")
            .post(rows("public.audit_log"))
            .then()
            .statusCode(201)
            .body("payload", containsString("\"ip\""))
            .extract()
            .path("id");
    as("write")
        .queryParam("key", "{\"id\":" + log + "}")
        .delete(rows("public.audit_log"))
        .then()
        .statusCode(204);
    assertThat(count("customers")).isEqualTo(5);
    assertThat(count("orders")).isEqualTo(3);
  }

  @Test
  void badValuesReadOnlyColumnsAndKeylessTablesAreRefusedBeforeTheDatabase() {
    as("write")
        .body("{\"values\":{\"full_name\":\"X\"}}")
        .post(rows("public.customers"))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("values.full_name"));
    as("write")
        .body("{\"values\":{\"id\":5,\"customer_id\":1}}")
        .post(rows("public.orders"))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("values.id"));
    as("write")
        .body("{\"values\":{\"customer_id\":\"one\"}}")
        .post(rows("public.orders"))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("values.customer_id"));
    as("write")
        .body("{\"values\":{\"customer_id\":1,\"status\":\"lost\"}}")
        .post(rows("public.orders"))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("values.status"));
    as("write")
        .body("{\"values\":{\"customer_id\":1,\"ordered_at\":\"yesterday\"}}")
        .post(rows("public.orders"))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("values.ordered_at"));
    as("write")
        .body("{\"key\":{\"id\":1},\"values\":{}}")
        .patch(rows("public.orders"))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("values"));
    as("write")
        .body("{\"key\":{\"order_id\":1},\"values\":{\"quantity\":2}}")
        .patch(rows("public.order_items"))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("key"));
    as("write")
        .body("{\"values\":{\"customer_id\":1}}")
        .post(rows("public.customer_orders"))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("table"))
        .body("detail", containsString("browsed"));
    as("write").body("[1]").post(rows("public.orders")).then().statusCode(400);
    as("write").body("{\"values\":").post(rows("public.orders")).then().statusCode(400);
    as("write")
        .queryParam("key", "not json")
        .delete(rows("public.orders"))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("key"));
  }

  @Test
  void whatTheDatabaseRefusesIsA422WithItsMessage() {
    as("write")
        .body("{\"values\":{\"customer_id\":999999}}")
        .post(rows("public.orders"))
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("code", equalTo("TARGET_QUERY_FAILED"))
        .body("detail", containsString("foreign key"));
    as("write")
        .body("{\"key\":{\"order_id\":1,\"line_no\":1},\"values\":{\"quantity\":5000}}")
        .patch(rows("public.order_items"))
        .then()
        .statusCode(422)
        .body("detail", containsString("check constraint"));
    as("write")
        .body(
            "{\"values\":{\"email\":\"ann@example.com\",\"first_name\":\"A\",\"last_name\":\"B\"}}")
        .post(rows("public.customers"))
        .then()
        .statusCode(422)
        .body("detail", containsString("unique"));
    as("write")
        .queryParam("key", "{\"id\":1}")
        .delete(rows("public.customers"))
        .then()
        .statusCode(422)
        .body("code", equalTo("TARGET_QUERY_FAILED"));
    assertThat(count("customers")).isEqualTo(5);
    assertThat(count("order_items")).isEqualTo(4);
  }

  @Test
  void theRelatedViewFollowsForeignKeysBothWays() {
    JsonPath order =
        as("read")
            .queryParam("key", "{\"id\":1}")
            .get(table(shop(), "public.orders") + "/related")
            .then()
            .statusCode(200)
            .body("table", equalTo("public.orders"))
            .body("key.id", equalTo(1))
            .body("row.status", equalTo("paid"))
            .extract()
            .jsonPath();
    assertThat(order.getList("parents")).hasSize(1);
    assertThat(order.getString("parents[0].table")).isEqualTo("public.customers");
    assertThat(order.getList("parents[0].columns")).containsExactly("customer_id");
    assertThat(order.getString("parents[0].row.email")).isEqualTo("ann@example.com");
    assertThat(order.getList("children.table")).containsExactly("public.order_items");
    assertThat(order.getList("children[0].rows.line_no")).containsExactly(1, 2);
    assertThat(order.getBoolean("children[0].hasMore")).isFalse();

    JsonPath item =
        as("read")
            .queryParam("key", "{\"order_id\":1,\"line_no\":2}")
            .get(table(shop(), "public.order_items") + "/related")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(item.getList("parents.table"))
        .containsExactlyInAnyOrder("public.orders", "public.products");
    assertThat(item.getString("parents.find { it.table == 'public.products' }.row.sku"))
        .isEqualTo("S-1");
    assertThat(item.getList("children[0].columns")).containsExactly("order_id", "line_no");
    assertThat(item.getList("children[0].rows.carrier")).containsExactly("post");

    JsonPath ann =
        as("read")
            .queryParam("key", "{\"id\":1}")
            .get(table(shop(), "public.customers") + "/related")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(ann.getString("parents.find { it.table == 'public.countries' }.row.name"))
        .isEqualTo("Greece");
    assertThat(ann.getMap("parents.find { it.columns == ['referred_by'] }"))
        .containsEntry("row", null);
    assertThat(ann.getList("children.find { it.table == 'public.orders' }.rows.id"))
        .containsExactly(1, 2);
    assertThat(ann.getList("children.find { it.table == 'public.customers' }.rows.email"))
        .containsExactly("bob@example.com");

    as("read")
        .queryParam("key", "{\"id\":424242}")
        .get(table(shop(), "public.orders") + "/related")
        .then()
        .statusCode(404);
    as("read")
        .queryParam("key", "{\"action\":\"x\"}")
        .get(table(shop(), "public.customer_orders") + "/related")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("table"));
  }

  @Test
  void productionDataIsReadOnlyBelowTheAdminRole() {
    if (production == null) {
      production = connection("prod", "production", true);
    }
    String settings = table(production, "public.settings") + "/rows";
    as(PROJECT, "read", "viewer").get(settings).then().statusCode(200).body("rows", hasSize(1));
    as(PROJECT, "owner", "dev")
        .body("{\"key\":{\"key\":\"theme\"},\"values\":{\"value\":\"light\"}}")
        .patch(settings)
        .then()
        .statusCode(403)
        .body("detail", containsString("production"));
    as(PROJECT, "owner", "dev")
        .body("{\"values\":{\"key\":\"lang\",\"value\":\"el\"}}")
        .post(settings)
        .then()
        .statusCode(403);
    as(PROJECT, "owner", "dev")
        .queryParam("key", "{\"key\":\"theme\"}")
        .delete(settings)
        .then()
        .statusCode(403);
    as(PROJECT, "write", "admin")
        .body("{\"key\":{\"key\":\"theme\"},\"values\":{\"value\":\"light\"}}")
        .patch(settings)
        .then()
        .statusCode(200)
        .body("value", equalTo("light"));
    as(PROJECT, "write", "admin")
        .body("{\"key\":{\"key\":\"theme\"},\"values\":{\"value\":\"dark\"}}")
        .patch(settings)
        .then()
        .statusCode(200);
    as(PROJECT, "read", "admin")
        .body("{\"key\":{\"key\":\"theme\"},\"values\":{\"value\":\"x\"}}")
        .patch(settings)
        .then()
        .statusCode(403);
  }

  @Test
  void withoutASnapshotTheExplorerAsksForOne() {
    String fresh = connection("fresh", "development", false);
    as("read")
        .get(table(fresh, "public.customers") + "/rows")
        .then()
        .statusCode(409)
        .body("code", equalTo("CONFLICT"))
        .body("detail", containsString("capture a snapshot first"));
  }

  @Test
  void sqlInNamesIsRefusedAndSqlInValuesIsJustData() {
    long customers = count("customers");
    long orders = count("orders");
    long items = count("order_items");
    List<String> tables =
        List.of(
            "orders; DROP TABLE customers",
            "public.customers\"; DROP TABLE customers; --",
            "public.\"customers\"",
            "`customers`",
            "public.customers\u201d",
            "public.customers OR 1=1");
    for (String table : tables) {
      as("read")
          .get("/api/projects/{p}/data/{c}/tables/{t}/rows", PROJECT, shop(), table)
          .then()
          .statusCode(400)
          .body("errors.field", hasItem("table"));
    }
    List<String> names =
        List.of(
            "id\" OR 1=1 --",
            "`x`",
            "id; DROP TABLE customers",
            "\u201cid\u201d",
            "id\u02bc OR 1=1",
            "(SELECT 1)",
            "email\" DESC; DROP TABLE customers; --");
    for (String name : names) {
      as("read")
          .queryParam("sort", name)
          .get(rows("public.customers"))
          .then()
          .statusCode(400)
          .body("errors.field", hasItem("sort"));
      as("read")
          .queryParam("filter", name.replace(":", "") + ":eq:1")
          .get(rows("public.customers"))
          .then()
          .statusCode(400)
          .body("errors.field", hasItem("filter"));
      as("write")
          .body(Map.of("key", Map.of(name, 1), "values", Map.of("first_name", "X")))
          .patch(rows("public.customers"))
          .then()
          .statusCode(400)
          .body("errors.field", hasItem("key"));
      as("write")
          .queryParam("key", "{\"" + name.replace("\"", "\\\"") + "\":1}")
          .delete(rows("public.customers"))
          .then()
          .statusCode(400)
          .body("errors.field", hasItem("key"));
      as("write")
          .body(Map.of("values", Map.of(name, "x")))
          .post(rows("public.customers"))
          .then()
          .statusCode(400)
          .body("errors.field", hasItem("values." + name));
    }
    for (String op : List.of("eq;DROP TABLE customers", "= 1 OR 1=1 --", "EQ", "in)")) {
      as("read")
          .queryParam("filter", "id:" + op + ":1")
          .get(rows("public.customers"))
          .then()
          .statusCode(400)
          .body("errors.field", hasItem("filter"));
    }
    as("read")
        .queryParam("filter", "email:eq:x' OR '1'='1")
        .get(rows("public.customers"))
        .then()
        .statusCode(200)
        .body("rows", hasSize(0));
    as("read")
        .queryParam("filter", "first_name:like:%'; DROP TABLE customers; --")
        .queryParam("filter", "last_name:in:a' OR 1=1 --|\") OR (\"1\"=\"1")
        .get(rows("public.customers"))
        .then()
        .statusCode(200)
        .body("rows", hasSize(0));
    as("read")
        .queryParam("filter", "country_code:ilike:%' OR ''='")
        .get(rows("public.customers"))
        .then()
        .statusCode(200)
        .body("rows", hasSize(0));

    assertThat(count("customers")).isEqualTo(customers);
    assertThat(count("orders")).isEqualTo(orders);
    assertThat(count("order_items")).isEqualTo(items);
  }

  @Test
  void sqliteFilesAreExploredThroughTheSameApi() throws Exception {
    Path directory = Path.of("target/sqlite");
    Files.createDirectories(directory);
    String file = "explore-" + UUID.randomUUID() + ".db";
    try (Connection connection =
            DriverManager.getConnection("jdbc:sqlite:" + directory.resolve(file));
        Statement statement = connection.createStatement()) {
      for (String sql : ExplorerMariaDbTest.fixture("sqlite")) {
        statement.execute(sql);
      }
      statement.execute("INSERT INTO countries (code, name) VALUES ('GR', 'Greece')");
      statement.execute(
          "INSERT INTO customers (email, first_name, last_name, country_code, created_at) VALUES"
              + " ('ann@example.com', 'Ann', 'Alpha', 'GR', '2024-05-01 10:00:00'),"
              + " ('bob@example.com', 'Bob', 'Beta', NULL, '2024-05-02 10:00:00')");
      statement.execute("INSERT INTO orders (customer_id, status) VALUES (1, 'paid')");
    }
    String id =
        as("write")
            .body(
                "{\"name\":\"file\",\"engine\":\"sqlite\",\"database\":\""
                    + file
                    + "\",\"environment\":\"development\"}")
            .post("/api/projects/" + PROJECT + "/connections")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    capture(jobs, PROJECT, id);
    String customers = table(id, "main.customers") + "/rows";
    as("read")
        .get(customers + "?sort=-email")
        .then()
        .statusCode(200)
        .body("rows.email", equalTo(List.of("bob@example.com", "ann@example.com")));
    as("read")
        .queryParam("filter", "email:ilike:%ANN%")
        .get(customers)
        .then()
        .body("rows[0].full_name", equalTo("Ann Alpha"))
        .body("rows[0].created_at", startsWith("2024-05-01"));
    as("read")
        .queryParam("filter", "created_at:ge:2024-05-02T00:00:00")
        .get(customers)
        .then()
        .body("rows.email", equalTo(List.of("bob@example.com")));
    as("write")
        .body(
            "{\"values\":{\"email\":\"cy@example.com\",\"first_name\":\"Cy\",\"last_name\":\"Gamma\"}}")
        .post(customers)
        .then()
        .statusCode(201)
        .body("id", equalTo(3))
        .body("full_name", equalTo("Cy Gamma"));
    as("read")
        .queryParam("key", "{\"id\":1}")
        .get(table(id, "main.orders") + "/related")
        .then()
        .statusCode(200)
        .body("parents[0].row.email", equalTo("ann@example.com"));
    as("read")
        .queryParam("sort", "id\" OR 1=1 --")
        .get(customers)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("sort"));
  }
}
