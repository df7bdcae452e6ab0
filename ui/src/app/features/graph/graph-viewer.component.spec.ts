import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { problemInterceptor } from '../../core/interceptors/problem.interceptor';
import { SchemaGraph } from '../../core/models';
import { AuthService } from '../../core/services/auth.service';
import { authStub } from '../../testing/fixtures';
import { bigGraph, connection, shopGraph, snapshotSummary } from '../../testing/schema-fixtures';
import { GRAPH_RENDERER, GraphRenderer, GraphRendererEvents } from './graph-renderer';
import { GraphElement, LayoutName } from './graph-view';
import { GraphViewerComponent } from './graph-viewer.component';

class FakeRenderer implements GraphRenderer {
  renders: { elements: GraphElement[]; layout: LayoutName }[] = [];
  selected: (string | null)[] = [];
  destroyed = false;
  render(elements: GraphElement[], layout: LayoutName) {
    this.renders.push({ elements, layout });
  }
  setTheme() {}
  select(id: string | null) {
    this.selected.push(id);
  }
  fit() {}
  destroy() {
    this.destroyed = true;
  }
  get lastNodes() {
    return (this.renders.at(-1)?.elements ?? []).filter(
      (e) => e.group === 'nodes' && e.classes !== 'cluster',
    );
  }
}

describe('GraphViewerComponent', () => {
  let http: HttpTestingController;
  let renderer: FakeRenderer;
  let events: GraphRendererEvents;

  beforeEach(() => {
    renderer = new FakeRenderer();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
        { provide: AuthService, useValue: authStub() },
        {
          provide: GRAPH_RENDERER,
          useValue: () =>
            Promise.resolve((_host: HTMLElement, _theme: unknown, e: GraphRendererEvents) => {
              events = e;
              return renderer;
            }),
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  async function render(graph: SchemaGraph, inputs: Record<string, string> = {}) {
    const fixture = TestBed.createComponent(GraphViewerComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    fixture.componentRef.setInput('connectionId', 'c1');
    fixture.componentRef.setInput('snapshotId', 's1');
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    fixture.detectChanges();
    await fixture.whenStable();
    http.expectOne('/api/projects/p1/connections').flush([connection()]);
    http.expectOne((r) => r.url === '/api/projects/p1/schema/snapshots').flush([snapshotSummary()]);
    http
      .expectOne((r) => r.url === '/api/projects/p1/graph' && r.params.get('snapshotId') === 's1')
      .flush(graph);
    await fixture.whenStable();
    await vi.waitFor(() => expect(renderer.renders.length).toBeGreaterThan(0));
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  const click = (el: HTMLElement, text: string) => {
    const button = [...el.querySelectorAll('button')].find((b) => b.textContent?.includes(text));
    if (!button) throw new Error(`no button ${text}`);
    button.click();
  };

  it('draws at most 150 of 1,200 tables (the largest community) with a notice', async () => {
    const { el } = await render(bigGraph(1200, [200, 120, 80]));
    expect(renderer.lastNodes).toHaveLength(150);
    expect(renderer.renders.at(-1)!.layout).toBe('dagre');
    const canvas = el.querySelector('[data-testid="graph-canvas"]')!;
    expect(canvas.getAttribute('data-nodes')).toBe('150');
    expect(canvas.getAttribute('role')).toBe('img');
    expect(el.querySelector('[data-testid="graph-notice"]')?.textContent).toContain(
      'Showing 150 of 1,200 tables',
    );
    expect(el.querySelector('[data-testid="graph-notice"]')?.textContent).toContain(
      'first 150 of 200',
    );
  });

  it('raises the cap on request and switches to a cheaper layout', async () => {
    const { el, fixture } = await render(bigGraph(1200, [700, 500]));
    const limit = el.querySelector('#graph-limit') as HTMLSelectElement;
    limit.value = '600';
    limit.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(renderer.lastNodes).toHaveLength(600);
    expect(renderer.renders.at(-1)!.layout).toBe('grid');
  });

  it('finds a table, shows its neighbourhood and expands it', async () => {
    const { el, fixture } = await render(shopGraph());
    expect(renderer.lastNodes).toHaveLength(7);
    const search = el.querySelector('#graph-search') as HTMLInputElement;
    search.value = 'custom';
    search.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    click(el, 'public.customers');
    await fixture.whenStable();
    expect(renderer.lastNodes.map((n) => n.data['id']).sort()).toEqual([
      'public.customers',
      'public.orders',
    ]);
    expect(el.querySelector('[data-testid="graph-notice"]')?.textContent).toContain(
      'Neighbourhood of public.customers within 1 hop',
    );
    expect(renderer.selected.at(-1)).toBe('public.customers');

    // Select orders (a click on the canvas) and expand its neighbourhood.
    events.nodeSelected('public.orders');
    await fixture.whenStable();
    const panel = el.querySelector('[data-testid="graph-selected"]')!;
    expect(panel.textContent).toContain('public.orders');
    click(el, 'Expand neighbourhood');
    await fixture.whenStable();
    expect(renderer.lastNodes.map((n) => n.data['id']).sort()).toEqual([
      'public.customers',
      'public.order_items',
      'public.orders',
    ]);

    // Two hops from the search.
    const hops = el.querySelector('#graph-hops') as HTMLSelectElement;
    hops.value = '2';
    hops.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(renderer.lastNodes.map((n) => n.data['id'])).toContain('public.products');

    click(el, 'Reset view');
    await fixture.whenStable();
    expect(renderer.lastNodes).toHaveLength(7);
  });

  it('links the selected table to the schema viewer and lists cycles and the insert order', async () => {
    const { el, fixture } = await render(shopGraph(), { table: 'public.orders' });
    expect(renderer.selected.at(-1)).toBe('public.orders');
    const link = [...el.querySelectorAll('a')].find((a) =>
      a.textContent?.includes('Open in schema viewer'),
    )!;
    expect(link.getAttribute('href')).toBe(
      '/projects/p1/schema?connectionId=c1&snapshotId=s1&table=public.orders',
    );
    expect(el.querySelector('[data-testid="graph-cycles"]')?.textContent).toContain(
      'public.departments → public.employees → public.departments',
    );
    const order = [...el.querySelectorAll('[data-testid="graph-order"] li')].map((li) =>
      li.textContent?.replace(/\s+/g, ' ').trim(),
    );
    // Only the tables in view (the neighbourhood of orders), numbered in the global order.
    expect(order).toEqual(['2 public.customers', '5 public.orders', '7 public.order_items']);

    click(el, 'public.departments → public.employees');
    await fixture.whenStable();
    expect(renderer.lastNodes.map((n) => n.data['id']).sort()).toEqual([
      'public.departments',
      'public.employees',
    ]);
    expect(renderer.lastNodes.every((n) => n.classes.includes('cycle'))).toBe(true);
  });

  it('clusters by schema with parent nodes', async () => {
    const { el, fixture } = await render(shopGraph());
    const cluster = el.querySelector('#graph-cluster') as HTMLSelectElement;
    cluster.value = 'schema';
    cluster.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    const parents = renderer.renders.at(-1)!.elements.filter((e) => e.classes === 'cluster');
    expect(parents.map((p) => p.data['id'])).toEqual(['schema:public']);
  });

  it('shows a failed graph load with a retry', async () => {
    const fixture = TestBed.createComponent(GraphViewerComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    fixture.componentRef.setInput('snapshotId', 's1');
    fixture.detectChanges();
    await fixture.whenStable();
    http.expectOne('/api/projects/p1/connections').flush([connection()]);
    await fixture.whenStable();
    http.expectOne((r) => r.url === '/api/projects/p1/schema/snapshots').flush([snapshotSummary()]);
    http
      .expectOne((r) => r.url === '/api/projects/p1/graph')
      .flush({ detail: 'Graph service down.' }, { status: 503, statusText: 'Unavailable' });
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.textContent).toContain('Graph service down.');
    click(el, 'Try again');
    http.expectOne((r) => r.url === '/api/projects/p1/graph').flush(shopGraph());
    await fixture.whenStable();
    await vi.waitFor(() => expect(renderer.renders.length).toBeGreaterThan(0));
  });
});
