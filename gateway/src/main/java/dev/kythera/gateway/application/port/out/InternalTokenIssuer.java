package dev.kythera.gateway.application.port.out;

import dev.kythera.kernel.access.Caller;
import java.util.concurrent.CompletionStage;

/** Outbound port: mints the short-lived internal token services accept. */
public interface InternalTokenIssuer {

  /**
   * Signs a token stating {@code caller} (user or anonymous, role, plan, email, project,
   * permission, request id) for the services' audience. May complete on another thread.
   */
  CompletionStage<String> issue(Caller caller);
}
