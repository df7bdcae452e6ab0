package dev.kythera.identity.support;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** identity's own OpenAPI document, as the running test instance serves it. */
public final class OpenApi {
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "patch", "delete", "head", "options");

  private OpenApi() {}

  /** One documented operation. */
  public record Endpoint(String method, String path) {
    @Override
    public String toString() {
      return method + " " + path;
    }

    /** The path with {@code {projectId}}/{@code {teamId}} filled in, other variables random. */
    public String sample(Map<String, String> variables) {
      StringBuilder out = new StringBuilder();
      java.util.regex.Matcher matcher =
          java.util.regex.Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}").matcher(path);
      while (matcher.find()) {
        String value =
            variables.getOrDefault(matcher.group(1), java.util.UUID.randomUUID().toString());
        matcher.appendReplacement(out, value);
      }
      matcher.appendTail(out);
      return out.toString();
    }
  }

  /** Every {@code /api} operation of the OpenAPI document, sorted by path, then method. */
  public static List<Endpoint> apiEndpoints() {
    String json =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    Map<String, Map<String, Object>> paths = JsonPath.from(json).getMap("paths");
    List<Endpoint> endpoints = new ArrayList<>();
    paths.forEach(
        (path, operations) -> {
          if (path.startsWith("/api/")) {
            for (String method : operations.keySet()) {
              if (METHODS.contains(method)) {
                endpoints.add(new Endpoint(method.toUpperCase(Locale.ROOT), path));
              }
            }
          }
        });
    endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
    return endpoints;
  }
}
