package dev.kythera.connectors;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * Why a connection attempt failed, in words a user can act on, and which input field is to blame.
 * Drivers report the same problems in different ways; this reads SQL states, exception causes and
 * (last) messages so that callers never parse driver text themselves.
 *
 * @param reason the kind of failure
 * @param field the connection field to fix ({@code host}, {@code port}, {@code password}, ...)
 * @param message a sentence for the user, without secrets
 */
public record ConnectionFailure(Reason reason, String field, String message) {

  /** Kinds of connection failure. */
  public enum Reason {
    AUTHENTICATION,
    UNKNOWN_HOST,
    REFUSED,
    TIMEOUT,
    TLS,
    DATABASE_NOT_FOUND,
    SSH,
    OTHER
  }

  public static ConnectionFailure of(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      ConnectionFailure known = fromCause(cause);
      if (known != null) {
        return known;
      }
    }
    String text = String.valueOf(failure.getMessage());
    return new ConnectionFailure(
        Reason.OTHER, "host", "The database refused the connection: " + text);
  }

  private static ConnectionFailure fromCause(Throwable cause) {
    if (cause instanceof SshFailure ssh) {
      return new ConnectionFailure(Reason.SSH, ssh.field(), ssh.getMessage());
    }
    if (cause instanceof UnknownHostException) {
      return new ConnectionFailure(
          Reason.UNKNOWN_HOST, "host", "The host name could not be resolved.");
    }
    if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
      return new ConnectionFailure(
          Reason.REFUSED, "port", "Nothing accepts connections at that host and port.");
    }
    if (cause instanceof SocketTimeoutException) {
      return timeout();
    }
    if (cause instanceof SSLException) {
      return tls();
    }
    if (cause instanceof SQLException sql) {
      return fromSqlState(sql);
    }
    return null;
  }

  private static ConnectionFailure fromSqlState(SQLException sql) {
    String state = sql.getSQLState() == null ? "" : sql.getSQLState();
    String text = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
    // 28xxx: invalid authorization (PostgreSQL 28P01/28000, MariaDB 28000 with error 1045).
    if (state.startsWith("28") || sql.getErrorCode() == 1045) {
      return new ConnectionFailure(
          Reason.AUTHENTICATION, "password", "The user name or password is wrong.");
    }
    // 3D000: invalid catalog name; MariaDB error 1049: unknown database.
    if (state.equals("3D000") || sql.getErrorCode() == 1049) {
      return new ConnectionFailure(
          Reason.DATABASE_NOT_FOUND, "database", "The database does not exist on that server.");
    }
    if (text.contains("ssl") || text.contains("tls")) {
      return tls();
    }
    if (text.contains("timeout") || text.contains("timed out")) {
      return timeout();
    }
    return null;
  }

  private static ConnectionFailure timeout() {
    return new ConnectionFailure(
        Reason.TIMEOUT, "host", "The server did not answer within the connect timeout.");
  }

  private static ConnectionFailure tls() {
    return new ConnectionFailure(
        Reason.TLS, "sslMode", "The TLS settings do not match what the server offers.");
  }
}
