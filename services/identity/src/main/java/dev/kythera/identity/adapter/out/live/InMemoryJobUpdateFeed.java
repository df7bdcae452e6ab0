package dev.kythera.identity.adapter.out.live;

import dev.kythera.identity.application.port.out.JobUpdateFeed;
import dev.kythera.identity.domain.job.JobView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Outbound adapter: fans job updates out to the watchers connected to this replica. Every replica
 * receives every job event (its own consumer group), so a watcher may be on any replica.
 */
@ApplicationScoped
public class InMemoryJobUpdateFeed implements JobUpdateFeed {
  private static final Logger LOG = Logger.getLogger(InMemoryJobUpdateFeed.class);

  private final Map<UUID, Set<Consumer<JobView>>> listeners = new ConcurrentHashMap<>();

  @Override
  public void publish(JobView job) {
    for (Consumer<JobView> listener : listeners.getOrDefault(job.id(), Set.of())) {
      try {
        listener.accept(job);
      } catch (RuntimeException e) {
        LOG.debugf("A job watcher failed: %s", e.getMessage());
      }
    }
  }

  @Override
  public AutoCloseable subscribe(UUID jobId, Consumer<JobView> listener) {
    listeners.computeIfAbsent(jobId, id -> ConcurrentHashMap.newKeySet()).add(listener);
    return () ->
        listeners.computeIfPresent(
            jobId,
            (id, set) -> {
              set.remove(listener);
              return set.isEmpty() ? null : set;
            });
  }
}
