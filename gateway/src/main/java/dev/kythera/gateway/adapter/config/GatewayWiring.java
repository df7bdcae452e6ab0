package dev.kythera.gateway.adapter.config;

import dev.kythera.gateway.application.port.in.RouteRequestUseCase;
import dev.kythera.gateway.application.port.out.BackendForwarder;
import dev.kythera.gateway.application.port.out.InternalTokenIssuer;
import dev.kythera.gateway.application.port.out.ProjectAccessDirectory;
import dev.kythera.gateway.application.port.out.RateLimiter;
import dev.kythera.gateway.application.port.out.UserTokenVerifier;
import dev.kythera.gateway.application.service.RouteRequestService;
import dev.kythera.gateway.domain.PublicRoutes;
import dev.kythera.gateway.domain.RouteTable;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Wires the framework-free core: the route table and the use case over its ports' adapters. */
public class GatewayWiring {

  @Produces
  @Singleton
  RouteTable routeTable() {
    return PublicRoutes.table();
  }

  @Produces
  @Singleton
  RouteRequestUseCase routeRequest(
      RouteTable routes,
      UserTokenVerifier tokens,
      ProjectAccessDirectory access,
      InternalTokenIssuer issuer,
      RateLimiter rateLimiter,
      BackendForwarder forwarder,
      GatewayConfig config) {
    return new RouteRequestService(
        routes, tokens, access, issuer, rateLimiter, forwarder, config.maxBodyBytes());
  }
}
