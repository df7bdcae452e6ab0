package dev.kythera.connectors.postgres;

/**
 * The catalog queries of {@link PostgresSchemaReader}. Each takes the schema list twice: an empty
 * list means every schema that is not PostgreSQL's own.
 */
final class PostgresCatalogQueries {
  private PostgresCatalogQueries() {}

  private static final String SCHEMA_FILTER =
      " ((cardinality(?::text[]) = 0 AND n.nspname <> 'information_schema'"
          + " AND n.nspname NOT LIKE 'pg\\_%') OR n.nspname = ANY(?::text[])) ";

  private static final String RELATION_KINDS = " c.relkind IN ('r', 'p', 'v', 'm', 'f') ";

  static final String ENUMS =
      "SELECT t.oid AS type_oid, n.nspname, t.typname, e.enumlabel"
          + " FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid"
          + " JOIN pg_namespace n ON n.oid = t.typnamespace"
          + " WHERE"
          + SCHEMA_FILTER
          + " ORDER BY n.nspname, t.typname, e.enumsortorder";

  // Sizes come from relpages (kept by VACUUM/ANALYZE) instead of pg_total_relation_size(), and
  // usage counters from the pg_stat_get_* functions instead of the pg_stat_user_* views: both
  // alternatives stat files or scan every relation per row and made this query ten times slower.
  static final String RELATIONS =
      "SELECT c.oid, n.nspname, c.relname, c.relkind, c.reltuples::bigint AS reltuples,"
          + " CASE WHEN c.relkind IN ('r', 'p', 'm') THEN (c.relpages::bigint"
          + " + COALESCE(t.relpages, 0)) * current_setting('block_size')::bigint END AS table_size,"
          + " d.description AS comment,"
          + " CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid, true) END AS viewdef,"
          + " CASE WHEN c.relkind IN ('r', 'p', 'm') THEN pg_stat_get_numscans(c.oid) END"
          + " AS seq_scan,"
          + " pg_stat_get_tuples_inserted(c.oid) AS n_tup_ins,"
          + " pg_stat_get_tuples_updated(c.oid) AS n_tup_upd"
          + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " LEFT JOIN pg_class t ON t.oid = c.reltoastrelid"
          + " LEFT JOIN pg_description d ON d.objoid = c.oid"
          + " AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0"
          + " WHERE"
          + RELATION_KINDS
          + " AND NOT c.relispartition AND"
          + SCHEMA_FILTER
          + " ORDER BY n.nspname, c.relname";

  static final String COLUMNS =
      "SELECT a.attrelid, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod) AS data_type,"
          + " CASE WHEN t.typtype = 'd' THEN t.typtypmod ELSE a.atttypmod END AS typmod,"
          + " a.attnotnull, pg_get_expr(ad.adbin, ad.adrelid) AS default_expr,"
          + " a.attidentity, a.attgenerated, d.description AS comment, t.oid AS typoid,"
          + " COALESCE(bt.typname, t.typname) AS base_typname, t.typtype,"
          + " COALESCE(bt.typcategory, t.typcategory) AS typcategory"
          + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
          + " JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " JOIN pg_type t ON t.oid = a.atttypid"
          + " LEFT JOIN pg_type bt ON t.typtype = 'd' AND bt.oid = t.typbasetype"
          + " LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum"
          + " LEFT JOIN pg_description d ON d.objoid = a.attrelid"
          + " AND d.classoid = 'pg_class'::regclass AND d.objsubid = a.attnum"
          + " WHERE a.attnum > 0 AND NOT a.attisdropped AND"
          + RELATION_KINDS
          + " AND NOT c.relispartition AND"
          + SCHEMA_FILTER
          + " ORDER BY a.attrelid, a.attnum";

  // Column numbers, not names: the reader maps them with what the columns query already read,
  // which is four times faster than resolving names in correlated subqueries here.
  static final String CONSTRAINTS =
      "SELECT con.conrelid, con.conname, con.contype, con.confupdtype, con.confdeltype,"
          + " con.condeferrable, con.condeferred,"
          + " CASE WHEN con.contype = 'c' THEN pg_get_constraintdef(con.oid, true) END"
          + " AS definition,"
          + " fn.nspname AS ref_schema, fc.relname AS ref_table, con.confrelid,"
          + " con.conkey, con.confkey"
          + " FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid"
          + " JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " LEFT JOIN pg_class fc ON fc.oid = con.confrelid"
          + " LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace"
          + " WHERE con.contype IN ('p', 'u', 'f', 'c') AND NOT c.relispartition AND"
          + SCHEMA_FILTER;

  /** Column names of tables outside the schemas read, for foreign keys that point there. */
  static final String FOREIGN_COLUMNS =
      "SELECT attrelid, attnum, attname FROM pg_attribute"
          + " WHERE attrelid = ANY(?::oid[]) AND attnum > 0 AND NOT attisdropped";

  // Plain key columns by name from pg_attribute; pg_get_indexdef() only for expressions.
  static final String INDEXES =
      "SELECT i.indrelid, ic.relname AS index_name, i.indisunique, i.indisprimary, am.amname,"
          + " pg_get_expr(i.indpred, i.indrelid) AS predicate,"
          + " ARRAY(SELECT CASE WHEN k.attnum = 0"
          + " THEN pg_get_indexdef(i.indexrelid, k.pos::int, true) ELSE a.attname::text END"
          + " FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, pos)"
          + " LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum"
          + " WHERE k.pos <= i.indnkeyatts ORDER BY k.pos) AS columns,"
          + " ic.relpages::bigint * current_setting('block_size')::bigint AS index_size,"
          + " pg_stat_get_numscans(i.indexrelid) AS idx_scan"
          + " FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid"
          + " JOIN pg_class c ON c.oid = i.indrelid"
          + " JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " JOIN pg_am am ON am.oid = ic.relam"
          + " WHERE NOT c.relispartition AND"
          + SCHEMA_FILTER;

  static final String SEQUENCES =
      "SELECT n.nspname AS schemaname, c.relname AS sequencename,"
          + " format_type(s.seqtypid, NULL) AS data_type,"
          + " CASE WHEN has_sequence_privilege(c.oid, 'SELECT') THEN pg_sequence_last_value(c.oid)"
          + " END AS last_value, s.seqmax AS max_value, s.seqincrement AS increment_by,"
          + " (SELECT tn.nspname || '.' || tc.relname || '.' || a.attname"
          + " FROM pg_depend dep JOIN pg_class tc ON tc.oid = dep.refobjid"
          + " JOIN pg_namespace tn ON tn.oid = tc.relnamespace"
          + " JOIN pg_attribute a ON a.attrelid = dep.refobjid AND a.attnum = dep.refobjsubid"
          + " WHERE dep.classid = 'pg_class'::regclass AND dep.objid = c.oid"
          + " AND dep.deptype IN ('a', 'i') LIMIT 1) AS owned_by"
          + " FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid"
          + " JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE"
          + SCHEMA_FILTER
          + " ORDER BY n.nspname, c.relname";
}
