package dev.kythera.gateway.it;

import static dev.kythera.gateway.it.GatewayTestSupport.disable;
import static dev.kythera.gateway.it.GatewayTestSupport.identityUrl;
import static dev.kythera.gateway.it.GatewayTestSupport.status;
import static dev.kythera.gateway.it.GatewayTestSupport.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.kythera.gateway.domain.Backend;
import dev.kythera.gateway.domain.PublicRoutes;
import dev.kythera.gateway.domain.Route;
import dev.kythera.gateway.domain.RouteRule;
import dev.kythera.gateway.domain.RouteTarget;
import dev.kythera.kernel.access.Plan;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.access.Role;
import dev.kythera.kernel.error.ErrorCode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The authorization matrix, generated from the production route table: every row × every kind of
 * caller, each cell's expected answer derived from the row's rule alone and checked through the
 * real gateway against the fake backends (which answer 200 to whatever is forwarded, echoing the
 * internal token they received). No production row needs more than starter yet, so the test-only
 * {@link TestRouteTable#planRows() plan rows} (pro, enterprise) join them for the plan dimension.
 *
 * <p>What identity alone decides behind a forwarded call — super_admin on project-list and team
 * routes, team roles — is not visible here (the fake answers 200); identity's own tests cover it
 * ({@code IdentityDecidedRefusalsTest}, {@code TeamsTest}, {@code ProjectAccessMatrixTest}).
 *
 * <p>Callers on project routes hold exactly the permission the row needs (granted in the fake
 * identity), except the member of another project (no access: 404) and the member one permission
 * short (403, on rows that need more than read). Each caller sends from its own loopback address so
 * that rate-limited rows answer every caller once without running into the limit.
 */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class AuthorizationMatrixTest {
  private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

  /** The kinds of caller, each with the role and plan identity states for it. */
  enum Caller {
    ANONYMOUS(null),
    VIEWER(Role.VIEWER),
    QA(Role.QA),
    DEV(Role.DEV),
    ADMIN(Role.ADMIN),
    SUPER_ADMIN(Role.SUPER_ADMIN),
    MEMBER_OF_ANOTHER_PROJECT(Role.DEV),
    MEMBER_ONE_PERMISSION_SHORT(Role.DEV),
    DISABLED(Role.DEV),
    PRO_DEV(Role.DEV, Plan.PRO);

    final Role role;
    final Plan plan;

    Caller(Role role) {
      this(role, Plan.STARTER);
    }

    Caller(Role role, Plan plan) {
      this.role = role;
      this.plan = plan;
    }

    String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** A loopback address of its own: rate limits are kept per client address. */
    InetAddress address() throws Exception {
      return InetAddress.getByName("127.0.0." + (40 + ordinal()));
    }
  }

  /** What one cell must answer: a refusal, or the request forwarded to a backend (200 there). */
  record Expected(int status, ErrorCode code, Backend forwardedTo, boolean local) {
    static Expected refused(ErrorCode code) {
      return new Expected(code.status(), code, null, false);
    }

    static Expected forwarded(Backend backend) {
      return new Expected(200, null, backend, false);
    }

    static Expected servedLocally() {
      return new Expected(200, null, null, true);
    }

    @Override
    public String toString() {
      if (code != null) {
        return status + " " + code;
      }
      return local ? "200 served by the gateway" : "200 from " + backend().configName();
    }

    Backend backend() {
      return forwardedTo;
    }
  }

  /** A user per kind of caller, fresh for this run, with its status set in the fake identity. */
  private final Map<Caller, UUID> users = new EnumMap<>(Caller.class);

  private final Map<Caller, HttpClient> clients = new EnumMap<>(Caller.class);

  /** Each caller's access token, signed once. */
  private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);

  private final HttpClient fakeControl = HttpClient.newHttpClient();

  @TestFactory
  Stream<DynamicNode> everyRouteForEveryKindOfCaller() throws Exception {
    for (Caller caller : Caller.values()) {
      clients.put(
          caller,
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .localAddress(caller.address())
              .connectTimeout(Duration.ofSeconds(5))
              .build());
      if (caller.role == null) {
        continue;
      }
      UUID id = UUID.randomUUID();
      users.put(caller, id);
      tokens.put(caller, user(id).role(caller.role.wireName()).bearer());
      if (caller == Caller.DISABLED) {
        disable(id);
      } else {
        status(id, caller.role.wireName(), caller.plan.wireName());
      }
    }
    grant(UUID.randomUUID(), users.get(Caller.MEMBER_OF_ANOTHER_PROJECT), ProjectPermission.OWNER);
    List<Route> routes = new ArrayList<>(PublicRoutes.table().routes());
    assertThat(routes).isNotEmpty();
    List<Route> planRows = TestRouteTable.planRows().routes();
    assertThat(planRows).allMatch(route -> route.rule().minimumPlan() != Plan.STARTER);
    routes.addAll(planRows);
    List<DynamicNode> rows = new ArrayList<>();
    for (Route route : routes) {
      rows.add(row(route));
    }
    return rows.stream();
  }

  private DynamicNode row(Route route) {
    RouteRule rule = route.rule();
    assertThat(rule).as(route.id() + " has no rule").isNotNull();
    UUID project = UUID.randomUUID();
    Optional<ProjectPermission> needed = rule.projectAccess();
    needed.ifPresent(
        permission -> {
          for (Caller caller : Caller.values()) {
            Optional<ProjectPermission> held = held(caller, permission);
            held.ifPresent(p -> grant(project, users.get(caller), p));
          }
        });
    String method = route.method().equals(Route.ANY_METHOD) ? "POST" : route.method();
    String path = samplePath(route.pattern().text(), project);
    List<DynamicNode> cells = new ArrayList<>();
    for (Caller caller : Caller.values()) {
      if (caller == Caller.MEMBER_ONE_PERMISSION_SHORT
          && needed.map(p -> p == ProjectPermission.READ).orElse(true)) {
        continue; // only rows that need more than read can be missed by one permission
      }
      Expected expected = expected(route, caller);
      cells.add(
          dynamicTest(
              caller.label() + " → " + expected,
              () -> check(route, caller, method, path, project, expected)));
    }
    return dynamicContainer(route.id() + " " + describe(rule), cells.stream());
  }

  /** Lets the user hold {@code permission} on {@code project} in the fake identity. */
  private void grant(UUID project, UUID userId, ProjectPermission permission) {
    try {
      HttpResponse<Void> response =
          fakeControl.send(
              HttpRequest.newBuilder(
                      URI.create(
                          identityUrl()
                              + "/__fake/grant/"
                              + project
                              + "/"
                              + userId
                              + "/"
                              + permission.wireName()))
                  .PUT(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      assertThat(response.statusCode()).isEqualTo(204);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot grant in the fake identity", e);
    }
  }

  /** The permission a caller holds on the row's project, when the row needs {@code needed}. */
  private static Optional<ProjectPermission> held(Caller caller, ProjectPermission needed) {
    return switch (caller) {
      case ANONYMOUS, MEMBER_OF_ANOTHER_PROJECT -> Optional.empty();
      case MEMBER_ONE_PERMISSION_SHORT ->
          needed == ProjectPermission.READ
              ? Optional.empty()
              : Optional.of(ProjectPermission.values()[needed.ordinal() - 1]);
      default -> Optional.of(needed);
    };
  }

  /** The answer the row's rule calls for, derived from the rule alone. */
  static Expected expected(Route route, Caller caller) {
    RouteRule rule = route.rule();
    if (rule == null) {
      throw new AssertionError(route.id() + " has no rule");
    }
    if (rule.anonymousAllowed()) {
      return switch (rule.target()) {
        case RouteTarget.Local local -> Expected.servedLocally();
        case RouteTarget.ServiceDocs docs -> Expected.forwarded(Backend.IDENTITY);
        case RouteTarget.Service service -> Expected.forwarded(service.backend());
      };
    }
    Role minimum =
        rule.minimumRole().orElseThrow(() -> new AssertionError(route.id() + ": no minimum role"));
    if (caller == Caller.ANONYMOUS) {
      return Expected.refused(ErrorCode.UNAUTHENTICATED);
    }
    if (caller == Caller.DISABLED) {
      return Expected.refused(ErrorCode.ACCOUNT_DISABLED);
    }
    if (!caller.role.satisfies(minimum)) {
      return Expected.refused(ErrorCode.FORBIDDEN);
    }
    boolean projectRoute = rule.projectAccess().isPresent();
    if (projectRoute && caller.role == Role.SUPER_ADMIN) {
      return Expected.refused(ErrorCode.FORBIDDEN);
    }
    if (!caller.plan.includes(rule.minimumPlan())) {
      return Expected.refused(ErrorCode.PLAN_REQUIRED);
    }
    if (projectRoute && caller == Caller.MEMBER_OF_ANOTHER_PROJECT) {
      return Expected.refused(ErrorCode.NOT_FOUND);
    }
    if (projectRoute && caller == Caller.MEMBER_ONE_PERMISSION_SHORT) {
      return Expected.refused(ErrorCode.FORBIDDEN);
    }
    if (!(rule.target() instanceof RouteTarget.Service service)) {
      throw new AssertionError(route.id() + ": a signed-in route must lead to a service");
    }
    return Expected.forwarded(service.backend());
  }

  private void check(
      Route route, Caller caller, String method, String path, UUID project, Expected expected)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port + path))
            .timeout(Duration.ofSeconds(10));
    if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofString("{}"));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    UUID userId = users.get(caller);
    if (userId != null) {
      request.header("Authorization", tokens.get(caller));
    }
    HttpResponse<InputStream> response =
        clients.get(caller).send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    String body;
    try (InputStream in = response.body()) {
      // An event stream is not read to its end: its status and type are the answer.
      body =
          contentType.startsWith("text/event-stream")
              ? ""
              : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String cell = route.id() + " as " + caller.label() + ": " + body;
    assertThat(response.statusCode()).as(cell).isEqualTo(expected.status());
    if (expected.code() != null) {
      assertThat(contentType).as(cell).startsWith("application/problem+json");
      assertThat(new JsonObject(body).getString("code")).as(cell).isEqualTo(expected.code().name());
      if (expected.code() == ErrorCode.PLAN_REQUIRED) {
        // the refusal names the plan the row needs and the caller's own
        assertThat(new JsonObject(body).getString("detail"))
            .as(cell)
            .contains(route.rule().minimumPlan().wireName())
            .contains(caller.plan.wireName());
      }
      return;
    }
    if (expected.local()) {
      assertThat(contentType).as(cell).startsWith("text/html");
      return;
    }
    if (contentType.startsWith("text/event-stream")) {
      return;
    }
    JsonObject seen = new JsonObject(body);
    if (route.rule().target() instanceof RouteTarget.ServiceDocs) {
      assertThat(seen.getJsonObject("info").getString("title")).as(cell).isEqualTo("identity");
      return;
    }
    if (path.equals("/api/auth/jwks")) {
      // the fake identity serves its key set here, once the internal token checked out
      assertThat(seen.getJsonArray("keys")).as(cell).isNotEmpty();
      return;
    }
    JsonObject claims = seen.getJsonObject("claims");
    assertThat(seen.getString("service")).as(cell).isEqualTo(expected.backend().configName());
    assertThat(seen.getString("method")).as(cell).isEqualTo(method);
    boolean asUser = userId != null && caller != Caller.DISABLED;
    assertThat(claims.getString("sub"))
        .as(cell)
        .isEqualTo(asUser ? userId.toString() : "anonymous");
    if (asUser) {
      assertThat(claims.getString("role")).as(cell).isEqualTo(caller.role.wireName());
      // identity's current plan, not the token's (every token here says starter)
      assertThat(claims.getString("plan")).as(cell).isEqualTo(caller.plan.wireName());
    }
    if (route.rule().projectAccess().isPresent()) {
      assertThat(claims.getString("project")).as(cell).isEqualTo(project.toString());
      assertThat(claims.getString("perm"))
          .as(cell)
          .isEqualTo(route.rule().projectAccess().orElseThrow().wireName());
    }
  }

  /** The pattern with its variables filled in; {@code **} matches nothing. */
  private static String samplePath(String pattern, UUID project) {
    String path = pattern.endsWith("/**") ? pattern.substring(0, pattern.length() - 2) : pattern;
    Matcher variables = VARIABLE.matcher(path);
    return variables.replaceAll(
        variable ->
            switch (variable.group(1)) {
              case "projectId" -> project.toString();
              case "service" -> "identity";
              default -> UUID.randomUUID().toString();
            });
  }

  private static String describe(RouteRule rule) {
    if (rule.anonymousAllowed()) {
      return "(anonymous)";
    }
    return "("
        + rule.minimumRole().orElseThrow().wireName()
        + rule.projectAccess().map(p -> ", project " + p.wireName()).orElse("")
        + ", "
        + rule.minimumPlan().wireName()
        + ")";
  }
}
