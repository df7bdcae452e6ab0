package dev.kythera.introspection.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.kythera.platform.jobs.Jobs;
import dev.kythera.testing.KytheraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The data explorer on MariaDB: backtick quoting, auto-increment keys, enums, tinyint(1). */
@QuarkusTest
@QuarkusTestResource(
    value = KytheraTestResource.class,
    initArgs = @ResourceArg(name = "prefix", value = "introspection"))
class ExplorerMariaDbTest {
  private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";
  private static final UUID PROJECT = UUID.randomUUID();
  private static final String DATABASE =
      "kt_explore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private static String shop;

  @Inject Jobs jobs;

  @BeforeAll
  static void createTarget() throws SQLException {
    run("", List.of("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4"));
    List<String> statements = new ArrayList<>(fixture("mysql"));
    statements.addAll(
        List.of(
            ExplorerApiTest.SEED
                .replace("(key, value)", "(`key`, value)")
                .replace("'2024-05-01T10:00:00Z'", "'2024-05-01 10:00:00'")
                .replace("'2024-05-02T10:00:00Z'", "'2024-05-02 10:00:00'")
                .replace("'2024-05-03T10:00:00Z'", "'2024-05-03 10:00:00'")
                .split(";\n")));
    run(DATABASE, statements.stream().filter(s -> !s.isBlank()).toList());
  }

  @AfterAll
  static void dropTarget() throws SQLException {
    run("", List.of("DROP DATABASE IF EXISTS " + DATABASE));
  }

  /**
   * The connectors module's fixture for an engine ({@code mysql}, {@code sqlite}), split the way
   * its header promises: one statement per line ending in a semicolon.
   */
  static List<String> fixture(String engine) {
    try (InputStream in =
        ExplorerMariaDbTest.class.getResourceAsStream(
            "/dev/kythera/connectors/fixtures/" + engine + ".sql")) {
      String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> statements = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      for (String line : script.split("\n")) {
        if (line.strip().startsWith("--")) {
          continue;
        }
        current.append(line).append('\n');
        if (line.strip().endsWith(";")) {
          statements.add(current.toString().strip().replaceAll(";$", ""));
          current.setLength(0);
        }
      }
      return statements;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void run(String database, List<String> statements) throws SQLException {
    try (Connection connection = DriverManager.getConnection(SERVER + database, "root", "");
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  private static long count(String table) {
    try (Connection connection = DriverManager.getConnection(SERVER + DATABASE, "root", "");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RequestSpecification as(String permission) {
    return ExplorerApiTest.as(PROJECT, permission, "dev");
  }

  private String shop() {
    if (shop == null) {
      shop =
          as("write")
              .body(
                  "{\"name\":\"maria-shop\",\"engine\":\"mariadb\",\"host\":\"127.0.0.1\","
                      + "\"port\":3306,\"database\":\""
                      + DATABASE
                      + "\",\"username\":\"root\",\"password\":\"\","
                      + "\"environment\":\"development\"}")
              .post("/api/projects/" + PROJECT + "/connections")
              .then()
              .statusCode(201)
              .extract()
              .path("id");
      ExplorerApiTest.capture(jobs, PROJECT, shop);
    }
    return shop;
  }

  private String table(String name) {
    return "/api/projects/" + PROJECT + "/data/" + shop() + "/tables/" + DATABASE + "." + name;
  }

  @Test
  void rowsArePagedSortedAndFilteredWithBacktickQuotedNames() {
    as("read")
        .get(table("customers") + "/rows?size=2&sort=-email")
        .then()
        .statusCode(200)
        .body("table", equalTo(DATABASE + ".customers"))
        .body("rows.email", equalTo(List.of("eve@example.com", "dee@example.com")))
        .body("hasMore", equalTo(true));
    as("read")
        .queryParam("filter", "email:ilike:%ANN%")
        .queryParam("count", "true")
        .get(table("customers") + "/rows")
        .then()
        .body("rows[0].full_name", equalTo("Ann Alpha"))
        .body("total", equalTo(1));
    as("read")
        .queryParam("filter", "key:eq:theme")
        .queryParam("sort", "-key")
        .get(table("settings") + "/rows")
        .then()
        .statusCode(200)
        .body("primaryKey", equalTo(List.of("key")))
        .body("rows[0].value", equalTo("dark"));
    as("read")
        .queryParam("filter", "status:in:paid|shipped")
        .get(table("orders") + "/rows")
        .then()
        .body("rows.status", equalTo(List.of("paid", "shipped")))
        .body("rows[0].ordered_at", startsWith("2024-05-01T10:00"));
    as("read")
        .queryParam("filter", "active:eq:true")
        .queryParam("sort", "-price")
        .get(table("products") + "/rows")
        .then()
        .body("rows.price", equalTo(List.of("20.00", "12.50")))
        .body("rows[0].active", equalTo(true));
    as("read")
        .get(table("order_items") + "/rows?size=3&page=1")
        .then()
        .body("rows.order_id", equalTo(List.of(3)))
        .body("hasMore", equalTo(false));
  }

  @Test
  void autoIncrementKeysComeBackFromTheDriver() {
    int id =
        as("write")
            .body(
                "{\"values\":{\"email\":\"maria@example.com\",\"first_name\":\"Maria\","
                    + "\"last_name\":\"Db\",\"country_code\":\"GR\"}}")
            .post(table("customers") + "/rows")
            .then()
            .statusCode(201)
            .body("full_name", equalTo("Maria Db"))
            .body("created_at", notNullValue())
            .extract()
            .path("id");
    as("write")
        .body("{\"key\":{\"id\":" + id + "},\"values\":{\"first_name\":\"Mary\"}}")
        .patch(table("customers") + "/rows")
        .then()
        .statusCode(200)
        .body("full_name", equalTo("Mary Db"));
    as("write")
        .body("{\"key\":{\"order_id\":1,\"line_no\":1},\"values\":{\"quantity\":3}}")
        .patch(table("order_items") + "/rows")
        .then()
        .statusCode(200)
        .body("quantity", equalTo(3));
    as("write")
        .body("{\"values\":{\"key\":\"lang\",\"value\":\"el\"}}")
        .post(table("settings") + "/rows")
        .then()
        .statusCode(201)
        .body("key", equalTo("lang"));
    as("write")
        .queryParam("key", "{\"key\":\"lang\"}")
        .delete(table("settings") + "/rows")
        .then()
        .statusCode(204);
    as("write")
        .queryParam("key", "{\"id\":" + id + "}")
        .delete(table("customers") + "/rows")
        .then()
        .statusCode(204);
    as("write")
        .queryParam("key", "{\"id\":" + id + "}")
        .delete(table("customers") + "/rows")
        .then()
        .statusCode(404);
    as("write")
        .body("{\"values\":{\"customer_id\":999999}}")
        .post(table("orders") + "/rows")
        .then()
        .statusCode(422)
        .body("code", equalTo("TARGET_QUERY_FAILED"))
        .body("detail", containsString("foreign key constraint fails"));
    as("write")
        .body("{\"values\":{\"customer_id\":1,\"status\":\"lost\"}}")
        .post(table("orders") + "/rows")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("values.status"));
    assertThat(count("customers")).isEqualTo(5);
  }

  @Test
  void theRelatedViewFollowsCompositeForeignKeys() {
    JsonPath item =
        as("read")
            .queryParam("key", "{\"order_id\":1,\"line_no\":1}")
            .get(table("order_items") + "/related")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(item.getString("parents.find { it.table == '" + DATABASE + ".orders' }.row.status"))
        .isEqualTo("paid");
    assertThat(item.getList("children[0].rows.carrier")).containsExactly("dhl");
    JsonPath order =
        as("read")
            .queryParam("key", "{\"id\":\"1\"}")
            .get(table("orders") + "/related")
            .then()
            .statusCode(200)
            .body("parents", hasSize(1))
            .extract()
            .jsonPath();
    assertThat(order.getString("parents[0].row.email")).isEqualTo("ann@example.com");
    assertThat(order.getList("children[0].rows.line_no")).containsExactly(1, 2);
  }

  @Test
  void backticksAndQuotesInNamesAreRefused() {
    long customers = count("customers");
    for (String name :
        List.of("`x`", "id` OR 1=1 #", "email`; DROP TABLE customers; #", "id\" OR 1=1 --")) {
      as("read")
          .queryParam("sort", name)
          .get(table("customers") + "/rows")
          .then()
          .statusCode(400)
          .body("errors.field", hasItem("sort"));
      as("read")
          .queryParam("filter", name + ":eq:1")
          .get(table("customers") + "/rows")
          .then()
          .statusCode(400)
          .body("errors.field", hasItem("filter"));
      as("write")
          .body(Map.of("values", Map.of(name, "x")))
          .post(table("customers") + "/rows")
          .then()
          .statusCode(400)
          .body("errors.field", hasItem("values." + name));
      as("write")
          .body(Map.of("key", Map.of(name, 1), "values", Map.of("first_name", "x")))
          .patch(table("customers") + "/rows")
          .then()
          .statusCode(400)
          .body("errors.field", hasItem("key"));
      as("read")
          .get("/api/projects/{p}/data/{c}/tables/{t}/rows", PROJECT, shop(), DATABASE + "." + name)
          .then()
          .statusCode(400)
          .body("errors.field", hasItem("table"));
    }
    as("read")
        .queryParam("filter", "email:eq:x' OR '1'='1")
        .queryParam("filter", "last_name:like:%\\' OR 1=1 #")
        .get(table("customers") + "/rows")
        .then()
        .statusCode(200)
        .body("rows", hasSize(0));
    assertThat(count("customers")).isEqualTo(customers);
    assertThat(count("order_items")).isEqualTo(4);
  }
}
