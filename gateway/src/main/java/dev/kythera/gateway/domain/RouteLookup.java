package dev.kythera.gateway.domain;

import java.util.List;
import java.util.Map;

/** The result of looking a request up in the {@link RouteTable}. */
public sealed interface RouteLookup {

  /** A route accepts the request; {@code variables} holds the path variables by name. */
  record Matched(Route route, Map<String, String> variables) implements RouteLookup {
    public Matched {
      variables = Map.copyOf(variables);
    }
  }

  /** The path is known but not for this method; {@code allowed} lists the methods, sorted. */
  record MethodNotAllowed(List<String> allowed) implements RouteLookup {
    public MethodNotAllowed {
      allowed = List.copyOf(allowed);
    }
  }

  /** No public route has this path. */
  record NotFound() implements RouteLookup {}
}
