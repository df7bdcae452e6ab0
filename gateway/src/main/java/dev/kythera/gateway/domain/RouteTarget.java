package dev.kythera.gateway.domain;

/** Where an admitted request goes. */
public sealed interface RouteTarget {

  /** Proxied unchanged (same path and query) to one backend service. */
  record Service(Backend backend) implements RouteTarget {
    public Service {
      if (backend == null) {
        throw new IllegalArgumentException("backend is required");
      }
    }
  }

  /**
   * The OpenAPI document of the service named by the {@code {service}} path variable, fetched from
   * its {@code /q/openapi?format=json}.
   */
  record ServiceDocs() implements RouteTarget {}

  /** Served by the gateway itself (the Swagger UI); never proxied. */
  record Local() implements RouteTarget {}

  static RouteTarget service(Backend backend) {
    return new Service(backend);
  }
}
