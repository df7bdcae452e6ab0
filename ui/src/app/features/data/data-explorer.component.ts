import { DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import {
  ExplorerColumn,
  ExplorerPage,
  FILTER_OPS,
  FilterOp,
  Row,
  RowFilter,
  SnapshotDetail,
} from '../../core/models';
import { AuthService } from '../../core/services/auth.service';
import { ConfirmService } from '../../core/services/confirm.service';
import { DataService, formatFilter, formatSort } from '../../core/services/data.service';
import { ProjectsService } from '../../core/services/projects.service';
import { SchemaService } from '../../core/services/schema.service';
import { ToastService } from '../../core/services/toast.service';
import { describeError, toApiError } from '../../core/utils/api-error';
import { hasPermission, projectPermissionOf } from '../../core/utils/roles';
import { AlertComponent } from '../../shared/components/alert/alert.component';
import { IconComponent } from '../../shared/components/icon/icon.component';
import { ProjectPageHeaderComponent } from '../../shared/components/page-header/project-page-header.component';
import { EmptyStateComponent } from '../../shared/components/states/empty-state.component';
import { ErrorStateComponent } from '../../shared/components/states/error-state.component';
import { LoadingStateComponent } from '../../shared/components/states/loading-state.component';
import { Loader } from '../../shared/data/loader';
import { groupBySchema, tableEntries } from '../schema/schema-utils';
import { SnapshotContext } from '../schema/snapshot-context';
import { SnapshotPickerComponent } from '../schema/snapshot-picker.component';
import { CellLink, CellValueComponent } from './cell-value.component';
import {
  DataLink,
  FILTER_OP_LABELS,
  FILTER_OP_SYMBOLS,
  PAGE_SIZE,
  childRowsLink,
  describeKey,
  filtersFromParam,
  filtersToParam,
  foreignKeyLinks,
  opTakesValue,
  pageFromParam,
  parseSort,
  referrersOf,
  routeOf,
  rowKeyOf,
  tableIndex,
  toggleSort,
} from './data-utils';
import { RowFormComponent } from './row-form.component';

const NUMERIC = new Set(['INTEGER', 'DECIMAL', 'FLOAT']);

interface GridRow {
  row: Row;
  key: Row | null;
  keyText: string;
  entity: CellLink | null;
  links: Partial<Record<string, CellLink>>;
  referencedBy: { table: string; columns: string[]; link: CellLink }[];
}

type FormState = { row: Row | null; key: Row | null } | null;

/**
 * `/projects/:projectId/data?connectionId=&table=&sort=&filter=&page=`: the rows of one table,
 * read live from the database. The URL holds the whole view (sort `col,-other`, repeated
 * `filter=col:op:value`, 0-based `page`), so every grid is a link. Foreign-key values link to the
 * parent row's entity view, "referenced by" to the child rows; rows are inserted, edited and
 * deleted in a side form. A 403 on a write (production data below the admin role) switches
 * writes off with the server's explanation.
 */
@Component({
  selector: 'app-data-explorer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [SnapshotContext],
  imports: [
    DecimalPipe,
    RouterLink,
    AlertComponent,
    CellValueComponent,
    IconComponent,
    ProjectPageHeaderComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    RowFormComponent,
    SnapshotPickerComponent,
  ],
  template: `
    <div class="mx-auto max-w-[96rem] px-6 py-8 lg:px-8">
      <app-project-page-header
        [projectId]="projectId()"
        heading="Data"
        description="Browse, filter and change the rows of a table. Rows are read live from the database."
      >
        @if (tableId() && ctx.snapshotId()) {
          <button
            type="button"
            class="btn btn-secondary btn-sm"
            (click)="loadRows(true)"
            [disabled]="rows.loading()"
          >
            <app-icon name="refresh" [size]="16" /> Refresh
          </button>
          @if (canChange() && !blockedReason()) {
            <button type="button" class="btn btn-primary btn-sm" (click)="openForm(null, $event)">
              <app-icon name="plus" [size]="16" /> New row
            </button>
          }
        }
      </app-project-page-header>

      <app-snapshot-picker class="mt-6" idPrefix="data" [showSnapshot]="false">
        @if (ctx.snapshotId()) {
          <div class="min-w-[14rem] flex-1 sm:max-w-sm">
            <label for="data-table" class="field-label">Table</label>
            <select
              id="data-table"
              class="input"
              [disabled]="!detail.value()"
              (change)="pickTable($any($event.target).value)"
            >
              <option value="" [selected]="!tableId()">
                {{ detail.value() ? 'Choose a table…' : 'Loading tables…' }}
              </option>
              @for (group of tableGroups(); track group.schema) {
                <optgroup [label]="group.schema">
                  @for (e of group.entries; track e.id) {
                    <option [value]="e.id" [selected]="e.id === tableId()">
                      {{ e.table.name.name }}{{ e.table.kind === 'TABLE' ? '' : ' (view)' }}
                    </option>
                  }
                </optgroup>
              }
            </select>
          </div>
        }
        @if (production()) {
          <span
            class="self-center rounded-full border border-warning/40 bg-warning-soft px-2.5 py-0.5 text-xs font-semibold text-warning"
            data-testid="production-badge"
            title="This connection is marked as production"
            >Production</span
          >
        }
      </app-snapshot-picker>

      @if (ctx.snapshotId()) {
        @if (detail.error()) {
          <app-error-state
            class="mt-6 block"
            title="The snapshot could not be loaded"
            [message]="detail.error()!"
            (retry)="loadDetail()"
          />
        }
        @if (!tableId()) {
          <app-empty-state
            class="mt-6 block"
            title="Pick a table"
            message="Choose a table or view of this connection to browse its rows."
          />
        } @else {
          <div
            class="mt-6 grid items-start gap-6"
            [class]="formState() ? 'xl:grid-cols-[minmax(0,1fr)_26rem]' : ''"
          >
            <div class="min-w-0 space-y-4">
              <section class="card p-4" aria-labelledby="data-table-title">
                <div class="flex flex-wrap items-baseline justify-between gap-2">
                  <h2 id="data-table-title" class="break-all font-mono text-lg font-semibold">
                    {{ tableId() }}
                  </h2>
                  <p class="text-sm text-muted">
                    @if (schemaTable(); as t) {
                      {{ t.kind === 'TABLE' ? 'table' : 'view' }} ·
                    }
                    @if (estimate() >= 0) {
                      ~{{ estimate() | number }} rows (estimate)
                    } @else {
                      row count unknown
                    }
                    ·
                    <a
                      [routerLink]="['/projects', projectId(), 'schema']"
                      [queryParams]="{ connectionId: ctx.connectionId(), table: tableId() }"
                      >Structure</a
                    >
                  </p>
                </div>
                @if (referrers().length) {
                  <p class="mt-2 flex flex-wrap items-center gap-2 text-xs text-muted">
                    Referenced by:
                    @for (r of referrers(); track r.table + r.foreignKey.name) {
                      <a
                        class="rounded-full border border-border px-2 py-0.5 font-mono text-fg no-underline hover:bg-surface-muted"
                        [routerLink]="['/projects', projectId(), 'data']"
                        [queryParams]="{ connectionId: ctx.connectionId(), table: r.table }"
                        [title]="'Through ' + r.foreignKey.name"
                        >{{ r.table }} ({{ r.foreignKey.columns.join(', ') }})</a
                      >
                    }
                  </p>
                }
                @if (blockedReason(); as reason) {
                  <app-alert
                    class="mt-3 block"
                    tone="warning"
                    title="Read-only"
                    data-testid="writes-disabled"
                    >{{ reason }}</app-alert
                  >
                } @else if (production()) {
                  <p class="mt-2 text-xs text-warning">
                    Production data: changes need the admin role and go straight to the database.
                  </p>
                }
                @if (actionMessage(); as m) {
                  <app-alert class="mt-3 block" tone="error" [title]="m.title">
                    {{ m.text }}
                    @if (m.noSnapshot) {
                      <a class="mt-1 block" [routerLink]="['/projects', projectId(), 'connections']"
                        >Capture a snapshot on the Connections page</a
                      >
                    }
                  </app-alert>
                }
              </section>

              <form
                class="card p-4"
                role="search"
                aria-label="Filter rows"
                (submit)="$event.preventDefault(); addFilter()"
                data-testid="filter-bar"
              >
                <div
                  class="grid gap-3 md:grid-cols-[minmax(0,12rem)_minmax(0,13rem)_minmax(0,1fr)_auto] md:items-start"
                >
                  <div>
                    <label for="filter-column" class="field-label">Column</label>
                    <select
                      id="filter-column"
                      class="input"
                      (change)="filterColumn.set($any($event.target).value)"
                    >
                      @for (c of columnNames(); track c) {
                        <option [value]="c" [selected]="c === chosenFilterColumn()">{{ c }}</option>
                      }
                    </select>
                  </div>
                  <div>
                    <label for="filter-op" class="field-label">Operator</label>
                    <select
                      id="filter-op"
                      class="input"
                      (change)="filterOp.set($any($event.target).value)"
                    >
                      @for (op of ops; track op) {
                        <option [value]="op" [selected]="op === filterOp()">
                          {{ opLabels[op] }}
                        </option>
                      }
                    </select>
                  </div>
                  <div>
                    <label for="filter-value" class="field-label">Value</label>
                    <input
                      id="filter-value"
                      type="text"
                      class="input"
                      autocomplete="off"
                      [disabled]="!takesValue()"
                      [placeholder]="valuePlaceholder()"
                      [value]="filterValue()"
                      (input)="filterValue.set($any($event.target).value); filterError.set(null)"
                      [attr.aria-invalid]="!!filterError()"
                      [attr.aria-describedby]="filterError() ? 'filter-value-error' : null"
                    />
                    @if (filterError(); as e) {
                      <p id="filter-value-error" class="field-error">{{ e }}</p>
                    }
                  </div>
                  <div class="md:pt-[1.65rem]">
                    <button type="submit" class="btn btn-secondary w-full md:w-auto">
                      <app-icon name="plus" [size]="14" /> Add filter
                    </button>
                  </div>
                </div>
                @if (filters().length || sortKeys().length) {
                  <div class="mt-3 flex flex-wrap items-center gap-2 text-sm">
                    @if (filters().length) {
                      <span class="text-xs font-semibold text-muted">Filters</span>
                      <ul class="flex flex-wrap gap-2" data-testid="filters">
                        @for (f of filters(); track $index) {
                          <li
                            class="inline-flex items-center gap-1 rounded-full border border-primary/30 bg-primary-soft py-0.5 pr-1 pl-2.5 text-xs text-fg"
                          >
                            <span class="font-mono"
                              >{{ f.column }} {{ opSymbols[f.op] }}
                              @if (f.value && f.op !== 'null' && f.op !== 'notnull') {
                                {{ f.value }}
                              }
                            </span>
                            <button
                              type="button"
                              class="rounded-full px-1 text-muted hover:bg-surface hover:text-fg"
                              [attr.aria-label]="'Remove filter ' + describeFilter(f)"
                              (click)="removeFilter($index)"
                            >
                              <app-icon name="close" [size]="12" />
                            </button>
                          </li>
                        }
                      </ul>
                      <button type="button" class="btn btn-ghost btn-sm" (click)="clearFilters()">
                        Clear filters
                      </button>
                    }
                    @if (sortKeys().length) {
                      <span class="text-xs text-muted" data-testid="sort-summary">
                        Sorted by
                        @for (k of sortKeys(); track k.column; let last = $last) {
                          <span class="font-mono text-fg">{{ k.column }}</span>
                          {{ k.descending ? 'descending' : 'ascending' }}{{ last ? '' : ', then' }}
                        }
                      </span>
                      <button type="button" class="btn btn-ghost btn-sm" (click)="clearSort()">
                        Clear sort
                      </button>
                    }
                  </div>
                }
              </form>

              <section class="card overflow-hidden" aria-labelledby="data-grid-title">
                <h2 id="data-grid-title" class="sr-only">Rows</h2>
                @if (rows.loading() && !rows.value()) {
                  <app-loading-state message="Reading rows…" />
                } @else if (rows.failure(); as failure) {
                  <div class="p-4">
                    @if (failure.status === 409) {
                      <app-empty-state title="Capture a snapshot first" [message]="failure.message">
                        <a
                          class="btn btn-primary btn-sm"
                          [routerLink]="['/projects', projectId(), 'connections']"
                          >Go to connections</a
                        >
                      </app-empty-state>
                    } @else {
                      <app-error-state
                        [title]="
                          failure.status === 400
                            ? 'The filter or sort was refused'
                            : 'The rows could not be read'
                        "
                        [message]="describe(failure)"
                        [retryable]="failure.status !== 400"
                        (retry)="loadRows()"
                      />
                    }
                  </div>
                } @else if (rows.value(); as p) {
                  <div class="overflow-x-auto" [attr.aria-busy]="rows.loading()">
                    <table class="w-full text-left text-sm" data-testid="grid">
                      <caption class="sr-only">
                        Rows of
                        {{
                          p.table
                        }}, page
                        {{
                          p.page + 1
                        }}. Activate a column header to sort by it; hold Shift to add it to the
                        sort.
                      </caption>
                      <thead class="border-b border-border bg-surface-muted text-xs text-muted">
                        <tr>
                          <th scope="col" class="px-3 py-2">
                            <span class="sr-only">Row actions</span>
                          </th>
                          @for (c of p.columns; track c.name) {
                            <th
                              scope="col"
                              class="whitespace-nowrap px-3 py-2 align-bottom font-semibold"
                              [class.text-right]="numeric(c)"
                              [attr.aria-sort]="ariaSort(c.name)"
                            >
                              <button
                                type="button"
                                class="inline-flex items-center gap-1 rounded px-1 text-fg hover:bg-surface"
                                [attr.data-sort-column]="c.name"
                                [title]="'Sort by ' + c.name + ' (Shift adds it to the sort)'"
                                (click)="sortBy(c.name, $event.shiftKey)"
                              >
                                <span class="font-mono">{{ c.name }}</span>
                                @if (c.primaryKey) {
                                  <span
                                    class="rounded bg-warning-soft px-1 text-[0.625rem] font-semibold text-warning"
                                    >PK</span
                                  >
                                }
                                @if (fkColumns().has(c.name)) {
                                  <span
                                    class="rounded bg-info-soft px-1 text-[0.625rem] font-semibold text-info"
                                    >FK</span
                                  >
                                }
                                @if (sortPosition(c.name); as s) {
                                  <span class="text-primary" aria-hidden="true"
                                    >{{ s.descending ? '↓' : '↑'
                                    }}{{ sortKeys().length > 1 ? s.position : '' }}</span
                                  >
                                }
                              </button>
                              <span class="block px-1 font-mono font-normal">{{ c.dataType }}</span>
                            </th>
                          }
                        </tr>
                      </thead>
                      <tbody class="divide-y divide-border">
                        @for (r of gridRows(); track $index) {
                          <tr
                            data-testid="row"
                            [attr.data-key]="r.keyText"
                            class="hover:bg-surface-muted/50"
                          >
                            <td class="whitespace-nowrap px-2 py-1.5 align-top">
                              <div class="flex items-center gap-1">
                                @if (r.entity; as e) {
                                  <a
                                    class="btn btn-ghost btn-sm !px-2"
                                    [routerLink]="e.commands"
                                    [queryParams]="e.queryParams"
                                    [attr.aria-label]="e.label"
                                    >Open</a
                                  >
                                }
                                @if (r.key && canChange() && !blockedReason()) {
                                  <button
                                    type="button"
                                    class="btn btn-ghost btn-sm !px-2"
                                    [attr.aria-label]="'Edit row ' + r.keyText"
                                    (click)="openForm(r, $event)"
                                  >
                                    Edit
                                  </button>
                                  <button
                                    type="button"
                                    class="btn btn-ghost btn-sm !px-2 text-danger"
                                    [attr.aria-label]="'Delete row ' + r.keyText"
                                    [disabled]="busyKey() === r.keyText"
                                    (click)="deleteRow(r)"
                                  >
                                    <app-icon name="trash" [size]="14" />
                                  </button>
                                }
                                @if (r.referencedBy.length) {
                                  <details class="relative" data-testid="referenced-by">
                                    <summary
                                      class="cursor-pointer rounded px-1.5 py-1 text-xs font-semibold text-primary hover:bg-surface-muted"
                                      [attr.aria-label]="'Rows referencing row ' + r.keyText"
                                    >
                                      Refs
                                    </summary>
                                    <ul
                                      class="absolute left-0 z-10 mt-1 w-72 space-y-1 rounded-control border border-border bg-surface-raised p-2 text-xs shadow-overlay"
                                    >
                                      @for (
                                        ref of r.referencedBy;
                                        track ref.table + ref.columns.join()
                                      ) {
                                        <li>
                                          <a
                                            class="font-mono"
                                            [routerLink]="ref.link.commands"
                                            [queryParams]="ref.link.queryParams"
                                            >{{ ref.table }}</a
                                          >
                                          <span class="text-muted">
                                            ({{ ref.columns.join(', ') }})</span
                                          >
                                        </li>
                                      }
                                    </ul>
                                  </details>
                                }
                              </div>
                            </td>
                            @for (c of p.columns; track c.name) {
                              <td
                                class="max-w-[24rem] px-3 py-1.5 align-top"
                                [class.text-right]="numeric(c)"
                                [attr.data-column]="c.name"
                              >
                                <app-cell-value
                                  [value]="r.row[c.name]"
                                  [category]="c.category"
                                  [label]="c.name"
                                  [link]="r.links[c.name] ?? null"
                                />
                              </td>
                            }
                          </tr>
                        } @empty {
                          <tr>
                            <td
                              [attr.colspan]="p.columns.length + 1"
                              class="px-4 py-10 text-center text-sm text-muted"
                            >
                              {{
                                filters().length
                                  ? 'No row matches the filters.'
                                  : p.page > 0
                                    ? 'No rows on this page.'
                                    : 'This table has no rows.'
                              }}
                            </td>
                          </tr>
                        }
                      </tbody>
                    </table>
                  </div>
                  <div
                    class="flex flex-wrap items-center justify-between gap-3 border-t border-border px-4 py-3 text-sm"
                  >
                    <p class="text-muted" role="status" data-testid="page-status">
                      @if (p.rows.length) {
                        Rows {{ p.page * p.size + 1 | number }}–{{
                          p.page * p.size + p.rows.length | number
                        }}
                      } @else {
                        No rows
                      }
                      · page {{ p.page + 1 | number }}
                      @if (p.total !== undefined && p.total !== null) {
                        of {{ p.total | number }} rows
                      }
                      @if (rows.loading()) {
                        · loading…
                      }
                    </p>
                    <nav class="flex gap-2" aria-label="Pages">
                      <button
                        type="button"
                        class="btn btn-secondary btn-sm"
                        [disabled]="p.page === 0 || rows.loading()"
                        (click)="goToPage(p.page - 1)"
                      >
                        <app-icon name="arrow-left" [size]="14" /> Previous
                      </button>
                      <button
                        type="button"
                        class="btn btn-secondary btn-sm"
                        [disabled]="!p.hasMore || rows.loading()"
                        (click)="goToPage(p.page + 1)"
                      >
                        Next
                        <span class="rotate-180"><app-icon name="arrow-left" [size]="14" /></span>
                      </button>
                    </nav>
                  </div>
                }
              </section>
            </div>

            @if (formState(); as f) {
              <app-row-form
                class="xl:sticky xl:top-6"
                [projectId]="projectId()"
                [connectionId]="ctx.connectionId()!"
                [table]="tableId()!"
                [schemaTable]="schemaTable()"
                [columns]="rows.value()?.columns ?? null"
                [row]="f.row"
                [rowKey]="f.key"
                [blocked]="blockedReason()"
                (saved)="onSaved(f.row === null)"
                (closed)="closeForm()"
                (forbidden)="block($event)"
              />
            }
          </div>
        }
      }
    </div>
  `,
})
export class DataExplorerComponent {
  private readonly data = inject(DataService);
  private readonly schema = inject(SchemaService);
  private readonly projects = inject(ProjectsService);
  private readonly auth = inject(AuthService);
  private readonly confirm = inject(ConfirmService);
  private readonly toasts = inject(ToastService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly host = inject(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly ctx = inject(SnapshotContext);
  private readonly destroyRef = inject(DestroyRef);

  /** Route parameter and query parameters (component input binding). */
  readonly projectId = input.required<string>();
  readonly connectionId = input<string | undefined>();
  readonly table = input<string | undefined>();
  readonly sort = input<string | undefined>();
  readonly filter = input<string | string[] | undefined>();
  readonly page = input<string | undefined>();

  protected readonly ops = FILTER_OPS;
  protected readonly opLabels = FILTER_OP_LABELS;
  protected readonly opSymbols = FILTER_OP_SYMBOLS;

  protected readonly detail = new Loader<SnapshotDetail>(this.destroyRef);
  readonly rows = new Loader<ExplorerPage>(this.destroyRef);

  readonly tableId = computed(() => this.table() || null);
  readonly sortKeys = computed(() => parseSort(this.sort()));
  readonly filters = computed(() => filtersFromParam(this.filter()));
  readonly pageNumber = computed(() => pageFromParam(this.page()));

  private readonly tables = computed(() => tableIndex(this.detail.value()?.model));
  protected readonly tableGroups = computed(() => {
    const model = this.detail.value()?.model;
    return model ? groupBySchema(tableEntries(model)) : [];
  });
  readonly schemaTable = computed(() => {
    const id = this.tableId();
    return id ? (this.tables().get(id) ?? null) : null;
  });
  readonly referrers = computed(() => {
    const id = this.tableId();
    return id ? referrersOf(id, this.detail.value()?.model) : [];
  });
  protected readonly fkColumns = computed(
    () => new Set(this.schemaTable()?.foreignKeys.flatMap((fk) => fk.columns) ?? []),
  );
  protected readonly estimate = computed(
    () => this.rows.value()?.rowEstimate ?? this.schemaTable()?.rowEstimate ?? -1,
  );
  protected readonly production = computed(
    () => this.ctx.connection()?.environment === 'production',
  );

  protected readonly canWrite = computed(() =>
    hasPermission(
      projectPermissionOf(this.projects.known()[this.projectId()], this.auth.user()?.id),
      'write',
    ),
  );
  /** Connection id → the server's reason for refusing writes (after a 403). */
  private readonly refused = signal<Readonly<Record<string, string>>>({});
  /** Rows of this table can be changed at all (a table with a primary key). */
  protected readonly canChange = computed(() => {
    const page = this.rows.value();
    const t = this.schemaTable();
    if (t && t.kind !== 'TABLE') return false;
    return !!page && page.primaryKey.length > 0;
  });
  /** Why the rows cannot be changed here, null when they can. */
  readonly blockedReason = computed(() => {
    const connectionId = this.ctx.connectionId();
    const refused = connectionId ? this.refused()[connectionId] : undefined;
    if (refused) return refused;
    if (!this.canWrite() && this.projects.known()[this.projectId()])
      return 'You have read access to this project: changing rows needs the write permission.';
    const t = this.schemaTable();
    if (t && t.kind !== 'TABLE') return 'This is a view: its rows can be browsed, not changed.';
    const page = this.rows.value();
    if (page && !page.primaryKey.length)
      return 'This table has no primary key, so a row cannot be named exactly: it is read-only here.';
    return null;
  });

  readonly gridRows = computed<GridRow[]>(() => {
    const page = this.rows.value();
    const connectionId = this.ctx.connectionId();
    if (!page || !connectionId) return [];
    const tables = this.tables();
    const table = this.schemaTable();
    const referrers = this.referrers();
    const cellLink = (link: DataLink, label: string): CellLink => ({
      ...routeOf(this.projectId(), connectionId, link),
      label,
    });
    return page.rows.map((row) => {
      const key = rowKeyOf(row, page.primaryKey);
      const keyText = key ? describeKey(key) : '';
      const links: Partial<Record<string, CellLink>> = {};
      for (const [column, link] of Object.entries(foreignKeyLinks(row, table, tables)))
        links[column] = cellLink(
          link,
          link.kind === 'entity'
            ? `Open ${link.table} ${describeKey(link.key)}`
            : `Rows of ${link.table} where ${link.filters.map((f) => `${f.column} = ${f.value}`).join(', ')}`,
        );
      const referencedBy = referrers.flatMap((r) => {
        const link = childRowsLink(
          row,
          r.table,
          r.foreignKey.columns,
          r.foreignKey.referencedColumns,
        );
        return link
          ? [{ table: r.table, columns: r.foreignKey.columns, link: cellLink(link, r.table) }]
          : [];
      });
      return {
        row,
        key,
        keyText,
        entity: key
          ? cellLink({ kind: 'entity', table: page.table, key }, `Open row ${keyText}`)
          : null,
        links,
        referencedBy,
      };
    });
  });

  // ---- filter bar
  protected readonly filterColumn = signal<string | null>(null);
  protected readonly filterOp = signal<FilterOp>('eq');
  protected readonly filterValue = signal('');
  protected readonly filterError = signal<string | null>(null);
  protected readonly columnNames = computed(() => {
    const page = this.rows.value();
    if (page) return page.columns.map((c) => c.name);
    return this.schemaTable()?.columns.map((c) => c.name) ?? [];
  });
  protected readonly chosenFilterColumn = computed(() => {
    const names = this.columnNames();
    const chosen = this.filterColumn();
    return chosen && names.includes(chosen) ? chosen : (names[0] ?? null);
  });
  protected readonly takesValue = computed(() => opTakesValue(this.filterOp()));
  protected readonly valuePlaceholder = computed(() => {
    switch (this.filterOp()) {
      case 'in':
        return 'a|b|c';
      case 'like':
      case 'ilike':
        return '%text%';
      case 'null':
      case 'notnull':
        return 'No value needed';
      default:
        return 'Value';
    }
  });

  // ---- form and actions
  readonly formState = signal<FormState>(null);
  protected readonly busyKey = signal<string | null>(null);
  protected readonly actionMessage = signal<{
    title: string;
    text: string;
    noSnapshot: boolean;
  } | null>(null);
  private returnFocusTo: HTMLElement | null = null;
  /** connection/table of the rows on screen: paging keeps them visible while the next loads. */
  private shown: string | null = null;

  constructor() {
    effect(() => this.ctx.set(this.projectId(), this.connectionId() ?? null, null));
    effect(() => {
      this.ctx.snapshotId();
      untracked(() => this.loadDetail());
    });
    effect(() => {
      this.ctx.connectionId();
      this.tableId();
      this.sortKeys();
      this.filters();
      this.pageNumber();
      this.ctx.snapshotId();
      untracked(() => this.loadRows());
    });
    // A new table or connection closes the form and forgets the last action's error.
    effect(() => {
      this.ctx.connectionId();
      this.tableId();
      untracked(() => {
        this.formState.set(null);
        this.actionMessage.set(null);
        this.filterColumn.set(null);
      });
    });
  }

  loadDetail(): void {
    const projectId = this.ctx.projectId();
    const snapshotId = this.ctx.snapshotId();
    if (projectId && snapshotId) this.detail.load(this.schema.snapshot(projectId, snapshotId));
    else this.detail.reset();
  }

  /** `refresh` keeps the rows on screen while they load again. */
  loadRows(refresh = false): void {
    const projectId = this.ctx.projectId();
    const connectionId = this.ctx.connectionId();
    const table = this.tableId();
    if (!projectId || !connectionId || !table || !this.ctx.snapshotId()) {
      this.rows.reset();
      this.shown = null;
      return;
    }
    const target = `${connectionId}/${table}`;
    const keep = refresh || this.shown === target;
    this.shown = target;
    this.rows.load(
      this.data.rows(projectId, connectionId, table, {
        page: this.pageNumber(),
        size: PAGE_SIZE,
        sort: this.sortKeys(),
        filters: this.filters(),
      }),
      { keep },
    );
  }

  private navigate(queryParams: Record<string, string | string[] | number | null>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams,
      queryParamsHandling: 'merge',
    });
  }

  protected pickTable(table: string): void {
    this.navigate({ table: table || null, sort: null, filter: null, page: null });
  }

  sortBy(column: string, additive: boolean): void {
    const next = toggleSort(this.sortKeys(), column, additive);
    this.navigate({ sort: formatSort(next) || null, page: null });
  }

  protected clearSort(): void {
    this.navigate({ sort: null, page: null });
  }

  protected sortPosition(column: string): { descending: boolean; position: number } | null {
    const keys = this.sortKeys();
    const index = keys.findIndex((k) => k.column === column);
    return index < 0 ? null : { descending: keys[index].descending, position: index + 1 };
  }

  protected ariaSort(column: string): 'ascending' | 'descending' | null {
    const first = this.sortKeys()[0];
    if (!first || first.column !== column) return null;
    return first.descending ? 'descending' : 'ascending';
  }

  addFilter(): void {
    const column = this.chosenFilterColumn();
    const op = this.filterOp();
    const value = this.filterValue();
    if (!column) return;
    if (opTakesValue(op) && !value.trim()) {
      this.filterError.set(
        op === 'in' ? 'Enter the values, separated by |.' : 'Enter a value to compare with.',
      );
      return;
    }
    const filter: RowFilter = { column, op, value: opTakesValue(op) ? value : '' };
    this.filterError.set(null);
    this.filterValue.set('');
    this.navigate({ filter: filtersToParam([...this.filters(), filter]), page: null });
  }

  protected removeFilter(index: number): void {
    this.navigate({
      filter: filtersToParam(this.filters().filter((_, i) => i !== index)),
      page: null,
    });
  }

  protected clearFilters(): void {
    this.navigate({ filter: null, page: null });
  }

  protected describeFilter(filter: RowFilter): string {
    return formatFilter(filter);
  }

  goToPage(page: number): void {
    this.navigate({ page: page > 0 ? page : null });
  }

  protected numeric(column: ExplorerColumn): boolean {
    return NUMERIC.has(column.category);
  }

  protected describe(error: unknown): string {
    return describeError(error);
  }

  // ---- changes

  openForm(row: GridRow | null, event?: Event): void {
    this.returnFocusTo = (event?.currentTarget as HTMLElement | null) ?? null;
    this.actionMessage.set(null);
    this.formState.set(row ? { row: row.row, key: row.key } : { row: null, key: null });
  }

  closeForm(): void {
    this.formState.set(null);
    const target = this.returnFocusTo;
    this.returnFocusTo = null;
    if (target?.isConnected) afterNextRender(() => target.focus(), { injector: this.injector });
    else
      afterNextRender(
        () =>
          (this.host.nativeElement as HTMLElement)
            .querySelector<HTMLElement>('#data-grid-title')
            ?.closest('section')
            ?.querySelector<HTMLElement>('button, a')
            ?.focus(),
        { injector: this.injector },
      );
  }

  protected onSaved(inserted: boolean): void {
    this.toasts.success(inserted ? 'Row inserted.' : 'Row saved.');
    this.closeForm();
    this.loadRows(true);
  }

  /** The server refused a write (403): writes stay off for this connection, with its reason. */
  block(reason: string): void {
    const connectionId = this.ctx.connectionId();
    if (!connectionId) return;
    this.refused.update((all) => ({
      ...all,
      [connectionId]: `${reason} Rows can still be browsed.`,
    }));
  }

  async deleteRow(row: GridRow): Promise<void> {
    const projectId = this.ctx.projectId();
    const connectionId = this.ctx.connectionId();
    const table = this.tableId();
    if (!projectId || !connectionId || !table || !row.key) return;
    const ok = await this.confirm.ask({
      title: 'Delete this row?',
      message: `The row ${row.keyText} of ${table} is deleted from the database${
        this.production() ? ' (a production connection)' : ''
      }. This cannot be undone.`,
      confirmText: 'Delete row',
      tone: 'danger',
    });
    if (!ok) return;
    this.busyKey.set(row.keyText);
    this.actionMessage.set(null);
    try {
      await firstValueFrom(this.data.remove(projectId, connectionId, table, row.key));
      this.toasts.success(`Row ${row.keyText} deleted.`);
      const editing = this.formState();
      if (editing?.key && describeKey(editing.key) === row.keyText) this.formState.set(null);
      this.loadRows(true);
    } catch (e) {
      const error = toApiError(e);
      if (error.status === 403) this.block(error.message);
      this.actionMessage.set({
        title:
          error.status === 403
            ? 'Writes are not allowed here'
            : error.status === 422
              ? 'The database refused to delete the row'
              : error.status === 409
                ? 'No snapshot yet'
                : 'The row was not deleted',
        text: describeError(error),
        noSnapshot: error.status === 409,
      });
    } finally {
      this.busyKey.set(null);
    }
  }
}
