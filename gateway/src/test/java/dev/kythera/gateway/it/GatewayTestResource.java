package dev.kythera.gateway.it;

import dev.kythera.testing.KytheraTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The platform's test resource (database prefix "gateway", Kafka, keys) plus a fake server for each
 * service (patch plays a dead backend on a few paths, see {@link FakeBackends}).
 */
public class GatewayTestResource implements QuarkusTestResourceLifecycleManager {
  private final KytheraTestResource platform = new KytheraTestResource();
  private FakeBackends fakes;

  @Override
  public Map<String, String> start() {
    platform.init(Map.of("prefix", "gateway"));
    Map<String, String> config = new HashMap<>(platform.start());
    try {
      fakes = FakeBackends.start(Path.of(config.get("kythera.keys-dir")));
    } catch (Exception e) {
      throw new IllegalStateException("Cannot start the fake backends", e);
    }
    config.put("kythera.gateway.services.identity", fakes.identityUrl());
    config.put("kythera.gateway.services.generation", fakes.generationUrl());
    config.put("kythera.gateway.services.introspection", fakes.introspectionUrl());
    config.put("kythera.gateway.services.patch", fakes.patchUrl());
    config.put("kythera.gateway.services.compliance", fakes.complianceUrl());
    return config;
  }

  @Override
  public void stop() {
    if (fakes != null) {
      fakes.close();
    }
    platform.stop();
  }
}
