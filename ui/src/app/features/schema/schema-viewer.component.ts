import { DecimalPipe } from '@angular/common';
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
import { RouterLink } from '@angular/router';
import { SnapshotDetail } from '../../core/models';
import { SchemaService } from '../../core/services/schema.service';
import { ProjectPageHeaderComponent } from '../../shared/components/page-header/project-page-header.component';
import { EmptyStateComponent } from '../../shared/components/states/empty-state.component';
import { ErrorStateComponent } from '../../shared/components/states/error-state.component';
import { LoadingStateComponent } from '../../shared/components/states/loading-state.component';
import { Loader } from '../../shared/data/loader';
import {
  IDENTITY_LABELS,
  KIND_LABELS,
  KindFilter,
  columnType,
  filterTables,
  formatBytes,
  formatRows,
  groupBySchema,
  qualified,
  referencedBy,
  tableEntries,
} from './schema-utils';
import { SnapshotContext } from './snapshot-context';
import { SnapshotPickerComponent } from './snapshot-picker.component';
import { TableNotesComponent } from './table-notes.component';

/** Tables rendered in the list at once; "Show more" adds as many again. */
export const TABLE_LIST_PAGE = 200;

/**
 * `/projects/:projectId/schema?connectionId=&snapshotId=&table=`: a captured schema. Left, the
 * tables and views grouped by schema with a search (name, optionally column names); right, only
 * the selected table's details (columns, keys, "referenced by", constraints, indexes). The list
 * is capped with "Show more", so a snapshot of thousands of tables stays fast.
 */
@Component({
  selector: 'app-schema-viewer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [SnapshotContext],
  imports: [
    DecimalPipe,
    RouterLink,
    ProjectPageHeaderComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    SnapshotPickerComponent,
    TableNotesComponent,
  ],
  template: `
    <div class="mx-auto max-w-[96rem] px-6 py-8 lg:px-8">
      <app-project-page-header
        [projectId]="projectId()"
        heading="Schema"
        description="Tables, columns, keys and indexes as captured in a snapshot."
      >
        @if (ctx.snapshotId()) {
          <a
            class="btn btn-secondary btn-sm"
            [routerLink]="['/projects', projectId(), 'schema', 'diff']"
            [queryParams]="{ connectionId: ctx.connectionId() }"
            >Compare snapshots</a
          >
        }
      </app-project-page-header>

      <app-snapshot-picker class="mt-6" idPrefix="schema" />

      @if (ctx.snapshotId()) {
        @if (detail.loading() && !detail.value()) {
          <app-loading-state message="Loading the schema…" />
        } @else if (detail.error()) {
          <app-error-state
            class="mt-6 block"
            title="The snapshot could not be loaded"
            [message]="detail.error()!"
            (retry)="loadDetail()"
          />
        } @else if (detail.value(); as d) {
          @if (!d.model.tables.length) {
            <app-empty-state
              class="mt-6 block"
              title="No tables in this snapshot"
              message="The captured schemas contain no tables or views."
            />
          } @else {
            <div class="mt-6 grid items-start gap-6 lg:grid-cols-[20rem_minmax(0,1fr)]">
              <section
                class="card flex flex-col p-4 lg:sticky lg:top-6 lg:max-h-[calc(100vh-3rem)]"
                aria-labelledby="tables-title"
              >
                <h2 id="tables-title" class="section-title">Tables</h2>
                <div class="mt-3 space-y-3" role="search" aria-label="Filter tables">
                  <div>
                    <label for="table-search" class="field-label">Search</label>
                    <input
                      id="table-search"
                      type="search"
                      class="input"
                      autocomplete="off"
                      placeholder="e.g. orders"
                      [value]="query()"
                      (input)="setQuery($any($event.target).value)"
                      aria-describedby="table-count"
                    />
                  </div>
                  <label class="flex items-center gap-2 text-sm text-fg">
                    <input
                      type="checkbox"
                      [checked]="searchColumns()"
                      (change)="searchColumns.set($any($event.target).checked)"
                    />
                    Match column names too
                  </label>
                  <div class="grid grid-cols-2 gap-2">
                    <div>
                      <label for="table-kind" class="field-label">Kind</label>
                      <select
                        id="table-kind"
                        class="input !min-h-9 !py-1 text-sm"
                        (change)="kind.set($any($event.target).value)"
                      >
                        <option value="all">All</option>
                        <option value="tables">Tables</option>
                        <option value="views">Views</option>
                      </select>
                    </div>
                    @if (d.model.schemas.length > 1) {
                      <div>
                        <label for="table-schema" class="field-label">Schema</label>
                        <select
                          id="table-schema"
                          class="input !min-h-9 !py-1 text-sm"
                          (change)="schemaFilter.set($any($event.target).value || null)"
                        >
                          <option value="">All</option>
                          @for (s of d.model.schemas; track s) {
                            <option [value]="s">{{ s }}</option>
                          }
                        </select>
                      </div>
                    }
                  </div>
                </div>
                <p id="table-count" class="mt-3 text-xs text-muted" role="status">
                  @if (filtered().length === entries().length) {
                    {{ entries().length | number }} tables and views
                  } @else {
                    {{ filtered().length | number }} of {{ entries().length | number }} match
                  }
                </p>
                <nav
                  class="-mx-2 mt-2 min-h-0 flex-1 overflow-y-auto px-2"
                  aria-label="Tables"
                  data-testid="table-list"
                >
                  @for (group of groups(); track group.schema) {
                    <h3
                      class="sticky top-0 bg-surface py-1 text-xs font-semibold uppercase tracking-wide text-muted"
                    >
                      {{ group.schema }}
                    </h3>
                    <ul class="mb-2">
                      @for (e of group.entries; track e.id) {
                        <li>
                          <a
                            [routerLink]="[]"
                            [queryParams]="{ table: e.id }"
                            queryParamsHandling="merge"
                            class="flex items-center justify-between gap-2 rounded-control px-2 py-1 text-sm text-fg no-underline hover:bg-surface-muted hover:text-fg"
                            [class.bg-primary-soft]="e.id === selectedId()"
                            [class.!text-primary]="e.id === selectedId()"
                            [attr.aria-current]="e.id === selectedId() ? 'true' : null"
                            [attr.data-table]="e.id"
                          >
                            <span class="truncate font-mono" [title]="e.id">{{
                              e.table.name.name
                            }}</span>
                            <span class="shrink-0 text-xs text-muted">
                              @if (e.table.kind !== 'TABLE') {
                                <span class="mr-1 rounded bg-info-soft px-1 text-info">{{
                                  e.table.kind === 'VIEW' ? 'view' : 'mat. view'
                                }}</span>
                              }
                              @if (e.table.rowEstimate >= 0) {
                                <span [title]="(e.table.rowEstimate | number) + ' rows (estimate)'"
                                  >~{{ rows(e.table.rowEstimate) }}</span
                                >
                              }
                            </span>
                          </a>
                        </li>
                      }
                    </ul>
                  } @empty {
                    <p class="py-6 text-center text-sm text-muted">No table matches.</p>
                  }
                  @if (filtered().length > limit()) {
                    <button
                      type="button"
                      class="btn btn-secondary btn-sm mb-2 w-full"
                      (click)="limit.set(limit() + page)"
                    >
                      Show more ({{ filtered().length - limit() | number }} left)
                    </button>
                  }
                </nav>
              </section>

              <div class="min-w-0" data-testid="table-detail">
                @if (selected(); as t) {
                  <section class="card p-6" aria-labelledby="table-title">
                    <div class="flex flex-wrap items-start justify-between gap-3">
                      <div class="min-w-0">
                        <h2 id="table-title" class="break-all font-mono text-lg font-semibold">
                          {{ selectedId() }}
                        </h2>
                        <p class="mt-1 text-sm text-muted">
                          {{ kindLabels[t.kind] }} · {{ t.columns.length }} columns ·
                          {{ t.rowEstimate >= 0 ? '~' + (t.rowEstimate | number) : 'unknown' }}
                          rows · {{ bytes(t.sizeBytes) }}
                        </p>
                        @if (t.comment) {
                          <p class="mt-2 text-sm text-fg">{{ t.comment }}</p>
                        }
                      </div>
                      <div class="flex flex-wrap gap-2">
                        <a
                          class="btn btn-secondary btn-sm"
                          [routerLink]="['/projects', projectId(), 'data']"
                          [queryParams]="{ connectionId: ctx.connectionId(), table: selectedId() }"
                          >Browse rows</a
                        >
                        <a
                          class="btn btn-secondary btn-sm"
                          [routerLink]="['/projects', projectId(), 'graph']"
                          [queryParams]="{
                            connectionId: ctx.connectionId(),
                            snapshotId: ctx.snapshotId(),
                            table: selectedId(),
                          }"
                          >Show in graph</a
                        >
                      </div>
                    </div>

                    <h3 class="mt-6 text-sm font-semibold text-fg">Columns</h3>
                    <div class="mt-2 overflow-x-auto">
                      <table class="w-full text-left text-sm" data-testid="columns">
                        <thead class="text-xs uppercase tracking-wide text-muted">
                          <tr>
                            <th scope="col" class="py-2 pr-4 font-semibold">Name</th>
                            <th scope="col" class="py-2 pr-4 font-semibold">Type</th>
                            <th scope="col" class="py-2 pr-4 font-semibold">Null</th>
                            <th scope="col" class="py-2 pr-4 font-semibold">Default</th>
                            <th scope="col" class="py-2 font-semibold">Notes</th>
                          </tr>
                        </thead>
                        <tbody class="divide-y divide-border">
                          @for (c of t.columns; track c.name) {
                            <tr [attr.data-column]="c.name">
                              <th scope="row" class="py-2 pr-4 align-top font-mono font-medium">
                                {{ c.name }}
                                @if (pkColumns().has(c.name)) {
                                  <span
                                    class="ml-1 rounded bg-warning-soft px-1 text-xs font-semibold text-warning"
                                    title="Primary key"
                                    >PK</span
                                  >
                                }
                                @if (fkColumns().has(c.name)) {
                                  <span
                                    class="ml-1 rounded bg-info-soft px-1 text-xs font-semibold text-info"
                                    title="Foreign key"
                                    >FK</span
                                  >
                                }
                              </th>
                              <td class="py-2 pr-4 align-top font-mono text-xs">{{ type(c) }}</td>
                              <td class="py-2 pr-4 align-top">{{ c.nullable ? 'yes' : 'no' }}</td>
                              <td
                                class="max-w-[16rem] py-2 pr-4 align-top font-mono text-xs break-all"
                              >
                                {{ c.defaultValue ?? '' }}
                              </td>
                              <td class="py-2 align-top text-xs">
                                @if (c.identity !== 'NONE') {
                                  <span
                                    class="mr-1 inline-block rounded-full border border-primary/30 bg-primary-soft px-2 py-0.5 font-semibold text-primary"
                                    >{{ identityLabels[c.identity] }}</span
                                  >
                                }
                                @if (c.generated) {
                                  <span
                                    class="mr-1 inline-block rounded-full border border-accent/30 px-2 py-0.5 font-semibold text-accent"
                                    [title]="c.generated"
                                    >generated</span
                                  >
                                  <code class="block break-all text-muted">{{ c.generated }}</code>
                                }
                                @if (c.enumValues.length) {
                                  <span class="block text-muted"
                                    >one of: <code>{{ c.enumValues.join(', ') }}</code></span
                                  >
                                }
                                @if (c.comment) {
                                  <span class="block text-fg">{{ c.comment }}</span>
                                }
                              </td>
                            </tr>
                          }
                        </tbody>
                      </table>
                    </div>

                    @if (ctx.connectionId(); as connectionId) {
                      <app-table-notes
                        class="mt-6"
                        [projectId]="projectId()"
                        [connectionId]="connectionId"
                        [table]="t"
                      />
                    }

                    <div class="mt-6 grid gap-6 xl:grid-cols-2">
                      <div>
                        <h3 class="text-sm font-semibold text-fg">Primary key</h3>
                        @if (t.primaryKey; as pk) {
                          <p class="mt-2 text-sm">
                            <code class="font-mono">({{ pk.columns.join(', ') }})</code>
                            @if (pk.name) {
                              <span class="text-muted"> · {{ pk.name }}</span>
                            }
                          </p>
                        } @else {
                          <p class="mt-2 text-sm text-warning">
                            No primary key{{ t.kind === 'TABLE' ? '.' : ' (a view).' }}
                          </p>
                        }
                      </div>
                      <div>
                        <h3 class="text-sm font-semibold text-fg">Unique constraints</h3>
                        @if (t.uniqueConstraints.length) {
                          <ul class="mt-2 space-y-1 text-sm">
                            @for (u of t.uniqueConstraints; track u.name) {
                              <li>
                                <code class="font-mono">({{ u.columns.join(', ') }})</code>
                                <span class="text-muted"> · {{ u.name }}</span>
                              </li>
                            }
                          </ul>
                        } @else {
                          <p class="mt-2 text-sm text-muted">None.</p>
                        }
                      </div>
                    </div>

                    <h3 class="mt-6 text-sm font-semibold text-fg">
                      Foreign keys ({{ t.foreignKeys.length }})
                    </h3>
                    @if (t.foreignKeys.length) {
                      <ul class="mt-2 divide-y divide-border text-sm" data-testid="foreign-keys">
                        @for (fk of t.foreignKeys; track fk.name) {
                          <li class="py-2">
                            <code class="font-mono">({{ fk.columns.join(', ') }})</code>
                            →
                            <a
                              class="font-mono"
                              [routerLink]="[]"
                              [queryParams]="{ table: ref(fk.referencedTable) }"
                              queryParamsHandling="merge"
                              >{{ ref(fk.referencedTable) }}</a
                            >
                            <code class="font-mono">({{ fk.referencedColumns.join(', ') }})</code>
                            <span class="block text-xs text-muted">
                              {{ fk.name }}
                              @if (fk.onDelete && fk.onDelete !== 'NO_ACTION') {
                                · on delete {{ action(fk.onDelete) }}
                              }
                              @if (fk.onUpdate && fk.onUpdate !== 'NO_ACTION') {
                                · on update {{ action(fk.onUpdate) }}
                              }
                              @if (fk.deferrable) {
                                · deferrable{{ fk.initiallyDeferred ? ', initially deferred' : '' }}
                              }
                            </span>
                          </li>
                        }
                      </ul>
                    } @else {
                      <p class="mt-2 text-sm text-muted">None.</p>
                    }

                    <h3 class="mt-6 text-sm font-semibold text-fg">
                      Referenced by ({{ incoming().length }})
                    </h3>
                    @if (incoming().length) {
                      <ul class="mt-2 divide-y divide-border text-sm" data-testid="referenced-by">
                        @for (r of incoming(); track r.table + r.foreignKey.name) {
                          <li class="py-2">
                            <a
                              class="font-mono"
                              [routerLink]="[]"
                              [queryParams]="{ table: r.table }"
                              queryParamsHandling="merge"
                              >{{ r.table }}</a
                            >
                            <code class="font-mono">({{ r.foreignKey.columns.join(', ') }})</code>
                            <span class="text-xs text-muted"> · {{ r.foreignKey.name }}</span>
                          </li>
                        }
                      </ul>
                    } @else {
                      <p class="mt-2 text-sm text-muted">No foreign key points here.</p>
                    }

                    <h3 class="mt-6 text-sm font-semibold text-fg">Checks</h3>
                    @if (t.checks.length) {
                      <ul class="mt-2 space-y-1 text-sm">
                        @for (c of t.checks; track c.name) {
                          <li>
                            <code class="font-mono break-all">{{ c.expression }}</code>
                            <span class="text-muted"> · {{ c.name }}</span>
                          </li>
                        }
                      </ul>
                    } @else {
                      <p class="mt-2 text-sm text-muted">None.</p>
                    }

                    <h3 class="mt-6 text-sm font-semibold text-fg">
                      Indexes ({{ t.indexes.length }})
                    </h3>
                    @if (t.indexes.length) {
                      <div class="mt-2 overflow-x-auto">
                        <table class="w-full text-left text-sm" data-testid="indexes">
                          <thead class="text-xs uppercase tracking-wide text-muted">
                            <tr>
                              <th scope="col" class="py-2 pr-4 font-semibold">Name</th>
                              <th scope="col" class="py-2 pr-4 font-semibold">Columns</th>
                              <th scope="col" class="py-2 pr-4 font-semibold">Kind</th>
                              <th scope="col" class="py-2 pr-4 font-semibold">Size</th>
                              <th scope="col" class="py-2 font-semibold">Scans</th>
                            </tr>
                          </thead>
                          <tbody class="divide-y divide-border">
                            @for (i of t.indexes; track i.name) {
                              <tr>
                                <th scope="row" class="py-2 pr-4 align-top font-mono font-medium">
                                  {{ i.name }}
                                </th>
                                <td class="py-2 pr-4 align-top font-mono text-xs">
                                  ({{ i.columns.join(', ') }})
                                  @if (i.predicate) {
                                    <span class="block text-muted">where {{ i.predicate }}</span>
                                  }
                                </td>
                                <td class="py-2 pr-4 align-top text-xs">
                                  {{ i.primary ? 'primary' : i.unique ? 'unique' : 'non-unique'
                                  }}{{ i.method ? ' · ' + i.method : ''
                                  }}{{ i.predicate ? ' · partial' : '' }}
                                </td>
                                <td class="py-2 pr-4 align-top text-xs">
                                  {{ bytes(i.sizeBytes) }}
                                </td>
                                <td class="py-2 align-top text-xs">
                                  {{ i.scans >= 0 ? (i.scans | number) : 'unknown' }}
                                </td>
                              </tr>
                            }
                          </tbody>
                        </table>
                      </div>
                    } @else {
                      <p class="mt-2 text-sm text-muted">None.</p>
                    }

                    @if (t.viewDefinition) {
                      <h3 class="mt-6 text-sm font-semibold text-fg">Definition</h3>
                      <pre
                        class="mt-2 max-h-72 overflow-auto rounded-control bg-surface-muted p-3 font-mono text-xs text-fg"
                        >{{ t.viewDefinition }}</pre>
                    }
                    @if (t.statistics; as s) {
                      <h3 class="mt-6 text-sm font-semibold text-fg">Statistics</h3>
                      <p class="mt-2 text-sm text-muted">
                        {{ s.sequentialScans | number }} sequential scans ·
                        {{ s.indexScans | number }} index scans · {{ s.inserts | number }} inserts ·
                        {{ s.updates | number }} updates
                      </p>
                    }
                  </section>
                } @else if (table()) {
                  <app-empty-state
                    title="Table not found"
                    [message]="'This snapshot has no table ' + table() + '.'"
                  />
                } @else {
                  <app-empty-state title="Pick a table" message="Choose a table from the list." />
                }
              </div>
            </div>
          }
        }
      }
    </div>
  `,
})
export class SchemaViewerComponent {
  private readonly schema = inject(SchemaService);
  protected readonly ctx = inject(SnapshotContext);

  /** Route parameter and query parameters (component input binding). */
  readonly projectId = input.required<string>();
  readonly connectionId = input<string | undefined>();
  readonly snapshotId = input<string | undefined>();
  readonly table = input<string | undefined>();

  protected readonly page = TABLE_LIST_PAGE;
  protected readonly kindLabels = KIND_LABELS;
  protected readonly identityLabels = IDENTITY_LABELS;
  protected readonly detail = new Loader<SnapshotDetail>(inject(DestroyRef));

  readonly query = signal('');
  readonly searchColumns = signal(false);
  readonly kind = signal<KindFilter>('all');
  readonly schemaFilter = signal<string | null>(null);
  readonly limit = signal(TABLE_LIST_PAGE);

  readonly entries = computed(() => {
    const model = this.detail.value()?.model;
    return model ? tableEntries(model) : [];
  });
  private readonly byId = computed(() => new Map(this.entries().map((e) => [e.id, e])));
  readonly filtered = computed(() =>
    filterTables(this.entries(), this.query(), {
      columns: this.searchColumns(),
      kind: this.kind(),
      schema: this.schemaFilter(),
    }),
  );
  /** Only the first `limit` matches are in the DOM. */
  readonly groups = computed(() => groupBySchema(this.filtered().slice(0, this.limit())));
  private readonly references = computed(() => {
    const model = this.detail.value()?.model;
    return model ? referencedBy(model) : new Map();
  });
  /** The `table` query parameter, else the first table of the list. */
  readonly selectedId = computed(() => this.table() || this.filtered()[0]?.id || null);
  readonly selected = computed(() => {
    const id = this.selectedId();
    return id ? (this.byId().get(id)?.table ?? null) : null;
  });
  readonly incoming = computed(() => {
    const id = this.selectedId();
    return (id && this.references().get(id)) || [];
  });
  protected readonly pkColumns = computed(() => new Set(this.selected()?.primaryKey?.columns));
  protected readonly fkColumns = computed(
    () => new Set(this.selected()?.foreignKeys.flatMap((fk) => fk.columns)),
  );

  protected readonly type = columnType;
  protected readonly bytes = formatBytes;
  protected readonly rows = formatRows;
  protected readonly ref = qualified;

  constructor() {
    effect(() =>
      this.ctx.set(this.projectId(), this.connectionId() ?? null, this.snapshotId() ?? null),
    );
    effect(() => {
      this.ctx.snapshotId();
      untracked(() => this.loadDetail());
    });
  }

  loadDetail(): void {
    const projectId = this.ctx.projectId();
    const snapshotId = this.ctx.snapshotId();
    if (projectId && snapshotId) this.detail.load(this.schema.snapshot(projectId, snapshotId));
    else this.detail.reset();
  }

  protected setQuery(value: string): void {
    this.query.set(value);
    this.limit.set(TABLE_LIST_PAGE);
  }

  protected action(value: string): string {
    return value.toLowerCase().replace(/_/g, ' ');
  }
}
