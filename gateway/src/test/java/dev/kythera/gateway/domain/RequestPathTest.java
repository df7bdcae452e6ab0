package dev.kythera.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {

  @Test
  void splitsIntoSegmentsIgnoringOneTrailingSlash() {
    assertThat(RequestPath.parse("/api/projects").segments()).containsExactly("api", "projects");
    assertThat(RequestPath.parse("/api/projects/").segments()).containsExactly("api", "projects");
    assertThat(RequestPath.parse("/").segments()).isEmpty();
  }

  @Test
  void keepsHarmlessEscapesAsTheyAre() {
    RequestPath path = RequestPath.parse("/api/tables/order%20items/caf%C3%A9");
    assertThat(path.segments()).isEqualTo(List.of("api", "tables", "order%20items", "caf%C3%A9"));
    assertThat(path.raw()).isEqualTo("/api/tables/order%20items/caf%C3%A9");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/projects/../auth/me",
        "/api/./projects",
        "/api/projects/%2e%2e/auth",
        "/api/projects/%2E%2e",
        "/api/projects/.%2e/x",
        "/api/projects%2f..%2fauth",
        "/api/projects%2F",
        "/api/projects/%5c..",
        "/api/projects\\..\\auth",
        "/api//projects",
        "/api/..;/internal",
        "/api/projects;jsessionid=1",
        "/api/%61uth/me",
        "/api/%252e%252e/x",
        "/api/x%00",
        "/api/x%0a",
        "/api/x%",
        "/api/x%2",
        "/api/x%zz",
        "/api/x y",
        "/api/caf\u00e9",
        "api/projects",
        ""
      })
  void refusesPathsABackendCouldReadDifferently(String raw) {
    assertThatThrownBy(() -> RequestPath.parse(raw))
        .isInstanceOf(KytheraException.class)
        .satisfies(
            e -> assertThat(((KytheraException) e).code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
  }

  @Test
  void refusesOverlongPaths() {
    assertThatThrownBy(() -> RequestPath.parse("/api/" + "a".repeat(3000)))
        .isInstanceOf(KytheraException.class);
  }
}
