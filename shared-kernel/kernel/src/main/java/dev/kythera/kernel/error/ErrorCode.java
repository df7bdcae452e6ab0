package dev.kythera.kernel.error;

/**
 * Stable error vocabulary. Each code maps to one HTTP status and one problem {@code type} URI, so
 * clients can branch on the type instead of parsing messages.
 */
public enum ErrorCode {
  VALIDATION_FAILED(400, "validation-failed", "The request is not valid", false),
  MALFORMED_REQUEST(400, "malformed-request", "The request body could not be read", false),
  UNAUTHENTICATED(401, "unauthenticated", "Authentication is required", false),
  INVALID_TOKEN(401, "invalid-token", "The token is not valid", false),
  INVALID_CREDENTIALS(401, "invalid-credentials", "Email or password is wrong", false),
  PLAN_REQUIRED(402, "plan-required", "Your plan does not include this", false),
  FORBIDDEN(403, "forbidden", "You are not allowed to do this", false),
  EMAIL_NOT_VERIFIED(403, "email-not-verified", "The email address is not verified yet", false),
  ACCOUNT_DISABLED(403, "account-disabled", "The account is disabled", false),
  NOT_FOUND(404, "not-found", "Not found", false),
  METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed", false),
  NOT_ACCEPTABLE(406, "not-acceptable", "No acceptable representation", false),
  CONFLICT(409, "conflict", "The request conflicts with the current state", false),
  GONE(410, "gone", "The link or token is no longer valid", false),
  PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large", false),
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported content type", false),
  /**
   * A target database could not be reached or refused the login; {@code errors} names the field.
   */
  CONNECTION_FAILED(422, "connection-failed", "The database could not be reached", true),
  /** A target database answered a query with an error (bad SQL, missing table, permission). */
  TARGET_QUERY_FAILED(422, "target-query-failed", "The database refused the query", false),
  RATE_LIMITED(429, "rate-limited", "Too many requests", true),
  INTERNAL(500, "internal", "Something went wrong on our side", true),
  BAD_GATEWAY(502, "bad-gateway", "A backend service did not answer", true),
  UNAVAILABLE(503, "unavailable", "The service is not available right now", true),
  GATEWAY_TIMEOUT(504, "gateway-timeout", "A backend service did not answer in time", true);

  private final int status;
  private final String slug;
  private final String title;
  private final boolean retryable;

  ErrorCode(int status, String slug, String title, boolean retryable) {
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.retryable = retryable;
  }

  public int status() {
    return status;
  }

  /** Problem {@code type} URI: stable, documented in docs/api.md. */
  public String type() {
    return "https://kythera.dev/problems/" + slug;
  }

  public String title() {
    return title;
  }

  public boolean retryable() {
    return retryable;
  }

  /** The best code for a bare HTTP status (used for framework errors). */
  public static ErrorCode forStatus(int status) {
    for (ErrorCode code : values()) {
      if (code.status == status) {
        return code;
      }
    }
    return status >= 500 ? INTERNAL : VALIDATION_FAILED;
  }
}
