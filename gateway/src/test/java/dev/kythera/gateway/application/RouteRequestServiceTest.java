package dev.kythera.gateway.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.gateway.application.port.in.ClientExchange;
import dev.kythera.gateway.application.port.in.Refusal;
import dev.kythera.gateway.application.port.in.RouteRequestUseCase.RouteRequestCommand;
import dev.kythera.gateway.application.port.out.BackendForwarder;
import dev.kythera.gateway.application.port.out.RateLimiter;
import dev.kythera.gateway.application.service.RouteRequestService;
import dev.kythera.gateway.domain.AuditEntry;
import dev.kythera.gateway.domain.AuditOutcome;
import dev.kythera.gateway.domain.Backend;
import dev.kythera.gateway.domain.PublicRoutes;
import dev.kythera.gateway.domain.UserPrincipal;
import dev.kythera.gateway.domain.UserStatus;
import dev.kythera.kernel.access.Caller;
import dev.kythera.kernel.access.Plan;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.access.Role;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The use case over in-memory ports: order of checks and what reaches the forwarder. */
class RouteRequestServiceTest {
  private static final UUID USER = UUID.randomUUID();
  private static final UUID PROJECT = UUID.randomUUID();

  private final Map<String, UserPrincipal> tokens = new HashMap<>();
  private final Map<UUID, ProjectPermission> grants = new HashMap<>();
  private final Map<UUID, Optional<UserStatus>> statuses = new HashMap<>();
  private final List<Caller> signed = new ArrayList<>();
  private final List<BackendForwarder.Forward> forwarded = new ArrayList<>();
  private final List<AuditEntry> audited = new ArrayList<>();
  private int accessLookups;
  private int statusLookups;
  private boolean limited;

  private final RouteRequestService service =
      new RouteRequestService(
          PublicRoutes.table(),
          token ->
              tokens.containsKey(token)
                  ? CompletableFuture.completedFuture(tokens.get(token))
                  : CompletableFuture.failedFuture(
                      new KytheraException(ErrorCode.INVALID_TOKEN, "bad")),
          user -> {
            statusLookups++;
            return CompletableFuture.completedFuture(
                statuses.getOrDefault(
                    user,
                    Optional.of(new UserStatus(user, true, Optional.empty(), Optional.empty()))));
          },
          (project, user) -> {
            accessLookups++;
            return CompletableFuture.completedFuture(
                user.equals(USER) ? Optional.ofNullable(grants.get(project)) : Optional.empty());
          },
          caller -> {
            signed.add(caller);
            return CompletableFuture.completedFuture("signed-" + signed.size());
          },
          key -> limited ? RateLimiter.Decision.refused(7) : RateLimiter.Decision.ALLOWED,
          (forward, exchange) -> {
            forwarded.add(forward);
            ((RecordingExchange) exchange).answered.complete(201);
          },
          audited::add,
          Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC),
          1024);

  private final class RecordingExchange implements ClientExchange {
    final CompletableFuture<Integer> answered = new CompletableFuture<>();
    Refusal refusal;
    boolean local;

    @Override
    public void refuse(Refusal refusal) {
      this.refusal = refusal;
      answered.complete(refusal.code().status());
    }

    @Override
    public void serveLocally() {
      local = true;
      answered.complete(200);
    }

    @Override
    public CompletionStage<Integer> answered() {
      return answered;
    }

    @Override
    public Executor executor() {
      return Runnable::run;
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      throw new IllegalArgumentException();
    }
  }

  private RecordingExchange route(
      String method, String path, String token, long length, String type) {
    RecordingExchange exchange = new RecordingExchange();
    service
        .route(
            new RouteRequestCommand(
                method,
                path,
                Optional.of("a=1"),
                Optional.ofNullable(token).map(t -> "Bearer " + t),
                length < 0 ? OptionalLong.empty() : OptionalLong.of(length),
                length > 0,
                Optional.ofNullable(type),
                "10.0.0.1",
                "rid-1"),
            exchange)
        .toCompletableFuture()
        .join();
    return exchange;
  }

  private RecordingExchange route(String method, String path, String token) {
    return route(method, path, token, -1, null);
  }

  @Test
  void anonymousRouteIsForwardedWithAnAnonymousCaller() {
    RecordingExchange exchange = route("POST", "/api/auth/login", null, 10, "application/json");
    assertThat(exchange.refusal).isNull();
    assertThat(forwarded)
        .singleElement()
        .satisfies(
            forward -> {
              assertThat(forward.backend()).isEqualTo(Backend.IDENTITY);
              assertThat(forward.uri()).isEqualTo("/api/auth/login?a=1");
              assertThat(forward.internalToken()).isEqualTo("signed-1");
              assertThat(forward.requestId()).isEqualTo("rid-1");
            });
    assertThat(signed.get(0).userId()).isEmpty();
    assertThat(signed.get(0).role()).isEqualTo(Role.VIEWER);
  }

  @Test
  void staleTokenOnAnAnonymousRouteIsIgnored() {
    assertThat(route("POST", "/api/auth/refresh", "expired").refusal).isNull();
    assertThat(signed.get(0).userId()).isEmpty();
  }

  @Test
  void projectRouteSignsUserProjectAndPermission() {
    tokens.put("t", new UserPrincipal(USER, Optional.of("a@b.c"), Role.DEV, Plan.PRO));
    grants.put(PROJECT, ProjectPermission.ADMIN);
    assertThat(route("PUT", "/api/projects/" + PROJECT + "/config", "t").refusal).isNull();
    Caller caller = signed.get(0);
    assertThat(caller.userId()).contains(USER);
    assertThat(caller.email()).contains("a@b.c");
    assertThat(caller.projectId()).contains(PROJECT);
    assertThat(caller.permission()).contains(ProjectPermission.ADMIN);
  }

  @Test
  void checksRunCheapestFirst() {
    limited = true;
    RecordingExchange exchange = route("POST", "/api/auth/login", null, 5000, "text/plain");
    assertThat(exchange.refusal.code()).isEqualTo(ErrorCode.RATE_LIMITED);
    assertThat(exchange.refusal.headers()).containsEntry("Retry-After", "7");
    limited = false;
    assertThat(route("POST", "/api/auth/login", null, 5000, "application/json").refusal.code())
        .isEqualTo(ErrorCode.PAYLOAD_TOO_LARGE);
    assertThat(route("POST", "/api/auth/login", null, 50, "text/plain").refusal.code())
        .isEqualTo(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
    assertThat(route("GET", "/api/projects/not-a-uuid", null).refusal.code())
        .isEqualTo(ErrorCode.UNAUTHENTICATED);
    assertThat(route("GET", "/api/projects/../x", null).refusal.code())
        .isEqualTo(ErrorCode.VALIDATION_FAILED);
    assertThat(route("GET", "/api/nope", null).refusal.code()).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(route("PUT", "/api/projects", null).refusal.headers())
        .containsEntry("Allow", "GET, POST");
    assertThat(forwarded).isEmpty();
    assertThat(accessLookups).isZero();
  }

  @Test
  void malformedProjectIdIsRefusedBeforeAskingIdentity() {
    tokens.put("t", new UserPrincipal(USER, Optional.empty(), Role.DEV, Plan.STARTER));
    Refusal refusal = route("GET", "/api/projects/1-2-3-4-5", "t").refusal;
    assertThat(refusal.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    assertThat(refusal.errors()).extracting(e -> e.field()).containsExactly("projectId");
    assertThat(accessLookups).isZero();
  }

  @Test
  void strangersGetNotFoundAndReadersCannotWrite() {
    tokens.put("t", new UserPrincipal(USER, Optional.empty(), Role.DEV, Plan.STARTER));
    assertThat(route("GET", "/api/projects/" + UUID.randomUUID(), "t").refusal.code())
        .isEqualTo(ErrorCode.NOT_FOUND);
    grants.put(PROJECT, ProjectPermission.READ);
    assertThat(route("POST", "/api/projects/" + PROJECT + "/jobs/j/cancel", "t").refusal.code())
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(forwarded).isEmpty();
  }

  @Test
  void swaggerUiIsServedLocallyAndDocsGoToTheNamedService() {
    assertThat(route("GET", "/api/docs/", null).local).isTrue();
    assertThat(route("GET", "/api/docs/generation/openapi", null).refusal).isNull();
    assertThat(forwarded.get(0).backend()).isEqualTo(Backend.GENERATION);
    assertThat(forwarded.get(0).uri()).isEqualTo("/q/openapi?format=json");
    assertThat(route("GET", "/api/docs/nope/openapi", null).refusal.code())
        .isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void disabledAccountsAndDeletedUsersAreRefusedBeforeAnythingElse() {
    tokens.put("t", new UserPrincipal(USER, Optional.empty(), Role.DEV, Plan.STARTER));
    grants.put(PROJECT, ProjectPermission.OWNER);
    statuses.put(
        USER, Optional.of(new UserStatus(USER, false, Optional.empty(), Optional.empty())));
    assertThat(route("GET", "/api/projects/" + PROJECT, "t").refusal.code())
        .isEqualTo(ErrorCode.ACCOUNT_DISABLED);
    statuses.put(USER, Optional.empty());
    assertThat(route("GET", "/api/projects", "t").refusal.code())
        .isEqualTo(ErrorCode.INVALID_TOKEN);
    assertThat(accessLookups).isZero();
    assertThat(forwarded).isEmpty();
  }

  @Test
  void identitysCurrentRoleAndPlanOutrankTheTokens() {
    tokens.put("t", new UserPrincipal(USER, Optional.empty(), Role.SUPER_ADMIN, Plan.STARTER));
    statuses.put(
        USER,
        Optional.of(
            new UserStatus(USER, true, Optional.of(Role.VIEWER), Optional.of(Plan.ENTERPRISE))));
    assertThat(route("GET", "/api/governance/users", "t").refusal.code())
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(route("GET", "/api/projects", "t").refusal).isNull();
    assertThat(signed.get(0).role()).isEqualTo(Role.VIEWER);
    assertThat(signed.get(0).plan()).isEqualTo(Plan.ENTERPRISE);
  }

  @Test
  void aDisabledAccountsTokenOnAPublicRouteCountsAsAnonymous() {
    tokens.put("t", new UserPrincipal(USER, Optional.empty(), Role.DEV, Plan.STARTER));
    statuses.put(
        USER, Optional.of(new UserStatus(USER, false, Optional.empty(), Optional.empty())));
    assertThat(route("POST", "/api/auth/login", "t").refusal).isNull();
    assertThat(signed.get(0).userId()).isEmpty();
    assertThat(audited).singleElement().satisfies(e -> assertThat(e.actorId()).isEmpty());
  }

  @Test
  void everyMutatingRequestIsAuditedOnceWithItsOutcome() {
    tokens.put("t", new UserPrincipal(USER, Optional.of("a@b.c"), Role.DEV, Plan.STARTER));
    grants.put(PROJECT, ProjectPermission.READ);
    route("GET", "/api/projects/" + PROJECT, "t");
    assertThat(audited).isEmpty();

    route("POST", "/api/projects/" + PROJECT + "/members", "t");
    AuditEntry denied = audited.getLast();
    assertThat(denied.action()).isEqualTo("http.post");
    assertThat(denied.status()).isEqualTo(403);
    assertThat(denied.outcome()).isEqualTo(AuditOutcome.DENIED);
    assertThat(denied.actorId()).contains(USER);
    assertThat(denied.actorEmail()).contains("a@b.c");
    assertThat(denied.projectId()).contains(PROJECT);
    assertThat(denied.key()).isEqualTo(PROJECT.toString());
    assertThat(denied.backend()).contains(Backend.IDENTITY);
    assertThat(denied.requestId()).isEqualTo("rid-1");
    assertThat(denied.occurredAt()).isEqualTo(Instant.parse("2026-11-28T02:00:00Z"));

    route("DELETE", "/api/projects/" + PROJECT + "/members/" + USER, "t");
    assertThat(audited.getLast().outcome()).isEqualTo(AuditOutcome.SUCCESS);
    assertThat(audited.getLast().status()).isEqualTo(201);

    UUID foreign = UUID.randomUUID();
    route("PATCH", "/api/projects/" + foreign, "t");
    AuditEntry stranger = audited.getLast();
    assertThat(stranger.status()).isEqualTo(404);
    assertThat(stranger.outcome()).isEqualTo(AuditOutcome.FAILURE);
    assertThat(stranger.projectId()).as("not written into a foreign feed").isEmpty();
    assertThat(stranger.key()).isEqualTo(foreign.toString());

    route("POST", "/api/teams", null);
    assertThat(audited.getLast().outcome()).isEqualTo(AuditOutcome.DENIED);
    assertThat(audited.getLast().actorId()).isEmpty();
    assertThat(audited.getLast().key()).isEqualTo("anonymous");

    route("DELETE", "/api/nope", "t");
    assertThat(audited.getLast().status()).isEqualTo(404);
    assertThat(audited.getLast().backend()).isEmpty();
    assertThat(audited).hasSize(5);
  }

  @Test
  void aFailingAuditTrailNeverFailsTheRequest() {
    RouteRequestService failing =
        new RouteRequestService(
            PublicRoutes.table(),
            token -> CompletableFuture.failedFuture(new IllegalStateException()),
            user -> CompletableFuture.failedFuture(new IllegalStateException()),
            (project, user) -> CompletableFuture.failedFuture(new IllegalStateException()),
            caller -> CompletableFuture.completedFuture("signed"),
            key -> RateLimiter.Decision.ALLOWED,
            (forward, exchange) -> ((RecordingExchange) exchange).answered.complete(200),
            entry -> {
              throw new IllegalStateException("audit down");
            },
            Clock.systemUTC(),
            1024);
    RecordingExchange exchange = new RecordingExchange();
    failing
        .route(
            new RouteRequestCommand(
                "POST",
                "/api/auth/logout",
                Optional.empty(),
                Optional.empty(),
                OptionalLong.empty(),
                false,
                Optional.empty(),
                "10.0.0.1",
                "rid-2"),
            exchange)
        .toCompletableFuture()
        .join();
    assertThat(exchange.refusal).isNull();
    assertThat(exchange.answered).isCompletedWithValue(200);
  }
}
