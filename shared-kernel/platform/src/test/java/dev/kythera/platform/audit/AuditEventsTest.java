package dev.kythera.platform.audit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditEventsTest {

  @Test
  void idsNamesAndCountsAreFineDetails() {
    assertThatCode(
            () ->
                AuditEvents.requireNoSecrets(
                    Map.of("connectionId", "c1", "name", "shop", "nested", Map.of("tables", 3))))
        .doesNotThrowAnyException();
  }

  @Test
  void secretLookingKeysAreRefusedEvenWhenNested() {
    assertThatThrownBy(() -> AuditEvents.requireNoSecrets(Map.of("password", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("password");
    assertThatThrownBy(
            () -> AuditEvents.requireNoSecrets(Map.of("ssh", Map.of("sshPrivateKey", "-----"))))
        .hasMessageContaining("sshPrivateKey");
    assertThatThrownBy(() -> AuditEvents.requireNoSecrets(Map.of("refreshToken", "t")))
        .hasMessageContaining("refreshToken");
  }
}
