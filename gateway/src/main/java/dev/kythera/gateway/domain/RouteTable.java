package dev.kythera.gateway.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The gateway's public routes. Patterns are compiled once and grouped by their first two literal
 * segments ({@code api/projects}), so a lookup only tries the few routes that can match; inside a
 * group the most specific pattern wins, then an explicit method beats {@code *}.
 */
public final class RouteTable {
  private static final Comparator<Route> PRECEDENCE =
      Comparator.<Route, PathPattern>comparing(Route::pattern, PathPattern::compareSpecificity)
          .thenComparing(route -> route.method().equals(Route.ANY_METHOD));

  private final List<Route> routes;
  private final Map<String, List<Route>> groups;
  private final List<Route> ungrouped;

  private RouteTable(List<Route> routes) {
    this.routes = List.copyOf(routes);
    Map<String, List<Route>> byGroup = new HashMap<>();
    List<Route> rest = new ArrayList<>();
    for (Route route : routes) {
      String key = route.pattern().groupKey();
      if (key == null) {
        rest.add(route);
      } else {
        byGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(route);
      }
    }
    byGroup.replaceAll((key, list) -> sorted(list));
    this.groups = Map.copyOf(byGroup);
    this.ungrouped = sorted(rest);
  }

  private static List<Route> sorted(List<Route> list) {
    List<Route> copy = new ArrayList<>(list);
    copy.sort(PRECEDENCE);
    return List.copyOf(copy);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Finds the route for {@code method} (upper case) and a validated request path. */
  public RouteLookup lookup(String method, RequestPath path) {
    List<String> segments = path.segments();
    Set<String> allowed = null;
    for (List<Route> candidates : List.of(group(segments), ungrouped)) {
      for (Route route : candidates) {
        Map<String, String> variables = route.pattern().match(segments);
        if (variables == null) {
          continue;
        }
        if (route.acceptsMethod(method)) {
          return new RouteLookup.Matched(route, variables);
        }
        if (allowed == null) {
          allowed = new TreeSet<>();
        }
        allowed.add(route.method());
      }
    }
    return allowed == null
        ? new RouteLookup.NotFound()
        : new RouteLookup.MethodNotAllowed(List.copyOf(allowed));
  }

  private List<Route> group(List<String> segments) {
    if (segments.isEmpty()) {
      return List.of();
    }
    String key = segments.size() == 1 ? segments.get(0) : segments.get(0) + "/" + segments.get(1);
    return groups.getOrDefault(key, List.of());
  }

  /** Every route, in the order they were added. */
  public List<Route> routes() {
    return routes;
  }

  /** Collects routes and checks each rule against its pattern. */
  public static final class Builder {
    private final List<Route> routes = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private Builder() {}

    public Builder add(String method, String pattern, RouteRule rule) {
      Route route = new Route(method, PathPattern.compile(pattern), rule);
      check(route);
      if (!ids.add(route.id())) {
        throw new IllegalArgumentException("Route listed twice: " + route.id());
      }
      routes.add(route);
      return this;
    }

    private static void check(Route route) {
      PathPattern pattern = route.pattern();
      RouteRule rule = route.rule();
      boolean projectPath = pattern.hasVariable("projectId");
      if (projectPath != rule.projectAccess().isPresent()) {
        throw new IllegalArgumentException(
            route.id() + ": a route has a {projectId} exactly when it needs project access");
      }
      if (rule.target() instanceof RouteTarget.ServiceDocs && !pattern.hasVariable("service")) {
        throw new IllegalArgumentException(route.id() + ": a docs route needs a {service}");
      }
    }

    public RouteTable build() {
      return new RouteTable(Collections.unmodifiableList(routes));
    }
  }
}
