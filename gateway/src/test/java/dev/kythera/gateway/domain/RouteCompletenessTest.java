package dev.kythera.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No endpoint without a route: every {@code /api} endpoint the services expose (the snapshot {@code
 * service-endpoints.txt}, generated from their OpenAPI documents) must be matched by a row of the
 * production route table that sends it to that very service; and every row sending to a service
 * must serve at least one listed endpoint (no stale rows).
 */
class RouteCompletenessTest {
  private static final Pattern SECTION = Pattern.compile("\\[([a-z]+)]");
  private static final Pattern ENDPOINT =
      Pattern.compile("(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (/api/\\S+)");
  private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
  private static final String SAMPLE_UUID = "0b5e9b8e-3f0c-4c8e-9a51-0f6a2a1c7d10";

  private final RouteTable table = PublicRoutes.table();

  /** One line of the snapshot. */
  record Endpoint(Backend backend, String method, String path) {
    @Override
    public String toString() {
      return backend.configName() + ": " + method + " " + path;
    }

    /** The path with each variable filled in ({@code projectId} with a UUID). */
    String samplePath() {
      Matcher variables = VARIABLE.matcher(path);
      return variables.replaceAll(
          variable ->
              variable.group(1).equals("projectId") ? SAMPLE_UUID : variable.group(1) + "-1");
    }
  }

  static List<Endpoint> endpoints() throws IOException {
    List<Endpoint> endpoints = new ArrayList<>();
    Backend backend = null;
    try (InputStream in =
        RouteCompletenessTest.class.getResourceAsStream("/service-endpoints.txt")) {
      assertThat(in).as("service-endpoints.txt on the test class path").isNotNull();
      for (String raw : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        Matcher section = SECTION.matcher(line);
        Matcher endpoint = ENDPOINT.matcher(line);
        if (section.matches()) {
          String name = section.group(1);
          backend =
              Backend.fromName(name).orElseThrow(() -> new AssertionError("No backend " + name));
        } else if (endpoint.matches() && backend != null) {
          endpoints.add(new Endpoint(backend, endpoint.group(1), endpoint.group(2)));
        } else {
          fail("Unreadable line in service-endpoints.txt: " + raw);
        }
      }
    }
    return endpoints;
  }

  @Test
  void theSnapshotListsTheServicesEndpoints() throws IOException {
    List<Endpoint> endpoints = endpoints();
    assertThat(endpoints).extracting(Endpoint::backend).contains(Backend.IDENTITY);
    assertThat(endpoints.stream().map(e -> e.method() + " " + e.path()))
        .contains(
            "POST /api/auth/login",
            "GET /api/projects/{projectId}/activity",
            "PATCH /api/governance/users/{userId}",
            "POST /api/projects/{projectId}/diagnostics/selftest")
        .doesNotHaveDuplicates();
  }

  @Test
  void everyEndpointOfEveryServiceHasARouteToThatService() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      RouteLookup lookup =
          table.lookup(endpoint.method(), RequestPath.parse(endpoint.samplePath()));
      if (!(lookup instanceof RouteLookup.Matched matched)) {
        missing.add(endpoint + " has no route (" + lookup + ")");
      } else if (!matched
          .route()
          .rule()
          .target()
          .equals(new RouteTarget.Service(endpoint.backend()))) {
        missing.add(endpoint + " is routed to " + matched.route().rule().target());
      }
    }
    assertThat(missing).as("add a row to PublicRoutes for each").isEmpty();
  }

  @Test
  void everyRouteToAServiceServesAListedEndpoint() throws IOException {
    Set<String> used = new LinkedHashSet<>();
    for (Endpoint endpoint : endpoints()) {
      if (table.lookup(endpoint.method(), RequestPath.parse(endpoint.samplePath()))
          instanceof RouteLookup.Matched matched) {
        used.add(matched.route().id());
      }
    }
    List<String> stale =
        table.routes().stream()
            .filter(route -> route.rule().target() instanceof RouteTarget.Service)
            .map(Route::id)
            .filter(id -> !used.contains(id))
            .toList();
    assertThat(stale)
        .as("rows no service endpoint needs (or refresh service-endpoints.txt)")
        .isEmpty();
  }

  @Test
  void anUnlistedEndpointWouldBeCaught() {
    Endpoint unrouted = new Endpoint(Backend.IDENTITY, "POST", "/api/projects/{projectId}/export");
    assertThat(table.lookup(unrouted.method(), RequestPath.parse(unrouted.samplePath())))
        .isInstanceOf(RouteLookup.NotFound.class);
  }
}
