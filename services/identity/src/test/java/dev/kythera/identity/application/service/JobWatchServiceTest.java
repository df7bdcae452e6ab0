package dev.kythera.identity.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kythera.identity.application.port.in.QueryJobsUseCase;
import dev.kythera.identity.application.port.out.JobUpdateFeed;
import dev.kythera.identity.domain.job.JobView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Watching a job when the live feed and the stored projection disagree for a moment: the terminal
 * state that only the store has is still delivered, and the store never sends progress backwards.
 */
class JobWatchServiceTest {
  private static final UUID PROJECT = UUID.randomUUID();
  private static final UUID JOB = UUID.randomUUID();

  private static JobView job(String status, double progress) {
    return new JobView(
        JOB,
        PROJECT,
        UUID.randomUUID(),
        "generation",
        "selftest",
        "Self-test",
        status,
        progress,
        null,
        null,
        null,
        Instant.EPOCH,
        null,
        null);
  }

  /** The stored projection: answers the states queued, then keeps answering the last one. */
  private static final class Store implements QueryJobsUseCase {
    final Deque<JobView> answers = new ConcurrentLinkedDeque<>();
    final java.util.concurrent.atomic.AtomicInteger reads =
        new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public List<JobView> list(UUID projectId, String status, int limit) {
      return List.of();
    }

    @Override
    public JobView get(UUID projectId, UUID jobId) {
      reads.incrementAndGet();
      return answers.size() > 1 ? answers.pollFirst() : answers.peekFirst();
    }
  }

  /** The live feed: publishes only what the test tells it to. */
  private static final class Feed implements JobUpdateFeed {
    volatile Consumer<JobView> listener;
    final AtomicBoolean closed = new AtomicBoolean();

    @Override
    public void publish(JobView job) {
      if (listener != null && !closed.get()) {
        listener.accept(job);
      }
    }

    @Override
    public AutoCloseable subscribe(UUID jobId, Consumer<JobView> listener) {
      this.listener = listener;
      return () -> closed.set(true);
    }
  }

  @Test
  void aTerminalStateTheFeedAnnouncedTooEarlyIsFoundInTheStore() throws Exception {
    Store store = new Store();
    Feed feed = new Feed();
    // the fail-fast read, the read after subscribing, then two rechecks before the store has it
    store.answers.add(job("running", 0.1));
    store.answers.add(job("running", 0.1));
    store.answers.add(job("running", 0.1));
    store.answers.add(job("running", 0.1));
    store.answers.add(job("cancelled", 0.1));
    List<JobView> received = Collections.synchronizedList(new ArrayList<>());
    AutoCloseable handle =
        new JobWatchService(store, feed, Duration.ofMillis(20)).watch(PROJECT, JOB, received::add);

    await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 2);
    assertThat(received).extracting(JobView::status).containsExactly("running", "cancelled");
    handle.close();
    assertThat(feed.closed).isTrue();
  }

  @Test
  void theStoreNeverSendsProgressBackwards() throws Exception {
    Store store = new Store();
    Feed feed = new Feed();
    store.answers.add(job("running", 0.2));
    store.answers.add(job("running", 0.2));
    List<JobView> received = Collections.synchronizedList(new ArrayList<>());
    AutoCloseable handle =
        new JobWatchService(store, feed, Duration.ofMillis(20)).watch(PROJECT, JOB, received::add);
    feed.publish(job("running", 0.5));
    // Rechecks keep reading the lagging 0.2: none of them reaches the watcher.
    await().atMost(Duration.ofSeconds(10)).until(() -> store.reads.get() >= 5);
    assertThat(received).extracting(JobView::progress).containsExactly(0.2, 0.5);
    store.answers.clear();
    store.answers.add(job("done", 1.0));
    await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 3);
    assertThat(received).extracting(JobView::progress).containsExactly(0.2, 0.5, 1.0);
    assertThat(received.getLast().status()).isEqualTo("done");
    feed.publish(job("done", 1.0)); // after the end: ignored
    assertThat(received).hasSize(3);
    handle.close();
  }

  @Test
  void aJobAlreadyOverEndsTheWatchAtOnce() throws Exception {
    Store store = new Store();
    Feed feed = new Feed();
    store.answers.add(job("done", 1.0));
    List<JobView> received = new ArrayList<>();
    AutoCloseable handle =
        new JobWatchService(store, feed, Duration.ofMillis(20)).watch(PROJECT, JOB, received::add);
    assertThat(received).extracting(JobView::status).containsExactly("done");
    assertThat(feed.closed).isTrue();
    handle.close();
  }
}
