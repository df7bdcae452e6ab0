package dev.kythera.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kythera.platform.config.KytheraConfig;
import dev.kythera.platform.events.KafkaClients;
import dev.kythera.platform.support.PlatformTestResource;
import dev.kythera.testing.TestKafka;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.junit.jupiter.api.Test;

/**
 * The job backbone across replicas, against the real database and broker: workers of one consumer
 * group share the requests, and a job whose request was lost is requested again (or ends in error,
 * never pending forever).
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class JobBackboneTest {
  private static final String GROUP = PlatformTestResource.SERVICE + "-workers";

  @Inject Jobs jobs;
  @Inject JobStore store;
  @Inject JobEvents events;
  @Inject JobReaper reaper;
  @Inject SelfTestJobHandler selfTest;
  @Inject KytheraConfig config;
  @Inject ObjectMapper json;
  @Inject AgroalDataSource dataSource;

  private final UUID projectId = UUID.randomUUID();

  @Test
  void twoWorkersOfOneConsumerGroupShareTheJobs() throws Exception {
    KafkaClients kafka = new KafkaClients(TestKafka.bootstrapServers(), 10_000);
    JobRunner second =
        new JobRunner(
            store,
            events,
            kafka,
            json,
            config,
            Map.of(SelfTestJobHandler.TYPE, selfTest),
            "second-replica");
    second.start(null);
    try {
      // Both members own partitions of the request topic before any job is submitted.
      await().atMost(Duration.ofSeconds(60)).until(() -> membersWithPartitions() == 2);

      List<UUID> ids = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        ids.add(
            jobs.submit(
                    projectId,
                    null,
                    SelfTestJobHandler.TYPE,
                    "share " + i,
                    json.readTree("{\"steps\":2,\"stepMillis\":10}"))
                .id());
      }
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(100))
          .until(() -> ids.stream().allMatch(id -> "done".equals(store.find(id).get().status())));

      Map<String, Integer> jobsPerWorker = new HashMap<>();
      for (UUID id : ids) {
        jobsPerWorker.merge(workerOf(id), 1, Integer::sum);
        assertThat(attemptsOf(id)).as("job %s was claimed once", id).isEqualTo(1);
      }
      assertThat(jobsPerWorker.keySet())
          .as("both replicas ran jobs: %s", jobsPerWorker)
          .containsExactlyInAnyOrder(WorkerIdentity.id(), "second-replica");
    } finally {
      second.stop(null);
      kafka.close();
    }
  }

  @Test
  void aPendingJobWhoseRequestWasLostIsRequestedAgainAndRuns() throws Exception {
    UUID lost = insertPending(0);
    reaper.reap();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "done".equals(store.find(lost).get().status()));
    JobSnapshot done = store.find(lost).get();
    assertThat(done.result().path("steps").asInt()).isEqualTo(1);
    assertThat(workerOf(lost)).isNotNull();
  }

  @Test
  void aJobNoWorkerPicksUpAfterThreeRequestsEndsInErrorNotPendingForever() throws Exception {
    UUID abandoned = insertPending(3);
    reaper.reap();
    JobSnapshot failed = store.find(abandoned).get();
    assertThat(failed.status()).isEqualTo("error");
    assertThat(failed.error()).isEqualTo("No worker picked up this job");
    assertThat(failed.completedAt()).isNotNull();
  }

  @Test
  void heartbeatsOfSeveralRunningJobsAreRefreshedInOneGo() throws Exception {
    UUID first = insertRunning();
    UUID second = insertRunning();
    QuarkusTransaction.requiringNew().run(() -> store.heartbeat(List.of(first, second)));
    assertThat(column("(heartbeat_at > now() - interval '1 minute')::text", first))
        .isEqualTo("true");
    assertThat(column("(heartbeat_at > now() - interval '1 minute')::text", second))
        .isEqualTo("true");
  }

  /** A running job whose last heartbeat is ten minutes old. */
  private UUID insertRunning() throws Exception {
    UUID id = UUID.randomUUID();
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO job (id, project_id, type, label, status, created_at, started_at,"
                    + " heartbeat_at, worker_id) VALUES (?, ?, ?, 'beating', 'running', now(),"
                    + " now(), now() - interval '10 minutes', 'elsewhere')")) {
      insert.setObject(1, id);
      insert.setObject(2, projectId);
      insert.setString(3, SelfTestJobHandler.TYPE);
      insert.executeUpdate();
    }
    return id;
  }

  /** A pending job created ten minutes ago whose request never reached Kafka. */
  private UUID insertPending(int attempts) throws Exception {
    UUID id = UUID.randomUUID();
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO job (id, project_id, type, label, status, params, created_at,"
                    + " attempts) VALUES (?, ?, ?, 'lost request', 'pending',"
                    + " '{\"steps\":1,\"stepMillis\":1}', now() - interval '10 minutes', ?)")) {
      insert.setObject(1, id);
      insert.setObject(2, projectId);
      insert.setString(3, SelfTestJobHandler.TYPE);
      insert.setInt(4, attempts);
      insert.executeUpdate();
    }
    return id;
  }

  private long membersWithPartitions() throws Exception {
    try (Admin admin = PlatformTestResource.admin()) {
      ConsumerGroupDescription group =
          admin.describeConsumerGroups(List.of(GROUP)).all().get(10, TimeUnit.SECONDS).get(GROUP);
      return group.members().stream()
          .map(MemberDescription::assignment)
          .filter(a -> !a.topicPartitions().isEmpty())
          .count();
    }
  }

  private String workerOf(UUID id) throws Exception {
    return column("worker_id", id);
  }

  private int attemptsOf(UUID id) throws Exception {
    return Integer.parseInt(column("attempts::text", id));
  }

  private String column(String expression, UUID id) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement q =
            c.prepareStatement("SELECT " + expression + " FROM job WHERE id = ?")) {
      q.setObject(1, id);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }
}
