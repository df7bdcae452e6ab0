package dev.kythera.gateway.application.port.in;

import java.util.UUID;

/**
 * Inbound port: identity changed an account (disabled or enabled it, changed its role or plan,
 * deleted it). The gateway stops trusting what it cached about the account, so the account's next
 * request is checked against its new state.
 */
public interface AccountChangedUseCase {

  void accountChanged(UUID userId);
}
