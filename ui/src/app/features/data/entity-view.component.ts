import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  ExplorerChildren,
  ExplorerParent,
  ExplorerRelated,
  Row,
  SchemaTable,
  SnapshotDetail,
} from '../../core/models';
import { DataService } from '../../core/services/data.service';
import { SchemaService } from '../../core/services/schema.service';
import { describeError } from '../../core/utils/api-error';
import { ProjectPageHeaderComponent } from '../../shared/components/page-header/project-page-header.component';
import { EmptyStateComponent } from '../../shared/components/states/empty-state.component';
import { ErrorStateComponent } from '../../shared/components/states/error-state.component';
import { LoadingStateComponent } from '../../shared/components/states/loading-state.component';
import { Loader } from '../../shared/data/loader';
import { columnType } from '../schema/schema-utils';
import { SnapshotContext } from '../schema/snapshot-context';
import { CellLink, CellValueComponent } from './cell-value.component';
import {
  DataLink,
  childRowsLink,
  describeKey,
  foreignKeyLinks,
  parseKeyParam,
  pointedRowLink,
  routeOf,
  rowKeyOf,
  tableIndex,
} from './data-utils';

/** Columns shown per parent card and child row. */
export const PREVIEW_COLUMNS = 6;

interface ParentCard {
  parent: ExplorerParent;
  link: CellLink | null;
  entries: { column: string; value: unknown; category: string | null }[];
}

interface ChildGroup {
  children: ExplorerChildren;
  columns: string[];
  rows: { row: Row; link: CellLink | null }[];
  showAll: CellLink | null;
}

/**
 * `/projects/:projectId/data/entity?connectionId=&table=&key=`: one row with what it is linked to.
 * The row as a card (foreign-key values link on), one card per parent row its foreign keys point
 * at, and the first rows of every child table grouped per foreign key, with "show all" opening
 * the grid filtered on that key.
 */
@Component({
  selector: 'app-entity-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [SnapshotContext],
  imports: [
    RouterLink,
    CellValueComponent,
    ProjectPageHeaderComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
  ],
  template: `
    <div class="mx-auto max-w-[96rem] px-6 py-8 lg:px-8">
      <app-project-page-header
        [projectId]="projectId()"
        heading="Row"
        [description]="description()"
      >
        @if (connectionId() && table()) {
          <a
            class="btn btn-secondary btn-sm"
            [routerLink]="['/projects', projectId(), 'data']"
            [queryParams]="{ connectionId: connectionId(), table: table() }"
            >All rows of {{ table() }}</a
          >
        }
      </app-project-page-header>

      @if (!connectionId() || !table() || !key()) {
        <app-empty-state
          class="mt-6 block"
          title="No row chosen"
          message="Open a row from the data explorer to see it with its related rows."
        >
          <a class="btn btn-primary btn-sm" [routerLink]="['/projects', projectId(), 'data']"
            >Open the data explorer</a
          >
        </app-empty-state>
      } @else if (!rowKey()) {
        <app-error-state
          class="mt-6 block"
          title="This address does not name a row"
          message="The key in the address is not a JSON object of the primary key."
          [retryable]="false"
        />
      } @else if (related.loading() && !related.value()) {
        <app-loading-state message="Reading the row and its relations…" />
      } @else if (related.failure(); as failure) {
        @if (failure.status === 409) {
          <app-empty-state
            class="mt-6 block"
            title="Capture a snapshot first"
            [message]="failure.message"
          >
            <a
              class="btn btn-primary btn-sm"
              [routerLink]="['/projects', projectId(), 'connections']"
              >Go to connections</a
            >
          </app-empty-state>
        } @else if (failure.status === 404) {
          <app-empty-state
            class="mt-6 block"
            title="No such row"
            [message]="
              'No row of ' + table() + ' has the key ' + keyText() + '. It may have been deleted.'
            "
          />
        } @else {
          <app-error-state
            class="mt-6 block"
            title="The row could not be read"
            [message]="describe(failure)"
            [retryable]="failure.status !== 400"
            (retry)="load()"
          />
        }
      } @else if (related.value(); as r) {
        <section class="card mt-6 p-6" aria-labelledby="entity-title" data-testid="entity-row">
          <div class="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="entity-title" class="break-all font-mono text-lg font-semibold">
              {{ r.table }}
            </h2>
            <span
              class="rounded-full bg-primary-soft px-2.5 py-0.5 font-mono text-xs text-primary"
              >{{ keyText() }}</span
            >
          </div>
          <dl class="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-2 xl:grid-cols-3">
            @for (entry of rowEntries(); track entry.column) {
              <div class="min-w-0" [attr.data-column]="entry.column">
                <dt class="flex items-baseline gap-2 text-xs text-muted">
                  <span class="font-mono font-semibold text-fg">{{ entry.column }}</span>
                  <span class="font-mono">{{ entry.type }}</span>
                </dt>
                <dd class="mt-0.5 text-sm">
                  <app-cell-value
                    [value]="entry.value"
                    [category]="entry.category"
                    [label]="entry.column"
                    [link]="entry.link"
                  />
                </dd>
              </div>
            }
          </dl>
        </section>

        <section class="mt-6" aria-labelledby="parents-title">
          <h2 id="parents-title" class="section-title">
            Parents <span class="text-muted">({{ parents().length }})</span>
          </h2>
          @if (!parents().length) {
            <p class="mt-2 text-sm text-muted">This table has no foreign keys.</p>
          } @else {
            <div class="mt-3 grid gap-4 md:grid-cols-2 xl:grid-cols-3" data-testid="parents">
              @for (p of parents(); track p.parent.foreignKey) {
                <article class="card p-4" [attr.data-parent]="p.parent.table">
                  <h3 class="text-sm">
                    <span class="font-mono font-semibold">{{ p.parent.table }}</span>
                    <span class="block text-xs text-muted"
                      >via ({{ p.parent.columns.join(', ') }}) · {{ p.parent.foreignKey }}</span
                    >
                  </h3>
                  @if (p.parent.row) {
                    <dl class="mt-3 space-y-1 text-sm">
                      @for (e of p.entries; track e.column) {
                        <div class="flex gap-2">
                          <dt
                            class="w-32 shrink-0 truncate font-mono text-xs text-muted"
                            [title]="e.column"
                          >
                            {{ e.column }}
                          </dt>
                          <dd class="min-w-0">
                            <app-cell-value
                              [value]="e.value"
                              [category]="e.category"
                              [label]="e.column"
                            />
                          </dd>
                        </div>
                      }
                    </dl>
                    @if (p.link; as l) {
                      <a
                        class="btn btn-secondary btn-sm mt-3"
                        [routerLink]="l.commands"
                        [queryParams]="l.queryParams"
                        [attr.aria-label]="l.label"
                        >Open</a
                      >
                    }
                  } @else {
                    <p class="mt-3 text-sm text-muted">
                      {{
                        hasNull(r.row, p.parent.columns)
                          ? 'No parent: the key is NULL.'
                          : 'No row matches: the reference points at nothing.'
                      }}
                    </p>
                  }
                </article>
              }
            </div>
          }
        </section>

        <section class="mt-8" aria-labelledby="children-title">
          <h2 id="children-title" class="section-title">
            Children
            <span class="text-muted"
              >({{ children().length }} foreign
              {{ children().length === 1 ? 'key' : 'keys' }})</span
            >
          </h2>
          @if (!children().length) {
            <p class="mt-2 text-sm text-muted">No foreign key points at this table.</p>
          } @else {
            <div class="mt-3 space-y-4" data-testid="children">
              @for (g of children(); track g.children.table + g.children.foreignKey) {
                <section
                  class="card p-4"
                  [attr.aria-labelledby]="'child-' + $index"
                  [attr.data-child]="g.children.table"
                >
                  <div class="flex flex-wrap items-baseline justify-between gap-2">
                    <h3 [id]="'child-' + $index" class="text-sm">
                      <span class="font-mono font-semibold">{{ g.children.table }}</span>
                      <span class="text-xs text-muted">
                        via ({{ g.children.columns.join(', ') }}) ·
                        {{ g.children.foreignKey }}</span
                      >
                    </h3>
                    @if (g.showAll; as l) {
                      <a
                        class="text-sm font-semibold"
                        [routerLink]="l.commands"
                        [queryParams]="l.queryParams"
                        [attr.aria-label]="l.label"
                        data-testid="show-all"
                        >{{ g.children.hasMore ? 'Show all' : 'Open in the grid' }}</a
                      >
                    }
                  </div>
                  @if (!g.rows.length) {
                    <p class="mt-2 text-sm text-muted">No rows point here.</p>
                  } @else {
                    <div class="mt-2 overflow-x-auto">
                      <table class="w-full text-left text-sm">
                        <thead class="text-xs text-muted">
                          <tr>
                            <th scope="col" class="py-1 pr-3"><span class="sr-only">Open</span></th>
                            @for (c of g.columns; track c) {
                              <th scope="col" class="py-1 pr-4 font-mono font-semibold">{{ c }}</th>
                            }
                          </tr>
                        </thead>
                        <tbody class="divide-y divide-border">
                          @for (row of g.rows; track $index) {
                            <tr data-testid="child-row">
                              <td class="py-1 pr-3 align-top">
                                @if (row.link; as l) {
                                  <a
                                    [routerLink]="l.commands"
                                    [queryParams]="l.queryParams"
                                    [attr.aria-label]="l.label"
                                    >Open</a
                                  >
                                }
                              </td>
                              @for (c of g.columns; track c) {
                                <td class="max-w-[18rem] py-1 pr-4 align-top">
                                  <app-cell-value
                                    [value]="row.row[c]"
                                    [category]="categoryOf(g.children.table, c)"
                                    [label]="c"
                                  />
                                </td>
                              }
                            </tr>
                          }
                        </tbody>
                      </table>
                    </div>
                    <p class="mt-2 text-xs text-muted">
                      {{
                        g.children.hasMore
                          ? 'The first ' + g.rows.length + ' rows.'
                          : g.rows.length + (g.rows.length === 1 ? ' row.' : ' rows.')
                      }}
                    </p>
                  }
                </section>
              }
            </div>
          }
        </section>
      }
    </div>
  `,
})
export class EntityViewComponent {
  private readonly data = inject(DataService);
  private readonly schema = inject(SchemaService);
  protected readonly ctx = inject(SnapshotContext);
  private readonly destroyRef = inject(DestroyRef);

  readonly projectId = input.required<string>();
  readonly connectionId = input<string | undefined>();
  readonly table = input<string | undefined>();
  readonly key = input<string | undefined>();

  readonly related = new Loader<ExplorerRelated>(this.destroyRef);
  private readonly detail = new Loader<SnapshotDetail>(this.destroyRef);

  readonly rowKey = computed(() => parseKeyParam(this.key()));
  protected readonly keyText = computed(() => {
    const key = this.rowKey();
    return key ? describeKey(key) : '';
  });
  protected readonly description = computed(() =>
    this.table() && this.rowKey()
      ? `${this.table()} · ${this.keyText()}, with the rows it points at and the rows pointing at it.`
      : null,
  );
  private readonly tables = computed(() => tableIndex(this.detail.value()?.model));
  private readonly schemaTable = computed(() => this.tables().get(this.table() ?? '') ?? null);

  private link(link: DataLink | null, label: string): CellLink | null {
    const connectionId = this.connectionId();
    if (!link || !connectionId) return null;
    return { ...routeOf(this.projectId(), connectionId, link), label };
  }

  readonly rowEntries = computed(() => {
    const related = this.related.value();
    if (!related) return [];
    const table = this.schemaTable();
    const links = foreignKeyLinks(related.row, table, this.tables());
    return Object.entries(related.row).map(([column, value]) => {
      const schemaColumn = table?.columns.find((c) => c.name === column) ?? null;
      const link = links[column] ?? null;
      return {
        column,
        value,
        type: schemaColumn ? columnType(schemaColumn) : '',
        category: schemaColumn?.category ?? null,
        link: link
          ? this.link(
              link,
              link.kind === 'entity'
                ? `Open ${link.table} ${describeKey(link.key)}`
                : `Rows of ${link.table}`,
            )
          : null,
      };
    });
  });

  readonly parents = computed<ParentCard[]>(() => {
    const related = this.related.value();
    if (!related) return [];
    const tables = this.tables();
    return related.parents.map((parent) => {
      const referenced =
        parent.referencedColumns ??
        this.schemaTable()?.foreignKeys.find((fk) => fk.name === parent.foreignKey)
          ?.referencedColumns ??
        tables.get(parent.table)?.primaryKey?.columns ??
        [];
      const target = parent.row
        ? (this.entityOf(parent.table, parent.row) ??
          pointedRowLink(related.row, parent.columns, parent.table, referenced, tables))
        : null;
      return {
        parent,
        link: this.link(
          target,
          `Open ${parent.table} ${target?.kind === 'entity' ? describeKey(target.key) : ''}`.trim(),
        ),
        entries: Object.entries(parent.row ?? {})
          .slice(0, PREVIEW_COLUMNS)
          .map(([column, value]) => ({
            column,
            value,
            category: this.categoryOf(parent.table, column),
          })),
      };
    });
  });

  readonly children = computed<ChildGroup[]>(() => {
    const related = this.related.value();
    if (!related) return [];
    return related.children.map((children) => {
      const referenced =
        children.referencedColumns ??
        this.tables()
          .get(children.table)
          ?.foreignKeys.find((fk) => fk.name === children.foreignKey)?.referencedColumns ??
        Object.keys(related.key);
      const first = children.rows[0] ?? {};
      const columns = Object.keys(first)
        .filter((c) => !children.columns.includes(c))
        .slice(0, PREVIEW_COLUMNS);
      const showAll = childRowsLink(related.row, children.table, children.columns, referenced);
      return {
        children,
        columns,
        rows: children.rows.map((row) => {
          const link = this.entityOf(children.table, row);
          return {
            row,
            link: this.link(
              link,
              link?.kind === 'entity' ? `Open ${children.table} ${describeKey(link.key)}` : '',
            ),
          };
        }),
        showAll: this.link(showAll, `Show all rows of ${children.table} pointing at this row`),
      };
    });
  });

  protected readonly describe = describeError;

  constructor() {
    effect(() => this.ctx.set(this.projectId(), this.connectionId() ?? null, null));
    effect(() => {
      const projectId = this.ctx.projectId();
      const snapshotId = this.ctx.snapshotId();
      untracked(() => {
        if (projectId && snapshotId) this.detail.load(this.schema.snapshot(projectId, snapshotId));
        else this.detail.reset();
      });
    });
    effect(() => {
      this.projectId();
      this.connectionId();
      this.table();
      this.rowKey();
      untracked(() => this.load());
    });
  }

  load(): void {
    const connectionId = this.connectionId();
    const table = this.table();
    const key = this.rowKey();
    if (connectionId && table && key)
      this.related.load(this.data.related(this.projectId(), connectionId, table, key));
    else this.related.reset();
  }

  /** The entity view of a row of `table` (by the table's primary key in the snapshot). */
  private entityOf(table: string, row: Row): DataLink | null {
    const t: SchemaTable | undefined = this.tables().get(table);
    const key = t?.primaryKey ? rowKeyOf(row, t.primaryKey.columns) : null;
    return key ? { kind: 'entity', table, key } : null;
  }

  protected categoryOf(table: string, column: string): string | null {
    return (
      this.tables()
        .get(table)
        ?.columns.find((c) => c.name === column)?.category ?? null
    );
  }

  protected hasNull(row: Row, columns: string[]): boolean {
    return columns.some((c) => row[c] === null || row[c] === undefined);
  }
}
