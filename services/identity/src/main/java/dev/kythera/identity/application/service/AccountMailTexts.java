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

  static String addedToProject(
      String publicUrl, String inviter, String project, String projectId, String permission) {
    return """
        %s gave you %s access to the project "%s" on KytheraDB.

        Open it here:
        %s/projects/%s
        """
        .formatted(inviter, permission, project, base(publicUrl), projectId);
  }

  static String invitedToProject(
      String publicUrl, String inviter, String project, String email, String permission) {
    return """
        %s invited you to the project "%s" on KytheraDB with %s access.

        Create your account with this address (%s) to join:
        %s/register?email=%s

        The invitation is claimed as soon as you confirm the address.
        """
        .formatted(
            inviter,
            project,
            permission,
            email,
            base(publicUrl),
            java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8));
  }

  static String addedToTeam(
      String publicUrl, String inviter, String team, String teamId, String role) {
    return """
        %s added you to the team "%s" on KytheraDB as %s.

        Open it here:
        %s/teams/%s
        """
        .formatted(inviter, team, role, base(publicUrl), teamId);
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
