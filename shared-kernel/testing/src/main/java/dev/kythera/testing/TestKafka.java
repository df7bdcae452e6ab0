package dev.kythera.testing;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * One real Kafka broker for the whole test JVM. When {@code KAFKA_BOOTSTRAP_SERVERS} is set (as
 * {@code ./kythera test} does, so every module shares one broker per run) it is used as is;
 * otherwise an in-JVM KRaft broker is started with Kafka's own test kit.
 */
public final class TestKafka {
  private static final String STARTED_PROPERTY = "kythera.test.kafka.started";
  private static String bootstrap;
  private static KafkaClusterTestKit cluster;

  private TestKafka() {}

  public static synchronized String bootstrapServers() {
    if (bootstrap != null) {
      return bootstrap;
    }
    String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
    if (external != null && !external.isBlank()) {
      bootstrap = external;
      return bootstrap;
    }
    // Quarkus loads test resources again in a new class loader when a test profile restarts the
    // app; the broker this JVM already started is found through a system property, not a static.
    String started = System.getProperty(STARTED_PROPERTY);
    if (started != null) {
      bootstrap = started;
      return bootstrap;
    }
    try {
      cluster =
          new KafkaClusterTestKit.Builder(
                  new TestKitNodes.Builder()
                      .setCombined(true)
                      .setNumBrokerNodes(1)
                      .setNumControllerNodes(1)
                      .build())
              .setConfigProp("group.initial.rebalance.delay.ms", "0")
              .setConfigProp("offsets.topic.replication.factor", "1")
              .setConfigProp("transaction.state.log.replication.factor", "1")
              .setConfigProp("num.partitions", "3")
              .build();
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
      bootstrap = cluster.bootstrapServers();
      System.setProperty(STARTED_PROPERTY, bootstrap);
      Runtime.getRuntime().addShutdownHook(new Thread(TestKafka::stop, "test-kafka-stop"));
      return bootstrap;
    } catch (Exception e) {
      throw new IllegalStateException("Cannot start the test Kafka broker", e);
    }
  }

  private static void stop() {
    try {
      if (cluster != null) {
        cluster.close();
      }
    } catch (Exception e) {
      // The JVM is exiting; nothing more to do.
    }
  }
}
