package dev.kythera.introspection.domain.health;

import dev.kythera.kernel.schema.Column;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The largest value an integer column can hold, from its type name. SQLite integers are always
 * 64-bit whatever the declared type, so no limit is told there.
 */
final class IntegerRange {
  static final long INT32_MAX = Integer.MAX_VALUE;

  private IntegerRange() {}

  static OptionalLong max(Column column, String engine) {
    if ("sqlite".equalsIgnoreCase(engine)) {
      return OptionalLong.empty();
    }
    String type = column.dataType().toLowerCase(Locale.ROOT);
    boolean unsigned = type.contains("unsigned");
    String base = type.replaceAll("\\(.*?\\)", "").replace("unsigned", "").replace("zerofill", "");
    long signedMax =
        switch (base.trim()) {
          case "tinyint", "int1" -> Byte.MAX_VALUE;
          case "smallint", "int2", "smallserial", "serial2" -> Short.MAX_VALUE;
          case "mediumint", "int3" -> 8_388_607L;
          case "integer", "int", "int4", "serial", "serial4" -> INT32_MAX;
          case "bigint", "int8", "bigserial", "serial8" -> Long.MAX_VALUE;
          default -> -1;
        };
    if (signedMax < 0) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(unsigned && signedMax != Long.MAX_VALUE ? signedMax * 2 + 1 : signedMax);
  }
}
