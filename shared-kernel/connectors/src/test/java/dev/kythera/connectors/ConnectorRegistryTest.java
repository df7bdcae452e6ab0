package dev.kythera.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kythera.kernel.error.KytheraException;
import dev.kythera.kernel.schema.SchemaModel;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConnectorRegistryTest {

  private static Connector fake(Engine engine) {
    return new Connector() {
      @Override
      public Engine engine() {
        return engine;
      }

      @Override
      public EngineCapabilities capabilities() {
        return new EngineCapabilities(engine, Set.of(Capability.SCHEMAS));
      }

      @Override
      public Connection open(ConnectionDescriptor descriptor, Duration connectTimeout) {
        throw new UnsupportedOperationException("not opened in this test");
      }

      @Override
      public SchemaModel introspect(Connection connection, List<String> schemas) {
        throw new UnsupportedOperationException("not read in this test");
      }
    };
  }

  @Test
  void choosesTheConnectorOfAnEngineAndRefusesUnknownOnes() {
    ConnectorRegistry registry = new ConnectorRegistry(List.of(fake(Engine.POSTGRESQL)));
    assertThat(registry.forEngine(Engine.POSTGRESQL).engine()).isEqualTo(Engine.POSTGRESQL);
    assertThat(registry.supports(Engine.SQLITE)).isFalse();
    assertThatThrownBy(() -> registry.forEngine(Engine.SQLITE))
        .isInstanceOf(KytheraException.class)
        .hasMessageContaining("sqlite");
  }

  @Test
  void refusesTwoConnectorsForOneEngine() {
    assertThatThrownBy(() -> new ConnectorRegistry(List.of(fake(Engine.MYSQL), fake(Engine.MYSQL))))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void mariadbIsAnAliasOfMysqlAndDescriptorsHideSecrets() {
    assertThat(Engine.fromWire("MariaDB")).contains(Engine.MYSQL);
    assertThat(Engine.fromWire("oracle")).isEmpty();
    ConnectionDescriptor descriptor =
        new ConnectionDescriptor(
            Engine.POSTGRESQL, "db", 5432, "app", "alice", "s3cret", Map.of(), null);
    assertThat(descriptor.toString()).doesNotContain("s3cret").contains("alice@db:5432/app");
  }
}
