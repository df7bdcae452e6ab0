package dev.kythera.introspection.application.port.in;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One page of rows.
 *
 * @param table {@code schema.name}
 * @param hasMore whether a next page has rows (one row more than {@code size} was read)
 * @param rowEstimate the snapshot's row estimate, -1 when unknown
 * @param total exact number of matching rows, only when asked for
 */
public record ExplorerPage(
    String table,
    List<ExplorerColumn> columns,
    List<String> primaryKey,
    List<Map<String, Object>> rows,
    int page,
    int size,
    boolean hasMore,
    long rowEstimate,
    @JsonInclude(JsonInclude.Include.NON_NULL) Long total) {}
