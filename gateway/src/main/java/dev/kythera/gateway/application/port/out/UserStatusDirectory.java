package dev.kythera.gateway.application.port.out;

import dev.kythera.gateway.domain.UserStatus;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** Outbound port: whether an account may still be used, with its current role and plan. */
public interface UserStatusDirectory {

  /**
   * The status of {@code userId}; empty when identity does not know the user (deleted). Answers may
   * be cached for a few seconds (at most the configured status cache lifetime). The stage fails
   * with {@code BAD_GATEWAY} when identity cannot answer. Never blocks the calling thread.
   */
  CompletionStage<Optional<UserStatus>> status(UUID userId);
}
