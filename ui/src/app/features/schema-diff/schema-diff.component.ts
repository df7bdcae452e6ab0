import { DatePipe, DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  DIFF_CHANGE_KINDS,
  DiffChangeKind,
  DiffObjectType,
  SchemaDiff,
  SnapshotSummary,
} from '../../core/models';
import { SchemaService } from '../../core/services/schema.service';
import { AlertComponent } from '../../shared/components/alert/alert.component';
import { ProjectPageHeaderComponent } from '../../shared/components/page-header/project-page-header.component';
import { EmptyStateComponent } from '../../shared/components/states/empty-state.component';
import { ErrorStateComponent } from '../../shared/components/states/error-state.component';
import { LoadingStateComponent } from '../../shared/components/states/loading-state.component';
import { Loader } from '../../shared/data/loader';
import { SnapshotContext } from '../schema/snapshot-context';
import { SnapshotPickerComponent } from '../schema/snapshot-picker.component';
import {
  ALL_CHANGE_KINDS,
  CHANGE_LABELS,
  OBJECT_TYPE_LABELS,
  filterChanges,
  groupChanges,
} from './diff-utils';

/** Tables rendered at once; "Show more" adds as many again. */
export const DIFF_GROUP_PAGE = 50;

/**
 * `/projects/:projectId/schema/diff?connectionId=&from=&to=`: what changed between two snapshots
 * of a connection (default: the two newest), summed up and grouped by table, each change with its
 * before and after.
 */
@Component({
  selector: 'app-schema-diff',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [SnapshotContext],
  imports: [
    DatePipe,
    DecimalPipe,
    RouterLink,
    AlertComponent,
    ProjectPageHeaderComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    SnapshotPickerComponent,
  ],
  template: `
    <div class="mx-auto max-w-6xl px-6 py-8 lg:px-8">
      <app-project-page-header
        [projectId]="projectId()"
        heading="Schema diff"
        description="What changed between two snapshots of a connection."
      />

      <app-snapshot-picker class="mt-6" idPrefix="diff" [showSnapshot]="false">
        @if (snapshots().length >= 2) {
          <div class="min-w-[14rem] flex-1 sm:max-w-sm">
            <label for="diff-from" class="field-label">From (older)</label>
            <select id="diff-from" class="input" (change)="pick('from', $any($event.target).value)">
              @for (s of snapshots(); track s.id) {
                <option [value]="s.id" [selected]="s.id === fromId()">{{ describe(s) }}</option>
              }
            </select>
          </div>
          <div class="min-w-[14rem] flex-1 sm:max-w-sm">
            <label for="diff-to" class="field-label">To (newer)</label>
            <select id="diff-to" class="input" (change)="pick('to', $any($event.target).value)">
              @for (s of snapshots(); track s.id) {
                <option [value]="s.id" [selected]="s.id === toId()">{{ describe(s) }}</option>
              }
            </select>
          </div>
          <button type="button" class="btn btn-secondary" (click)="swap()">Swap</button>
        }
      </app-snapshot-picker>

      @if (ctx.snapshots.value(); as list) {
        @if (list.length === 1) {
          <app-empty-state
            class="mt-6 block"
            title="Only one snapshot so far"
            message="Capture another snapshot of this connection after the schema changes, then compare them here."
          >
            <a
              class="btn btn-primary btn-sm"
              [routerLink]="['/projects', projectId(), 'connections']"
              >Go to connections</a
            >
          </app-empty-state>
        } @else if (list.length >= 2) {
          @if (fromId() && fromId() === toId()) {
            <app-alert tone="warning" class="mt-6 block">Pick two different snapshots.</app-alert>
          } @else if (diff.loading() && !diff.value()) {
            <app-loading-state message="Comparing the snapshots…" />
          } @else if (diff.error()) {
            <app-error-state
              class="mt-6 block"
              title="The snapshots could not be compared"
              [message]="diff.error()!"
              (retry)="loadDiff()"
            />
          } @else if (diff.value(); as d) {
            <div class="mt-6 grid gap-4 sm:grid-cols-3" data-testid="diff-summary">
              @for (k of kinds; track k) {
                <div class="card flex items-center justify-between p-4" [attr.data-kind]="k">
                  <span
                    class="rounded-full border px-2.5 py-0.5 text-xs font-semibold"
                    [class]="changeLabels[k].classes"
                    >{{ changeLabels[k].symbol }} {{ changeLabels[k].label }}</span
                  >
                  <span class="text-2xl font-bold tabular-nums text-fg">{{
                    d.summary[k] | number
                  }}</span>
                </div>
              }
            </div>
            <p class="mt-3 text-xs text-muted">
              From {{ d.from.capturedAt | date: 'medium' }} ({{ d.from.tableCount }} tables) to
              {{ d.to.capturedAt | date: 'medium' }} ({{ d.to.tableCount }} tables).
            </p>

            @if (!d.changes.length) {
              <app-empty-state
                class="mt-6 block"
                title="No differences"
                message="Both snapshots describe the same schema."
              />
            } @else {
              <form
                class="card mt-6 grid gap-4 p-4 md:grid-cols-[auto_1fr_1fr] md:items-end"
                role="search"
                aria-label="Filter changes"
                (submit)="$event.preventDefault()"
              >
                <fieldset>
                  <legend class="field-label">Show</legend>
                  <div class="flex flex-wrap gap-4 pt-1">
                    @for (k of kinds; track k) {
                      <label class="flex items-center gap-2 text-sm text-fg">
                        <input
                          type="checkbox"
                          [checked]="shownKinds().has(k)"
                          (change)="toggleKind(k, $any($event.target).checked)"
                        />
                        {{ changeLabels[k].label }}
                      </label>
                    }
                  </div>
                </fieldset>
                <div>
                  <label for="diff-type" class="field-label">Object</label>
                  <select
                    id="diff-type"
                    class="input"
                    (change)="objectType.set($any($event.target).value || null)"
                  >
                    <option value="">Everything</option>
                    @for (t of objectTypes(); track t) {
                      <option [value]="t">{{ typeLabels[t] }}</option>
                    }
                  </select>
                </div>
                <div>
                  <label for="diff-search" class="field-label">Search</label>
                  <input
                    id="diff-search"
                    type="search"
                    class="input"
                    autocomplete="off"
                    placeholder="Table, column or definition"
                    [value]="query()"
                    (input)="query.set($any($event.target).value)"
                  />
                </div>
              </form>

              <p class="mt-4 text-sm text-muted" role="status">
                {{ filtered().length | number }} of {{ d.changes.length | number }} changes in
                {{ groups().length | number }} {{ groups().length === 1 ? 'group' : 'groups' }}
              </p>

              <div class="mt-4 space-y-4" data-testid="diff-groups">
                @for (g of groups().slice(0, groupLimit()); track g.table ?? '') {
                  <section
                    class="card p-5"
                    [attr.aria-label]="g.table ?? 'Database objects'"
                    [attr.data-table]="g.table ?? ''"
                  >
                    <div class="flex flex-wrap items-center justify-between gap-2">
                      <h2 class="break-all font-mono text-base font-semibold text-fg">
                        @if (g.table && g.tableChange !== 'removed') {
                          <a
                            [routerLink]="['/projects', projectId(), 'schema']"
                            [queryParams]="{
                              connectionId: ctx.connectionId(),
                              snapshotId: toId(),
                              table: g.table,
                            }"
                            >{{ g.table }}</a
                          >
                        } @else {
                          {{ g.table ?? 'Database objects' }}
                        }
                      </h2>
                      <p class="flex gap-2 text-xs">
                        @for (k of kinds; track k) {
                          @if (g.counts[k]) {
                            <span
                              class="rounded-full border px-2 py-0.5 font-semibold"
                              [class]="changeLabels[k].classes"
                              >{{ changeLabels[k].symbol }}{{ g.counts[k] }}
                              <span class="sr-only">{{ changeLabels[k].label }}</span></span
                            >
                          }
                        }
                      </p>
                    </div>
                    <ul class="mt-3 divide-y divide-border">
                      @for (c of g.changes; track $index) {
                        <li class="py-2" data-testid="change" [attr.data-change]="c.change">
                          <p class="flex flex-wrap items-baseline gap-2 text-sm">
                            <span
                              class="inline-flex w-24 shrink-0 justify-center rounded-full border px-2 py-0.5 text-xs font-semibold"
                              [class]="changeLabels[c.change].classes"
                              >{{ changeLabels[c.change].symbol }}
                              {{ changeLabels[c.change].label }}</span
                            >
                            <span class="text-muted">{{ typeLabels[c.objectType] }}</span>
                            <code class="font-mono font-semibold text-fg">{{ c.name }}</code>
                          </p>
                          @if (c.before !== null || c.after !== null) {
                            <div class="mt-1 grid gap-1 pl-0 font-mono text-xs sm:pl-[6.5rem]">
                              @if (c.before !== null) {
                                <p class="break-all rounded bg-danger-soft px-2 py-1 text-fg">
                                  <span class="font-semibold text-danger" aria-hidden="true"
                                    >−
                                  </span>
                                  <span class="sr-only">Before: </span>{{ c.before }}
                                </p>
                              }
                              @if (c.after !== null) {
                                <p class="break-all rounded bg-success-soft px-2 py-1 text-fg">
                                  <span class="font-semibold text-success" aria-hidden="true"
                                    >+
                                  </span>
                                  <span class="sr-only">After: </span>{{ c.after }}
                                </p>
                              }
                            </div>
                          }
                        </li>
                      }
                    </ul>
                  </section>
                } @empty {
                  <p class="py-6 text-center text-sm text-muted">No change matches the filters.</p>
                }
              </div>
              @if (groups().length > groupLimit()) {
                <div class="mt-4 text-center">
                  <button
                    type="button"
                    class="btn btn-secondary btn-sm"
                    (click)="groupLimit.set(groupLimit() + page)"
                  >
                    Show more ({{ groups().length - groupLimit() | number }} tables left)
                  </button>
                </div>
              }
            }
          }
        }
      }
    </div>
  `,
})
export class SchemaDiffComponent {
  private readonly schema = inject(SchemaService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly ctx = inject(SnapshotContext);

  readonly projectId = input.required<string>();
  readonly connectionId = input<string | undefined>();
  readonly from = input<string | undefined>();
  readonly to = input<string | undefined>();

  protected readonly kinds = DIFF_CHANGE_KINDS;
  protected readonly changeLabels = CHANGE_LABELS;
  protected readonly typeLabels = OBJECT_TYPE_LABELS;
  protected readonly page = DIFF_GROUP_PAGE;
  protected readonly diff = new Loader<SchemaDiff>(inject(DestroyRef));

  readonly shownKinds = signal<ReadonlySet<DiffChangeKind>>(ALL_CHANGE_KINDS);
  readonly objectType = signal<DiffObjectType | null>(null);
  readonly query = signal('');
  readonly groupLimit = signal(DIFF_GROUP_PAGE);

  protected readonly snapshots = computed(() => this.ctx.snapshots.value() ?? []);
  /** `to` from the URL, else the newest snapshot. */
  readonly toId = computed(() => this.to() || this.snapshots()[0]?.id || null);
  /** `from` from the URL, else the snapshot before `to`. */
  readonly fromId = computed(() => {
    if (this.from()) return this.from()!;
    const list = this.snapshots();
    const toIndex = list.findIndex((s) => s.id === this.toId());
    return list[toIndex + 1]?.id ?? null;
  });
  readonly filtered = computed(() =>
    filterChanges(this.diff.value()?.changes ?? [], {
      kinds: this.shownKinds(),
      objectType: this.objectType(),
      query: this.query(),
    }),
  );
  readonly groups = computed(() => groupChanges(this.filtered()));
  protected readonly objectTypes = computed(() => [
    ...new Set((this.diff.value()?.changes ?? []).map((c) => c.objectType)),
  ]);

  constructor() {
    effect(() => this.ctx.set(this.projectId(), this.connectionId() ?? null, null));
    effect(() => {
      this.fromId();
      this.toId();
      untracked(() => this.loadDiff());
    });
  }

  loadDiff(): void {
    const projectId = this.ctx.projectId();
    const from = this.fromId();
    const to = this.toId();
    this.groupLimit.set(DIFF_GROUP_PAGE);
    if (projectId && from && to && from !== to)
      this.diff.load(this.schema.diff(projectId, from, to));
    else this.diff.reset();
  }

  protected describe(s: SnapshotSummary): string {
    const date = new Date(s.capturedAt);
    const text = Number.isNaN(date.getTime())
      ? s.capturedAt
      : date.toLocaleString('en-US', {
          month: 'short',
          day: 'numeric',
          year: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
          second: '2-digit',
        });
    return `${text} · ${s.tableCount} tables`;
  }

  protected pick(which: 'from' | 'to', id: string): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: {
        connectionId: this.ctx.connectionId(),
        from: which === 'from' ? id : this.fromId(),
        to: which === 'to' ? id : this.toId(),
      },
      queryParamsHandling: 'merge',
    });
  }

  protected swap(): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { connectionId: this.ctx.connectionId(), from: this.toId(), to: this.fromId() },
      queryParamsHandling: 'merge',
    });
  }

  toggleKind(kind: DiffChangeKind, on: boolean): void {
    this.shownKinds.update((set) => {
      const next = new Set(set);
      if (on) next.add(kind);
      else next.delete(kind);
      return next;
    });
  }
}
