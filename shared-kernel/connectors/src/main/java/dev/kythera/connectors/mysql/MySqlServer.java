package dev.kythera.connectors.mysql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which server speaks the MySQL protocol on a connection (MariaDB or MySQL) and its version, from
 * the handshake the driver already holds, so no query is spent on it. The catalogs differ in small
 * ways (MariaDB's CHECK_CONSTRAINTS has TABLE_NAME and LEVEL, MySQL's STATISTICS has EXPRESSION).
 */
record MySqlServer(boolean mariaDb, int major, int minor, int patch, String version) {
  private static final Pattern NUMBERS = Pattern.compile("^(\\d+)\\.(\\d+)\\.(\\d+)");

  static MySqlServer of(Connection connection) throws SQLException {
    return parse(connection.getMetaData().getDatabaseProductVersion());
  }

  static MySqlServer parse(String reported) {
    String version = reported == null ? "" : reported;
    boolean mariaDb = version.contains("MariaDB");
    // Old MariaDB servers prefix the version with "5.5.5-" for MySQL clients.
    if (mariaDb && version.startsWith("5.5.5-")) {
      version = version.substring("5.5.5-".length());
    }
    Matcher numbers = NUMBERS.matcher(version);
    if (!numbers.find()) {
      return new MySqlServer(mariaDb, 0, 0, 0, version);
    }
    return new MySqlServer(
        mariaDb,
        Integer.parseInt(numbers.group(1)),
        Integer.parseInt(numbers.group(2)),
        Integer.parseInt(numbers.group(3)),
        version);
  }

  boolean atLeast(int wantedMajor, int wantedMinor, int wantedPatch) {
    if (major != wantedMajor) {
      return major > wantedMajor;
    }
    if (minor != wantedMinor) {
      return minor > wantedMinor;
    }
    return patch >= wantedPatch;
  }

  /** Whether information_schema.CHECK_CONSTRAINTS exists (MariaDB 10.2.1+, MySQL 8.0.16+). */
  boolean hasCheckConstraints() {
    return mariaDb ? atLeast(10, 2, 1) : atLeast(8, 0, 16);
  }

  /** The product name and version, e.g. {@code MariaDB 10.11.6-MariaDB-0+deb12u1}. */
  String displayName() {
    return (mariaDb ? "MariaDB " : "MySQL ") + version;
  }
}
