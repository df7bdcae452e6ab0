package dev.kythera.gateway.adapter.in.messaging;

import dev.kythera.gateway.application.port.in.AccountChangedUseCase;
import dev.kythera.gateway.domain.Uuids;
import dev.kythera.kernel.event.EventEnvelope;
import dev.kythera.kernel.event.EventTypes;
import dev.kythera.platform.events.ConsumerLoop;
import dev.kythera.platform.events.IncomingEvent;
import dev.kythera.platform.events.KafkaClients;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Inbound adapter (Kafka): identity's audit events of account changes — a governance change of
 * enabled flag, role or plan, an account deletion — make this gateway forget the account's cached
 * status. The gateway that relays such a change already forgot it (identity's response header);
 * this reaches every other replica, each listening in a group of its own from the newest event on.
 * The status cache's 5 seconds stay the fallback when Kafka lags.
 */
@ApplicationScoped
public class AccountChangesListener {
  /** identity's audit actions that change what the gateway caches about an account. */
  static final Set<String> ACCOUNT_ACTIONS = Set.of("governance.user_updated", "account.deleted");

  private final KafkaClients kafka;
  private final AccountChangedUseCase accountChanged;
  private ConsumerLoop loop;

  public AccountChangesListener(KafkaClients kafka, AccountChangedUseCase accountChanged) {
    this.kafka = kafka;
    this.accountChanged = accountChanged;
  }

  void start(@Observes StartupEvent event) {
    loop =
        ConsumerLoop.builder("gateway-account-changes", kafka)
            .topics(EventTypes.TOPIC_AUDIT)
            .group("gateway-account-changes-" + UUID.randomUUID())
            .fromLatest()
            .handler(this::onEvent)
            .build()
            .start();
  }

  void stop(@Observes ShutdownEvent event) {
    if (loop != null) {
      loop.close();
    }
  }

  /** Handles one event of the audit topic (public for the gateway's tests). */
  public void onEvent(IncomingEvent event) {
    changedAccount(event.envelope()).ifPresent(accountChanged::accountChanged);
  }

  /**
   * The account an audit event says changed: {@code details.userId} of a governance change, the
   * actor of an account deletion; empty for every other event.
   */
  static Optional<UUID> changedAccount(EventEnvelope envelope) {
    if (!EventTypes.AUDIT_RECORDED.equals(envelope.type())) {
      return Optional.empty();
    }
    JsonObject data;
    try {
      data = new JsonObject(envelope.data());
    } catch (DecodeException e) {
      return Optional.empty();
    }
    Object action = data.getValue("action");
    if (!(action instanceof String name) || !ACCOUNT_ACTIONS.contains(name)) {
      return Optional.empty();
    }
    Object id =
        name.equals("account.deleted")
            ? data.getValue("actorId")
            : data.getValue("details") instanceof JsonObject details
                ? details.getValue("userId")
                : null;
    return id instanceof String text ? Uuids.parse(text) : Optional.empty();
  }
}
