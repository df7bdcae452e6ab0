import { HttpRequest, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { problemInterceptor } from '../../core/interceptors/problem.interceptor';
import { ExplorerRelated } from '../../core/models';
import { AuthService } from '../../core/services/auth.service';
import { Reply, problem, reply, settle } from '../../testing/fake-api';
import { authStub } from '../../testing/fixtures';
import { connection, shopModel, snapshotSummary } from '../../testing/schema-fixtures';
import { EntityViewComponent } from './entity-view.component';

function related(overrides: Partial<ExplorerRelated> = {}): ExplorerRelated {
  return {
    table: 'public.orders',
    key: { id: 1 },
    row: { id: 1, customer_id: 7, search: null },
    parents: [
      {
        foreignKey: 'customer_id_fkey',
        table: 'public.customers',
        columns: ['customer_id'],
        referencedColumns: ['id'],
        row: { id: 7, email: 'ada@example.test', status: 'active' },
      },
    ],
    children: [
      {
        foreignKey: 'order_id_fkey',
        table: 'public.order_items',
        columns: ['order_id'],
        referencedColumns: ['id'],
        rows: [
          { order_id: 1, product_id: 3, quantity: 2 },
          { order_id: 1, product_id: 4, quantity: 1 },
        ],
        hasMore: true,
      },
    ],
    ...overrides,
  };
}

describe('EntityViewComponent', () => {
  let http: HttpTestingController;
  let answer: Reply;

  beforeEach(() => {
    answer = reply(related());
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

  const respond = (request: HttpRequest<unknown>): Reply | undefined => {
    if (request.url === '/api/projects/p1/connections') return reply([connection()]);
    if (request.url === '/api/projects/p1/schema/snapshots') return reply([snapshotSummary()]);
    if (request.url === '/api/projects/p1/schema/snapshots/s1')
      return reply({ summary: snapshotSummary(), model: shopModel() });
    if (request.url.startsWith('/api/projects/p1/data/c1/tables/')) return answer;
    return undefined;
  };

  async function render(key = '{"id":1}', table = 'public.orders') {
    const fixture = TestBed.createComponent(EntityViewComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    fixture.componentRef.setInput('connectionId', 'c1');
    fixture.componentRef.setInput('table', table);
    fixture.componentRef.setInput('key', key);
    const answered = await settle(http, () => fixture.whenStable(), respond);
    return { el: fixture.nativeElement as HTMLElement, answered };
  }

  const params = (a: Element | null) => new URL((a as HTMLAnchorElement).href).searchParams;

  it('shows the row, one card per parent and the children grouped per foreign key', async () => {
    const { el, answered } = await render();
    expect(answered.map((r) => r.url)).toContain(
      '/api/projects/p1/data/c1/tables/public.orders/related?key=%7B%22id%22%3A1%7D',
    );
    const card = el.querySelector('[data-testid="entity-row"]')!;
    expect(card.querySelector('#entity-title')?.textContent?.trim()).toBe('public.orders');
    expect(card.querySelector('[data-column="search"] [data-kind="null"]')).not.toBeNull();
    // The foreign-key value links on to the customer.
    expect(params(card.querySelector('[data-column="customer_id"] a')).get('key')).toBe('{"id":7}');

    const parent = el.querySelector('[data-parent="public.customers"]')!;
    expect(parent.textContent).toContain('ada@example.test');
    const open = parent.querySelector('a') as HTMLAnchorElement;
    expect(new URL(open.href).pathname).toBe('/projects/p1/data/entity');
    expect(params(open).get('table')).toBe('public.customers');
    expect(params(open).get('key')).toBe('{"id":7}');

    const child = el.querySelector('[data-child="public.order_items"]')!;
    expect(child.querySelectorAll('[data-testid="child-row"]')).toHaveLength(2);
    // The back-pointing column is left out of the preview.
    expect(child.querySelector('thead')?.textContent).not.toContain('order_id');
    const firstChild = child.querySelector('[data-testid="child-row"] a')!;
    expect(params(firstChild).get('key')).toBe('{"order_id":1,"product_id":3}');
    const showAll = child.querySelector('[data-testid="show-all"]')!;
    expect(showAll.textContent?.trim()).toBe('Show all');
    expect(new URL((showAll as HTMLAnchorElement).href).pathname).toBe('/projects/p1/data');
    expect(params(showAll).get('table')).toBe('public.order_items');
    expect(params(showAll).getAll('filter')).toEqual(['order_id:eq:1']);
    expect(child.textContent).toContain('The first 2 rows.');
  });

  it('explains a missing parent and a table nobody points at', async () => {
    answer = reply(
      related({
        row: { id: 1, customer_id: null, search: null },
        parents: [{ ...related().parents[0], row: null }],
        children: [],
      }),
    );
    const { el } = await render();
    expect(el.querySelector('[data-parent="public.customers"]')?.textContent).toContain(
      'No parent: the key is NULL.',
    );
    expect(el.textContent).toContain('No foreign key points at this table.');
  });

  it('says when the row does not exist, and when there is no snapshot', async () => {
    answer = problem(404, 'A row with this key does not exist.');
    let { el } = await render();
    expect(el.textContent).toContain('No such row');
    expect(el.textContent).toContain('id 1');

    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
        { provide: AuthService, useValue: authStub() },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    answer = problem(409, 'The connection has no snapshot yet: capture a snapshot first');
    ({ el } = await render());
    expect(el.textContent).toContain('Capture a snapshot first');
    expect(el.querySelector('a[href="/projects/p1/connections"]')).not.toBeNull();
  });

  it('refuses a key that is not a JSON object without asking the server', async () => {
    const { el, answered } = await render('{oops');
    expect(answered.some((r) => r.url.includes('/related'))).toBe(false);
    expect(el.textContent).toContain('This address does not name a row');
  });
});
