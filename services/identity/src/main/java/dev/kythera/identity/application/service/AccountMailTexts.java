package dev.kythera.identity.application.service;

import java.time.Duration;

/**
 * The texts of account mails. Each carries the link and the bare code on its own line, so a user
 * (or a test reading the mail sink) can use either.
 */
final class AccountMailTexts {
  private AccountMailTexts() {}

  static String verification(String publicUrl, String token, Duration ttl) {
    return """
        Welcome to KytheraDB.

        Confirm your email address by opening this link:
        %s/verify-email?token=%s

        Verification code: %s

        The link expires in %s. If you did not create an account, ignore this mail.
        """
        .formatted(base(publicUrl), token, token, human(ttl));
  }

  static String passwordReset(String publicUrl, String token, Duration ttl) {
    return """
        Someone asked to reset the password of your KytheraDB account.

        Choose a new password by opening this link:
        %s/reset-password?token=%s

        Reset code: %s

        The link expires in %s and works once. If you did not ask for it, ignore this mail:
        your password stays as it is.
        """
        .formatted(base(publicUrl), token, token, human(ttl));
  }

  private static String base(String publicUrl) {
    return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  private static String human(Duration ttl) {
    long hours = ttl.toHours();
    if (hours >= 1 && ttl.equals(Duration.ofHours(hours))) {
      return hours == 1 ? "1 hour" : hours + " hours";
    }
    return ttl.toMinutes() + " minutes";
  }
}
