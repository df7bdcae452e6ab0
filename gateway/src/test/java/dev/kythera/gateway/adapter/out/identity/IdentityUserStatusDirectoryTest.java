package dev.kythera.gateway.adapter.out.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kythera.gateway.domain.UserStatus;
import dev.kythera.kernel.access.Plan;
import dev.kythera.kernel.access.Role;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import io.vertx.core.buffer.Buffer;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reading identity's {@code GET /internal/users/{id}/status} answers. */
class IdentityUserStatusDirectoryTest {
  private static final UUID USER = UUID.randomUUID();

  private static Optional<UserStatus> read(int status, String body) {
    return IdentityUserStatusDirectory.status(
        USER, new IdentityClient.Reply(status, Buffer.buffer(body)));
  }

  @Test
  void identitysAnswerIsRead() {
    assertThat(
            read(
                200,
                "{\"userId\":\""
                    + USER
                    + "\",\"enabled\":false,\"role\":\"super_admin\","
                    + "\"plan\":\"enterprise\"}"))
        .contains(
            new UserStatus(
                USER, false, Optional.of(Role.SUPER_ADMIN), Optional.of(Plan.ENTERPRISE)));
    assertThat(read(200, "{\"enabled\":true}"))
        .contains(new UserStatus(USER, true, Optional.empty(), Optional.empty()));
    assertThat(read(404, "{\"code\":\"NOT_FOUND\"}")).isEmpty();
  }

  @Test
  void anythingElseIsABadGateway() {
    String[][] bad = {
      {"500", "{}"},
      {"401", "{}"},
      {"200", "not json"},
      {"200", "{\"role\":\"dev\"}"},
      {"200", "{\"enabled\":\"yes\"}"},
      {"200", "{\"enabled\":true,\"role\":\"emperor\"}"},
      {"200", "{\"enabled\":true,\"plan\":\"platinum\"}"},
      {"200", "{\"enabled\":true,\"userId\":\"" + UUID.randomUUID() + "\"}"}
    };
    for (String[] answer : bad) {
      assertThatThrownBy(() -> read(Integer.parseInt(answer[0]), answer[1]))
          .as(answer[0] + " " + answer[1])
          .isInstanceOfSatisfying(
              KytheraException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_GATEWAY));
    }
  }
}
