package dev.kythera.generation.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.connectors.Engine;
import dev.kythera.generation.adapter.out.target.JdbcSeedTargets;
import dev.kythera.generation.application.port.out.SeedSession;
import dev.kythera.generation.application.service.TargetFixtures.Target;
import dev.kythera.generation.domain.seed.SeedLimits;
import dev.kythera.generation.domain.seed.SeedMode;
import dev.kythera.generation.domain.seed.SeedPlan;
import dev.kythera.generation.domain.seed.SeedRequest;
import dev.kythera.generation.domain.seed.TablePlan;
import dev.kythera.generation.domain.seed.TableRequest;
import dev.kythera.generation.domain.seed.planner.SeedPlanner;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.SchemaModel;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Seeds the fixture schema into real PostgreSQL, MariaDB and SQLite databases through the bulk
 * writers (COPY, LOAD DATA LOCAL INFILE, batched inserts) and proves the result with the integrity
 * check: every foreign key resolves, every key, UNIQUE, NOT NULL and CHECK holds.
 */
class SeedWritingTest {
  private static final LocalDate ANCHOR = LocalDate.of(2026, 1, 15);

  static SeedRequest shop(long seed) {
    return new SeedRequest(
        List.of(
            TableRequest.rows("countries", 20),
            TableRequest.rows("customers", 300),
            TableRequest.perParent("orders", "customers", 0, 3),
            TableRequest.perParent("order_items", "orders", 1, 4),
            TableRequest.rows("shipments", 150),
            TableRequest.rows("categories", 30),
            TableRequest.rows("products", 120),
            TableRequest.rows("tags", 40),
            TableRequest.rows("product_tags", 400),
            TableRequest.rows("departments", 8),
            TableRequest.rows("employees", 120),
            TableRequest.rows("audit_log", 50),
            TableRequest.rows("settings", 30)),
        seed,
        "en",
        ANCHOR,
        true);
  }

  private static SeedExecution.Outcome seed(
      Target target, SeedPlan plan, SchemaModel model, SeedMode mode, JdbcSeedTargets targets)
      throws SQLException {
    try (SeedSession session = targets.open(target.descriptor())) {
      SeedExecution.Outcome outcome =
          new SeedExecution(plan, model, session, (fraction, message) -> true).run(mode, true);
      session.commit();
      return outcome;
    }
  }

  private static SeedExecution.Outcome seed(Target target, SeedMode mode, long seed)
      throws SQLException {
    SchemaModel model = target.model();
    return seed(
        target,
        new SeedPlanner().plan(model, shop(seed), SeedLimits.unlimited()),
        model,
        mode,
        targets());
  }

  private static JdbcSeedTargets targets() {
    return new JdbcSeedTargets(10, true);
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void theWholeFixtureIsSeededAndEveryConstraintHolds(Engine engine) throws SQLException {
    Target target = TargetFixtures.create(engine);
    try {
      SchemaModel model = target.model();
      SeedPlan plan = new SeedPlanner().plan(model, shop(7), SeedLimits.unlimited());

      SeedExecution.Outcome outcome = seed(target, plan, model, SeedMode.TRUNCATE, targets());

      assertThat(outcome.stopped()).isFalse();
      assertThat(outcome.integrity().passed()).as(outcome.integrity().toString()).isTrue();
      assertThat(outcome.integrity().checked()).isGreaterThan(40);
      assertThat(outcome.rows()).isEqualTo(plan.totalRows());
      for (TablePlan table : plan.tables()) {
        assertThat(count(target, table.table()))
            .as(table.table().toString())
            .isEqualTo(table.rows());
      }
      // the self-reference and the cycle were closed after the inserts
      assertThat(scalar(target, "SELECT COUNT(*) FROM employees WHERE manager_id IS NOT NULL"))
          .isPositive();
      assertThat(scalar(target, "SELECT COUNT(*) FROM departments WHERE manager_id IS NOT NULL"))
          .isPositive();
    } finally {
      target.drop();
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void theSameSeedWritesTheSameRows(Engine engine) throws SQLException {
    Target first = TargetFixtures.create(engine);
    Target second = TargetFixtures.create(engine);
    try {
      // each database its own snapshot: on MySQL a table is qualified by its database
      seed(first, SeedMode.TRUNCATE, 11);
      seed(second, SeedMode.TRUNCATE, 11);
      String customers =
          "SELECT id, email, first_name, last_name, country_code, referred_by FROM customers ORDER BY id";
      String items =
          "SELECT order_id, line_no, product_id, quantity FROM order_items ORDER BY order_id, line_no";
      assertThat(dump(second, customers)).isEqualTo(dump(first, customers)).hasSize(300);
      assertThat(dump(second, items)).isEqualTo(dump(first, items));

      Target other = TargetFixtures.create(engine);
      try {
        seed(other, SeedMode.TRUNCATE, 12);
        assertThat(dump(other, customers)).isNotEqualTo(dump(first, customers));
      } finally {
        other.drop();
      }
    } finally {
      first.drop();
      second.drop();
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void appendAddsRowsWhoseUniquesAndKeysStillHold(Engine engine) throws SQLException {
    Target target = TargetFixtures.create(engine);
    try {
      SchemaModel model = target.model();
      SeedPlan plan = new SeedPlanner().plan(model, shop(3), SeedLimits.unlimited());
      seed(target, plan, model, SeedMode.TRUNCATE, targets());

      SeedExecution.Outcome again = seed(target, plan, model, SeedMode.APPEND, targets());

      assertThat(again.integrity().passed()).as(again.integrity().toString()).isTrue();
      QualifiedName customers =
          plan.tables().stream()
              .map(TablePlan::table)
              .filter(t -> t.name().equals("customers"))
              .findFirst()
              .orElseThrow();
      assertThat(count(target, customers)).isEqualTo(2 * plan.require(customers).rows());
    } finally {
      target.drop();
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aCancelledRunRollsBackToWhatWasThere(Engine engine) throws SQLException {
    Target target = TargetFixtures.create(engine);
    try {
      SchemaModel model = target.model();
      SeedPlan plan = new SeedPlanner().plan(model, shop(5), SeedLimits.unlimited());
      seed(target, plan, model, SeedMode.TRUNCATE, targets());
      Map<String, Long> before = counts(target, plan);

      AtomicInteger calls = new AtomicInteger();
      try (SeedSession session = targets().open(target.descriptor())) {
        SeedExecution.Outcome outcome =
            new SeedExecution(
                    plan, model, session, (fraction, message) -> calls.incrementAndGet() < 8)
                .run(SeedMode.TRUNCATE, true);
        assertThat(outcome.stopped()).isTrue();
        session.rollback();
      }

      assertThat(counts(target, plan)).isEqualTo(before);
    } finally {
      target.drop();
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void childrenOfExistingParentsPointAtTheRowsAlreadyThere(Engine engine) throws SQLException {
    Target target = TargetFixtures.create(engine);
    try {
      seed(target, SeedMode.TRUNCATE, 13);
      long customers = scalar(target, "SELECT COUNT(*) FROM customers");
      if (engine != Engine.SQLITE) {
        target.execute(engine == Engine.MYSQL ? "ANALYZE TABLE customers" : "ANALYZE customers");
      }
      // a snapshot taken now, as a user would have: it knows the parents have rows
      SchemaModel model = target.model();
      SeedPlan orders =
          new SeedPlanner()
              .plan(
                  model,
                  new SeedRequest(List.of(TableRequest.rows("orders", 500)), 21, "en", ANCHOR, true)
                      .withExistingParents(),
                  SeedLimits.unlimited());
      assertThat(orders.tables()).hasSize(1);

      SeedExecution.Outcome outcome = seed(target, orders, model, SeedMode.APPEND, targets());

      assertThat(outcome.integrity().passed()).as(outcome.integrity().toString()).isTrue();
      assertThat(scalar(target, "SELECT COUNT(DISTINCT customer_id) FROM orders"))
          .isGreaterThan(customers / 4);
      assertThat(scalar(target, "SELECT COUNT(*) FROM customers")).isEqualTo(customers);
    } finally {
      target.drop();
    }
  }

  @Test
  void mysqlWithoutLocalInfileUsesBatchedInserts() throws SQLException {
    Target target = TargetFixtures.create(Engine.MYSQL);
    try {
      SchemaModel model = target.model();
      SeedPlan plan = new SeedPlanner().plan(model, shop(9), SeedLimits.unlimited());

      SeedExecution.Outcome outcome =
          seed(target, plan, model, SeedMode.TRUNCATE, new JdbcSeedTargets(10, false));

      assertThat(outcome.integrity().passed()).isTrue();
      assertThat(outcome.rows()).isEqualTo(plan.totalRows());
    } finally {
      target.drop();
    }
  }

  private static Map<String, Long> counts(Target target, SeedPlan plan) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (TablePlan table : plan.tables()) {
      counts.put(table.table().toString(), count(target, table.table()));
    }
    return counts;
  }

  private static long count(Target target, QualifiedName table) throws SQLException {
    return scalar(target, "SELECT COUNT(*) FROM " + table.name());
  }

  private static long scalar(Target target, String sql) throws SQLException {
    try (Connection connection = target.open();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  private static List<String> dump(Target target, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = target.open();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(result.getString(i)).append('|');
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }
}
