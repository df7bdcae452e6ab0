package dev.kythera.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kythera.identity.support.MailSinkResource;
import dev.kythera.identity.support.OpenApi;
import dev.kythera.testing.KytheraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The gateway's route-completeness test reads identity's endpoints from a snapshot ({@code
 * gateway/src/test/resources/service-endpoints.txt}). This test keeps that snapshot honest: the
 * {@code [identity]} section must list exactly the {@code /api} operations of identity's OpenAPI
 * document, so a new or removed endpoint fails identity's build until the snapshot is refreshed
 * (and the gateway then asks for its route row).
 */
@QuarkusTest
@QuarkusTestResource(
    value = KytheraTestResource.class,
    initArgs = @ResourceArg(name = "prefix", value = "identity"))
@QuarkusTestResource(MailSinkResource.class)
class ServiceEndpointsSnapshotTest {
  /** Relative to this module, where Maven runs its tests. */
  static final Path SNAPSHOT = Path.of("../../gateway/src/test/resources/service-endpoints.txt");

  static final String SECTION = "[identity]";

  /** The "METHOD path" lines of one section of the snapshot. */
  static List<String> section(List<String> lines, String header) {
    List<String> endpoints = new ArrayList<>();
    boolean inside = false;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.startsWith("[")) {
        inside = line.equals(header);
      } else if (inside && !line.isEmpty() && !line.startsWith("#")) {
        endpoints.add(line);
      }
    }
    return endpoints;
  }

  @Test
  void theGatewaysSnapshotListsExactlyIdentitysEndpoints() throws IOException {
    assertThat(SNAPSHOT).as("the gateway's endpoint snapshot, from services/identity").exists();
    List<String> listed = section(Files.readAllLines(SNAPSHOT, StandardCharsets.UTF_8), SECTION);
    assertThat(listed).as("the " + SECTION + " section of " + SNAPSHOT).isNotEmpty();
    TreeSet<String> documented = new TreeSet<>();
    OpenApi.apiEndpoints().forEach(endpoint -> documented.add(endpoint.toString()));
    assertThat(listed).as("duplicate lines in " + SECTION).doesNotHaveDuplicates();

    TreeSet<String> missing = new TreeSet<>(documented);
    missing.removeAll(listed);
    TreeSet<String> stale = new TreeSet<>(listed);
    stale.removeAll(documented);
    assertThat(missing)
        .as(
            "identity endpoints missing from %s; refresh it with gateway/scripts/service-endpoints.sh"
                + " and give each a row in the gateway's PublicRoutes",
            SNAPSHOT)
        .isEmpty();
    assertThat(stale)
        .as(
            "lines of %s whose identity endpoint no longer exists; refresh it with"
                + " gateway/scripts/service-endpoints.sh",
            SNAPSHOT)
        .isEmpty();
  }

  @Test
  void sectionsAreReadBetweenTheirHeaders() {
    List<String> lines =
        List.of(
            "# comment",
            "[identity]",
            "GET /api/a",
            "",
            "POST /api/b",
            "[introspection]",
            "GET /api/c");
    assertThat(section(lines, "[identity]")).containsExactly("GET /api/a", "POST /api/b");
    assertThat(section(lines, "[introspection]")).containsExactly("GET /api/c");
    assertThat(section(lines, "[patch]")).isEmpty();
  }
}
