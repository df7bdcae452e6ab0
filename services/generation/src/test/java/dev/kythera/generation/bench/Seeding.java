package dev.kythera.generation.bench;

import dev.kythera.generation.adapter.out.target.JdbcSeedTargets;
import dev.kythera.generation.application.port.out.SeedSession;
import dev.kythera.generation.application.port.out.WriteProgress;
import dev.kythera.generation.application.service.TargetFixtures.Target;
import dev.kythera.generation.domain.seed.SeedLimits;
import dev.kythera.generation.domain.seed.SeedMode;
import dev.kythera.generation.domain.seed.SeedPlan;
import dev.kythera.generation.domain.seed.SeedRequest;
import dev.kythera.generation.domain.seed.integrity.IntegrityReport;
import dev.kythera.generation.domain.seed.planner.SeedPlanner;
import dev.kythera.kernel.schema.SchemaModel;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.Iterator;

/**
 * What the seed job does, minus the job: plan, open a session with the real adapter, run {@code
 * SeedExecution} (package-private in the application layer, reached by reflection so the benchmark
 * needs no production code of its own), commit. Also the adapter's row encoder alone, to split the
 * cost of a run into generating, encoding and the database.
 */
final class Seeding {
  static final JdbcSeedTargets TARGETS = new JdbcSeedTargets(10, true);

  private static final String SERVICE = "dev.kythera.generation.application.service.";
  private static final String TARGET = "dev.kythera.generation.adapter.out.target.";

  /** Told the run's progress (fraction, message); returns whether to go on. */
  interface Progress {
    boolean proceed(double fraction, String message);
  }

  /** What a run wrote, and the integrity check when one was asked for. */
  record Outcome(long rows, boolean stopped, IntegrityReport integrity, double seconds) {}

  private Seeding() {}

  /** Plans the request and writes it in one transaction, committed; times all of it. */
  static Outcome seed(
      Target target, SchemaModel model, SeedRequest request, SeedMode mode, boolean verify)
      throws SQLException {
    return seed(target, model, request, mode, verify, (fraction, message) -> true);
  }

  static Outcome seed(
      Target target,
      SchemaModel model,
      SeedRequest request,
      SeedMode mode,
      boolean verify,
      Progress progress)
      throws SQLException {
    long start = System.nanoTime();
    SeedPlan plan = new SeedPlanner().plan(model, request, SeedLimits.unlimited());
    Outcome outcome;
    try (SeedSession session = TARGETS.open(target.descriptor())) {
      outcome = execute(plan, model, session, mode, verify, progress);
      if (outcome.stopped() || outcome.rows() != plan.totalRows()) {
        session.rollback();
        throw new IllegalStateException(
            "the run wrote " + outcome.rows() + " of " + plan.totalRows() + " rows");
      }
      session.commit();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Outcome(outcome.rows(), false, outcome.integrity(), seconds);
  }

  /** {@code new SeedExecution(plan, model, session, listener).run(mode, verify)}. */
  static Outcome execute(
      SeedPlan plan,
      SchemaModel model,
      SeedSession session,
      SeedMode mode,
      boolean verify,
      Progress progress)
      throws SQLException {
    try {
      Class<?> execution = Class.forName(SERVICE + "SeedExecution");
      Class<?> listenerType = Class.forName(SERVICE + "SeedExecution$Listener");
      Object listener =
          Proxy.newProxyInstance(
              listenerType.getClassLoader(),
              new Class<?>[] {listenerType},
              (proxy, method, args) ->
                  switch (method.getName()) {
                    case "proceed" -> progress.proceed((double) args[0], (String) args[1]);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> "listener";
                  });
      Constructor<?> constructor =
          execution.getDeclaredConstructor(
              SeedPlan.class, SchemaModel.class, SeedSession.class, listenerType);
      constructor.setAccessible(true);
      Method run = execution.getDeclaredMethod("run", SeedMode.class, boolean.class);
      run.setAccessible(true);
      Object outcome =
          run.invoke(constructor.newInstance(plan, model, session, listener), mode, verify);
      return new Outcome(
          (long) component(outcome, "rows"),
          (boolean) component(outcome, "stopped"),
          (IntegrityReport) component(outcome, "integrity"),
          0);
    } catch (InvocationTargetException e) {
      throw rethrow(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("SeedExecution changed shape: " + e, e);
    }
  }

  /**
   * The adapter's bulk encoder ({@code RowBytes} with {@code BulkText.POSTGRESQL}, exactly what
   * COPY reads) over a row iterator, as an input stream: reading it to its end is generation plus
   * encoding without any I/O.
   */
  static InputStream copyBytes(Iterator<Object[]> rows) {
    try {
      Class<?> bulkText = Class.forName(TARGET + "BulkText");
      Field postgres = bulkText.getDeclaredField("POSTGRESQL");
      postgres.setAccessible(true);
      Constructor<?> constructor =
          Class.forName(TARGET + "RowBytes")
              .getDeclaredConstructor(Iterator.class, bulkText, WriteProgress.class);
      constructor.setAccessible(true);
      WriteProgress always = written -> true;
      return (InputStream) constructor.newInstance(rows, postgres.get(null), always);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("RowBytes changed shape: " + e, e);
    }
  }

  private static Object component(Object record, String name) throws ReflectiveOperationException {
    Method accessor = record.getClass().getDeclaredMethod(name);
    accessor.setAccessible(true);
    return accessor.invoke(record);
  }

  private static RuntimeException rethrow(Throwable cause) throws SQLException {
    if (cause instanceof SQLException sql) {
      throw sql;
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(cause);
  }
}
