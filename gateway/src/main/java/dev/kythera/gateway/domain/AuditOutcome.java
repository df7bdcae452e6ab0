package dev.kythera.gateway.domain;

import java.util.Locale;

/** How a request ended, as the audit log states it. */
public enum AuditOutcome {
  /** Answered 1xx–3xx. */
  SUCCESS,
  /** Refused for who the caller is: 401, 402, 403. */
  DENIED,
  /** Any other 4xx or 5xx, or no answer at all (the client went away first). */
  FAILURE;

  /** The outcome of a response with {@code status}; 0 means no status was sent. */
  public static AuditOutcome of(int status) {
    if (status == 401 || status == 402 || status == 403) {
      return DENIED;
    }
    if (status >= 100 && status < 400) {
      return SUCCESS;
    }
    return FAILURE;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
