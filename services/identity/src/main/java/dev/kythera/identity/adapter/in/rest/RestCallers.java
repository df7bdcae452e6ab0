package dev.kythera.identity.adapter.in.rest;

import dev.kythera.identity.application.port.in.Actor;
import dev.kythera.kernel.access.Caller;
import dev.kythera.kernel.access.Role;
import dev.kythera.kernel.error.ErrorCode;
import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.id.UserId;
import dev.kythera.platform.security.CallerContext;

/** Inbound adapter helper: turns the verified caller into what the use cases expect. */
final class RestCallers {
  private RestCallers() {}

  /** The signed-in user as an {@link Actor}; 401 when the call is anonymous. */
  static Actor actor(CallerContext caller) {
    return new Actor(new UserId(caller.requireUser()), caller.caller().role());
  }

  /**
   * Refuses anything but the gateway's own service calls: its service tokens have the subject
   * {@code service:gateway} and the super_admin role.
   */
  static void requireService(CallerContext caller) {
    Caller current = caller.caller();
    if (!current.isService("gateway") || current.role() != Role.SUPER_ADMIN) {
      throw new KytheraException(
          ErrorCode.FORBIDDEN, "Only platform services may call internal endpoints");
    }
  }

  /** Fails with 400 when the request had no JSON body at all. */
  static <T> T body(T request) {
    if (request == null) {
      throw new KytheraException(ErrorCode.MALFORMED_REQUEST, "A JSON body is required");
    }
    return request;
  }
}
