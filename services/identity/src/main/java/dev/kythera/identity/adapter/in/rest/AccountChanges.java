package dev.kythera.identity.adapter.in.rest;

import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Inbound adapter helper: marks a response that changed an account's enabled flag, role or plan (or
 * deleted it) with {@value #HEADER}, so the gateway that relays it forgets its cached status of
 * that account before the caller sees the answer: the account's next request is checked against the
 * new state at once. The gateway strips the header; the change's audit event tells the other
 * gateway replicas.
 */
final class AccountChanges {
  static final String HEADER = "X-Internal-Account-Changed";

  private AccountChanges() {}

  /** 200 with {@code entity}, announcing that {@code userId}'s account changed. */
  static <T> RestResponse<T> changed(T entity, UUID userId) {
    return RestResponse.ResponseBuilder.ok(entity).header(HEADER, userId.toString()).build();
  }
}
