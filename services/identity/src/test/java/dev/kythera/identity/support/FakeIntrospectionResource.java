package dev.kythera.identity.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Test resource: points identity's introspection URL at a {@link FakeIntrospection} (never at a
 * real introspection that may run on this machine). Tests steer it through {@link #fake()}.
 */
public class FakeIntrospectionResource implements QuarkusTestResourceLifecycleManager {
  private static volatile FakeIntrospection fake;

  public static FakeIntrospection fake() {
    return fake;
  }

  @Override
  public Map<String, String> start() {
    fake = new FakeIntrospection();
    return Map.of("kythera.identity.services.introspection", fake.url());
  }

  @Override
  public void stop() {
    if (fake != null) {
      fake.close();
    }
  }
}
