package dev.kythera.identity.application.port.in;

import java.util.Map;

/** Inbound port: the public keys that verify identity's access tokens (JWKS). */
public interface GetSigningKeysUseCase {

  /** A JWKS document: {@code {"keys":[{kty, kid, use, alg, n, e}]}}. */
  Map<String, Object> jwks();
}
