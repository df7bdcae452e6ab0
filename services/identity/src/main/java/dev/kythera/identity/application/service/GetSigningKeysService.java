package dev.kythera.identity.application.service;

import dev.kythera.identity.application.port.in.GetSigningKeysUseCase;
import dev.kythera.identity.application.port.out.TokenIssuer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Publishes the access-token verification keys. */
@ApplicationScoped
public class GetSigningKeysService implements GetSigningKeysUseCase {
  private final TokenIssuer tokenIssuer;

  public GetSigningKeysService(TokenIssuer tokenIssuer) {
    this.tokenIssuer = tokenIssuer;
  }

  @Override
  public Map<String, Object> jwks() {
    return tokenIssuer.jwks();
  }
}
