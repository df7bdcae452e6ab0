import { DecimalPipe, DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { SchemaGraph } from '../../core/models';
import { SchemaService } from '../../core/services/schema.service';
import { ThemeService } from '../../core/services/theme.service';
import { toApiError } from '../../core/utils/api-error';
import { AlertComponent } from '../../shared/components/alert/alert.component';
import { IconComponent } from '../../shared/components/icon/icon.component';
import { ProjectPageHeaderComponent } from '../../shared/components/page-header/project-page-header.component';
import { EmptyStateComponent } from '../../shared/components/states/empty-state.component';
import { ErrorStateComponent } from '../../shared/components/states/error-state.component';
import { LoadingStateComponent } from '../../shared/components/states/loading-state.component';
import { Loader } from '../../shared/data/loader';
import { formatRows } from '../schema/schema-utils';
import { SnapshotContext } from '../schema/snapshot-context';
import { SnapshotPickerComponent } from '../schema/snapshot-picker.component';
import { GRAPH_RENDERER, GraphRenderer, readGraphTheme } from './graph-renderer';
import {
  ClusterBy,
  DEFAULT_NODE_LIMIT,
  NODE_LIMIT_OPTIONS,
  chooseLayout,
  communityColour,
  indexGraph,
  searchNodes,
  selectView,
  toElements,
} from './graph-view';

const SIDE_LIST_PAGE = 50;

/**
 * `/projects/:projectId/graph?connectionId=&snapshotId=&table=`: the foreign-key graph of a
 * snapshot drawn with Cytoscape.js (loaded on demand). At most `limit` tables are drawn: all of
 * them when they fit, else the largest FK community or a searched table's neighbourhood, with a
 * notice. Filters by schema, clusters by schema or community, expands neighbourhoods, highlights
 * cycles and lists the insert order; a table links to the schema viewer.
 */
@Component({
  selector: 'app-graph-viewer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [SnapshotContext],
  imports: [
    DecimalPipe,
    RouterLink,
    AlertComponent,
    IconComponent,
    ProjectPageHeaderComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    SnapshotPickerComponent,
  ],
  template: `
    <div class="mx-auto max-w-[96rem] px-6 py-8 lg:px-8">
      <app-project-page-header
        [projectId]="projectId()"
        heading="Graph"
        description="Tables and the foreign keys between them. Arrows point from the referencing table to the referenced one."
      />

      <app-snapshot-picker class="mt-6" idPrefix="graph" />

      @if (ctx.snapshotId()) {
        @if (graph.loading() && !graph.value()) {
          <app-loading-state message="Building the graph…" />
        } @else if (graph.error()) {
          <app-error-state
            class="mt-6 block"
            title="The graph could not be loaded"
            [message]="graph.error()!"
            (retry)="loadGraph()"
          />
        } @else if (index(); as ix) {
          @if (!ix.graph.nodes.length) {
            <app-empty-state
              class="mt-6 block"
              title="No tables in this snapshot"
              message="There is nothing to draw."
            />
          } @else {
            <form
              class="card mt-6 grid gap-4 p-4 sm:grid-cols-2 xl:grid-cols-[minmax(14rem,1.4fr)_repeat(5,minmax(0,1fr))] xl:items-end"
              role="search"
              aria-label="Graph options"
              (submit)="$event.preventDefault()"
            >
              <div class="relative">
                <label for="graph-search" class="field-label">Find a table</label>
                <input
                  id="graph-search"
                  type="search"
                  class="input"
                  autocomplete="off"
                  placeholder="e.g. orders"
                  [value]="query()"
                  (input)="query.set($any($event.target).value)"
                  (keydown.enter)="$event.preventDefault(); pickFirstResult()"
                  aria-describedby="graph-search-hint"
                  aria-controls="graph-search-results"
                />
                <p id="graph-search-hint" class="sr-only">
                  Results appear below; choosing one shows its neighbourhood.
                </p>
                @if (results().length) {
                  <ul
                    id="graph-search-results"
                    class="absolute inset-x-0 top-full z-20 mt-1 max-h-72 overflow-y-auto rounded-control border border-border bg-surface-raised p-1 shadow-overlay"
                    aria-label="Matching tables"
                  >
                    @for (node of results(); track node.id) {
                      <li>
                        <button
                          type="button"
                          class="flex w-full items-center justify-between gap-2 rounded-control px-2 py-1.5 text-left text-sm hover:bg-surface-muted"
                          (click)="focusOn(node.id)"
                        >
                          <span class="truncate font-mono">{{ node.id }}</span>
                          <span class="shrink-0 text-xs text-muted"
                            >{{ node.columnCount }} cols</span
                          >
                        </button>
                      </li>
                    }
                  </ul>
                } @else if (query().trim()) {
                  <p class="field-hint" role="status">No table matches.</p>
                }
              </div>
              <div>
                <label for="graph-hops" class="field-label">Neighbourhood</label>
                <select
                  id="graph-hops"
                  class="input"
                  (change)="hops.set(+$any($event.target).value)"
                >
                  <option value="1" [selected]="hops() === 1">1 hop</option>
                  <option value="2" [selected]="hops() === 2">2 hops</option>
                </select>
              </div>
              <div>
                <label for="graph-schema" class="field-label">Schema</label>
                <select
                  id="graph-schema"
                  class="input"
                  (change)="setSchema($any($event.target).value)"
                >
                  <option value="">All schemas</option>
                  @for (s of ix.schemas; track s) {
                    <option [value]="s" [selected]="s === schemaFilter()">{{ s }}</option>
                  }
                </select>
              </div>
              <div>
                <label for="graph-community" class="field-label">FK community</label>
                <select
                  id="graph-community"
                  class="input"
                  (change)="setCommunity($any($event.target).value)"
                >
                  <option value="">Automatic</option>
                  @for (c of topCommunities(); track c.id) {
                    <option [value]="c.id" [selected]="c.id === community()">
                      #{{ c.id }} · {{ c.size }} tables
                    </option>
                  }
                </select>
              </div>
              <div>
                <label for="graph-cluster" class="field-label">Cluster by</label>
                <select
                  id="graph-cluster"
                  class="input"
                  (change)="clusterBy.set($any($event.target).value)"
                >
                  <option value="none" [selected]="clusterBy() === 'none'">Nothing</option>
                  <option value="schema" [selected]="clusterBy() === 'schema'">Schema</option>
                  <option value="community" [selected]="clusterBy() === 'community'">
                    FK community (colour)
                  </option>
                </select>
              </div>
              <div>
                <label for="graph-limit" class="field-label">Max. tables</label>
                <select
                  id="graph-limit"
                  class="input"
                  (change)="limit.set(+$any($event.target).value)"
                >
                  @for (n of limitOptions; track n) {
                    <option [value]="n" [selected]="n === limit()">{{ n }}</option>
                  }
                </select>
              </div>
              <div class="flex flex-wrap items-center gap-x-6 gap-y-2 sm:col-span-2 xl:col-span-6">
                <label class="flex items-center gap-2 text-sm text-fg">
                  <input
                    type="checkbox"
                    [checked]="highlightCycles()"
                    (change)="highlightCycles.set($any($event.target).checked)"
                  />
                  Highlight cycles ({{ ix.graph.cycles.length }})
                </label>
                <button type="button" class="btn btn-ghost btn-sm" (click)="resetView()">
                  <app-icon name="refresh" [size]="14" /> Reset view
                </button>
                <button type="button" class="btn btn-ghost btn-sm" (click)="renderer?.fit()">
                  Fit to screen
                </button>
                <span class="text-xs text-muted">
                  Legend: arrow = foreign key (child → parent), dashed = nullable,
                  <span class="font-semibold text-danger">red</span> = part of a cycle
                </span>
              </div>
            </form>

            @if (notice(); as n) {
              <app-alert tone="info" class="mt-4 block" data-testid="graph-notice">{{
                n
              }}</app-alert>
            }

            <div class="mt-4 grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
              <section class="card relative overflow-hidden" aria-labelledby="graph-canvas-title">
                <h2 id="graph-canvas-title" class="sr-only">Foreign-key graph</h2>
                <div
                  #canvas
                  class="h-[65vh] min-h-[26rem] w-full"
                  role="img"
                  [attr.aria-label]="
                    'Foreign-key graph of ' +
                    view().ids.length +
                    ' tables and ' +
                    edgeCount() +
                    ' foreign keys. The lists beside it hold the same information.'
                  "
                  data-testid="graph-canvas"
                  [attr.data-nodes]="view().ids.length"
                  [attr.data-edges]="edgeCount()"
                  [attr.data-layout]="layout()"
                ></div>
                @if (rendererLoading()) {
                  <div class="absolute inset-0 flex items-center justify-center bg-surface/80">
                    <app-loading-state message="Loading the graph library…" />
                  </div>
                } @else if (rendererError(); as e) {
                  <div class="absolute inset-0 flex items-center justify-center bg-surface p-6">
                    <app-error-state
                      title="The graph could not be drawn"
                      [message]="e"
                      (retry)="initRenderer()"
                    />
                  </div>
                }
                <p class="border-t border-border px-4 py-2 text-xs text-muted" role="status">
                  {{ view().ids.length | number }} of {{ ix.graph.nodes.length | number }} tables ·
                  {{ edgeCount() | number }} foreign keys · layout {{ layout() }} · built in
                  {{ ix.graph.buildMillis }} ms
                </p>
              </section>

              <aside class="space-y-6">
                <section
                  class="card p-4"
                  aria-labelledby="graph-selected-title"
                  data-testid="graph-selected"
                >
                  <h2 id="graph-selected-title" class="section-title">Selected table</h2>
                  @if (selectedNode(); as node) {
                    <p class="mt-2 break-all font-mono text-sm font-semibold">{{ node.id }}</p>
                    <p class="mt-1 text-xs text-muted">
                      {{ node.columnCount }} columns · ~{{ rows(node.rowEstimate) }} rows ·
                      community
                      <span
                        class="inline-block h-2 w-2 rounded-full align-middle"
                        [style.background]="colour(node.community)"
                        aria-hidden="true"
                      ></span>
                      #{{ node.community }}
                      @if (ix.order.has(node.id)) {
                        · insert position {{ ix.order.get(node.id)! + 1 }}
                      }
                      @if (ix.cycleNodes.has(node.id)) {
                        · <span class="font-semibold text-danger">in a cycle</span>
                      }
                    </p>
                    <div class="mt-3 flex flex-wrap gap-2">
                      <a
                        class="btn btn-primary btn-sm"
                        [routerLink]="['/projects', projectId(), 'schema']"
                        [queryParams]="{
                          connectionId: ctx.connectionId(),
                          snapshotId: ctx.snapshotId(),
                          table: node.id,
                        }"
                        >Open in schema viewer</a
                      >
                      <button
                        type="button"
                        class="btn btn-secondary btn-sm"
                        (click)="expand(node.id)"
                      >
                        Expand neighbourhood ({{ hops() }} {{ hops() === 1 ? 'hop' : 'hops' }})
                      </button>
                      <button type="button" class="btn btn-ghost btn-sm" (click)="focusOn(node.id)">
                        Show only its neighbourhood
                      </button>
                    </div>
                    <h3 class="mt-4 text-xs font-semibold uppercase tracking-wide text-muted">
                      References ({{ ix.parents.get(node.id)!.length }})
                    </h3>
                    <ul class="mt-1 text-sm">
                      @for (id of ix.parents.get(node.id)!; track id) {
                        <li>
                          <button
                            type="button"
                            class="font-mono text-primary hover:underline"
                            (click)="select(id)"
                          >
                            {{ id }}
                          </button>
                        </li>
                      } @empty {
                        <li class="text-muted">None (a root table).</li>
                      }
                    </ul>
                    <h3 class="mt-3 text-xs font-semibold uppercase tracking-wide text-muted">
                      Referenced by ({{ ix.children.get(node.id)!.length }})
                    </h3>
                    <ul class="mt-1 text-sm">
                      @for (id of ix.children.get(node.id)!.slice(0, 30); track id) {
                        <li>
                          <button
                            type="button"
                            class="font-mono text-primary hover:underline"
                            (click)="select(id)"
                          >
                            {{ id }}
                          </button>
                        </li>
                      } @empty {
                        <li class="text-muted">Nothing.</li>
                      }
                    </ul>
                  } @else {
                    <p class="mt-2 text-sm text-muted">
                      Click a table in the graph, or choose one in the lists below.
                    </p>
                  }
                </section>

                <section
                  class="card p-4"
                  aria-labelledby="graph-cycles-title"
                  data-testid="graph-cycles"
                >
                  <h2 id="graph-cycles-title" class="section-title">
                    Cycles ({{ ix.graph.cycles.length }})
                  </h2>
                  @if (ix.graph.cycles.length) {
                    <p class="mt-1 text-xs text-muted">
                      Tables that reference each other: one foreign key must be deferred or nullable
                      to insert them.
                    </p>
                    <ul class="mt-2 space-y-1 text-sm">
                      @for (cycle of ix.graph.cycles.slice(0, 20); track $index) {
                        <li>
                          <button
                            type="button"
                            class="text-left font-mono text-xs text-primary hover:underline"
                            (click)="focusOn(cycle[0])"
                          >
                            {{ cycle.join(' → ') }} → {{ cycle[0] }}
                          </button>
                        </li>
                      }
                    </ul>
                  } @else {
                    <p class="mt-1 text-sm text-muted">No foreign-key cycles.</p>
                  }
                </section>

                <section
                  class="card p-4"
                  aria-labelledby="graph-order-title"
                  data-testid="graph-order"
                >
                  <h2 id="graph-order-title" class="section-title">Insert order</h2>
                  <p class="mt-1 text-xs text-muted">
                    Parents before children; numbers are positions among all
                    {{ ix.graph.topologicalOrder.length | number }} tables. Showing the tables in
                    view.
                  </p>
                  <ol class="mt-2 space-y-0.5 text-sm">
                    @for (id of visibleOrder().slice(0, orderLimit()); track id) {
                      <li class="flex gap-2">
                        <span class="w-10 shrink-0 text-right text-xs tabular-nums text-muted">{{
                          ix.order.get(id)! + 1
                        }}</span>
                        <button
                          type="button"
                          class="truncate text-left font-mono text-xs text-primary hover:underline"
                          (click)="select(id)"
                        >
                          {{ id }}
                        </button>
                      </li>
                    }
                  </ol>
                  @if (visibleOrder().length > orderLimit()) {
                    <button
                      type="button"
                      class="btn btn-secondary btn-sm mt-2 w-full"
                      (click)="orderLimit.set(orderLimit() + sidePage)"
                    >
                      Show more ({{ visibleOrder().length - orderLimit() }} left)
                    </button>
                  }
                </section>
              </aside>
            </div>
          }
        }
      }
    </div>
  `,
})
export class GraphViewerComponent {
  private readonly schema = inject(SchemaService);
  private readonly theme = inject(ThemeService);
  private readonly document = inject(DOCUMENT);
  private readonly loadRenderer = inject(GRAPH_RENDERER);
  protected readonly ctx = inject(SnapshotContext);

  readonly projectId = input.required<string>();
  readonly connectionId = input<string | undefined>();
  readonly snapshotId = input<string | undefined>();
  /** A table to focus on (links from the schema viewer). */
  readonly table = input<string | undefined>();

  protected readonly limitOptions = NODE_LIMIT_OPTIONS;
  protected readonly sidePage = SIDE_LIST_PAGE;
  protected readonly graph = new Loader<SchemaGraph>(inject(DestroyRef));

  readonly query = signal('');
  readonly hops = signal(1);
  readonly schemaFilter = signal<string | null>(null);
  readonly community = signal<number | null>(null);
  readonly clusterBy = signal<ClusterBy>('none');
  readonly limit = signal(DEFAULT_NODE_LIMIT);
  readonly highlightCycles = signal(true);
  readonly focus = signal<string | null>(null);
  readonly expanded = signal<string[]>([]);
  readonly selected = signal<string | null>(null);
  protected readonly orderLimit = signal(SIDE_LIST_PAGE);

  readonly index = computed(() => {
    const g = this.graph.value();
    return g ? indexGraph(g) : null;
  });
  readonly results = computed(() => {
    const ix = this.index();
    return ix ? searchNodes(ix, this.query()) : [];
  });
  protected readonly topCommunities = computed(() => this.index()?.communities.slice(0, 30) ?? []);
  readonly view = computed(() => {
    const ix = this.index();
    if (!ix) return { ids: [], total: 0, capped: false, reason: 'all' as const, community: null };
    return selectView(ix, {
      schema: this.schemaFilter(),
      focus: this.focus(),
      hops: this.hops(),
      limit: this.limit(),
      community: this.community(),
      expanded: this.expanded(),
    });
  });
  readonly layout = computed(() => chooseLayout(this.view().ids.length));
  readonly elements = computed(() => {
    const ix = this.index();
    return ix
      ? toElements(ix, this.view().ids, {
          clusterBy: this.clusterBy(),
          highlightCycles: this.highlightCycles(),
        })
      : [];
  });
  protected readonly edgeCount = computed(
    () => this.elements().filter((e) => e.group === 'edges').length,
  );
  readonly notice = computed(() => {
    const ix = this.index();
    if (!ix) return null;
    const v = this.view();
    const shown = v.ids.length.toLocaleString('en-US');
    const all = ix.graph.nodes.length.toLocaleString('en-US');
    const cap = v.capped ? ` (the first ${shown} of ${v.total.toLocaleString('en-US')})` : '';
    switch (v.reason) {
      case 'focus':
        return `Neighbourhood of ${this.focus()} within ${this.hops()} ${this.hops() === 1 ? 'hop' : 'hops'}: ${shown} tables${cap}. Reset the view to see the whole graph.`;
      case 'largest-community':
        return `Showing ${shown} of ${all} tables: the largest group of related tables (FK community #${v.community})${cap}. Find a table to see its neighbourhood, or pick a schema or another community.`;
      case 'community':
        return `FK community #${v.community}: ${shown} tables${cap}.`;
      default:
        return v.capped ? `Showing ${shown} of ${v.total} tables.` : null;
    }
  });
  readonly selectedNode = computed(() => {
    const id = this.selected();
    return (id && this.index()?.nodes.get(id)) || null;
  });
  protected readonly visibleOrder = computed(() => {
    const ix = this.index();
    if (!ix) return [];
    const visible = new Set(this.view().ids);
    return ix.graph.topologicalOrder.filter((id) => visible.has(id));
  });

  private readonly canvas = viewChild<ElementRef<HTMLElement>>('canvas');
  protected renderer: GraphRenderer | null = null;
  private rendererHost: HTMLElement | null = null;
  private readonly rendererReady = signal(0);
  protected readonly rendererLoading = signal(false);
  protected readonly rendererError = signal<string | null>(null);

  protected readonly rows = formatRows;

  constructor() {
    effect(() =>
      this.ctx.set(this.projectId(), this.connectionId() ?? null, this.snapshotId() ?? null),
    );
    effect(() => {
      this.ctx.snapshotId();
      untracked(() => {
        this.resetView();
        const table = this.table();
        if (table) {
          this.focus.set(table);
          this.selected.set(table);
        }
        this.loadGraph();
      });
    });
    effect(() => {
      const table = this.table();
      untracked(() => {
        if (table) {
          this.focus.set(table);
          this.selected.set(table);
          this.expanded.set([]);
        }
      });
    });
    // Create the renderer once the canvas exists (again if it was re-created).
    effect(() => {
      const host = this.canvas()?.nativeElement ?? null;
      untracked(() => {
        if (host !== this.rendererHost) {
          this.destroyRenderer();
          this.rendererHost = host;
          if (host) void this.initRenderer();
        }
      });
    });
    effect(() => {
      const elements = this.elements();
      const layout = this.layout();
      this.rendererReady();
      untracked(() => {
        if (!this.renderer) return;
        this.renderer.render(elements, layout);
        this.renderer.select(this.selected());
      });
    });
    effect(() => {
      const id = this.selected();
      untracked(() => this.renderer?.select(id));
    });
    effect(() => {
      this.theme.effective();
      untracked(() => this.renderer?.setTheme(readGraphTheme(this.document)));
    });
    inject(DestroyRef).onDestroy(() => this.destroyRenderer());
  }

  loadGraph(): void {
    const projectId = this.ctx.projectId();
    const snapshotId = this.ctx.snapshotId();
    if (projectId && snapshotId) this.graph.load(this.schema.graph(projectId, snapshotId));
    else this.graph.reset();
  }

  async initRenderer(): Promise<void> {
    const host = this.rendererHost;
    if (!host) return;
    this.rendererLoading.set(true);
    this.rendererError.set(null);
    try {
      const create = await this.loadRenderer();
      if (host !== this.rendererHost) return;
      this.renderer = create(host, readGraphTheme(this.document), {
        nodeSelected: (id) => this.selected.set(id),
      });
      this.rendererReady.update((n) => n + 1);
    } catch (e) {
      this.rendererError.set(toApiError(e).message);
    } finally {
      this.rendererLoading.set(false);
    }
  }

  /** Shows only `id`'s neighbourhood and selects it. */
  focusOn(id: string): void {
    this.focus.set(id);
    this.selected.set(id);
    this.expanded.set([]);
    this.community.set(null);
    this.query.set('');
    this.orderLimit.set(SIDE_LIST_PAGE);
  }

  pickFirstResult(): void {
    const first = this.results()[0];
    if (first) this.focusOn(first.id);
  }

  /** Adds `id`'s neighbourhood to the view. */
  expand(id: string): void {
    this.expanded.update((list) => (list.includes(id) ? list : [...list, id]));
  }

  select(id: string): void {
    if (!this.view().ids.includes(id)) this.expand(id);
    this.selected.set(id);
  }

  setSchema(value: string): void {
    this.schemaFilter.set(value || null);
    this.focus.set(null);
    this.community.set(null);
    this.expanded.set([]);
  }

  setCommunity(value: string): void {
    this.community.set(value === '' ? null : Number(value));
    this.focus.set(null);
    this.expanded.set([]);
  }

  resetView(): void {
    this.focus.set(null);
    this.expanded.set([]);
    this.community.set(null);
    this.selected.set(null);
    this.orderLimit.set(SIDE_LIST_PAGE);
  }

  protected colour(community: number): string {
    const ix = this.index();
    return ix ? communityColour(ix, community) : 'transparent';
  }

  private destroyRenderer(): void {
    this.renderer?.destroy();
    this.renderer = null;
  }
}
