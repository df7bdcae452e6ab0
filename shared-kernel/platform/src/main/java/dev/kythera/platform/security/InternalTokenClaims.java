package dev.kythera.platform.security;

/** Claim names and fixed values of the gateway's internal token (docs/architecture.md). */
public final class InternalTokenClaims {
  private InternalTokenClaims() {}

  public static final String ISSUER = "kythera-gateway";

  /** Issuer of service-to-service tokens, signed with the services' own key. */
  public static final String SERVICE_ISSUER = "kythera-service";

  public static final String AUDIENCE = "kythera-services";
  public static final String ANONYMOUS_SUBJECT = "anonymous";
  public static final String ROLE = "role";
  public static final String PLAN = "plan";
  public static final String EMAIL = "email";
  public static final String PROJECT = "project";
  public static final String PERMISSION = "perm";
  public static final String REQUEST_ID = "rid";
}
