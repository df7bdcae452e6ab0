package dev.kythera.connectors.ssh;

import com.jcraft.jsch.Session;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;

/**
 * A JDBC connection that owns the SSH session carrying it: {@code close()} and {@code abort()}
 * close the connection, then the session (and with it the local port forwarding). Every other call
 * goes to the driver's connection.
 */
final class TunnelledConnection implements InvocationHandler {
  private final Connection connection;
  private final Session session;

  private TunnelledConnection(Connection connection, Session session) {
    this.connection = connection;
    this.session = session;
  }

  static Connection wrap(Connection connection, Session session) {
    return (Connection)
        Proxy.newProxyInstance(
            TunnelledConnection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            new TunnelledConnection(connection, session));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    int arity = args == null ? 0 : args.length;
    switch (method.getName()) {
      case "equals":
        if (arity == 1) {
          return proxy == args[0];
        }
        break;
      case "hashCode":
        if (arity == 0) {
          return System.identityHashCode(proxy);
        }
        break;
      case "toString":
        if (arity == 0) {
          return "TunnelledConnection[" + connection + "]";
        }
        break;
      case "close":
      case "abort":
        try {
          return call(method, args);
        } finally {
          session.disconnect();
        }
      default:
        break;
    }
    return call(method, args);
  }

  private Object call(Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(connection, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
