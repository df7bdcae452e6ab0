package dev.kythera.gateway.adapter.config;

import dev.kythera.gateway.application.port.in.AccountChangedUseCase;
import dev.kythera.gateway.application.port.in.RouteRequestUseCase;
import dev.kythera.gateway.application.port.out.AuditRecorder;
import dev.kythera.gateway.application.port.out.BackendForwarder;
import dev.kythera.gateway.application.port.out.InternalTokenIssuer;
import dev.kythera.gateway.application.port.out.ProjectAccessDirectory;
import dev.kythera.gateway.application.port.out.RateLimiter;
import dev.kythera.gateway.application.port.out.UserStatusCache;
import dev.kythera.gateway.application.port.out.UserStatusDirectory;
import dev.kythera.gateway.application.port.out.UserTokenVerifier;
import dev.kythera.gateway.application.service.AccountChangedService;
import dev.kythera.gateway.application.service.RouteRequestService;
import dev.kythera.gateway.domain.PublicRoutes;
import dev.kythera.gateway.domain.RouteTable;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

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
      UserStatusDirectory statuses,
      ProjectAccessDirectory access,
      InternalTokenIssuer issuer,
      RateLimiter rateLimiter,
      BackendForwarder forwarder,
      AuditRecorder audit,
      GatewayConfig config) {
    return new RouteRequestService(
        routes,
        tokens,
        statuses,
        access,
        issuer,
        rateLimiter,
        forwarder,
        audit,
        Clock.systemUTC(),
        config.maxBodyBytes());
  }

  @Produces
  @Singleton
  AccountChangedUseCase accountChanged(UserStatusCache statuses) {
    return new AccountChangedService(statuses);
  }
}
