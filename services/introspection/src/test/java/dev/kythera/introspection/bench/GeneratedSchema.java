package dev.kythera.introspection.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark schema: N tables of 10 columns, each with a primary key, one or two foreign keys to
 * earlier tables and one secondary index — the shape the issue asks to measure.
 */
final class GeneratedSchema {
  private GeneratedSchema() {}

  /** DDL statements for {@code tables} tables; {@code postgres} picks the dialect. */
  static List<String> statements(int tables, boolean postgres) {
    List<String> ddl = new ArrayList<>();
    String money = "numeric(10,2)";
    String stamp = postgres ? "timestamptz" : "datetime";
    for (int i = 1; i <= tables; i++) {
      StringBuilder sql = new StringBuilder();
      sql.append("CREATE TABLE t")
          .append(i)
          .append(" (")
          .append("id bigint NOT NULL PRIMARY KEY, ")
          .append("ref_a bigint")
          .append(i > 1 ? " REFERENCES t" + (i - 1) + " (id)" : "")
          .append(", ref_b bigint")
          .append(i % 2 == 0 ? " REFERENCES t" + Math.max(1, i / 3) + " (id)" : "")
          .append(", name varchar(80) NOT NULL, email varchar(254), amount ")
          .append(money)
          .append(", qty integer, created_at ")
          .append(stamp)
          .append(", active boolean, note text)");
      ddl.add(sql.toString());
      ddl.add("CREATE INDEX t" + i + "_name_idx ON t" + i + " (name)");
    }
    return ddl;
  }
}
