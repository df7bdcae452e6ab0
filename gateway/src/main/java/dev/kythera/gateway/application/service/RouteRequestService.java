package dev.kythera.gateway.application.service;

import dev.kythera.gateway.application.port.in.ClientExchange;
import dev.kythera.gateway.application.port.in.Refusal;
import dev.kythera.gateway.application.port.in.RouteRequestUseCase;
import dev.kythera.gateway.application.port.out.AuditRecorder;
import dev.kythera.gateway.application.port.out.BackendForwarder;
import dev.kythera.gateway.application.port.out.BackendForwarder.Forward;
import dev.kythera.gateway.application.port.out.InternalTokenIssuer;
import dev.kythera.gateway.application.port.out.ProjectAccessDirectory;
import dev.kythera.gateway.application.port.out.RateLimiter;
import dev.kythera.gateway.application.port.out.UserStatusDirectory;
import dev.kythera.gateway.application.port.out.UserTokenVerifier;
import dev.kythera.gateway.domain.AccessDecision;
import dev.kythera.gateway.domain.AccessPolicy;
import dev.kythera.gateway.domain.AuditEntry;
import dev.kythera.gateway.domain.Backend;
import dev.kythera.gateway.domain.BodyPolicy;
import dev.kythera.gateway.domain.MediaTypes;
import dev.kythera.gateway.domain.RequestPath;
import dev.kythera.gateway.domain.RouteLookup;
import dev.kythera.gateway.domain.RouteRule;
import dev.kythera.gateway.domain.RouteTable;
import dev.kythera.gateway.domain.RouteTarget;
import dev.kythera.gateway.domain.UserPrincipal;
import dev.kythera.gateway.domain.Uuids;
import dev.kythera.kernel.access.Caller;
import dev.kythera.kernel.access.Plan;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.access.Role;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * Implements {@link RouteRequestUseCase}. Checks run cheapest first: path, route, rate limit, body,
 * token, account status, role and plan, project access; only then is the internal token signed and
 * the request forwarded. Once a mutating request has been answered, whoever answered it, it is
 * handed to the audit trail.
 */
public final class RouteRequestService implements RouteRequestUseCase {
  private static final System.Logger LOG = System.getLogger(RouteRequestService.class.getName());
  private static final String BEARER = "Bearer ";

  private final RouteTable routes;
  private final UserTokenVerifier tokens;
  private final UserStatusDirectory statuses;
  private final ProjectAccessDirectory access;
  private final InternalTokenIssuer issuer;
  private final RateLimiter rateLimiter;
  private final BackendForwarder forwarder;
  private final AuditRecorder audit;
  private final Clock clock;
  private final long maxBodyBytes;

  public RouteRequestService(
      RouteTable routes,
      UserTokenVerifier tokens,
      UserStatusDirectory statuses,
      ProjectAccessDirectory access,
      InternalTokenIssuer issuer,
      RateLimiter rateLimiter,
      BackendForwarder forwarder,
      AuditRecorder audit,
      Clock clock,
      long maxBodyBytes) {
    this.routes = routes;
    this.tokens = tokens;
    this.statuses = statuses;
    this.access = access;
    this.issuer = issuer;
    this.rateLimiter = rateLimiter;
    this.forwarder = forwarder;
    this.audit = audit;
    this.clock = clock;
    this.maxBodyBytes = maxBodyBytes;
  }

  /**
   * What the checks learned about one request, for its audit entry. Written while the request is
   * decided (possibly on other threads), read once it has been answered.
   */
  private static final class RequestFacts {
    final Instant arrivedAt;
    final long arrivedNanos;
    volatile Optional<UserPrincipal> actor = Optional.empty();
    volatile Optional<UUID> routeProject = Optional.empty();
    volatile boolean member;
    volatile Optional<Backend> backend = Optional.empty();

    RequestFacts(Instant arrivedAt, long arrivedNanos) {
      this.arrivedAt = arrivedAt;
      this.arrivedNanos = arrivedNanos;
    }
  }

  /** What to do with an admitted request. */
  private sealed interface Decision {}

  private record ServeLocally() implements Decision {}

  private record ToBackend(Forward forward) implements Decision {}

  @Override
  public CompletionStage<Void> route(RouteRequestCommand command, ClientExchange exchange) {
    RequestFacts facts = new RequestFacts(clock.instant(), System.nanoTime());
    if (AuditEntry.audited(command.method())) {
      exchange
          .answered()
          .whenComplete(
              (status, failure) ->
                  audit(command, facts, failure == null && status != null ? status : 0));
    }
    CompletionStage<Decision> decision;
    try {
      decision = decide(command, facts);
    } catch (RuntimeException e) {
      decision = CompletableFuture.failedFuture(e);
    }
    return decision.handleAsync(
        (outcome, failure) -> {
          carryOut(outcome, failure, command, exchange);
          return null;
        },
        exchange.executor());
  }

  private void carryOut(
      Decision outcome, Throwable failure, RouteRequestCommand command, ClientExchange exchange) {
    try {
      if (failure != null) {
        exchange.refuse(refusalFor(failure, command));
      } else if (outcome instanceof ToBackend toBackend) {
        forwarder.forward(toBackend.forward(), exchange);
      } else {
        exchange.serveLocally();
      }
    } catch (RuntimeException e) {
      exchange.refuse(refusalFor(e, command));
    }
  }

  private void audit(RouteRequestCommand command, RequestFacts facts, int status) {
    try {
      Optional<UserPrincipal> actor = facts.actor;
      audit.record(
          new AuditEntry(
              command.requestId(),
              command.method(),
              command.path(),
              status,
              actor.map(UserPrincipal::userId),
              actor.flatMap(UserPrincipal::email),
              facts.routeProject,
              facts.member,
              facts.backend,
              facts.arrivedAt,
              (System.nanoTime() - facts.arrivedNanos) / 1_000_000));
    } catch (RuntimeException e) {
      LOG.log(
          System.Logger.Level.ERROR,
          "Cannot audit "
              + command.method()
              + " "
              + command.path()
              + ", requestId="
              + command.requestId(),
          e);
    }
  }

  private CompletionStage<Decision> decide(RouteRequestCommand command, RequestFacts facts) {
    RequestPath path = RequestPath.parse(command.path());
    RouteLookup.Matched match = match(command, path);
    RouteRule rule = match.route().rule();
    if (rule.projectAccess().isPresent()) {
      facts.routeProject = Uuids.parse(match.variables().get("projectId"));
    }
    if (rule.rateLimited()) {
      RateLimiter.Decision quota =
          rateLimiter.tryAcquire(command.clientAddress() + " " + match.route().id());
      if (!quota.allowed()) {
        throw refused(
            ErrorCode.RATE_LIMITED,
            "Too many requests to this route; retry in " + quota.retryAfterSeconds() + " s",
            Map.of("Retry-After", Long.toString(quota.retryAfterSeconds())));
      }
    }
    checkBody(rule, command);
    if (rule.target() instanceof RouteTarget.Local) {
      return CompletableFuture.completedFuture(new ServeLocally());
    }
    Backend backend = backendOf(rule.target(), match.variables());
    facts.backend = Optional.of(backend);
    return authenticate(rule, command.authorization(), facts)
        .thenCompose(user -> authorize(rule, match.variables(), user, command.requestId(), facts))
        .thenCompose(issuer::issue)
        .thenApply(
            token ->
                new ToBackend(
                    new Forward(backend, uri(rule, command), token, command.requestId())));
  }

  private RouteLookup.Matched match(RouteRequestCommand command, RequestPath path) {
    return switch (routes.lookup(command.method(), path)) {
      case RouteLookup.Matched matched -> matched;
      case RouteLookup.MethodNotAllowed notAllowed ->
          throw refused(
              ErrorCode.METHOD_NOT_ALLOWED,
              command.method()
                  + " is not allowed here; use "
                  + String.join(", ", notAllowed.allowed()),
              Map.of("Allow", String.join(", ", notAllowed.allowed())));
      case RouteLookup.NotFound notFound ->
          throw new KytheraException(ErrorCode.NOT_FOUND, "No API route " + command.path());
    };
  }

  private void checkBody(RouteRule rule, RouteRequestCommand command) {
    if (command.contentLength().isPresent() && command.contentLength().getAsLong() > maxBodyBytes) {
      throw new KytheraException(
          ErrorCode.PAYLOAD_TOO_LARGE, "The body is larger than " + maxBodyBytes + " bytes");
    }
    if (command.hasBody()
        && rule.body() == BodyPolicy.JSON
        && !MediaTypes.isJson(command.contentType().orElse(null))) {
      throw new KytheraException(
          ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json");
    }
  }

  private static Backend backendOf(RouteTarget target, Map<String, String> variables) {
    return switch (target) {
      case RouteTarget.Service service -> service.backend();
      case RouteTarget.ServiceDocs docs ->
          Backend.fromName(variables.get("service"))
              .orElseThrow(
                  () ->
                      new KytheraException(
                          ErrorCode.NOT_FOUND, "No service named " + variables.get("service")));
      case RouteTarget.Local local -> throw new IllegalStateException("served locally");
    };
  }

  private static String uri(RouteRule rule, RouteRequestCommand command) {
    if (rule.target() instanceof RouteTarget.ServiceDocs) {
      return "/q/openapi?format=json";
    }
    return command.query().map(query -> command.path() + "?" + query).orElse(command.path());
  }

  private CompletionStage<Optional<UserPrincipal>> authenticate(
      RouteRule rule, Optional<String> authorization, RequestFacts facts) {
    if (authorization.isEmpty()) {
      return CompletableFuture.completedFuture(Optional.empty());
    }
    String header = authorization.get();
    CompletionStage<Optional<UserPrincipal>> verified =
        header.regionMatches(true, 0, BEARER, 0, BEARER.length())
            ? tokens
                .verify(header.substring(BEARER.length()).trim())
                .thenCompose(principal -> current(principal, facts))
                .thenApply(Optional::of)
            : CompletableFuture.failedFuture(
                new KytheraException(
                    ErrorCode.INVALID_TOKEN, "Send the access token as Authorization: Bearer"));
    if (rule.anonymousAllowed()) {
      // Public routes (login, refresh) must keep working when a stale token, or the token of a
      // disabled account, is sent along: the call goes on as anonymous.
      return verified.exceptionally(
          ignored -> {
            facts.actor = Optional.empty();
            return Optional.empty();
          });
    }
    return verified;
  }

  /**
   * The token's user as identity knows them now: refused when deleted or disabled, otherwise with
   * the current role and plan (the token's may be up to its lifetime old).
   */
  private CompletionStage<UserPrincipal> current(UserPrincipal principal, RequestFacts facts) {
    facts.actor = Optional.of(principal);
    return statuses
        .status(principal.userId())
        .thenApply(
            status -> {
              require(AccessPolicy.forAccount(status));
              UserPrincipal now = principal.current(status.orElseThrow());
              facts.actor = Optional.of(now);
              return now;
            });
  }

  private CompletionStage<Caller> authorize(
      RouteRule rule,
      Map<String, String> variables,
      Optional<UserPrincipal> user,
      String rid,
      RequestFacts facts) {
    require(AccessPolicy.forCaller(rule, user));
    if (rule.projectAccess().isEmpty()) {
      return CompletableFuture.completedFuture(caller(user, Optional.empty(), null, rid));
    }
    UUID projectId = Uuids.require("projectId", variables.get("projectId"));
    UUID userId = user.orElseThrow().userId();
    return access
        .permission(projectId, userId)
        .thenApply(
            granted -> {
              facts.member = granted.isPresent();
              require(AccessPolicy.forProject(rule, granted));
              return caller(user, Optional.of(projectId), granted.orElseThrow(), rid);
            });
  }

  private static Caller caller(
      Optional<UserPrincipal> user,
      Optional<UUID> projectId,
      ProjectPermission permission,
      String requestId) {
    return new Caller(
        user.map(UserPrincipal::userId),
        user.flatMap(UserPrincipal::email),
        user.map(UserPrincipal::role).orElse(Role.VIEWER),
        user.map(UserPrincipal::plan).orElse(Plan.STARTER),
        projectId,
        Optional.ofNullable(permission),
        requestId);
  }

  private static void require(AccessDecision decision) {
    if (decision instanceof AccessDecision.Denied denied) {
      throw new KytheraException(denied.code(), denied.detail());
    }
  }

  private static RefusedException refused(
      ErrorCode code, String detail, Map<String, String> headers) {
    return new RefusedException(new Refusal(code, detail, List.of(), headers));
  }

  private static Refusal refusalFor(Throwable failure, RouteRequestCommand command) {
    Throwable cause = failure;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof RefusedException refused) {
      return refused.refusal();
    }
    if (cause instanceof KytheraException known) {
      return new Refusal(known.code(), known.getMessage(), known.fieldErrors(), Map.of());
    }
    LOG.log(
        System.Logger.Level.ERROR,
        "Unexpected failure routing "
            + command.method()
            + " "
            + command.path()
            + ", requestId="
            + command.requestId(),
        cause);
    return Refusal.of(
        ErrorCode.INTERNAL,
        "Unexpected error; quote request id " + command.requestId() + " when reporting it");
  }
}
