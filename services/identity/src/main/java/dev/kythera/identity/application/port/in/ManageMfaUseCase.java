package dev.kythera.identity.application.port.in;

import java.util.List;

/** Inbound port: TOTP two-factor authentication of the signed-in user (free on every plan). */
public interface ManageMfaUseCase {

  /** Whether 2FA is on and how many recovery codes are left. */
  MfaStatus status(Actor actor);

  /**
   * Starts (or restarts) enrolment with a new secret; 409 when 2FA is already enabled.
   *
   * @return the secret, its otpauth URI and a QR code of it — shown now, never again
   */
  MfaSetup setUp(Actor actor);

  /**
   * Confirms the pending enrolment with a code from the app and turns 2FA on.
   *
   * @return ten recovery codes, shown once (only their hashes are kept)
   */
  List<String> enable(Actor actor, String code);

  /** Turns 2FA off after the password and a code (TOTP or recovery) are checked. */
  void disable(Actor actor, String password, String code);

  /** 2FA state of an account. */
  record MfaStatus(boolean enabled, boolean pending, long recoveryCodesLeft) {}

  /** A new enrolment. */
  record MfaSetup(String secret, String otpauthUri, String qrCode) {
    @Override
    public String toString() {
      return "MfaSetup[hidden]";
    }
  }
}
