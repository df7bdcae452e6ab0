package dev.kythera.connectors;

import java.util.regex.Pattern;

/**
 * Guards the host part of a JDBC URL: a host name, IPv4 or IPv6 address and nothing else, so that
 * no URL parameter (a driver option such as a socket factory) can be smuggled in through it.
 */
public final class HostNames {
  private static final Pattern HOST =
      Pattern.compile("^(?:[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,252})|\\[?[0-9A-Fa-f:.]+]?)$");

  private HostNames() {}

  public static boolean isValid(String host) {
    return host != null && HOST.matcher(host).matches();
  }

  /** The host, or an {@link IllegalArgumentException} naming the problem. */
  public static String require(String host) {
    if (!isValid(host)) {
      throw new IllegalArgumentException("Not a host name or IP address: " + host);
    }
    return host;
  }
}
