import { DestroyRef, Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { ConnectionView, SnapshotSummary } from '../../core/models';
import { ConnectionsService } from '../../core/services/connections.service';
import { SchemaService } from '../../core/services/schema.service';
import { Loader } from '../../shared/data/loader';

/**
 * The connection and snapshot a schema screen shows (provided per screen). The URL is the source
 * of truth: the screen passes its `connectionId`/`snapshotId` query parameters in with `set()`;
 * without them the first connection that has a snapshot and its newest snapshot are used.
 */
@Injectable()
export class SnapshotContext {
  private readonly connectionsService = inject(ConnectionsService);
  private readonly schema = inject(SchemaService);
  private readonly destroyRef = inject(DestroyRef);

  readonly projectId = signal<string | null>(null);
  private readonly requestedConnection = signal<string | null>(null);
  private readonly requestedSnapshot = signal<string | null>(null);

  readonly connections = new Loader<ConnectionView[]>(this.destroyRef);
  readonly snapshots = new Loader<SnapshotSummary[]>(this.destroyRef);

  /** The connection shown: the requested one, else the first with a snapshot, else the first. */
  readonly connectionId = computed(() => {
    const requested = this.requestedConnection();
    if (requested) return requested;
    const list = this.connections.value();
    if (!list?.length) return null;
    return (list.find((c) => c.lastSnapshot) ?? list[0]).id;
  });
  readonly connection = computed(
    () => this.connections.value()?.find((c) => c.id === this.connectionId()) ?? null,
  );
  /** The snapshot shown: the requested one, else the newest of the connection. */
  readonly snapshotId = computed(
    () => this.requestedSnapshot() ?? this.snapshots.value()?.[0]?.id ?? null,
  );
  readonly snapshot = computed(
    () => this.snapshots.value()?.find((s) => s.id === this.snapshotId()) ?? null,
  );

  constructor() {
    effect(() => {
      const projectId = this.projectId();
      if (!projectId) return;
      untracked(() => this.loadConnections());
    });
    effect(() => {
      const projectId = this.projectId();
      const connectionId = this.connectionId();
      untracked(() => {
        if (projectId && connectionId)
          this.snapshots.load(this.schema.snapshots(projectId, connectionId));
        else this.snapshots.reset();
      });
    });
  }

  /** Called by the screen whenever its route parameters change. */
  set(projectId: string, connectionId: string | null, snapshotId: string | null): void {
    this.projectId.set(projectId);
    this.requestedConnection.set(connectionId || null);
    this.requestedSnapshot.set(snapshotId || null);
  }

  loadConnections(): void {
    const projectId = this.projectId();
    if (projectId) this.connections.load(this.connectionsService.list(projectId), { keep: true });
  }

  reloadSnapshots(): void {
    const projectId = this.projectId();
    const connectionId = this.connectionId();
    if (projectId && connectionId)
      this.snapshots.load(this.schema.snapshots(projectId, connectionId), { keep: true });
  }
}
