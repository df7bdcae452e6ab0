package dev.kythera.identity.adapter.out.introspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kythera.identity.support.FakeIntrospection;
import dev.kythera.platform.config.KytheraConfig;
import dev.kythera.platform.security.ServiceTokens;
import dev.kythera.testing.TestKeys;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The adapter alone: a count with identity's service token, "unavailable" for anything else. */
class IntrospectionConnectionStatisticsTest {
  private final FakeIntrospection fake = new FakeIntrospection();

  @AfterEach
  void stop() {
    fake.close();
  }

  private static ServiceTokens tokensOf(String service) {
    return new ServiceTokens(
        new KytheraConfig(service, TestKeys.dir().toString(), false, 1, 30, 100, true));
  }

  private static IntrospectionConnectionStatistics adapter(String base, String service) {
    return new IntrospectionConnectionStatistics(
        URI.create(base + "/internal/stats"), tokensOf(service), new ObjectMapper());
  }

  @Test
  void readsTheCountSignedAsIdentity() {
    fake.answerConnections(17);
    assertThat(adapter(fake.url(), "identity").totalConnections()).hasValue(17);
    assertThat(fake.admitted()).isEqualTo(1);
    assertThat(fake.refused()).isZero();
  }

  @Test
  void aTokenOfAnotherServiceIsRefusedAndReportedUnavailable() {
    fake.answerConnections(17);
    assertThat(adapter(fake.url(), "generation").totalConnections()).isEmpty();
    assertThat(fake.admitted()).isZero();
    assertThat(fake.refused()).isEqualTo(1);
  }

  @Test
  void errorsAndOddAnswersAreUnavailable() {
    IntrospectionConnectionStatistics statistics = adapter(fake.url(), "identity");
    fake.answer(500, "{}");
    assertThat(statistics.totalConnections()).isEmpty();
    fake.answer(200, "[1,2]");
    assertThat(statistics.totalConnections()).isEmpty();
    fake.answer(200, "{\"connections\":1.5}");
    assertThat(statistics.totalConnections()).isEmpty();
    fake.answer(200, "{\"connections\":0}");
    assertThat(statistics.totalConnections()).isEqualTo(OptionalLong.of(0));
  }

  @Test
  void anUnreachableIntrospectionIsUnavailable() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    assertThat(adapter("http://127.0.0.1:" + closedPort, "identity").totalConnections()).isEmpty();
  }
}
