package dev.kythera.identity.adapter.out.introspection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kythera.identity.application.IdentityConfig;
import dev.kythera.identity.application.port.out.ConnectionStatistics;
import dev.kythera.platform.config.KytheraConfig;
import dev.kythera.platform.security.ServiceTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalLong;
import org.jboss.logging.Logger;

/**
 * Outbound adapter (HTTP): {@link ConnectionStatistics} from introspection's internal API ({@code
 * GET /internal/stats}), signed with this service's service token. Anything but a 200 with a
 * non-negative count — refused, unreachable, slow, malformed — answers "unavailable"; statistics
 * never fail because introspection is down.
 */
@ApplicationScoped
public class IntrospectionConnectionStatistics implements ConnectionStatistics {
  private static final Logger LOG = Logger.getLogger(IntrospectionConnectionStatistics.class);
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);

  private final URI statsUri;
  private final ServiceTokens tokens;
  private final ObjectMapper json;
  private final HttpClient http;

  /**
   * Builds its own {@link ServiceTokens}: the platform class has two constructors and no {@code
   * Inject}, so CDI cannot create it as a bean.
   */
  @Inject
  public IntrospectionConnectionStatistics(
      IdentityConfig config, KytheraConfig platform, ObjectMapper json) {
    this(
        URI.create(stripSlash(config.services().introspection()) + "/internal/stats"),
        new ServiceTokens(platform),
        json);
  }

  IntrospectionConnectionStatistics(URI statsUri, ServiceTokens tokens, ObjectMapper json) {
    this.statsUri = statsUri;
    this.tokens = tokens;
    this.json = json;
    this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
  }

  @Override
  public OptionalLong totalConnections() {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(statsUri)
              .timeout(REQUEST_TIMEOUT)
              .header("Authorization", tokens.bearer())
              .header("Accept", "application/json")
              .GET()
              .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        LOG.warnf("introspection answered %d to %s", response.statusCode(), statsUri);
        return OptionalLong.empty();
      }
      JsonNode count = json.readTree(response.body()).path("connections");
      if (!count.canConvertToLong() || !count.isIntegralNumber() || count.asLong() < 0) {
        LOG.warnf("introspection sent no connection count: %s", response.body());
        return OptionalLong.empty();
      }
      return OptionalLong.of(count.asLong());
    } catch (IOException | RuntimeException e) {
      LOG.warnf("introspection is unreachable at %s: %s", statsUri, e.toString());
      return OptionalLong.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalLong.empty();
    }
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
