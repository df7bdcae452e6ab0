package dev.kythera.platform.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The app without its own outbox relay and job workers, so a test decides which relays run, and
 * when, and nothing else writes to the outbox.
 */
public class RelayStoppedProfile implements QuarkusTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("kythera.outbox.relay-enabled", "false", "kythera.jobs.enabled", "false");
  }
}
