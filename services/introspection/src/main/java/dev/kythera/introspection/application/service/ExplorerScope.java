package dev.kythera.introspection.application.service;

import dev.kythera.introspection.application.port.out.StoredConnection;
import dev.kythera.introspection.domain.connection.TargetConnection;
import dev.kythera.introspection.domain.explorer.ExploredTable;
import dev.kythera.introspection.domain.explorer.RowQueries;
import dev.kythera.introspection.domain.explorer.SqlDialect;
import dev.kythera.kernel.schema.SchemaModel;

/** What one explorer call works on: the connection, its newest snapshot and the table in it. */
record ExplorerScope(
    StoredConnection stored, SchemaModel model, ExploredTable table, SqlDialect dialect) {

  TargetConnection connection() {
    return stored.connection();
  }

  RowQueries queries() {
    return new RowQueries(dialect, table);
  }
}
