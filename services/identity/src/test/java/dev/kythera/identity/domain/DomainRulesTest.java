package dev.kythera.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kythera.identity.domain.project.Project;
import dev.kythera.identity.domain.token.OneTimeToken;
import dev.kythera.identity.domain.token.RefreshToken;
import dev.kythera.identity.domain.token.SecretToken;
import dev.kythera.identity.domain.token.TokenPurpose;
import dev.kythera.identity.domain.user.EmailAddress;
import dev.kythera.identity.domain.user.PasswordPolicy;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.id.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Plain unit tests of the identity domain rules. */
class DomainRulesTest {
  private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

  @Test
  void emailIsTrimmedAndLowerCased() {
    assertThat(EmailAddress.of("  Ada.Lovelace@Example.COM ").value())
        .isEqualTo("ada.lovelace@example.com");
  }

  @Test
  void emailShapeIsChecked() {
    assertThat(EmailAddress.problem(null)).contains("is required");
    assertThat(EmailAddress.problem("   ")).contains("is required");
    assertThat(EmailAddress.problem("no-at-sign")).contains("must be an email address");
    assertThat(EmailAddress.problem("a@b")).contains("must be an email address");
    assertThat(EmailAddress.problem("a b@c.de")).contains("must be an email address");
    assertThat(EmailAddress.problem("x".repeat(250) + "@a.de")).isPresent();
    assertThat(EmailAddress.problem("a@b.de")).isEmpty();
  }

  @Test
  void passwordLengthIsCountedInCharactersNotBytes() {
    assertThat(PasswordPolicy.problem("123456789")).isPresent();
    assertThat(PasswordPolicy.problem("1234567890")).isEmpty();
    assertThat(PasswordPolicy.problem("é".repeat(10))).isEmpty();
    assertThat(PasswordPolicy.problem("😀".repeat(128))).isEmpty();
    assertThat(PasswordPolicy.problem("😀".repeat(129))).isPresent();
    assertThat(PasswordPolicy.problem(" ".repeat(12))).contains("must not be only spaces");
    assertThat(PasswordPolicy.problem(null)).contains("is required");
  }

  @Test
  void secretTokensAreRandomUrlSafeAndHiddenFromToString() {
    SecretToken one = SecretToken.generate();
    SecretToken two = SecretToken.generate();
    assertThat(one.reveal()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(two.reveal());
    assertThat(one.toString()).doesNotContain(one.reveal());
    assertThat(one.hash()).isEqualTo(SecretToken.of(one.reveal()).hash());
    assertThat(one.hash().value()).isNotEqualTo(one.reveal());
  }

  @Test
  void oneTimeTokensExpireAndAreSingleUse() {
    OneTimeToken token =
        OneTimeToken.issue(
            UserId.random(),
            TokenPurpose.PASSWORD_RESET,
            SecretToken.generate(),
            NOW,
            Duration.ofHours(1));
    token.requireRedeemable(NOW.plusSeconds(3599));
    assertThatThrownBy(() -> token.requireRedeemable(NOW.plusSeconds(3600)))
        .isInstanceOf(KytheraException.class)
        .extracting(e -> ((KytheraException) e).code())
        .isEqualTo(ErrorCode.GONE);
    OneTimeToken used =
        new OneTimeToken(
            token.id(), token.userId(), token.purpose(), token.hash(), NOW, token.expiresAt(), NOW);
    assertThatThrownBy(() -> used.requireRedeemable(NOW)).hasMessageContaining("already used");
  }

  @Test
  void refreshTokenSuccessorStaysInTheFamily() {
    RefreshToken first =
        RefreshToken.startFamily(UserId.random(), SecretToken.generate(), NOW, Duration.ofDays(14));
    RefreshToken next = first.successor(SecretToken.generate(), NOW, Duration.ofDays(14));
    assertThat(next.familyId()).isEqualTo(first.familyId());
    assertThat(next.id()).isNotEqualTo(first.id());
    assertThat(first.expired(NOW.plus(Duration.ofDays(14)))).isTrue();
    assertThat(first.expired(NOW.plus(Duration.ofDays(13)))).isFalse();
  }

  @Test
  void projectValidatesAndEditsKeepUnchangedFields() {
    Project project = Project.create("  Billing  ", " ", UserId.random(), NOW);
    assertThat(project.name()).isEqualTo("Billing");
    assertThat(project.description()).isNull();
    Project edited = project.edit(null, "About billing", NOW.plusSeconds(5));
    assertThat(edited.name()).isEqualTo("Billing");
    assertThat(edited.description()).isEqualTo("About billing");
    assertThat(edited.createdAt()).isEqualTo(NOW);
    assertThatThrownBy(() -> Project.create("", "d".repeat(1001), UserId.random(), NOW))
        .isInstanceOfSatisfying(
            KytheraException.class,
            e ->
                assertThat(e.fieldErrors())
                    .extracting(f -> f.field())
                    .containsExactly("name", "description"));
  }
}
