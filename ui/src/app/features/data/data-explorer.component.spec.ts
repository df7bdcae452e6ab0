import { HttpRequest, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { problemInterceptor } from '../../core/interceptors/problem.interceptor';
import { ExplorerPage } from '../../core/models';
import { AuthService } from '../../core/services/auth.service';
import { ConfirmService } from '../../core/services/confirm.service';
import { ProjectsService } from '../../core/services/projects.service';
import { customersPage, ordersPage } from '../../testing/data-fixtures';
import { Reply, Responder, problem, reply, settle } from '../../testing/fake-api';
import { authStub, project } from '../../testing/fixtures';
import { connection, shopModel, snapshotSummary } from '../../testing/schema-fixtures';
import { DataExplorerComponent } from './data-explorer.component';

describe('DataExplorerComponent', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  /** Answers of the fake API for rows and writes (the rest is the shop fixture). */
  let rows: (request: HttpRequest<unknown>) => Reply;
  let writes: Responder;

  const base = (request: HttpRequest<unknown>): Reply | undefined => {
    const url = request.url;
    if (url === '/api/projects/p1/connections')
      return reply([
        connection({
          environment: 'production',
          lastSnapshot: { id: 's1', capturedAt: '2026-01-02T10:00:00Z', tableCount: 4 },
        }),
      ]);
    if (url === '/api/projects/p1/schema/snapshots') return reply([snapshotSummary()]);
    if (url === '/api/projects/p1/schema/snapshots/s1')
      return reply({ summary: snapshotSummary(), model: shopModel() });
    if (request.method === 'GET' && /\/rows\?/.test(url)) return rows(request);
    return writes(request);
  };

  beforeEach(async () => {
    rows = () => reply(ordersPage());
    writes = () => undefined;
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'projects/:projectId/data', component: DataExplorerComponent }],
          withComponentInputBinding(),
        ),
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
        { provide: AuthService, useValue: authStub() },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(ProjectsService).get('p1').subscribe();
    http.expectOne('/api/projects/p1').flush(project());
    harness = await RouterTestingHarness.create();
  });

  async function open(url: string) {
    await harness.navigateByUrl(url, DataExplorerComponent);
    const answered = await settle(http, () => harness.fixture.whenStable(), base);
    return { el: harness.routeNativeElement as HTMLElement, answered };
  }

  const settleNow = () => settle(http, () => harness.fixture.whenStable(), base);
  const rowsUrls = (requests: HttpRequest<unknown>[]) =>
    requests.filter((r) => r.method === 'GET' && r.url.includes('/rows?')).map((r) => r.url);
  const button = (el: HTMLElement, text: string) => {
    const found = [...el.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === text || b.getAttribute('aria-label') === text,
    );
    if (!found) throw new Error(`no button "${text}"`);
    return found;
  };

  it('shows the rows of the table with typed cells, FK links and a production badge', async () => {
    const { el, answered } = await open('/projects/p1/data?connectionId=c1&table=public.orders');
    expect(rowsUrls(answered)).toEqual([
      '/api/projects/p1/data/c1/tables/public.orders/rows?page=0&size=50',
    ]);
    expect((el.querySelector('#data-table') as HTMLSelectElement).value).toBe('public.orders');
    expect(el.querySelector('[data-testid="production-badge"]')?.textContent).toContain(
      'Production',
    );
    const gridRows = el.querySelectorAll('[data-testid="row"]');
    expect(gridRows).toHaveLength(2);
    // NULL is shown apart from text.
    expect(gridRows[0].querySelector('[data-column="search"] [data-kind="null"]')).not.toBeNull();
    // A foreign-key value links to the parent row's entity view.
    const fk = gridRows[0].querySelector('[data-column="customer_id"] a') as HTMLAnchorElement;
    const href = new URL(fk.href);
    expect(href.pathname).toBe('/projects/p1/data/entity');
    expect(href.searchParams.get('table')).toBe('public.customers');
    expect(href.searchParams.get('key')).toBe('{"id":7}');
    // The row itself opens in the entity view; "referenced by" filters order_items on it.
    const openRow = new URL(
      (gridRows[1].querySelector('a[aria-label="Open row id 2"]') as HTMLAnchorElement).href,
    );
    expect(openRow.searchParams.get('key')).toBe('{"id":2}');
    const ref = new URL(
      (gridRows[1].querySelector('[data-testid="referenced-by"] a') as HTMLAnchorElement).href,
    );
    expect(ref.searchParams.get('table')).toBe('public.order_items');
    expect(ref.searchParams.getAll('filter')).toEqual(['order_id:eq:2']);
    expect(el.querySelector('[data-testid="page-status"]')?.textContent).toContain('Rows 1–2');
  });

  it('sorts on header clicks (shift adds a column), pages with hasMore, all in the URL', async () => {
    const { el } = await open('/projects/p1/data?connectionId=c1&table=public.orders');
    const header = (column: string) =>
      el.querySelector(`[data-sort-column="${column}"]`) as HTMLButtonElement;

    header('customer_id').click();
    let answered = await settleNow();
    expect(rowsUrls(answered)).toEqual([
      '/api/projects/p1/data/c1/tables/public.orders/rows?page=0&size=50&sort=customer_id',
    ]);
    expect(header('customer_id').closest('th')?.getAttribute('aria-sort')).toBe('ascending');

    header('customer_id').click();
    answered = await settleNow();
    expect(rowsUrls(answered)[0]).toContain('sort=-customer_id');

    header('id').dispatchEvent(new MouseEvent('click', { shiftKey: true, bubbles: true }));
    answered = await settleNow();
    expect(rowsUrls(answered)[0]).toContain('sort=-customer_id,id');
    expect(el.querySelector('[data-testid="sort-summary"]')?.textContent).toMatch(
      /customer_id\s+descending, then\s+id\s+ascending/,
    );

    rows = (request) =>
      reply(ordersPage({ page: 1, hasMore: false }, [{ id: 51, customer_id: 9, search: null }]));
    button(el, 'Next').click();
    answered = await settleNow();
    expect(rowsUrls(answered)[0]).toContain('page=1&size=50&sort=-customer_id,id');
    expect(el.querySelector('[data-testid="page-status"]')?.textContent).toContain('Rows 51–51');
    expect(button(el, 'Next').disabled).toBe(true);
    expect(button(el, 'Previous').disabled).toBe(false);
  });

  it('adds and removes filters from the filter bar', async () => {
    const { el } = await open('/projects/p1/data?connectionId=c1&table=public.orders');
    const column = el.querySelector('#filter-column') as HTMLSelectElement;
    const op = el.querySelector('#filter-op') as HTMLSelectElement;
    const value = el.querySelector('#filter-value') as HTMLInputElement;
    column.value = 'customer_id';
    column.dispatchEvent(new Event('change'));
    op.value = 'in';
    op.dispatchEvent(new Event('change'));
    await harness.fixture.whenStable();
    expect(value.placeholder).toBe('a|b|c');
    // A value is needed.
    button(el, 'Add filter').click();
    await harness.fixture.whenStable();
    expect(el.querySelector('#filter-value-error')?.textContent).toContain('separated by |');

    value.value = '7|8';
    value.dispatchEvent(new Event('input'));
    button(el, 'Add filter').click();
    let answered = await settleNow();
    expect(rowsUrls(answered)).toEqual([
      '/api/projects/p1/data/c1/tables/public.orders/rows?page=0&size=50&filter=customer_id%3Ain%3A7%7C8',
    ]);

    op.value = 'null';
    op.dispatchEvent(new Event('change'));
    column.value = 'search';
    column.dispatchEvent(new Event('change'));
    await harness.fixture.whenStable();
    expect(value.disabled).toBe(true);
    button(el, 'Add filter').click();
    answered = await settleNow();
    expect(rowsUrls(answered)[0]).toContain('filter=customer_id%3Ain%3A7%7C8&filter=search%3Anull');
    expect(el.querySelectorAll('[data-testid="filters"] li')).toHaveLength(2);

    button(el, 'Remove filter customer_id:in:7|8').click();
    answered = await settleNow();
    expect(rowsUrls(answered)).toEqual([
      '/api/projects/p1/data/c1/tables/public.orders/rows?page=0&size=50&filter=search%3Anull',
    ]);
  });

  it('says "capture a snapshot first" on a 409, and shows a refused filter (400)', async () => {
    rows = () => problem(409, 'The connection has no snapshot yet: capture a snapshot first');
    const { el } = await open('/projects/p1/data?connectionId=c1&table=public.orders');
    expect(el.textContent).toContain('Capture a snapshot first');
    expect(el.querySelector('a[href="/projects/p1/connections"]')).not.toBeNull();

    rows = () =>
      problem(400, 'The request is not valid.', [
        { field: 'filter', message: 'customer_id must be an integer' },
      ]);
    await harness.navigateByUrl(
      '/projects/p1/data?connectionId=c1&table=public.orders&filter=customer_id:eq:x',
    );
    await settleNow();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain(
      'filter: customer_id must be an integer',
    );
    expect(el.querySelectorAll('[data-testid="filters"] li')).toHaveLength(1);
  });

  it('builds the side form from the columns and shows server field errors and 422 details', async () => {
    rows = () => reply(customersPage());
    const { el } = await open('/projects/p1/data?connectionId=c1&table=public.customers');
    button(el, 'New row').click();
    await harness.fixture.whenStable();
    const form = el.querySelector('[data-testid="row-form"]') as HTMLElement;
    expect(form.querySelector('h2')?.textContent).toContain('New row');
    // Identity: read-only; required: marked; enum: a select of its values.
    const id = form.querySelector('[data-field="id"] input') as HTMLInputElement;
    expect(id.readOnly).toBe(true);
    expect(form.querySelector('[data-field="id"]')?.textContent).toContain('Identity');
    expect(form.querySelector('[data-field="email"] label')?.textContent).toContain('(required)');
    const status = form.querySelector('[data-field="status"] select') as HTMLSelectElement;
    expect([...status.options].map((o) => o.value)).toEqual(['', 'active', 'blocked']);
    expect(document.activeElement?.id).toBe('row-f1');

    // Client-side: the required email.
    button(el, 'Insert row').click();
    await harness.fixture.whenStable();
    expect(form.querySelector('#row-f1-error')?.textContent).toContain('email is required');

    const email = form.querySelector('#row-f1') as HTMLInputElement;
    email.value = 'not-an-email';
    email.dispatchEvent(new Event('input'));
    let sent: unknown = null;
    writes = (request) => {
      sent = request.body;
      return problem(400, 'The request is not valid.', [
        { field: 'values.email', message: 'must be a valid email (check constraint)' },
      ]);
    };
    button(el, 'Insert row').click();
    await settleNow();
    expect(sent).toEqual({ values: { email: 'not-an-email' } });
    expect(form.querySelector('#row-f1-error')?.textContent).toContain(
      'must be a valid email (check constraint)',
    );
    expect(form.querySelector('#row-f1')?.getAttribute('aria-invalid')).toBe('true');

    writes = () =>
      problem(
        422,
        'duplicate key value violates unique constraint "customers_email_key"',
        undefined,
        'TARGET_QUERY_FAILED',
      );
    email.value = 'ada@example.test';
    email.dispatchEvent(new Event('input'));
    button(el, 'Insert row').click();
    await settleNow();
    const alert = form.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('The database refused the change');
    expect(alert.textContent).toContain('customers_email_key');

    writes = (request) =>
      request.method === 'POST'
        ? reply({ id: 9, email: 'new@example.test', status: 'active' }, 201)
        : undefined;
    email.value = 'new@example.test';
    email.dispatchEvent(new Event('input'));
    button(el, 'Insert row').click();
    const answered = await settleNow();
    // Saved: the form closes and the page reloads.
    expect(el.querySelector('[data-testid="row-form"]')).toBeNull();
    expect(rowsUrls(answered)).toHaveLength(1);
  });

  it('edits only the changed columns of a row', async () => {
    rows = () => reply(customersPage());
    const { el } = await open('/projects/p1/data?connectionId=c1&table=public.customers');
    button(el, 'Edit row id 8').click();
    await harness.fixture.whenStable();
    const form = el.querySelector('[data-testid="row-form"]') as HTMLElement;
    expect((form.querySelector('#row-f1') as HTMLInputElement).value).toBe('bob@example.test');
    // status is NULL: its switch is on and the select is disabled.
    const statusNull = form.querySelector(
      '[data-field="status"] input[type="checkbox"]',
    ) as HTMLInputElement;
    expect(statusNull.checked).toBe(true);
    statusNull.checked = false;
    statusNull.dispatchEvent(new Event('change'));
    await harness.fixture.whenStable();
    const status = form.querySelector('#row-f2') as HTMLSelectElement;
    status.value = 'blocked';
    status.dispatchEvent(new Event('change'));
    let sent: unknown = null;
    writes = (request) => {
      if (request.method !== 'PATCH') return undefined;
      sent = request.body;
      return reply({ id: 8, email: 'bob@example.test', status: 'blocked' });
    };
    button(el, 'Save changes').click();
    await settleNow();
    expect(sent).toEqual({ key: { id: 8 }, values: { status: 'blocked' } });
  });

  it('switches writes off with the explanation when a delete answers 403', async () => {
    const confirm = vi.spyOn(TestBed.inject(ConfirmService), 'ask').mockResolvedValue(true);
    const { el } = await open('/projects/p1/data?connectionId=c1&table=public.orders');
    let deleted = '';
    writes = (request) => {
      if (request.method !== 'DELETE') return undefined;
      deleted = request.urlWithParams;
      return problem(
        403,
        "'Shop' is a production connection: its data is read-only below the admin role",
      );
    };
    button(el, 'Delete row id 1').click();
    await settleNow();
    expect(confirm).toHaveBeenCalledWith(
      expect.objectContaining({ confirmText: 'Delete row', tone: 'danger' }),
    );
    expect(deleted).toBe(
      '/api/projects/p1/data/c1/tables/public.orders/rows?key=%7B%22id%22%3A1%7D',
    );
    const disabled = el.querySelector('[data-testid="writes-disabled"]');
    expect(disabled?.textContent).toContain('read-only below the admin role');
    expect(
      [...el.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'New row'),
    ).toBe(false);
    expect(el.querySelector('button[aria-label="Edit row id 1"]')).toBeNull();
  });

  it('asks to pick a table first and lists tables by schema', async () => {
    const { el, answered } = await open('/projects/p1/data?connectionId=c1');
    expect(rowsUrls(answered)).toEqual([]);
    expect(el.textContent).toContain('Pick a table');
    const select = el.querySelector('#data-table') as HTMLSelectElement;
    expect([...select.querySelectorAll('optgroup')].map((g) => g.label)).toEqual([
      'public',
      'reporting',
    ]);
    select.value = 'public.customers';
    select.dispatchEvent(new Event('change'));
    rows = () => reply(customersPage() as ExplorerPage);
    const after = await settleNow();
    expect(rowsUrls(after)).toEqual([
      '/api/projects/p1/data/c1/tables/public.customers/rows?page=0&size=50',
    ]);
  });
});
