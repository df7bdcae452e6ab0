package dev.kythera.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmallRulesTest {

  @Test
  void saneRequestIdsAreKeptOthersReplaced() {
    assertThat(RequestIds.acceptOrNew("abc-123_x.y:z")).isEqualTo("abc-123_x.y:z");
    assertThat(RequestIds.acceptOrNew("has space")).hasSize(36).isNotEqualTo("has space");
    assertThat(RequestIds.acceptOrNew("x".repeat(65))).hasSize(36);
    assertThat(RequestIds.acceptOrNew("")).hasSize(36);
    assertThat(RequestIds.acceptOrNew(null)).hasSize(36);
    assertThat(RequestIds.acceptOrNew("<script>")).hasSize(36);
  }

  @Test
  void jsonMediaTypes() {
    assertThat(MediaTypes.isJson("application/json")).isTrue();
    assertThat(MediaTypes.isJson("Application/JSON; charset=utf-8")).isTrue();
    assertThat(MediaTypes.isJson("application/merge-patch+json")).isTrue();
    assertThat(MediaTypes.isJson("text/plain")).isFalse();
    assertThat(MediaTypes.isJson("application/jsonx")).isFalse();
    assertThat(MediaTypes.isJson(null)).isFalse();
  }

  @Test
  void onlyCanonicalUuids() {
    assertThat(Uuids.parse("0b5e9b8e-3f0c-4c8e-9a51-0f6a2a1c7d10")).isPresent();
    assertThat(Uuids.parse("1-2-3-4-5")).isEmpty();
    assertThat(Uuids.parse("0b5e9b8e3f0c4c8e9a510f6a2a1c7d10")).isEmpty();
    assertThat(Uuids.parse(null)).isEmpty();
  }
}
