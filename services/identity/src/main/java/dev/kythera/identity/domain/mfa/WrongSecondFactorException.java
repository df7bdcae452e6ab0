package dev.kythera.identity.domain.mfa;

import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;

/**
 * A wrong TOTP or recovery code at sign-in. The failed attempt it counts must be committed although
 * the call fails ({@code @Transactional(dontRollbackOn = …)} on the REST side).
 */
public class WrongSecondFactorException extends KytheraException {
  public WrongSecondFactorException() {
    super(ErrorCode.INVALID_CREDENTIALS, "The code is not valid");
  }
}
