package dev.kythera.generation.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.connectors.Engine;
import dev.kythera.generation.application.service.TargetFixtures;
import dev.kythera.generation.application.service.TargetFixtures.Target;
import dev.kythera.generation.domain.seed.SeedLimits;
import dev.kythera.generation.domain.seed.SeedMode;
import dev.kythera.generation.domain.seed.SeedPlan;
import dev.kythera.generation.domain.seed.SeedRequest;
import dev.kythera.generation.domain.seed.TablePlan;
import dev.kythera.generation.domain.seed.TableRequest;
import dev.kythera.generation.domain.seed.planner.SeedPlanner;
import dev.kythera.generation.domain.seed.row.ParentKeys;
import dev.kythera.generation.domain.seed.row.RowStream;
import dev.kythera.generation.domain.seed.row.SeedRun;
import dev.kythera.kernel.schema.Column;
import dev.kythera.kernel.schema.QualifiedName;
import dev.kythera.kernel.schema.SchemaModel;
import dev.kythera.kernel.schema.Table;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code ./kythera bench seed [rows] [heap rows]}: seeding through the real writers next to the
 * engines' own bulk loads of the same pre-generated rows, on the local PostgreSQL and MariaDB, in
 * one run:
 *
 * <ol>
 *   <li>PostgreSQL, an 8-column {@code orders} table with a primary key and a foreign key to
 *       pre-seeded customers: plan + generate + COPY through {@code SeedExecution} and commit, vs
 *       {@code psql \copy} of the same rows from a file;
 *   <li>the fixture schema (13 tables, FK cycle, self-references, composite keys) scaled to about
 *       {@code graph rows} in total, vs {@code psql -1}: {@code \copy} of every table with its
 *       foreign keys dropped, then {@code ADD CONSTRAINT} of each;
 *   <li>MariaDB, the same {@code orders} table: LOAD DATA LOCAL INFILE streamed from the generator
 *       vs the {@code mariadb} client's LOAD DATA LOCAL INFILE of the same rows;
 *   <li>generation alone (single thread, no writing) and with the COPY encoding;
 *   <li>heap while seeding {@code heap rows} orders in a JVM with {@code -Xmx256m}.
 * </ol>
 *
 * The raw files are the rows our own run wrote, read back ({@code COPY ... TO}, SELECT), so both
 * sides load the same data. Each measure is the median of {@code bench.runs} runs, after a
 * checkpoint. Not a test (the name does not match Surefire's patterns, so {@code mvn verify} never
 * runs it); prints Markdown tables and writes them to {@code target/bench/seed.md}.
 */
class SeedBenchmark {
  private static final long ROWS = Long.getLong("bench.rows", 1_000_000);
  private static final long GRAPH_ROWS = Long.getLong("bench.graphRows", 1_000_000);
  private static final long HEAP_ROWS = Long.getLong("bench.heapRows", 10_000_000);
  private static final int RUNS = Integer.getInteger("bench.runs", 3);
  private static final Path OUT = Path.of("target/bench");

  private final Path data = OUT.resolve("data");
  private int foreignKeys;
  private String graphTables = "";
  private final Object[][] kept = new Object[1024][];

  /** One comparison: our seconds and the raw load's, per run. */
  record Ratio(
      String label,
      String workload,
      long rows,
      List<Double> ours,
      List<Double> raw,
      double target) {
    double oursRate() {
      return rows / median(ours);
    }

    double rawRate() {
      return rows / median(raw);
    }

    double ratio() {
      return oursRate() / rawRate();
    }
  }

  record Speed(String measure, double rowsPerSecond, int valuesPerRow) {}

  record HeapMark(long rows, long live, long maxAfterGc, long collections, double seconds) {}

  @Test
  void measure() throws Exception {
    String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    System.err.println("[bench] load average at start: " + load);
    Files.createDirectories(data);
    String classPath = isolateClasses();
    String header;
    List<Ratio> ratios = new ArrayList<>();
    List<Speed> speeds = new ArrayList<>();
    List<HeapMark> heap = List.of();
    String pgVersion;
    String mariaVersion;
    int valuesPerRow;
    try {
      // 1. PostgreSQL orders (and 4. generation alone, on its plan)
      Target pg = Databases.create(Engine.POSTGRESQL, Databases.POSTGRES_ORDERS);
      SchemaModel model;
      try {
        pgVersion = Databases.text(pg, "SHOW server_version").replaceAll(" .*", "");
        Seeding.seed(pg, pg.model(), Databases.customers(), SeedMode.TRUNCATE, false);
        pg.execute("ANALYZE customers");
        model = pg.model();
        ratios.add(postgresOrders(pg, model));
      } finally {
        pg.drop();
      }
      SeedPlan plan = plan(model, Databases.orders(ROWS));
      valuesPerRow = plan.require(table(plan, "orders")).columns().size();
      speeds.addAll(generation(plan));
      speeds.add(new Speed("PostgreSQL seeding (1. above, ours)", ratios.get(0).oursRate(), 0));
      speeds.add(new Speed("PostgreSQL `psql \\copy` (1. above, raw)", ratios.get(0).rawRate(), 0));

      // 2. the fixture schema as a whole FK graph
      ratios.addAll(graph());

      // 3. MariaDB orders
      Target maria = Databases.create(Engine.MYSQL, Databases.MARIADB_ORDERS);
      try {
        mariaVersion = Databases.text(maria, "SELECT VERSION()").replaceAll("-.*", "");
        Seeding.seed(maria, maria.model(), Databases.customers(), SeedMode.TRUNCATE, false);
        ratios.add(mariadbOrders(maria, maria.model()));
      } finally {
        maria.drop();
      }

      // 5. heap while seeding many rows in a small fixed heap
      if (HEAP_ROWS > 0) {
        heap = heap(classPath);
      }
    } finally {
      for (Path scratch : List.of(data, OUT.resolve("classes-copy"))) {
        try (Stream<Path> files = Files.walk(scratch)) {
          for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(file);
          }
        }
      }
    }
    header =
        String.format(
            Locale.ROOT,
            "Seed writing, measured %s on %d cores, load average %s at start; PostgreSQL %s,"
                + " MariaDB %s; median of %d runs per side (after one warm-up run of ours, a"
                + " CHECKPOINT before every PostgreSQL run).",
            LocalDate.now(),
            Runtime.getRuntime().availableProcessors(),
            load,
            pgVersion,
            mariaVersion,
            RUNS);
    String markdown = markdown(header, ratios, speeds, valuesPerRow, heap);
    System.out.println(markdown);
    Files.writeString(OUT.resolve("seed.md"), markdown);
  }

  // ------------------------------------------------------------------------------------------
  // 1. PostgreSQL, 8-column table with PK + FK
  // ------------------------------------------------------------------------------------------

  private Ratio postgresOrders(Target pg, SchemaModel model) throws Exception {
    SeedRequest request = Databases.orders(ROWS);
    SeedPlan plan = plan(model, request);
    List<String> columns = plan.require(table(plan, "orders")).columns();
    String list = quoted(columns);
    // warm-up run (JIT), proven by the integrity check; its rows are the raw load's file
    Seeding.Outcome warm = Seeding.seed(pg, model, request, SeedMode.APPEND, true);
    assertThat(warm.integrity().passed()).as(warm.integrity().toString()).isTrue();
    note("PostgreSQL orders warm-up (with integrity check)", warm.seconds());
    Path file = data.resolve("orders.pg.tsv");
    Databases.copyOut(pg, "COPY orders (" + list + ") TO STDOUT", file);
    List<Double> ours = new ArrayList<>();
    List<Double> raw = new ArrayList<>();
    for (int run = 0; run < RUNS; run++) {
      emptyOrders(pg);
      raw.add(
          note(
              "psql \\copy orders",
              Databases.psql(
                  pg, "-c", "\\copy orders (" + list + ") FROM '" + file.toAbsolutePath() + "'")));
      assertThat(Databases.count(pg, "orders")).isEqualTo(ROWS);
      emptyOrders(pg);
      ours.add(
          note(
              "seed orders (PostgreSQL)",
              Seeding.seed(pg, model, request, SeedMode.APPEND, false).seconds()));
      assertThat(Databases.count(pg, "orders")).isEqualTo(ROWS);
    }
    return new Ratio(
        "1. PostgreSQL orders",
        "PostgreSQL `orders` (8 columns, PK + FK to 100k pre-seeded customers): plan + generate +"
            + " COPY + commit vs `psql -c \"\\copy orders FROM file\"` of the same rows",
        ROWS,
        ours,
        raw,
        0.6);
  }

  private static void emptyOrders(Target pg) {
    pg.execute("TRUNCATE orders RESTART IDENTITY");
    pg.execute("CHECKPOINT");
  }

  // ------------------------------------------------------------------------------------------
  // 2. the fixture schema, ~1M rows over its FK graph
  // ------------------------------------------------------------------------------------------

  static SeedRequest graphRequest(long total) {
    // proportions of a shop; per-parent counts make orders and items follow their parents
    double f = total / 1_000_000.0;
    return new SeedRequest(
        List.of(
            TableRequest.rows("countries", 200),
            TableRequest.rows("customers", Math.round(80_000 * f)),
            TableRequest.perParent("orders", "customers", 0, 4),
            TableRequest.perParent("order_items", "orders", 1, 3),
            TableRequest.rows("shipments", Math.round(100_000 * f)),
            TableRequest.rows("categories", 1_000),
            TableRequest.rows("products", Math.round(50_000 * f)),
            TableRequest.rows("tags", 1_000),
            TableRequest.rows("product_tags", Math.round(200_000 * f)),
            TableRequest.rows("departments", 100),
            TableRequest.rows("employees", Math.round(40_000 * f)),
            TableRequest.rows("audit_log", Math.round(50_000 * f)),
            TableRequest.rows("settings", 1_000)),
        7,
        "en",
        Databases.ANCHOR,
        true);
  }

  private List<Ratio> graph() throws Exception {
    SeedRequest request = graphRequest(GRAPH_ROWS);
    // warm-up run, proven by the integrity check; its rows are the raw load's files
    List<String> copies = new ArrayList<>();
    long total;
    Target first = TargetFixtures.create(Engine.POSTGRESQL);
    try {
      SchemaModel model = first.model();
      SeedPlan plan = plan(model, request);
      total = plan.totalRows();
      graphTables =
          plan.tables().stream()
              .map(t -> String.format(Locale.ROOT, "%s %,d", t.table().name(), t.rows()))
              .collect(Collectors.joining(", "));
      Seeding.Outcome warm = Seeding.seed(first, model, request, SeedMode.TRUNCATE, true);
      assertThat(warm.integrity().passed()).as(warm.integrity().toString()).isTrue();
      note("fixture graph warm-up (with integrity check), " + total + " rows", warm.seconds());
      for (TablePlan tablePlan : plan.tables()) {
        Table table = model.table(tablePlan.table()).orElseThrow();
        String columns =
            quoted(
                table.columns().stream()
                    .filter(column -> column.generated() == null)
                    .map(Column::name)
                    .toList());
        String name = tablePlan.table().schema() + "." + tablePlan.table().name();
        Path file = data.resolve(name + ".tsv");
        Databases.copyOut(
            first,
            "COPY (SELECT "
                + columns
                + " FROM "
                + name
                + " ORDER BY "
                + quoted(table.primaryKey().columns())
                + ") TO STDOUT",
            file);
        copies.add("\\copy " + name + " (" + columns + ") FROM '" + file.toAbsolutePath() + "'");
      }
    } finally {
      first.drop();
    }
    List<Double> ours = new ArrayList<>();
    List<Double> raw = new ArrayList<>();
    List<Double> live = new ArrayList<>();
    for (int run = 0; run < RUNS; run++) {
      Target bare = TargetFixtures.create(Engine.POSTGRESQL);
      try {
        raw.add(note("psql -1: \\copy without FKs, then ADD CONSTRAINT", rawGraph(bare, copies)));
        assertThat(totalRows(bare, copies)).isEqualTo(total);
      } finally {
        bare.drop();
      }
      Target checked = TargetFixtures.create(Engine.POSTGRESQL);
      try {
        Path file = data.resolve("graph-live.sql");
        Files.write(file, copies);
        checked.execute("CHECKPOINT");
        live.add(
            note(
                "psql -1: \\copy with the FKs in place",
                Databases.psql(checked, "-1", "-f", file.toAbsolutePath().toString())));
        assertThat(totalRows(checked, copies)).isEqualTo(total);
      } finally {
        checked.drop();
      }
      Target target = TargetFixtures.create(Engine.POSTGRESQL);
      try {
        SchemaModel model = target.model();
        List<String> keys = foreignKeys(target);
        target.execute("CHECKPOINT");
        ours.add(
            note(
                "seed fixture graph",
                Seeding.seed(target, model, request, SeedMode.TRUNCATE, false).seconds()));
        assertThat(totalRows(target, copies)).isEqualTo(total);
        assertThat(foreignKeys(target))
            .as("the schema's foreign keys after seeding")
            .isEqualTo(keys);
      } finally {
        target.drop();
      }
    }
    return List.of(
        new Ratio(
            "2. PostgreSQL fixture graph",
            "PostgreSQL fixture schema, 13 tables (FK cycle, self-references, composite keys):"
                + " plan + generate + COPY + deferred FK updates + commit vs `psql -1`: `\\copy`"
                + " of every table without its FKs, then `ADD CONSTRAINT` of the "
                + foreignKeys
                + " FKs",
            total,
            ours,
            raw,
            0.5),
        new Ratio(
            "2b. PostgreSQL fixture graph, FKs live",
            "the same seeding vs `psql -1`: `\\copy` of every table in FK order with its FKs in"
                + " place (checked row by row, as ours are)",
            total,
            ours,
            live,
            Double.NaN));
  }

  /** Drops the foreign keys, then times one psql transaction: every COPY, then every FK back. */
  private double rawGraph(Target bare, List<String> copies) throws IOException {
    List<String[]> keys =
        Databases.rows(
            bare,
            "SELECT conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid)"
                + " FROM pg_constraint WHERE contype = 'f'"
                + " AND connamespace = 'public'::regnamespace ORDER BY 1, 2");
    foreignKeys = keys.size();
    List<String> script = new ArrayList<>(copies);
    for (String[] key : keys) {
      bare.execute("ALTER TABLE " + key[0] + " DROP CONSTRAINT " + key[1]);
      script.add("ALTER TABLE " + key[0] + " ADD CONSTRAINT " + key[1] + " " + key[2] + ";");
    }
    Path file = data.resolve("graph.sql");
    Files.write(file, script);
    bare.execute("CHECKPOINT");
    return Databases.psql(bare, "-1", "-f", file.toAbsolutePath().toString());
  }

  /** Every foreign key of the database as written in the catalog, with its validity. */
  private static List<String> foreignKeys(Target target) {
    return Databases.rows(
            target,
            "SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)"
                + " || ' ' || convalidated || ' ' || condeferrable || ' ' || condeferred"
                + " FROM pg_constraint WHERE contype = 'f' ORDER BY 1")
        .stream()
        .map(row -> row[0])
        .toList();
  }

  private static long totalRows(Target target, List<String> copies) {
    long total = 0;
    for (String copy : copies) {
      total += Databases.count(target, copy.split(" ")[1]);
    }
    return total;
  }

  // ------------------------------------------------------------------------------------------
  // 3. MariaDB, the same table
  // ------------------------------------------------------------------------------------------

  private Ratio mariadbOrders(Target maria, SchemaModel model) throws Exception {
    SeedRequest request = Databases.orders(ROWS);
    SeedPlan plan = plan(model, request);
    List<String> columns = plan.require(table(plan, "orders")).columns();
    String list = String.join(", ", columns.stream().map(c -> "`" + c + "`").toList());
    Seeding.Outcome warm = Seeding.seed(maria, model, request, SeedMode.APPEND, true);
    assertThat(warm.integrity().passed()).as(warm.integrity().toString()).isTrue();
    note("MariaDB orders warm-up (with integrity check)", warm.seconds());
    Path file = data.resolve("orders.mariadb.tsv").toAbsolutePath();
    Databases.dumpTsv(maria, "SELECT " + list + " FROM orders ORDER BY id", file);
    String load =
        "LOAD DATA LOCAL INFILE '"
            + file
            + "' INTO TABLE orders CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t'"
            + " ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' ("
            + list
            + ")";
    List<Double> ours = new ArrayList<>();
    List<Double> raw = new ArrayList<>();
    for (int run = 0; run < RUNS; run++) {
      maria.execute("TRUNCATE TABLE orders");
      raw.add(note("mariadb LOAD DATA LOCAL INFILE", Databases.mariadb(maria, load)));
      assertThat(Databases.count(maria, "orders")).isEqualTo(ROWS);
      maria.execute("TRUNCATE TABLE orders");
      ours.add(
          note(
              "seed orders (MariaDB)",
              Seeding.seed(maria, model, request, SeedMode.APPEND, false).seconds()));
      assertThat(Databases.count(maria, "orders")).isEqualTo(ROWS);
    }
    return new Ratio(
        "3. MariaDB orders",
        "MariaDB `orders` (same table, InnoDB): plan + generate + LOAD DATA LOCAL INFILE streamed"
            + " + commit vs `mariadb --local-infile=1 -e \"LOAD DATA LOCAL INFILE file\"` of the"
            + " same rows",
        ROWS,
        ours,
        raw,
        0.7);
  }

  // ------------------------------------------------------------------------------------------
  // 4. generation alone
  // ------------------------------------------------------------------------------------------

  private List<Speed> generation(SeedPlan plan) throws IOException {
    QualifiedName orders = table(plan, "orders");
    int values = plan.require(orders).columns().size();
    ParentKeys customers = ParentKeys.range(1, 1, Databases.CUSTOMERS);
    SeedRun run = SeedRun.of(plan).withExistingKeys((table, columns) -> customers);
    byte[] buffer = new byte[1 << 16];
    DoubleSupplier generate =
        () -> {
          long start = System.nanoTime();
          RowStream rows = run.rows(orders);
          long sink = 0;
          int slot = 0;
          while (rows.hasNext()) {
            // kept in a ring the JIT cannot see through, so every row and value is really made
            Object[] row = rows.next();
            kept[slot++ & (kept.length - 1)] = row;
            sink += row.length;
          }
          assertThat(sink).isEqualTo(ROWS * values);
          return (System.nanoTime() - start) / 1e9;
        };
    DoubleSupplier encode =
        () -> {
          long start = System.nanoTime();
          try (InputStream bytes = Seeding.copyBytes(run.rows(orders))) {
            while (bytes.read(buffer, 0, buffer.length) >= 0) {
              // discard: no I/O
            }
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
          return (System.nanoTime() - start) / 1e9;
        };
    // two warm-ups each (JIT), then five measures each, alternating; CPU only, so more runs
    for (int i = 0; i < 2; i++) {
      generate.getAsDouble();
      encode.getAsDouble();
    }
    List<Double> generated = new ArrayList<>();
    List<Double> encoded = new ArrayList<>();
    for (int i = 0; i < Math.max(RUNS, 5); i++) {
      generated.add(note("generate only", generate.getAsDouble()));
      encoded.add(note("generate + COPY encoding", encode.getAsDouble()));
    }
    return List.of(
        new Speed(
            "generation alone (SeedRun rows, single thread, no writing)",
            ROWS / median(generated),
            values),
        new Speed(
            "generation + COPY text encoding (the adapter's RowBytes, no I/O)",
            ROWS / median(encoded),
            values));
  }

  // ------------------------------------------------------------------------------------------
  // 5. heap while seeding in a small fixed heap
  // ------------------------------------------------------------------------------------------

  private List<HeapMark> heap(String classPath) throws Exception {
    Target pg = Databases.create(Engine.POSTGRESQL, Databases.POSTGRES_ORDERS);
    try {
      Seeding.seed(pg, pg.model(), Databases.customers(), SeedMode.TRUNCATE, false);
      pg.execute("ANALYZE customers");
      pg.execute("CHECKPOINT");
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Path arguments = data.resolve("heap-probe.args");
      Files.write(
          arguments,
          List.of(
              "-Xmx256m",
              "-XX:+UseSerialGC",
              "-cp",
              "\"" + classPath + "\"",
              HeapProbe.class.getName(),
              pg.name(),
              Long.toString(HEAP_ROWS)));
      Process process =
          new ProcessBuilder(java.toString(), "@" + arguments.toAbsolutePath())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      List<HeapMark> marks = new ArrayList<>();
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = out.readLine()) != null) {
          System.err.println("[heap] " + line);
          if (line.startsWith("MARK ")) {
            String[] f = line.split(" ");
            marks.add(
                new HeapMark(
                    Long.parseLong(f[1]),
                    Long.parseLong(f[2]),
                    Long.parseLong(f[3]),
                    Long.parseLong(f[4]),
                    Long.parseLong(f[5]) / 1e9));
          }
        }
      }
      assertThat(process.waitFor()).as("heap probe exit code").isZero();
      assertThat(Databases.count(pg, "orders")).isEqualTo(HEAP_ROWS);
      return marks;
    } finally {
      pg.drop();
    }
  }

  /**
   * Other builds may recompile this module while the benchmark runs (target/classes is emptied and
   * refilled): the module's classes are loaded now, and the heap probe's JVM gets a copy of them.
   * Returns the probe's class path.
   */
  private String isolateClasses() throws IOException {
    Path copy = OUT.resolve("classes-copy");
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry).toAbsolutePath();
      if (!Files.isDirectory(path)) {
        entries.add(entry);
        continue;
      }
      Path target = copy.resolve(path.getFileName().toString());
      try (Stream<Path> files = Files.walk(path)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Path to = target.resolve(path.relativize(file).toString());
          Files.createDirectories(to.getParent());
          Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
          String name = path.relativize(file).toString();
          if (name.startsWith("dev/kythera/generation/") && name.endsWith(".class")) {
            try {
              Class.forName(
                  name.substring(0, name.length() - 6).replace('/', '.'),
                  false,
                  getClass().getClassLoader());
            } catch (LinkageError | ClassNotFoundException e) {
              // a class this benchmark never touches may not link outside Quarkus: fine
            }
          }
        }
      }
      entries.add(target.toString());
    }
    System.err.println("[bench] heap probe class path: " + entries.size() + " entries");
    return String.join(File.pathSeparator, entries);
  }

  // ------------------------------------------------------------------------------------------
  // output
  // ------------------------------------------------------------------------------------------

  private String markdown(
      String header, List<Ratio> ratios, List<Speed> speeds, int values, List<HeapMark> heap) {
    StringBuilder md = new StringBuilder(header).append("\n\n");
    md.append(
        "| workload | rows | ours (s) | raw (s) | ours (rows/s) | raw (rows/s) | ours / raw |"
            + " target |\n");
    md.append("|---|---|---|---|---|---|---|---|\n");
    for (Ratio ratio : ratios) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s %s | %,d | %.2f | %.2f | %,.0f | %,.0f | **%.2f** | %s |%n",
              ratio.label().substring(0, ratio.label().indexOf(' ')),
              ratio.workload(),
              ratio.rows(),
              median(ratio.ours()),
              median(ratio.raw()),
              ratio.oursRate(),
              ratio.rawRate(),
              ratio.ratio(),
              Double.isNaN(ratio.target())
                  ? "(reference)"
                  : String.format(
                      Locale.ROOT,
                      "≥ %.1f %s",
                      ratio.target(),
                      ratio.ratio() >= ratio.target() ? "(met)" : "(missed)")));
    }
    if (!graphTables.isEmpty()) {
      md.append("\nFixture graph (2.): ").append(graphTables).append(".\n");
    }
    md.append("\nEvery run (s), ours | raw:\n\n");
    for (Ratio ratio : ratios) {
      md.append(
          String.format(
              Locale.ROOT,
              "- %s: %s | %s%n",
              ratio.label(),
              seconds(ratio.ours()),
              seconds(ratio.raw())));
    }
    double write = ratios.get(0).oursRate();
    double copy = ratios.get(0).rawRate();
    md.append(
        String.format(
            Locale.ROOT,
            "%nGeneration of the same `orders` rows (%d generated values per row; `id` is the"
                + " database's), %,d rows, single thread, median of 5 runs after 2 warm-ups"
                + " (each run builds the table's generators anew, Datafaker pools included):%n%n",
            values,
            ROWS));
    md.append("| measure | rows/s | values/s | × our PostgreSQL seeding | × raw `\\copy` |\n");
    md.append("|---|---|---|---|---|\n");
    for (Speed speed : speeds) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %,.0f | %s | %.2f | %.2f |%n",
              speed.measure(),
              speed.rowsPerSecond(),
              speed.valuesPerRow() > 0
                  ? String.format(Locale.ROOT, "%,.0f", speed.rowsPerSecond() * values)
                  : "",
              speed.rowsPerSecond() / write,
              speed.rowsPerSecond() / copy));
    }
    md.append(
        String.format(
            Locale.ROOT,
            "%nTarget: generation alone ≥ 2× the PostgreSQL write rate: %.1f× our seeding, %.1f×"
                + " raw COPY (%s).%n",
            speeds.get(0).rowsPerSecond() / write,
            speeds.get(0).rowsPerSecond() / copy,
            speeds.get(0).rowsPerSecond() >= 2 * copy ? "met" : "missed"));
    if (!heap.isEmpty()) {
      HeapMark last = heap.get(heap.size() - 1);
      md.append(
          String.format(
              Locale.ROOT,
              "%nHeap while seeding %,d `orders` rows into PostgreSQL in one run, in a JVM with"
                  + " `-Xmx256m -XX:+UseSerialGC` (as the services run); %,.0f rows/s overall."
                  + " Live heap = used after a full GC at the mark; max after GC = the largest"
                  + " heap left by any collection since the previous mark:%n%n",
              last.rows(),
              last.rows() / last.seconds()));
      md.append(
          "| rows written | live heap (MiB) | max after GC since previous (MiB) | GCs |"
              + " elapsed (s) |\n");
      md.append("|---|---|---|---|---|\n");
      for (HeapMark mark : heap) {
        md.append(
            String.format(
                Locale.ROOT,
                "| %,d | %.1f | %.1f | %d | %.1f |%n",
                mark.rows(),
                mark.live() / 1048576.0,
                mark.maxAfterGc() / 1048576.0,
                mark.collections(),
                mark.seconds()));
      }
    }
    return md.toString();
  }

  private static String seconds(List<Double> values) {
    return values.stream()
        .map(v -> String.format(Locale.ROOT, "%.2f", v))
        .collect(Collectors.joining(", "));
  }

  private static double note(String what, double seconds) {
    System.err.printf(Locale.ROOT, "[bench] %-60s %8.2f s%n", what, seconds);
    return seconds;
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static SeedPlan plan(SchemaModel model, SeedRequest request) {
    return new SeedPlanner().plan(model, request, SeedLimits.unlimited());
  }

  private static QualifiedName table(SeedPlan plan, String name) {
    return plan.tables().stream()
        .map(TablePlan::table)
        .filter(table -> table.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static String quoted(List<String> columns) {
    return columns.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
  }
}
