import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { ENGINE_LABELS } from '../../core/models';
import { EmptyStateComponent } from '../../shared/components/states/empty-state.component';
import { ErrorStateComponent } from '../../shared/components/states/error-state.component';
import { LoadingStateComponent } from '../../shared/components/states/loading-state.component';
import { SnapshotContext } from './snapshot-context';

/**
 * Connection and snapshot selects of the schema screens (the SnapshotContext comes from the
 * screen). A choice becomes the `connectionId`/`snapshotId` query parameters, so every view is a
 * link. Shows the loading, error and "nothing captured yet" states of both lists.
 */
@Component({
  selector: 'app-snapshot-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink, EmptyStateComponent, ErrorStateComponent, LoadingStateComponent],
  host: { class: 'block' },
  template: `
    @let connections = ctx.connections.value();
    @if (!connections && ctx.connections.loading()) {
      <app-loading-state message="Loading connections…" [compact]="true" />
    } @else if (!connections && ctx.connections.error()) {
      <app-error-state
        title="Connections could not be loaded"
        [message]="ctx.connections.error()!"
        (retry)="ctx.loadConnections()"
      />
    } @else if (connections && !connections.length) {
      <app-empty-state
        title="No connections yet"
        message="Add a database connection and capture a snapshot of its schema first."
      >
        <a class="btn btn-primary btn-sm" [routerLink]="connectionsLink()">Add a connection</a>
      </app-empty-state>
    } @else if (connections) {
      <div
        class="card flex flex-wrap items-end gap-4 p-4"
        role="group"
        aria-label="Connection and snapshot"
        data-testid="snapshot-picker"
      >
        <div class="min-w-[14rem] flex-1 sm:max-w-xs">
          <label [attr.for]="idPrefix() + '-connection'" class="field-label">Connection</label>
          <select
            [id]="idPrefix() + '-connection'"
            class="input"
            (change)="pickConnection($any($event.target).value)"
          >
            @for (c of connections; track c.id) {
              <option [value]="c.id" [selected]="c.id === ctx.connectionId()">
                {{ c.name }} ({{ engineLabels[c.engine] }}, {{ c.environment }})
              </option>
            }
          </select>
        </div>
        @if (showSnapshot() && ctx.snapshots.value()?.length) {
          <div class="min-w-[14rem] flex-1 sm:max-w-sm">
            <label [attr.for]="idPrefix() + '-snapshot'" class="field-label">Snapshot</label>
            <select
              [id]="idPrefix() + '-snapshot'"
              class="input"
              (change)="pickSnapshot($any($event.target).value)"
            >
              @if (unlistedSnapshot(); as id) {
                <option [value]="id" selected>Snapshot {{ id }}</option>
              }
              @for (s of ctx.snapshots.value(); track s.id; let first = $first) {
                <option [value]="s.id" [selected]="s.id === ctx.snapshotId()">
                  {{ s.capturedAt | date: 'MMM d, y, HH:mm:ss' }} · {{ s.tableCount }} tables{{
                    first ? ' (newest)' : ''
                  }}
                </option>
              }
            </select>
          </div>
        }
        <ng-content />
        @if (showSnapshot() && ctx.snapshot(); as s) {
          <p class="basis-full text-xs text-muted" data-testid="snapshot-summary">
            {{ engineLabels[s.engine] }} {{ s.serverVersion }} · database
            <span class="font-mono">{{ s.database }}</span> · {{ s.tableCount }} tables,
            {{ s.viewCount }} views, {{ s.columnCount }} columns, {{ s.foreignKeyCount }} foreign
            keys · captured {{ s.capturedAt | date: 'medium' }} in {{ s.durationMs }} ms
          </p>
        }
      </div>

      @if (ctx.snapshots.loading() && !ctx.snapshots.value()) {
        <app-loading-state message="Loading snapshots…" [compact]="true" />
      } @else if (ctx.snapshots.error() && !ctx.snapshots.value()) {
        <app-error-state
          class="mt-4 block"
          title="Snapshots could not be loaded"
          [message]="ctx.snapshots.error()!"
          (retry)="ctx.reloadSnapshots()"
        />
      } @else if (ctx.snapshots.value()?.length === 0 && !ctx.snapshotId()) {
        <app-empty-state
          class="mt-4 block"
          [title]="'No snapshot of ' + (ctx.connection()?.name ?? 'this connection') + ' yet'"
          message="Capture a snapshot on the Connections page: it reads the tables, columns, keys and indexes."
        >
          <a class="btn btn-primary btn-sm" [routerLink]="connectionsLink()">Go to connections</a>
        </app-empty-state>
      }
    }
  `,
})
export class SnapshotPickerComponent {
  protected readonly ctx = inject(SnapshotContext);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  /** False on screens that pick their snapshots themselves (the diff). */
  readonly showSnapshot = input(true);
  readonly idPrefix = input('picker');

  protected readonly engineLabels = ENGINE_LABELS;
  protected readonly connectionsLink = computed(() => [
    '/projects',
    this.ctx.projectId() ?? '',
    'connections',
  ]);
  /** A snapshot from the URL that is not in the connection's list (another connection's). */
  protected readonly unlistedSnapshot = computed(() => {
    const id = this.ctx.snapshotId();
    const list = this.ctx.snapshots.value();
    return id && list && !list.some((s) => s.id === id) ? id : null;
  });

  protected pickConnection(connectionId: string): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { connectionId, snapshotId: null, table: null, from: null, to: null },
      queryParamsHandling: 'merge',
    });
  }

  protected pickSnapshot(snapshotId: string): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { connectionId: this.ctx.connectionId(), snapshotId },
      queryParamsHandling: 'merge',
    });
  }
}
