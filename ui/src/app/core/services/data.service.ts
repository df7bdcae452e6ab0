import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { BrowseQuery, ExplorerPage, ExplorerRelated, Row, RowFilter, SortKey } from '../models';
import { ApiClient } from './api-client.service';
import { projectPath } from './project-members.service';

/**
 * `/api/projects/{p}/data/{c}/tables/{schema.name}/**`: the data explorer. Browses the rows of one
 * table (paged, sorted, filtered), changes them, and reads a row with its related rows. Query
 * strings are built here with `encodeURIComponent` (HttpParams would leave `+` unencoded, which
 * the server reads as a space).
 */
@Injectable({ providedIn: 'root' })
export class DataService {
  private readonly api = inject(ApiClient);

  rows(
    projectId: string,
    connectionId: string,
    table: string,
    query: BrowseQuery,
  ): Observable<ExplorerPage> {
    return this.api.get<ExplorerPage>(
      `${tablePath(projectId, connectionId, table)}/rows?${browseQueryString(query)}`,
    );
  }

  /** Inserts a row; answers it as stored (201). */
  insert(projectId: string, connectionId: string, table: string, values: Row): Observable<Row> {
    return this.api.post<Row>(`${tablePath(projectId, connectionId, table)}/rows`, { values });
  }

  /** Changes the columns in `values` of the row whose primary key is `key`. */
  update(
    projectId: string,
    connectionId: string,
    table: string,
    key: Row,
    values: Row,
  ): Observable<Row> {
    return this.api.patch<Row>(`${tablePath(projectId, connectionId, table)}/rows`, {
      key,
      values,
    });
  }

  remove(projectId: string, connectionId: string, table: string, key: Row): Observable<void> {
    return this.api.delete<void>(
      `${tablePath(projectId, connectionId, table)}/rows?key=${encodeURIComponent(JSON.stringify(key))}`,
    );
  }

  /** The row with its parent rows and the first rows of every child table. */
  related(
    projectId: string,
    connectionId: string,
    table: string,
    key: Row,
  ): Observable<ExplorerRelated> {
    return this.api.get<ExplorerRelated>(
      `${tablePath(projectId, connectionId, table)}/related?key=${encodeURIComponent(JSON.stringify(key))}`,
    );
  }
}

/** `/projects/{p}/data/{c}/tables/{schema.name}` with every part URL-encoded. */
export function tablePath(projectId: string, connectionId: string, table: string): string {
  return `${projectPath(projectId)}/data/${encodeURIComponent(connectionId)}/tables/${encodeURIComponent(table)}`;
}

/** `col,-other` (descending keys start with `-`). */
export function formatSort(keys: readonly SortKey[]): string {
  return keys.map((k) => `${k.descending ? '-' : ''}${k.column}`).join(',');
}

/** `column:op:value` (`column:op` for null / notnull). */
export function formatFilter(filter: RowFilter): string {
  return filter.op === 'null' || filter.op === 'notnull'
    ? `${filter.column}:${filter.op}`
    : `${filter.column}:${filter.op}:${filter.value}`;
}

/** `page=0&size=50&sort=a,-b&filter=…&filter=…`, every value URL-encoded. */
export function browseQueryString(query: BrowseQuery): string {
  const parts = [`page=${query.page}`, `size=${query.size}`];
  if (query.sort.length)
    parts.push(
      `sort=${query.sort
        .map((k) => `${k.descending ? '-' : ''}${encodeURIComponent(k.column)}`)
        .join(',')}`,
    );
  for (const filter of query.filters)
    parts.push(`filter=${encodeURIComponent(formatFilter(filter))}`);
  return parts.join('&');
}
