package dev.kythera.introspection.domain.diff;

import static dev.kythera.introspection.domain.TestSchemas.table;

import dev.kythera.introspection.domain.TestSchemas;
import dev.kythera.introspection.domain.TestSchemas.TableBuilder;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.EnumType;
import dev.kythera.kernel.schema.ForeignKey;
import dev.kythera.kernel.schema.Identity;
import dev.kythera.kernel.schema.Index;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.ReferentialAction;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Sequence;
import dev.kythera.kernel.schema.Table;
import dev.kythera.kernel.schema.TableKind;
import dev.kythera.kernel.schema.TypeCategory;
import java.util.ArrayList;
import java.util.List;

/**
 * Canonical models for diff, migration and docs tests: the PostgreSQL "shop" fixture as the
 * connector reads it, and a small before/after pair that exercises every kind of migration step.
 */
public final class ShopModel {
  public static final EnumType ORDER_STATUS =
      new EnumType(
          new QualifiedName("public", "order_status"),
          List.of("pending", "paid", "shipped", "cancelled"));

  private ShopModel() {}

  public static Column column(
      String name,
      String type,
      TypeCategory category,
      boolean nullable,
      String defaultValue,
      Identity identity,
      String generated) {
    return new Column(
        name,
        0,
        type,
        category,
        null,
        null,
        null,
        nullable,
        defaultValue,
        identity,
        generated,
        null,
        null);
  }

  public static Column enumColumn(
      String name, EnumType type, boolean nullable, String defaultValue) {
    return new Column(
        name,
        0,
        type.name().name(),
        TypeCategory.ENUM,
        null,
        null,
        null,
        nullable,
        defaultValue,
        Identity.NONE,
        null,
        type.values(),
        null);
  }

  public static ForeignKey foreignKey(
      String name,
      List<String> columns,
      String parent,
      List<String> refColumns,
      ReferentialAction onDelete) {
    return new ForeignKey(
        name,
        columns,
        TestSchemas.name(parent),
        refColumns,
        onDelete,
        ReferentialAction.NO_ACTION,
        false,
        false);
  }

  public static Index index(String name, List<String> columns, boolean unique, String predicate) {
    return new Index(name, columns, unique, false, predicate, "btree", 8192L, null);
  }

  /** The shop fixture (postgresql.sql) roughly as the PostgreSQL connector reads it. */
  public static SchemaModel shop() {
    List<TableBuilder> builders = new ArrayList<>();
    builders.add(
        table("countries")
            .column(
                column("code", "character(2)", TypeCategory.TEXT, false, null, Identity.NONE, null))
            .text("name", 80, false)
            .primaryKey("code")
            .unique("name")
            .index(index("countries_name_key", List.of("name"), true, null))
            .comment("ISO 3166 countries (lookup)"));
    builders.add(
        table("customers")
            .id()
            .text("email", 254, false)
            .columnComment("email", "Login and contact address")
            .text("first_name", 60, false)
            .text("last_name", 60, false)
            .column(
                column(
                    "country_code",
                    "character(2)",
                    TypeCategory.TEXT,
                    true,
                    null,
                    Identity.NONE,
                    null))
            .bigint("referred_by", true)
            .timestamp("created_at", false)
            .columnDefault("created_at", "now()")
            .column(
                column(
                    "full_name",
                    "text",
                    TypeCategory.TEXT,
                    true,
                    null,
                    Identity.NONE,
                    "(((first_name)::text || ' '::text) || (last_name)::text)"))
            .unique("email")
            .foreignKey("countries", List.of("country_code"), List.of("code"))
            .foreignKey(
                foreignKey(
                    "customers_referred_by_fkey",
                    List.of("referred_by"),
                    "customers",
                    List.of("id"),
                    ReferentialAction.SET_NULL))
            .index(
                index("customers_lower_email_idx", List.of("lower((email)::text)"), false, null)));
    builders.add(
        table("orders")
            .column(
                column("id", "bigint", TypeCategory.INTEGER, false, null, Identity.ALWAYS, null))
            .primaryKey("id")
            .bigint("customer_id", false)
            .column(enumColumn("status", ORDER_STATUS, false, "'pending'::order_status"))
            .timestamp("ordered_at", false)
            .columnDefault("ordered_at", "now()")
            .timestamp("shipped_at", true)
            .foreignKey("customers", "customer_id")
            .check("orders_check", "((shipped_at IS NULL) OR (shipped_at >= ordered_at))")
            .index(
                index(
                    "orders_open_idx",
                    List.of("customer_id"),
                    false,
                    "(status = ANY (ARRAY['pending'::order_status, 'paid'::order_status]))")));
    builders.add(
        table("order_items")
            .bigint("order_id", false)
            .integer("line_no", false)
            .integer("quantity", false)
            .column(
                column(
                    "unit_price",
                    "numeric(10,2)",
                    TypeCategory.DECIMAL,
                    false,
                    null,
                    Identity.NONE,
                    null))
            .primaryKey("order_id", "line_no")
            .foreignKey(
                foreignKey(
                    "order_items_order_id_fkey",
                    List.of("order_id"),
                    "orders",
                    List.of("id"),
                    ReferentialAction.CASCADE))
            .check("order_items_quantity_check", "((quantity >= 1) AND (quantity <= 1000))"));
    builders.add(
        table("shipments")
            .column(
                column(
                    "id",
                    "integer",
                    TypeCategory.INTEGER,
                    false,
                    "nextval('shipments_id_seq'::regclass)",
                    Identity.AUTO_INCREMENT,
                    null))
            .primaryKey("id")
            .bigint("order_id", false)
            .integer("line_no", false)
            .text("carrier", 40, false)
            .columnDefault("carrier", "'post'::character varying")
            .foreignKey(
                foreignKey(
                    "shipments_order_id_line_no_fkey",
                    List.of("order_id", "line_no"),
                    "order_items",
                    List.of("order_id", "line_no"),
                    ReferentialAction.CASCADE)));
    builders.add(
        table("departments")
            .id()
            .text("name", 80, false)
            .bigint("manager_id", true)
            .unique("name")
            .foreignKey(
                new ForeignKey(
                    "departments_manager_fk",
                    List.of("manager_id"),
                    TestSchemas.name("employees"),
                    List.of("id"),
                    ReferentialAction.NO_ACTION,
                    ReferentialAction.NO_ACTION,
                    true,
                    true)));
    builders.add(
        table("employees")
            .id()
            .bigint("department_id", false)
            .bigint("manager_id", true)
            .foreignKey("departments", "department_id")
            .foreignKey("employees", "manager_id"));
    List<Table> tables = new ArrayList<>(builders.stream().map(TableBuilder::build).toList());
    tables.add(
        view(
            "customer_orders",
            "SELECT c.id AS customer_id, c.email, count(o.id) AS order_count"
                + " FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id, c.email;"));
    List<Sequence> sequences =
        List.of(
            new Sequence(
                new QualifiedName("public", "shipments_id_seq"),
                "integer",
                3L,
                2147483647L,
                1,
                "public.shipments.id"),
            new Sequence(
                new QualifiedName("public", "invoice_no"), "bigint", null, 9999999L, 1, null));
    return new SchemaModel(
        "postgresql", "15.20", "shop", List.of("public"), tables, List.of(ORDER_STATUS), sequences);
  }

  private static Column numbered(int position, Column c) {
    return new Column(
        c.name(),
        position,
        c.dataType(),
        c.category(),
        c.length(),
        c.precision(),
        c.scale(),
        c.nullable(),
        c.defaultValue(),
        c.identity(),
        c.generated(),
        c.enumValues(),
        c.comment());
  }

  public static Table view(String name, String definition) {
    return new Table(
        TestSchemas.name(name),
        TableKind.VIEW,
        List.of(
            numbered(
                1, column("customer_id", "bigint", TypeCategory.INTEGER, true, null, null, null)),
            numbered(
                2,
                column(
                    "email", "character varying(254)", TypeCategory.TEXT, true, null, null, null))),
        null,
        null,
        null,
        null,
        null,
        null,
        -1,
        -1,
        definition,
        null);
  }

  /**
   * Before: the shape a migration starts from (engine-neutral SQL, runs on PostgreSQL and MariaDB).
   */
  public static SchemaModel before() {
    EnumType status =
        new EnumType(new QualifiedName("public", "order_status"), List.of("pending", "paid"));
    return TestSchemas.model(
        List.of(status),
        List.of(),
        table("customers")
            .id()
            .text("email", 100, false)
            .text("name", 60, true)
            .text("legacy_code", 10, true)
            .unique("email"),
        table("orders")
            .id()
            .bigint("customer_id", false)
            .column(enumColumn("status", status, false, "'pending'::order_status"))
            .text("note", 200, true)
            .foreignKey("customers", "customer_id")
            .index("orders_note_idx", false, "note"),
        table("legacy_log")
            .id()
            .column(column("message", "text", TypeCategory.TEXT, true, null, Identity.NONE, null)));
  }

  /** After: columns widened, tightened, added and dropped; a table added and one dropped; more. */
  public static SchemaModel after() {
    EnumType status =
        new EnumType(
            new QualifiedName("public", "order_status"), List.of("pending", "paid", "shipped"));
    return TestSchemas.model(
        List.of(status),
        List.of(),
        table("customers")
            .id()
            .text("email", 254, false)
            .text("name", 60, false)
            .columnDefault("name", "'anon'::character varying")
            .text("phone", 30, true)
            .unique("email")
            .check("customers_email_check", "email LIKE '%@%'"),
        table("orders")
            .id()
            .bigint("customer_id", false)
            .column(enumColumn("status", status, false, "'pending'::order_status"))
            .column(column("note", "text", TypeCategory.TEXT, true, null, Identity.NONE, null))
            .foreignKey(
                foreignKey(
                    "orders_customer_id_fkey",
                    List.of("customer_id"),
                    "customers",
                    List.of("id"),
                    ReferentialAction.CASCADE))
            .index(
                index(
                    "orders_status_idx",
                    List.of("customer_id", "status"),
                    false,
                    "status <> 'paid'")),
        table("order_notes")
            .id()
            .bigint("order_id", false)
            .column(column("body", "text", TypeCategory.TEXT, false, null, Identity.NONE, null))
            .timestamp("created_at", false)
            .columnDefault("created_at", "now()")
            .foreignKey(
                foreignKey(
                    "order_notes_order_id_fkey",
                    List.of("order_id"),
                    "orders",
                    List.of("id"),
                    ReferentialAction.CASCADE))
            .index("order_notes_order_id_idx", false, "order_id"));
  }
}
