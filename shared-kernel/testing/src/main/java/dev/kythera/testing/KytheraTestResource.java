package dev.kythera.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Quarkus test resource for a service: a fresh database on the local PostgreSQL, the shared test
 * Kafka broker and test keys. Use with {@code @QuarkusTestResource(KytheraTestResource.class)}.
 */
public class KytheraTestResource implements QuarkusTestResourceLifecycleManager {
  private String prefix = "svc";

  @Override
  public void init(Map<String, String> initArgs) {
    prefix = initArgs.getOrDefault("prefix", prefix);
  }

  @Override
  public Map<String, String> start() {
    return Map.of(
        "quarkus.datasource.jdbc.url", TestDatabase.create(prefix),
        "quarkus.datasource.username", TestDatabase.USER,
        "kafka.bootstrap.servers", TestKafka.bootstrapServers(),
        "kythera.keys-dir", TestKeys.dir().toString());
  }

  @Override
  public void stop() {
    // The database is left for inspection; names are unique, so runs never collide.
  }
}
