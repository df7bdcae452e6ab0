package dev.kythera.introspection.application.service;

import dev.kythera.introspection.domain.explorer.BoundValue;
import dev.kythera.introspection.domain.explorer.SqlDialect;
import dev.kythera.kernel.schema.TypeCategory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.temporal.Temporal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Binds the explorer's typed values to a statement's placeholders, as the dialect wants them. */
final class RowValueBinder {
  /** Categories whose text the server must cast itself where the dialect sends text untyped. */
  private static final Set<TypeCategory> SERVER_TYPED =
      EnumSet.of(TypeCategory.JSON, TypeCategory.ENUM, TypeCategory.ARRAY, TypeCategory.OTHER);

  private RowValueBinder() {}

  static void bind(PreparedStatement statement, List<BoundValue> values, SqlDialect dialect)
      throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      bind(statement, i + 1, values.get(i), dialect);
    }
  }

  private static void bind(
      PreparedStatement statement, int index, BoundValue bound, SqlDialect dialect)
      throws SQLException {
    switch (bound.value()) {
      case null -> statement.setNull(index, Types.NULL);
      case String text when dialect.untypedText() && SERVER_TYPED.contains(bound.category()) ->
          statement.setObject(index, text, Types.OTHER);
      case String text -> statement.setString(index, text);
      case Long number -> statement.setLong(index, number);
      case Integer number -> statement.setLong(index, number);
      case BigInteger number -> statement.setBigDecimal(index, new BigDecimal(number));
      case BigDecimal number -> statement.setBigDecimal(index, number);
      case Double number -> statement.setDouble(index, number);
      case Boolean flag -> statement.setBoolean(index, flag);
      case byte[] bytes -> statement.setBytes(index, bytes);
      case UUID uuid when dialect.nativeUuid() -> statement.setObject(index, uuid);
      case UUID uuid -> statement.setString(index, uuid.toString());
      case Temporal time when dialect.nativeTemporal() -> statement.setObject(index, time);
      case Temporal time -> statement.setString(index, dialect.temporalText(time));
      default -> statement.setObject(index, bound.value());
    }
  }
}
