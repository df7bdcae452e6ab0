package dev.kythera.generation.domain.seed;

import dev.kythera.generation.domain.seed.check.ColumnRules;
import dev.kythera.generation.domain.seed.planner.SeedPlanner;
import dev.kythera.generation.domain.seed.row.RowStream;
import dev.kythera.generation.domain.seed.row.SeedRun;
import dev.kythera.generation.domain.seed.value.Cell;
import dev.kythera.generation.domain.seed.value.ColumnGenerator;
import dev.kythera.generation.domain.seed.value.FakerSource;
import dev.kythera.generation.domain.seed.value.GeneratorContext;
import dev.kythera.generation.domain.seed.value.ValueGenerators;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.Identity;
import dev.kythera.kernel.schema.TypeCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;

/**
 * Prints values per second of each generator kind, rows per second of whole tables, and, for
 * comparison, raw Datafaker calls. Not a test: the bench command runs it ({@code java -cp ...
 * GenerationSpeed [millisPerMeasure]}). Single thread; JIT-warmed before each measure.
 */
public final class GenerationSpeed {
  private static final LocalDate ANCHOR = LocalDate.of(2025, 6, 1);
  private static long sink;

  private GenerationSpeed() {}

  public static void main(String[] args) {
    long millis = args.length > 0 ? Long.parseLong(args[0]) : 700;
    // Datafaker loads its locale files and the JIT compiles the common path on first use
    warmUp(millis);
    System.out.printf("%-26s %15s%n", "generator", "values/s");
    kind("email (unique)", text(254), ValueKind.EMAIL, true, millis);
    for (ValueKind kind :
        List.of(
            ValueKind.FIRST_NAME,
            ValueKind.FULL_NAME,
            ValueKind.PHONE,
            ValueKind.STREET,
            ValueKind.CITY,
            ValueKind.IBAN,
            ValueKind.COMPANY,
            ValueKind.URL,
            ValueKind.PARAGRAPH)) {
      kind(kind.name().toLowerCase(Locale.ROOT), text(120), kind, false, millis);
    }
    kind("code (unique)", text(32), ValueKind.CODE, true, millis);
    kind("char(2) code (unique)", text(2), ValueKind.CODE, true, millis);
    kind(
        "integer",
        typed("integer", TypeCategory.INTEGER, null, null),
        ValueKind.INTEGER,
        false,
        millis);
    kind(
        "integer (unique)",
        typed("integer", TypeCategory.INTEGER, null, null),
        ValueKind.INTEGER,
        true,
        millis);
    kind(
        "money numeric(10,2)",
        typed("numeric(10,2)", TypeCategory.DECIMAL, 10, 2),
        ValueKind.MONEY,
        false,
        millis);
    kind(
        "timestamptz recent",
        typed("timestamp with time zone", TypeCategory.TIMESTAMP, null, null),
        ValueKind.RECENT,
        false,
        millis);
    kind(
        "date of birth",
        typed("date", TypeCategory.DATE, null, null),
        ValueKind.BIRTH_DATE,
        false,
        millis);
    kind(
        "boolean",
        typed("boolean", TypeCategory.BOOLEAN, null, null),
        ValueKind.BOOLEAN,
        false,
        millis);
    kind(
        "uuid (unique)",
        typed("uuid", TypeCategory.UUID, null, null),
        ValueKind.UUID,
        true,
        millis);
    kind("json", typed("jsonb", TypeCategory.JSON, null, null), ValueKind.JSON, false, millis);
    kind(
        "enum",
        new Column(
            "status",
            1,
            "order_status",
            TypeCategory.ENUM,
            null,
            null,
            null,
            false,
            null,
            Identity.NONE,
            null,
            List.of("pending", "paid", "shipped", "cancelled"),
            null),
        ValueKind.CHOICE,
        false,
        millis);
    raw("raw Datafaker cellPhone", faker -> faker.phoneNumber().cellPhone(), millis);
    raw("raw Datafaker email", faker -> faker.internet().emailAddress(), millis);
    System.out.printf("%n%-26s %15s %15s%n", "table", "rows/s", "values/s");
    table(
        "events (8 cols, FK)",
        StreamingTest.eventsSchema(),
        SeedRequest.of(1, TableRequest.rows("events", 2_000_000)),
        "events",
        millis);
    table(
        "orders (derived check)",
        ShopSchema.model(),
        SeedRequest.of(1, TableRequest.rows("orders", 2_000_000)),
        "orders",
        millis);
    table(
        "order_items (per parent)",
        ShopSchema.model(),
        SeedRequest.of(
            1,
            TableRequest.rows("orders", 500_000),
            TableRequest.perParent("order_items", "orders", 1, 5)),
        "order_items",
        millis);
    table(
        "shipments (composite FK)",
        ShopSchema.model(),
        SeedRequest.of(1, TableRequest.rows("shipments", 2_000_000)),
        "shipments",
        millis);
    System.out.println(sink == 42 ? "" : " ");
  }

  private static void warmUp(long millis) {
    java.io.PrintStream out = System.out;
    System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
    try {
      kind("warm-up", text(254), ValueKind.EMAIL, true, millis);
      kind("warm-up", text(120), ValueKind.FULL_NAME, false, millis);
    } finally {
      System.setOut(out);
    }
  }

  private static Column text(int length) {
    return new Column(
        "value",
        1,
        "character varying(" + length + ")",
        TypeCategory.TEXT,
        length,
        null,
        null,
        false,
        null,
        Identity.NONE,
        null,
        null,
        null);
  }

  private static Column typed(
      String type, TypeCategory category, Integer precision, Integer scale) {
    return new Column(
        "value",
        1,
        type,
        category,
        null,
        precision,
        scale,
        false,
        null,
        Identity.NONE,
        null,
        null,
        null);
  }

  private static void kind(
      String label, Column column, ValueKind kind, boolean unique, long millis) {
    ValueColumn value =
        new ValueColumn(
            column,
            kind,
            ColumnRules.NONE,
            unique ? new Uniqueness.Counter("k") : Uniqueness.NONE,
            0,
            null);
    ColumnGenerator generator =
        ValueGenerators.forColumn(
            value,
            new GeneratorContext(
                7, ANCHOR, "postgresql", new FakerSource(Locale.ENGLISH), name -> -1));
    Object[] row = new Object[1];
    measure(
        label,
        millis,
        n -> {
          Cell cell = new Cell(n, n, row);
          cell.randomFor(7);
          return generator.generate(cell);
        });
  }

  private static void raw(
      String label, java.util.function.Function<Faker, String> provider, long millis) {
    Faker faker = new Faker(Locale.ENGLISH, new Random(1));
    measure(label, millis, n -> provider.apply(faker));
  }

  private static void measure(
      String label, long millis, java.util.function.LongFunction<Object> work) {
    run(work, millis / 2);
    double perSecond = run(work, millis);
    System.out.printf("%-26s %,15.0f%n", label, perSecond);
  }

  private static double run(java.util.function.LongFunction<Object> work, long millis) {
    long start = System.nanoTime();
    long deadline = start + millis * 1_000_000L;
    long n = 0;
    while ((n & 1023) != 0 || System.nanoTime() < deadline) {
      sink += work.apply(n++).hashCode();
    }
    return n * 1e9 / (System.nanoTime() - start);
  }

  private static void table(
      String label,
      dev.kythera.kernel.schema.SchemaModel model,
      SeedRequest request,
      String table,
      long millis) {
    SeedPlan plan = new SeedPlanner().plan(model, request, SeedLimits.unlimited());
    RowStream warm = SeedRun.of(plan).rows(TestSchemas.name(table));
    long end = System.nanoTime() + millis * 500_000L;
    while (warm.hasNext() && System.nanoTime() < end) {
      sink += warm.next().length;
    }
    RowStream rows = SeedRun.of(plan).rows(TestSchemas.name(table));
    long start = System.nanoTime();
    long deadline = start + millis * 1_000_000L;
    while (rows.hasNext() && ((rows.position() & 1023) != 0 || System.nanoTime() < deadline)) {
      sink += rows.next().length;
    }
    double perSecond = rows.position() * 1e9 / (System.nanoTime() - start);
    System.out.printf(
        "%-26s %,15.0f %,15.0f%n", label, perSecond, perSecond * rows.columns().size());
  }
}
