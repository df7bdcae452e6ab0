package dev.kythera.identity.domain.token;

import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;

/**
 * A refresh token came back after it had been rotated: someone holds a copy. The family is revoked
 * before this is thrown, and that revocation must be committed although the call fails.
 */
public class RefreshTokenReusedException extends KytheraException {
  public RefreshTokenReusedException() {
    super(
        ErrorCode.INVALID_TOKEN,
        "This refresh token was already used; the session is revoked, sign in again");
  }
}
