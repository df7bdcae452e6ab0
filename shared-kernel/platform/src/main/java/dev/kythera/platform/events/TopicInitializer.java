package dev.kythera.platform.events;

import dev.kythera.kernel.event.EventTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.jboss.logging.Logger;

/** Creates the platform topics at start when they are missing (idempotent, any service may). */
public final class TopicInitializer {
  private static final Logger LOG = Logger.getLogger(TopicInitializer.class);
  static final List<String> SERVICES =
      List.of("identity", "introspection", "generation", "patch", "compliance");

  private TopicInitializer() {}

  /** Every topic of the platform with its partition count (docs/events.md). */
  public static List<NewTopic> platformTopics(short replication) {
    List<NewTopic> topics = new ArrayList<>();
    for (String service : SERVICES) {
      topics.add(topic(replication, EventTypes.jobRequests(service), 6));
      topics.add(topic(replication, EventTypes.jobRequests(service) + EventTypes.DLQ_SUFFIX, 1));
    }
    topics.add(topic(replication, EventTypes.TOPIC_JOB_EVENTS, 6));
    topics.add(topic(replication, EventTypes.TOPIC_JOB_EVENTS + EventTypes.DLQ_SUFFIX, 1));
    topics.add(topic(replication, EventTypes.TOPIC_JOB_COMMANDS, 3));
    topics.add(topic(replication, EventTypes.TOPIC_JOB_COMMANDS + EventTypes.DLQ_SUFFIX, 1));
    topics.add(topic(replication, EventTypes.TOPIC_AUDIT, 3));
    topics.add(topic(replication, EventTypes.TOPIC_AUDIT + EventTypes.DLQ_SUFFIX, 1));
    topics.add(topic(replication, EventTypes.TOPIC_SCHEMA, 3));
    topics.add(topic(replication, EventTypes.TOPIC_SCHEMA + EventTypes.DLQ_SUFFIX, 1));
    return topics;
  }

  public static void ensureTopics(Admin admin, short replication) {
    ensure(admin, platformTopics(replication));
  }

  /** Creates those of {@code topics} that do not exist yet; existing ones are left as they are. */
  public static void ensure(Admin admin, List<NewTopic> topics) {
    try {
      Set<String> existing = admin.listTopics().names().get(15, TimeUnit.SECONDS);
      List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t.name())).toList();
      if (missing.isEmpty()) {
        return;
      }
      try {
        admin.createTopics(missing).all().get(15, TimeUnit.SECONDS);
        LOG.infof("Created %d Kafka topics", missing.size());
      } catch (ExecutionException e) {
        // Another service created them at the same moment: fine, they exist now.
        if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
          throw e;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while creating topics", e);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot create Kafka topics: " + e.getMessage(), e);
    }
  }

  private static NewTopic topic(short replication, String name, int partitions) {
    return new NewTopic(name, partitions, replication);
  }
}
