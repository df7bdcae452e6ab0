import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { problemInterceptor } from '../../core/interceptors/problem.interceptor';
import { SchemaModel } from '../../core/models';
import { AuthService } from '../../core/services/auth.service';
import { authStub } from '../../testing/fixtures';
import {
  connection,
  manyTablesModel,
  shopModel,
  snapshotSummary,
} from '../../testing/schema-fixtures';
import { SchemaViewerComponent, TABLE_LIST_PAGE } from './schema-viewer.component';

describe('SchemaViewerComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
        { provide: AuthService, useValue: authStub() },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  async function render(model: SchemaModel = shopModel(), inputs: Record<string, string> = {}) {
    const fixture = TestBed.createComponent(SchemaViewerComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    fixture.detectChanges();
    await fixture.whenStable();
    http.expectOne('/api/projects/p1/connections').flush([
      connection({ id: 'c0', name: 'Empty' }),
      connection({
        lastSnapshot: { id: 's1', capturedAt: '2026-01-02T10:00:00Z', tableCount: 4 },
      }),
    ]);
    await fixture.whenStable();
    http
      .expectOne(
        (r) =>
          r.url === '/api/projects/p1/schema/snapshots' && r.params.get('connectionId') === 'c1',
      )
      .flush([
        snapshotSummary(),
        snapshotSummary({ id: 's0', capturedAt: '2026-01-01T10:00:00Z' }),
      ]);
    await fixture.whenStable();
    http
      .expectOne('/api/projects/p1/schema/snapshots/s1')
      .flush({ summary: snapshotSummary(), model });
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  const listed = (el: HTMLElement) =>
    [...el.querySelectorAll('[data-testid="table-list"] a[data-table]')].map((a) =>
      a.getAttribute('data-table'),
    );

  it('picks the connection with a snapshot and its newest snapshot, lists tables by schema', async () => {
    const { el } = await render();
    expect((el.querySelector('#schema-connection') as HTMLSelectElement).value).toBe('c1');
    expect((el.querySelector('#schema-snapshot') as HTMLSelectElement).value).toBe('s1');
    expect(listed(el)).toEqual([
      'public.categories',
      'public.customers',
      'public.order_items',
      'public.orders',
      'reporting.daily_sales',
    ]);
    const headings = [...el.querySelectorAll('[data-testid="table-list"] h3')].map((h) =>
      h.textContent?.trim(),
    );
    expect(headings).toEqual(['public', 'reporting']);
    expect(el.querySelector('label[for="table-search"]')).not.toBeNull();
    // The first table is shown by default, with its self reference as "referenced by".
    expect(el.querySelector('#table-title')?.textContent?.trim()).toBe('public.categories');
    expect(el.querySelector('[data-testid="referenced-by"]')?.textContent).toContain(
      'public.categories',
    );
  });

  it("shows only the selected table's details: badges, keys, referenced by", async () => {
    const { el, fixture } = await render(shopModel(), { table: 'public.orders' });
    const detail = el.querySelector('[data-testid="table-detail"]')!;
    expect(detail.querySelector('#table-title')?.textContent?.trim()).toBe('public.orders');
    expect(detail.querySelectorAll('[data-testid="columns"] tbody tr')).toHaveLength(3);
    const id = detail.querySelector('[data-column="id"]')!;
    expect(id.textContent).toContain('PK');
    expect(id.textContent).toContain('identity (always)');
    expect(detail.querySelector('[data-column="customer_id"]')?.textContent).toContain('FK');
    expect(detail.querySelector('[data-column="search"]')?.textContent).toContain('generated');
    const fks = detail.querySelector('[data-testid="foreign-keys"]')!;
    expect(fks.querySelector('a')?.textContent?.trim()).toBe('public.customers');
    expect(detail.querySelector('[data-testid="referenced-by"]')?.textContent).toContain(
      'public.order_items',
    );
    expect(detail.querySelector('[data-testid="indexes"]')?.textContent).toContain(
      "where (status <> 'delivered')",
    );

    fixture.componentRef.setInput('table', 'public.order_items');
    await fixture.whenStable();
    expect(el.textContent).toContain('(order_id, product_id)');
    expect(el.textContent).toContain('(quantity > 0)');

    fixture.componentRef.setInput('table', 'public.customers');
    await fixture.whenStable();
    expect(el.querySelector('[data-column="status"]')?.textContent).toContain(
      'one of: active, blocked',
    );
    expect(el.textContent).toContain('People who buy.');
  });

  it('has the table notes and a link to browse its rows', async () => {
    const { el, fixture } = await render(shopModel(), { table: 'public.orders' });
    http.expectOne('/api/projects/p1/annotations?connectionId=c1').flush([
      {
        id: 'a1',
        projectId: 'p1',
        connectionId: 'c1',
        target: 'public.orders.customer_id',
        body: 'Who placed it.',
        createdBy: 'u1',
        createdAt: '2026-01-02T10:00:00Z',
        updatedAt: '2026-01-02T10:00:00Z',
      },
    ]);
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="notes"]')?.textContent).toContain('Who placed it.');
    const browse = [...el.querySelectorAll('a')].find(
      (a) => a.textContent?.trim() === 'Browse rows',
    );
    expect(browse?.getAttribute('href')).toBe(
      '/projects/p1/data?connectionId=c1&table=public.orders',
    );
  });

  it('stays small with 1,200 tables: a capped list with "show more" and a fast search', async () => {
    const { el, fixture } = await render(manyTablesModel(1200));
    expect(listed(el)).toHaveLength(TABLE_LIST_PAGE);
    expect(el.querySelector('#table-count')?.textContent).toContain('1,200 tables');
    const more = [...el.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Show more'),
    )!;
    expect(more.textContent).toContain('1,000 left');
    more.click();
    await fixture.whenStable();
    expect(listed(el)).toHaveLength(2 * TABLE_LIST_PAGE);

    const search = el.querySelector('#table-search') as HTMLInputElement;
    search.value = 't_119';
    search.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(listed(el)).toHaveLength(10);
    expect(el.querySelector('#table-count')?.textContent).toContain('10 of 1,200 match');

    search.value = 'special';
    search.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(listed(el)).toHaveLength(0);
    const columns = el.querySelector('input[type="checkbox"]') as HTMLInputElement;
    columns.checked = true;
    columns.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(listed(el)).toHaveLength(Math.ceil(1200 / 7));
  });

  it('says when there is no connection yet', async () => {
    const fixture = TestBed.createComponent(SchemaViewerComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    fixture.detectChanges();
    await fixture.whenStable();
    http.expectOne('/api/projects/p1/connections').flush([]);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.textContent).toContain('No connections yet');
    expect(el.querySelector('a[href="/projects/p1/connections"]')).not.toBeNull();
  });

  it('shows a failed snapshot load with a retry', async () => {
    const fixture = TestBed.createComponent(SchemaViewerComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    fixture.componentRef.setInput('connectionId', 'c1');
    fixture.componentRef.setInput('snapshotId', 's1');
    fixture.detectChanges();
    await fixture.whenStable();
    http.expectOne('/api/projects/p1/connections').flush([connection()]);
    http.expectOne((r) => r.url === '/api/projects/p1/schema/snapshots').flush([snapshotSummary()]);
    http
      .expectOne('/api/projects/p1/schema/snapshots/s1')
      .flush({ detail: 'Snapshot store down.' }, { status: 503, statusText: 'Unavailable' });
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Snapshot store down.');
    [...el.querySelectorAll('button')].find((b) => b.textContent?.includes('Try again'))!.click();
    http
      .expectOne('/api/projects/p1/schema/snapshots/s1')
      .flush({ summary: snapshotSummary(), model: shopModel() });
    await fixture.whenStable();
    expect(el.querySelector('#table-title')).not.toBeNull();
  });
});
