package dev.kythera.platform.events;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates the platform topics before consumers start; a broker outage only logs (readiness tells).
 */
@ApplicationScoped
public class KafkaTopicsStartup {
  private static final Logger LOG = Logger.getLogger(KafkaTopicsStartup.class);

  void onStart(
      @Observes @Priority(10) StartupEvent event,
      KafkaClients kafka,
      @ConfigProperty(name = "kythera.kafka.replication-factor", defaultValue = "1")
          short replication) {
    try (Admin admin = kafka.admin()) {
      TopicInitializer.ensureTopics(admin, replication);
    } catch (RuntimeException e) {
      LOG.warnf("Kafka topics not checked at start: %s", e.getMessage());
    }
  }
}
