package dev.kythera.connectors.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kythera.kernel.schema.TypeCategory;
import org.junit.jupiter.api.Test;

class MySqlTypesTest {

  @Test
  void parsesEnumValuesWithQuotesCommasAndParentheses() {
    assertThat(MySqlTypes.enumValues("enum('pending','paid')")).containsExactly("pending", "paid");
    assertThat(MySqlTypes.enumValues("enum('it''s','a,b','(x)','')"))
        .containsExactly("it's", "a,b", "(x)", "");
    assertThat(MySqlTypes.enumValues("varchar(10)")).isEmpty();
  }

  @Test
  void mapsTypesToCategories() {
    assertThat(MySqlTypes.category("tinyint", "tinyint(1)")).isEqualTo(TypeCategory.BOOLEAN);
    assertThat(MySqlTypes.category("tinyint", "tinyint(4)")).isEqualTo(TypeCategory.INTEGER);
    assertThat(MySqlTypes.category("bigint", "bigint(20) unsigned"))
        .isEqualTo(TypeCategory.INTEGER);
    assertThat(MySqlTypes.category("decimal", "decimal(10,2)")).isEqualTo(TypeCategory.DECIMAL);
    assertThat(MySqlTypes.category("double", "double")).isEqualTo(TypeCategory.FLOAT);
    assertThat(MySqlTypes.category("longtext", "longtext")).isEqualTo(TypeCategory.TEXT);
    assertThat(MySqlTypes.category("json", "json")).isEqualTo(TypeCategory.JSON);
    assertThat(MySqlTypes.category("datetime", "datetime(6)")).isEqualTo(TypeCategory.TIMESTAMP);
    assertThat(MySqlTypes.category("varbinary", "varbinary(16)")).isEqualTo(TypeCategory.BINARY);
    assertThat(MySqlTypes.category("uuid", "uuid")).isEqualTo(TypeCategory.UUID);
    assertThat(MySqlTypes.category("geometry", "geometry")).isEqualTo(TypeCategory.OTHER);
    assertThat(MySqlTypes.length("varchar", 254L)).isEqualTo(254);
    assertThat(MySqlTypes.length("longtext", 4294967295L)).isNull();
  }

  @Test
  void knowsTheLargestValueOfEachIntegerType() {
    assertThat(MySqlTypes.maxValue("int", "int(11)")).isEqualTo(2147483647L);
    assertThat(MySqlTypes.maxValue("int", "int(10) unsigned")).isEqualTo(4294967295L);
    assertThat(MySqlTypes.maxValue("tinyint", "tinyint(3) unsigned")).isEqualTo(255L);
    assertThat(MySqlTypes.maxValue("mediumint", "mediumint(9)")).isEqualTo(8388607L);
    assertThat(MySqlTypes.maxValue("bigint", "bigint(20)")).isEqualTo(Long.MAX_VALUE);
    assertThat(MySqlTypes.maxValue("bigint", "bigint(20) unsigned")).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void normalisesDefaultsOfBothServers() {
    assertThat(MySqlTypes.defaultValue("NULL", true, "", TypeCategory.TEXT)).isNull();
    assertThat(MySqlTypes.defaultValue("'NULL'", true, "", TypeCategory.TEXT)).isEqualTo("'NULL'");
    assertThat(MySqlTypes.defaultValue("'post'", true, "", TypeCategory.TEXT)).isEqualTo("'post'");
    assertThat(MySqlTypes.defaultValue(null, true, "", TypeCategory.TEXT)).isNull();
    assertThat(MySqlTypes.defaultValue("post", false, "", TypeCategory.TEXT)).isEqualTo("'post'");
    assertThat(MySqlTypes.defaultValue("it's", false, "", TypeCategory.TEXT)).isEqualTo("'it''s'");
    assertThat(MySqlTypes.defaultValue("1", false, "", TypeCategory.BOOLEAN)).isEqualTo("1");
    assertThat(
            MySqlTypes.defaultValue(
                "CURRENT_TIMESTAMP", false, "DEFAULT_GENERATED", TypeCategory.TIMESTAMP))
        .isEqualTo("CURRENT_TIMESTAMP");
  }

  @Test
  void tellsServersApartAndMapsSslModes() {
    MySqlServer maria = MySqlServer.parse("5.5.5-10.11.6-MariaDB-0+deb12u1");
    assertThat(maria.mariaDb()).isTrue();
    assertThat(maria.atLeast(10, 5, 10)).isTrue();
    assertThat(maria.displayName()).isEqualTo("MariaDB 10.11.6-MariaDB-0+deb12u1");
    MySqlServer mysql = MySqlServer.parse("8.0.15");
    assertThat(mysql.mariaDb()).isFalse();
    assertThat(mysql.hasCheckConstraints()).isFalse();
    assertThat(MySqlServer.parse("8.4.0").hasCheckConstraints()).isTrue();

    assertThat(MySqlConnector.sslMode("require")).isEqualTo("trust");
    assertThat(MySqlConnector.sslMode("VERIFY_IDENTITY")).isEqualTo("verify-full");
    assertThat(MySqlConnector.sslMode("prefer")).isEqualTo("disable");
    assertThatThrownBy(() -> MySqlConnector.sslMode("maybe"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
