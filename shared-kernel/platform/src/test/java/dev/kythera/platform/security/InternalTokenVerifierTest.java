package dev.kythera.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kythera.kernel.access.Caller;
import dev.kythera.kernel.access.ProjectPermission;
import dev.kythera.kernel.access.Role;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.testing.TestKeys;
import dev.kythera.testing.TestTokens;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InternalTokenVerifierTest {
  private final InternalTokenVerifier verifier =
      new InternalTokenVerifier(PemKeys.publicKey(TestKeys.dir().resolve("gateway-public.pem")));

  @Test
  void readsTheCallerFromAValidToken() {
    UUID user = UUID.randomUUID();
    UUID project = UUID.randomUUID();
    Caller caller =
        verifier.verify(
            TestTokens.internal()
                .user(user)
                .role("admin")
                .plan("pro")
                .email("a@b.c")
                .project(project, "write")
                .sign());
    assertThat(caller.userId()).contains(user);
    assertThat(caller.role()).isEqualTo(Role.ADMIN);
    assertThat(caller.projectId()).contains(project);
    assertThat(caller.permission()).contains(ProjectPermission.WRITE);
    assertThat(caller.email()).contains("a@b.c");
  }

  @Test
  void anonymousTokenHasNoUser() {
    assertThat(verifier.verify(TestTokens.internal().sign()).authenticated()).isFalse();
  }

  @Test
  void refusesForgedExpiredUnsignedAndMisaddressedTokens() {
    UUID user = UUID.randomUUID();
    for (String bad :
        new String[] {
          TestTokens.internal().user(user).signedBy(TestKeys.stranger().getPrivate()).sign(),
          TestTokens.internal().user(user).expiresIn(-300).sign(),
          TestTokens.algNone(user),
          TestTokens.internal().user(user).issuer("kythera-identity").sign(),
          TestTokens.internal().user(user).audience("kythera").sign(),
          "not.a.token",
          ""
        }) {
      assertThatThrownBy(() -> verifier.verify(bad)).isInstanceOf(KytheraException.class);
    }
  }

  @Test
  void userJwtSignedByIdentityIsNotAnInternalToken() {
    String userToken =
        TestTokens.internal().user(UUID.randomUUID()).signedBy(TestKeys.identityPrivate()).sign();
    assertThatThrownBy(() -> verifier.verify(userToken)).isInstanceOf(KytheraException.class);
  }
}
