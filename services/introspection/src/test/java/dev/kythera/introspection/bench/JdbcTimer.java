package dev.kythera.introspection.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Wraps a JDBC connection so that the time spent inside statements and result sets — the catalog
 * queries themselves, as the driver runs and decodes them — is added up apart from what the caller
 * does with the rows. Also counts executed queries.
 */
final class JdbcTimer {
  private final AtomicLong nanos = new AtomicLong();
  private final AtomicLong queries = new AtomicLong();

  Connection wrap(Connection connection) {
    return proxy(Connection.class, connection, false);
  }

  long nanos() {
    return nanos.get();
  }

  long queries() {
    return queries.get();
  }

  private <T> T proxy(Class<T> type, T target, boolean timed) {
    InvocationHandler handler =
        (self, method, args) -> {
          long started = System.nanoTime();
          try {
            Object result = method.invoke(target, args);
            if (method.getName().startsWith("execute")) {
              queries.incrementAndGet();
            }
            return wrapResult(method, result);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          } finally {
            if (timed) {
              nanos.addAndGet(System.nanoTime() - started);
            }
          }
        };
    return type.cast(
        Proxy.newProxyInstance(JdbcTimer.class.getClassLoader(), interfacesOf(target), handler));
  }

  private Object wrapResult(Method method, Object result) {
    if (result instanceof ResultSet rows) {
      return proxy(ResultSet.class, rows, true);
    }
    if (result instanceof Statement statement && !(result instanceof ResultSet)) {
      return proxy(statementType(statement), statement, true);
    }
    return result;
  }

  @SuppressWarnings("unchecked")
  private static <T extends Statement> Class<T> statementType(Statement statement) {
    if (statement instanceof java.sql.PreparedStatement) {
      return (Class<T>) java.sql.PreparedStatement.class;
    }
    return (Class<T>) Statement.class;
  }

  private static Class<?>[] interfacesOf(Object target) {
    if (target instanceof java.sql.PreparedStatement) {
      return new Class<?>[] {java.sql.PreparedStatement.class};
    }
    if (target instanceof Statement) {
      return new Class<?>[] {Statement.class};
    }
    if (target instanceof ResultSet) {
      return new Class<?>[] {ResultSet.class};
    }
    return new Class<?>[] {Connection.class};
  }
}
