package dev.kythera.identity.domain.token;

/** What a one-time mail token proves when it comes back. */
public enum TokenPurpose {
  /** Ownership of the address given at registration. */
  EMAIL_VERIFICATION,
  /** The right to set a new password. */
  PASSWORD_RESET
}
