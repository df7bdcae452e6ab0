import { Injectable, inject } from '@angular/core';
import { Observable, of, tap } from 'rxjs';
import {
  CaptureSnapshotRequest,
  HealthReport,
  Job,
  SchemaDiff,
  SchemaGraph,
  SchemaInsights,
  SnapshotDetail,
  SnapshotSummary,
} from '../models';
import { ApiClient } from './api-client.service';
import { projectPath } from './project-members.service';

/** How many snapshots and graphs stay in memory (they never change once captured). */
const CACHE_SIZE = 3;

/**
 * `/api/projects/{p}/schema/**` and `/graph`: snapshots (introspection jobs), the captured model,
 * diffs, the health audit and the foreign-key graph. A snapshot is immutable, so the last few
 * models and graphs are kept: moving between the schema, graph and health screens of one snapshot
 * loads it once.
 */
@Injectable({ providedIn: 'root' })
export class SchemaService {
  private readonly api = inject(ApiClient);
  private readonly snapshotCache = new SmallCache<SnapshotDetail>(CACHE_SIZE);
  private readonly graphCache = new SmallCache<SchemaGraph>(CACHE_SIZE);

  /** Starts the introspection job (202 with the job; its `result` holds the snapshot id). */
  capture(projectId: string, request: CaptureSnapshotRequest): Observable<Job> {
    return this.api.post<Job>(`${base(projectId)}/snapshots`, request);
  }

  /** Snapshots of a connection, newest first. */
  snapshots(projectId: string, connectionId: string): Observable<SnapshotSummary[]> {
    return this.api.get<SnapshotSummary[]>(`${base(projectId)}/snapshots`, {
      query: { connectionId },
    });
  }

  snapshot(projectId: string, snapshotId: string): Observable<SnapshotDetail> {
    const key = `${projectId}/${snapshotId}`;
    const cached = this.snapshotCache.get(key);
    if (cached) return of(cached);
    return this.api
      .get<SnapshotDetail>(`${base(projectId)}/snapshots/${encodeURIComponent(snapshotId)}`)
      .pipe(tap((detail) => this.snapshotCache.set(key, detail)));
  }

  deleteSnapshot(projectId: string, snapshotId: string): Observable<void> {
    this.snapshotCache.delete(`${projectId}/${snapshotId}`);
    this.graphCache.delete(`${projectId}/${snapshotId}`);
    return this.api.delete<void>(`${base(projectId)}/snapshots/${encodeURIComponent(snapshotId)}`);
  }

  diff(projectId: string, from: string, to: string): Observable<SchemaDiff> {
    return this.api.get<SchemaDiff>(`${base(projectId)}/diff`, { query: { from, to } });
  }

  health(projectId: string, snapshotId: string): Observable<HealthReport> {
    return this.api.get<HealthReport>(`${base(projectId)}/health`, { query: { snapshotId } });
  }

  /** Table roles and domains, detected references and inferred relations of a snapshot. */
  insights(projectId: string, snapshotId: string): Observable<SchemaInsights> {
    return this.api.get<SchemaInsights>(`${base(projectId)}/insights`, { query: { snapshotId } });
  }

  graph(projectId: string, snapshotId: string): Observable<SchemaGraph> {
    const key = `${projectId}/${snapshotId}`;
    const cached = this.graphCache.get(key);
    if (cached) return of(cached);
    return this.api
      .get<SchemaGraph>(`${projectPath(projectId)}/graph`, { query: { snapshotId } })
      .pipe(tap((graph) => this.graphCache.set(key, graph)));
  }
}

function base(projectId: string): string {
  return `${projectPath(projectId)}/schema`;
}

/** Least-recently-used map with a fixed size. */
class SmallCache<T> {
  private readonly entries = new Map<string, T>();
  constructor(private readonly size: number) {}

  get(key: string): T | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: T): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}
