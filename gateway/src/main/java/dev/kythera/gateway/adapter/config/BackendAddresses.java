package dev.kythera.gateway.adapter.config;

import dev.kythera.gateway.domain.Backend;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where each backend listens, parsed once from {@code kythera.gateway.services.*}; a missing or
 * malformed URL fails startup instead of the first request.
 */
@Singleton
public class BackendAddresses {
  private final Map<Backend, Address> addresses = new EnumMap<>(Backend.class);

  /**
   * @param host host name or address
   * @param port TCP port
   * @param ssl whether to speak TLS
   */
  public record Address(String host, int port, boolean ssl) {
    @Override
    public String toString() {
      return (ssl ? "https://" : "http://") + host + ":" + port;
    }
  }

  public BackendAddresses(GatewayConfig config) {
    for (Backend backend : Backend.values()) {
      String url = config.services().get(backend.configName());
      if (url == null || url.isBlank()) {
        throw new IllegalStateException(
            "Missing kythera.gateway.services." + backend.configName() + " (the backend's URL)");
      }
      addresses.put(backend, parse(backend, url.trim()));
    }
  }

  private static Address parse(Backend backend, String url) {
    URI uri = URI.create(url);
    String scheme = uri.getScheme();
    if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
      throw new IllegalStateException(
          "kythera.gateway.services." + backend.configName() + " must be http(s)://host:port");
    }
    if (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) {
      throw new IllegalStateException(
          "kythera.gateway.services." + backend.configName() + " must not have a path");
    }
    boolean ssl = "https".equals(scheme);
    int port = uri.getPort() > 0 ? uri.getPort() : ssl ? 443 : 80;
    return new Address(uri.getHost(), port, ssl);
  }

  public Address of(Backend backend) {
    return addresses.get(backend);
  }
}
