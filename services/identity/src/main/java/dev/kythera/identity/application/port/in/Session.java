package dev.kythera.identity.application.port.in;

/** A signed-in session: a short-lived access token, a rotating refresh token, and the user. */
public record Session(
    String accessToken, String refreshToken, long expiresInSeconds, UserView user) {
  @Override
  public String toString() {
    return "Session[user=" + user.id() + ", tokens hidden]";
  }
}
