package dev.kythera.generation.adapter.out.target;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.connectors.Engine;
import dev.kythera.generation.application.service.TargetFixtures;
import dev.kythera.generation.application.service.TargetFixtures.Target;
import dev.kythera.generation.domain.seed.integrity.IntegrityCheckKind;
import dev.kythera.generation.domain.seed.integrity.IntegrityReport;
import dev.kythera.generation.domain.seed.integrity.IntegrityViolation;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.SchemaModel;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The integrity check finds what the engine let through: rows written with foreign key and CHECK
 * enforcement switched off (MariaDB's session switches, SQLite's pragma) are reported by
 * constraint, and a clean table passes.
 */
class IntegrityCheckTest {

  @ParameterizedTest
  @EnumSource(
      value = Engine.class,
      names = {"MYSQL", "SQLITE"})
  void rowsThatBreakAForeignKeyOrACheckAreReported(Engine engine) throws SQLException {
    Target target = TargetFixtures.create(engine);
    try (Connection connection = target.open();
        Statement statement = connection.createStatement()) {
      SchemaModel model = target.model();
      QualifiedName products =
          model.tables().stream()
              .map(table -> table.name())
              .filter(name -> name.name().equals("products"))
              .findFirst()
              .orElseThrow();
      IntegrityCheck check = new IntegrityCheck(connection, TargetSql.of(engine));
      assertThat(check.verify(model, List.of(products)).passed()).isTrue();

      if (engine == Engine.MYSQL) {
        statement.execute("SET SESSION FOREIGN_KEY_CHECKS = 0");
        statement.execute("SET SESSION check_constraint_checks = 0");
      } else {
        statement.execute("PRAGMA foreign_keys = OFF");
        statement.execute("PRAGMA ignore_check_constraints = ON");
      }
      statement.execute(
          "INSERT INTO products (sku, name, category_id, price, active)"
              + " VALUES ('sku-1', 'orphan', 424242, -5, true)");

      IntegrityReport report = check.verify(model, List.of(products));

      assertThat(report.passed()).isFalse();
      assertThat(report.violations())
          .extracting(
              IntegrityViolation::kind, IntegrityViolation::constraint, IntegrityViolation::rows)
          .contains(
              org.assertj.core.groups.Tuple.tuple(
                  IntegrityCheckKind.FOREIGN_KEY, "products_category_id_fkey", 1L),
              org.assertj.core.groups.Tuple.tuple(
                  IntegrityCheckKind.CHECK, "products_price_check", 1L));
    } finally {
      target.drop();
    }
  }
}
