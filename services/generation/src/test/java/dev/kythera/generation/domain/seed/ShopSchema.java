package dev.kythera.generation.domain.seed;

import static dev.kythera.generation.domain.seed.TestSchemas.table;

import dev.kythera.generation.domain.seed.TestSchemas.TableBuilder;
import dev.kythera.kernel.schema.EnumType;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.SchemaModel;
import java.util.List;

/**
 * The connectors' fixture schema ("shop", PostgreSQL flavour) as a model: composite keys, a
 * self-reference, the departments/employees cycle, a composite foreign key, checks and an enum.
 */
final class ShopSchema {
  static final List<String> STATUSES = List.of("pending", "paid", "shipped", "cancelled");

  private ShopSchema() {}

  static SchemaModel model() {
    return model("public", "postgresql");
  }

  /** The same schema under another schema name and engine (MySQL uses the database name). */
  static SchemaModel model(String schema, String engine) {
    return TestSchemas.model(
        engine,
        List.of(new EnumType(new QualifiedName(schema, "order_status"), STATUSES)),
        List.of(),
        tables(schema));
  }

  static QualifiedName name(String table) {
    return new QualifiedName("public", table);
  }

  private static TableBuilder[] tables(String schema) {
    String p = schema + ".";
    return new TableBuilder[] {
      table(p + "countries")
          .character("code", 2, false)
          .text("name", 80, false)
          .primaryKey("code")
          .unique("name"),
      table(p + "customers")
          .id()
          .text("email", 254, false)
          .text("first_name", 60, false)
          .text("last_name", 60, false)
          .character("country_code", 2, true)
          .bigint("referred_by", true)
          .timestamp("created_at", false)
          .columnDefault("created_at", "now()")
          .generated("full_name", "((first_name || ' ') || last_name)")
          .unique("email")
          .foreignKey(p + "countries", List.of("country_code"), List.of("code"))
          .foreignKey(p + "customers", "referred_by"),
      table(p + "categories")
          .serial("id")
          .integer("parent_id", true)
          .text("name", 80, false)
          .unique("parent_id", "name")
          .foreignKey(p + "categories", "parent_id"),
      table(p + "products")
          .serial("id")
          .text("sku", 32, false)
          .text("name", 120, false)
          .integer("category_id", false)
          .numeric("price", 10, 2, false)
          .bool("active", false)
          .columnDefault("active", "true")
          .unique("sku")
          .foreignKey(p + "categories", "category_id")
          .check("products_price_check", "CHECK (price >= 0::numeric)"),
      table(p + "tags").serial("id").text("label", 40, false).unique("label"),
      table(p + "product_tags")
          .integer("product_id", false)
          .integer("tag_id", false)
          .primaryKey("product_id", "tag_id")
          .foreignKey(p + "products", "product_id")
          .foreignKey(p + "tags", "tag_id"),
      table(p + "orders")
          .identityAlways("id")
          .bigint("customer_id", false)
          .enumeration("status", "order_status", STATUSES, false)
          .columnDefault("status", "'pending'::order_status")
          .timestamp("ordered_at", false)
          .columnDefault("ordered_at", "now()")
          .timestamp("shipped_at", true)
          .foreignKey(p + "customers", "customer_id")
          .check("orders_check", "CHECK (shipped_at IS NULL OR shipped_at >= ordered_at)"),
      table(p + "order_items")
          .bigint("order_id", false)
          .integer("line_no", false)
          .integer("product_id", false)
          .integer("quantity", false)
          .numeric("unit_price", 10, 2, false)
          .primaryKey("order_id", "line_no")
          .foreignKey(p + "orders", "order_id")
          .foreignKey(p + "products", "product_id")
          .check("order_items_quantity_check", "quantity BETWEEN 1 AND 1000"),
      table(p + "shipments")
          .serial("id")
          .bigint("order_id", false)
          .integer("line_no", false)
          .text("carrier", 40, false)
          .columnDefault("carrier", "'post'::character varying")
          .foreignKey(
              "shipments_order_id_line_no_fkey",
              p + "order_items",
              List.of("order_id", "line_no"),
              List.of("order_id", "line_no"),
              false),
      table(p + "departments")
          .serial("id")
          .text("name", 80, false)
          .integer("manager_id", true)
          .unique("name")
          .foreignKey(
              "departments_manager_fk",
              p + "employees",
              List.of("manager_id"),
              List.of("id"),
              true),
      table(p + "employees")
          .serial("id")
          .integer("department_id", false)
          .integer("manager_id", true)
          .text("email", 254, false)
          .date("hired_on", false)
          .date("left_on", true)
          .unique("email")
          .foreignKey(p + "departments", "department_id")
          .foreignKey(p + "employees", "manager_id")
          .check("employees_check", "CHECK (left_on IS NULL OR left_on > hired_on)"),
      table(p + "audit_log")
          .id()
          .timestamp("happened_at", false)
          .columnDefault("happened_at", "now()")
          .text("actor", 254, true)
          .text("action", 40, false)
          .json("payload", true),
      table(p + "settings").text("key", 60, false).text("value", false).primaryKey("key"),
      table(p + "customer_orders").view().bigint("customer_id", true).text("email", 254, true)
    };
  }
}
