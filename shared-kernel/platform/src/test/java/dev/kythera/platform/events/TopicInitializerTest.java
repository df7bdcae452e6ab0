package dev.kythera.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kythera.platform.support.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;

/** Topics exist after start with the partition counts docs/events.md promises. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class TopicInitializerTest {

  @Test
  void everyPlatformTopicExistsAfterStartWithItsPartitionCount() {
    List<NewTopic> expected = TopicInitializer.platformTopics((short) 1);
    try (Admin admin = PlatformTestResource.admin()) {
      Map<String, TopicDescription> actual = describe(admin, names(expected));
      assertThat(expected).hasSize(18); // 5 request topics, 4 shared topics, a .dlq for each
      for (NewTopic topic : expected) {
        assertThat(actual.get(topic.name()).partitions())
            .as("partitions of %s", topic.name())
            .hasSize(topic.numPartitions());
      }
    }
    Map<String, Integer> counts =
        expected.stream().collect(Collectors.toMap(NewTopic::name, NewTopic::numPartitions));
    assertThat(counts)
        .containsEntry("kythera.jobs.requests.generation", 6)
        .containsEntry("kythera.jobs.events", 6)
        .containsEntry("kythera.jobs.commands", 3)
        .containsEntry("kythera.audit.events", 3)
        .containsEntry("kythera.schema.events", 3)
        .containsEntry("kythera.audit.events.dlq", 1);
  }

  @Test
  void missingTopicsAreCreatedWithTheirCountsAndExistingOnesAreLeftAlone() {
    String prefix = "kythera.test.topics-" + UUID.randomUUID();
    NewTopic wide = new NewTopic(prefix + ".wide", 4, (short) 1);
    NewTopic narrow = new NewTopic(prefix + ".narrow", 2, (short) 1);
    try (Admin admin = PlatformTestResource.admin()) {
      TopicInitializer.ensure(admin, List.of(wide, narrow));
      Map<String, TopicDescription> created = describe(admin, List.of(wide.name(), narrow.name()));
      assertThat(created.get(wide.name()).partitions()).hasSize(4);
      assertThat(created.get(narrow.name()).partitions()).hasSize(2);

      // A second start (another service, another replica) changes nothing and does not fail.
      TopicInitializer.ensure(admin, List.of(new NewTopic(wide.name(), 8, (short) 1), narrow));
      assertThat(describe(admin, List.of(wide.name())).get(wide.name()).partitions()).hasSize(4);
    }
  }

  private static List<String> names(List<NewTopic> topics) {
    return topics.stream().map(NewTopic::name).toList();
  }

  /** Descriptions once every broker knows the topics (metadata follows creation shortly). */
  private static Map<String, TopicDescription> describe(Admin admin, List<String> names) {
    return await()
        .atMost(Duration.ofSeconds(15))
        .ignoreExceptions()
        .until(
            () -> admin.describeTopics(names).allTopicNames().get(5, TimeUnit.SECONDS),
            found -> found.size() == names.size());
  }
}
