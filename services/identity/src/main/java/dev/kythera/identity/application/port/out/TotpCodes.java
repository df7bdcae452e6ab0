package dev.kythera.identity.application.port.out;

import java.util.OptionalLong;

/** Outbound port: the RFC 6238 TOTP algorithm (HMAC-SHA1, 6 digits, 30 s steps). */
public interface TotpCodes {

  /** The code of one time step. */
  String codeAt(byte[] secret, long step);

  /**
   * The step, within {@code window} steps either side of {@code step}, whose code is {@code code};
   * empty when none matches. Compares in constant time.
   */
  OptionalLong matchingStep(byte[] secret, String code, long step, int window);
}
