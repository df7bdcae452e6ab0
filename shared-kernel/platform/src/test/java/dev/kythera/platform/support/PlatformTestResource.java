package dev.kythera.platform.support;

import dev.kythera.kernel.event.EventTypes;
import dev.kythera.platform.events.TopicInitializer;
import dev.kythera.testing.KytheraTestResource;
import dev.kythera.testing.TestKafka;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * {@link KytheraTestResource} plus the job request topic of the test service, created with six
 * partitions (as the real services' are) before the app's workers subscribe to it.
 */
public class PlatformTestResource extends KytheraTestResource {
  public static final String SERVICE = "platformtest";
  public static final int REQUEST_PARTITIONS = 6;

  @Override
  public void init(Map<String, String> initArgs) {
    super.init(Map.of("prefix", "platform"));
  }

  @Override
  public Map<String, String> start() {
    Map<String, String> config = super.start();
    try (Admin admin = admin()) {
      TopicInitializer.ensure(
          admin,
          List.of(
              new NewTopic(EventTypes.jobRequests(SERVICE), REQUEST_PARTITIONS, (short) 1),
              new NewTopic(EventTypes.jobRequests(SERVICE) + EventTypes.DLQ_SUFFIX, 1, (short) 1)));
    }
    return config;
  }

  /** An admin client on the test broker; callers close it. */
  public static Admin admin() {
    Properties props = new Properties();
    props.put("bootstrap.servers", TestKafka.bootstrapServers());
    return Admin.create(props);
  }
}
