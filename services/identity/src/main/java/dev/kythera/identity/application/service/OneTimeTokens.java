package dev.kythera.identity.application.service;

import dev.kythera.identity.application.IdentityConfig;
import dev.kythera.identity.application.port.out.MailSender;
import dev.kythera.identity.application.port.out.MailSender.OutgoingMail;
import dev.kythera.identity.application.port.out.OneTimeTokenRepository;
import dev.kythera.identity.domain.token.OneTimeToken;
import dev.kythera.identity.domain.token.SecretToken;
import dev.kythera.identity.domain.token.TokenPurpose;
import dev.kythera.identity.domain.user.User;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * Application helper: issues mail tokens (verification, reset), mails them, and redeems them once.
 * Shared by the use cases that need it; runs in their transaction.
 */
@ApplicationScoped
public class OneTimeTokens {
  private final OneTimeTokenRepository tokens;
  private final MailSender mail;
  private final IdentityConfig config;

  public OneTimeTokens(OneTimeTokenRepository tokens, MailSender mail, IdentityConfig config) {
    this.tokens = tokens;
    this.mail = mail;
    this.config = config;
  }

  /** Replaces any open verification token of the user with a new one and mails it. */
  public void mailVerification(User user, Instant now) {
    SecretToken secret = issue(user, TokenPurpose.EMAIL_VERIFICATION, now);
    Duration ttl = config.tokens().verificationTtl();
    mail.send(
        new OutgoingMail(
            user.email().value(),
            "Confirm your KytheraDB email address",
            AccountMailTexts.verification(config.publicUrl(), secret.reveal(), ttl)));
  }

  /** Replaces any open reset token of the user with a new one and mails it. */
  public void mailPasswordReset(User user, Instant now) {
    SecretToken secret = issue(user, TokenPurpose.PASSWORD_RESET, now);
    Duration ttl = config.tokens().resetTtl();
    mail.send(
        new OutgoingMail(
            user.email().value(),
            "Reset your KytheraDB password",
            AccountMailTexts.passwordReset(config.publicUrl(), secret.reveal(), ttl)));
  }

  /**
   * Uses a presented token up and returns it.
   *
   * @throws KytheraException VALIDATION_FAILED for an unknown token, GONE for a used or expired one
   *     (also when a concurrent call redeemed it first)
   */
  public OneTimeToken redeem(String presented, TokenPurpose purpose, Instant now) {
    OneTimeToken token =
        tokens
            .findByHash(SecretToken.of(presented).hash(), purpose)
            .orElseThrow(
                () ->
                    new KytheraException(ErrorCode.VALIDATION_FAILED, "The token is not valid")
                        .withField("token", "is not a valid token"));
    token.requireRedeemable(now);
    if (!tokens.markUsed(token.id(), now)) {
      throw new KytheraException(ErrorCode.GONE, "This token was already used");
    }
    return token;
  }

  private SecretToken issue(User user, TokenPurpose purpose, Instant now) {
    Duration ttl =
        purpose == TokenPurpose.EMAIL_VERIFICATION
            ? config.tokens().verificationTtl()
            : config.tokens().resetTtl();
    tokens.invalidateOpen(user.id(), purpose, now);
    SecretToken secret = SecretToken.generate();
    tokens.insert(OneTimeToken.issue(user.id(), purpose, secret, now, ttl));
    return secret;
  }
}
