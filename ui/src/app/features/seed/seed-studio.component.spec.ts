import { HttpRequest, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Subject, of } from 'rxjs';
import { problemInterceptor } from '../../core/interceptors/problem.interceptor';
import { ConnectionView, Job } from '../../core/models';
import { AuthService } from '../../core/services/auth.service';
import { ConfirmService } from '../../core/services/confirm.service';
import { JobsService } from '../../core/services/jobs.service';
import { ProjectsService } from '../../core/services/projects.service';
import { Reply, problem, reply, settle } from '../../testing/fake-api';
import { authStub, job, project } from '../../testing/fixtures';
import { connection, shopModel, snapshotSummary } from '../../testing/schema-fixtures';
import { seedPlan, seedPreview, seedResult } from '../../testing/seed-fixtures';
import { SeedStudioComponent } from './seed-studio.component';

const SHOP = connection({
  lastSnapshot: { id: 's1', capturedAt: '2026-01-02T10:00:00Z', tableCount: 5 },
});

describe('SeedStudioComponent', () => {
  let http: HttpTestingController;
  let streams: Map<string, Subject<Job>>;
  /** Answers of the fake API beyond connections, the snapshot, history and templates. */
  let extra: (request: HttpRequest<unknown>) => Reply | undefined;
  let connections: ConnectionView[];

  const respond = (request: HttpRequest<unknown>): Reply | undefined => {
    const answer = extra(request);
    if (answer) return answer;
    if (request.url === '/api/projects/p1/connections') return reply(connections);
    if (request.url === '/api/projects/p1/schema/snapshots/s1')
      return reply({ summary: snapshotSummary(), model: shopModel() });
    if (request.url === '/api/projects/p1/seed/history') return reply([]);
    if (request.url === '/api/projects/p1/qa-templates') return reply([]);
    return undefined;
  };

  beforeEach(() => {
    streams = new Map();
    extra = () => undefined;
    connections = [SHOP];
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
        { provide: AuthService, useValue: authStub() },
        {
          provide: JobsService,
          useValue: {
            list: vi.fn().mockReturnValue(of([])),
            get: vi.fn(),
            cancel: vi.fn(),
            stream: vi.fn((_p: string, id: string) => {
              const subject = new Subject<Job>();
              streams.set(id, subject);
              return subject.asObservable();
            }),
          },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(ProjectsService).get('p1').subscribe();
    http.expectOne('/api/projects/p1').flush(project());
  });

  async function render() {
    const fixture = TestBed.createComponent(SeedStudioComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    const el = fixture.nativeElement as HTMLElement;
    const stable = () => settle(http, () => fixture.whenStable(), respond);
    await stable();
    const $ = <T extends Element = HTMLInputElement>(selector: string) =>
      el.querySelector(selector) as T;
    const type = async (selector: string, value: string) => {
      const input = $(selector);
      if (!input) throw new Error(`no ${selector}`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
      return stable();
    };
    const choose = async (selector: string, value: string) => {
      const select = $<HTMLSelectElement>(selector);
      if (!select) throw new Error(`no ${selector}`);
      select.value = value;
      select.dispatchEvent(new Event('change'));
      return stable();
    };
    const button = (text: string) => {
      const found = [...el.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === text || b.getAttribute('aria-label') === text,
      );
      if (!found) throw new Error(`no button "${text}"`);
      return found;
    };
    const click = async (text: string) => {
      button(text).click();
      return stable();
    };
    return { fixture, el, $, type, choose, click, button, stable };
  }

  /** customers (100 rows, e-mail from a pattern) and orders (1–5 per customer), seed 7. */
  async function fillShop(ui: Awaited<ReturnType<typeof render>>) {
    await ui.type('#seed-t0-table', 'public.customers');
    await ui.type('#seed-t0-rows', '100');
    await ui.click('Add override to table 1');
    await ui.type('#seed-t0-o0-column', 'email');
    await ui.choose('#seed-t0-o0-type', 'pattern');
    await ui.type('#seed-t0-o0-regex', '[a-z]{8}@example\\.com');
    await ui.type('#seed-t0-o0-ratio', '0');
    await ui.click('Add table');
    await ui.type('#seed-t1-table', 'public.orders');
    await ui.choose('#seed-t1-count', 'perParent');
    await ui.type('#seed-t1-parent', 'public.customers');
    await ui.type('#seed-t1-min', '1');
    await ui.type('#seed-t1-max', '5');
    await ui.type('#seed-seed', '7');
  }

  const posts = (requests: HttpRequest<unknown>[], path: string) =>
    requests.filter((r) => r.method === 'POST' && r.url === `/api/projects/p1${path}`);

  it('picks the first connection with a snapshot and offers its tables (no views)', async () => {
    connections = [connection({ id: 'c0', name: 'Empty' }), SHOP];
    const ui = await render();
    expect(ui.$<HTMLSelectElement>('#seed-connection').value).toBe('c1');
    const options = [...ui.el.querySelectorAll('#seed-tables option')].map((o) =>
      o.getAttribute('value'),
    );
    expect(options).toContain('public.customers');
    expect(options).not.toContain('reporting.daily_sales');
    expect(ui.$('[data-testid="snapshot-status"]').textContent).toContain('4');
    // The columns of the table typed in are offered to the overrides.
    await ui.type('#seed-t0-table', 'customers');
    expect(
      [...ui.el.querySelectorAll('#seed-t0-columns option')].map((o) => o.getAttribute('value')),
    ).toEqual(['id', 'email', 'status']);
  });

  it('tells to capture a snapshot when the connection has none', async () => {
    connections = [connection()];
    const ui = await render();
    const hint = ui.$('[data-testid="no-snapshot"]');
    expect(hint.textContent).toContain('Capture a snapshot of Shop');
    expect(hint.querySelector('a')?.getAttribute('href')).toBe('/projects/p1/connections');
  });

  it('plans: the request is built from the form, the plan shows order, columns and keys', async () => {
    const ui = await render();
    await fillShop(ui);
    extra = (r) => (r.url.endsWith('/seed/plan') ? reply(seedPlan()) : undefined);
    ui.button('Plan').click();
    const answered = await ui.stable();
    const [request] = posts(answered, '/seed/plan');
    expect(request.body).toEqual({
      connectionId: 'c1',
      snapshotId: 's1',
      seed: 7,
      locale: 'en',
      includeParents: true,
      tables: [
        {
          table: 'public.customers',
          rows: 100,
          overrides: [
            { column: 'email', type: 'pattern', regex: '[a-z]{8}@example\\.com', ratio: 0 },
          ],
        },
        { table: 'public.orders', perParent: { parent: 'public.customers', min: 1, max: 5 } },
      ],
      mode: 'append',
      verify: true,
    });

    const plan = ui.$('[data-testid="seed-plan"]');
    expect(
      [...plan.querySelectorAll('[data-plan-table]')].map((t) => t.getAttribute('data-plan-table')),
    ).toEqual(['public.categories', 'public.customers', 'public.orders']);
    expect(
      plan.querySelector('[data-plan-table="public.categories"] [data-testid="added-as-parent"]'),
    ).not.toBeNull();
    expect(
      plan.querySelector('[data-plan-table="public.customers"] [data-testid="added-as-parent"]'),
    ).toBeNull();
    const fkMode = plan.querySelector(
      '[data-plan-fk="categories_parent_id_fkey"] [data-testid="fk-mode"]',
    );
    expect(fkMode?.textContent?.trim()).toBe('after insert (UPDATE)');
    const email = plan.querySelector(
      '[data-plan-table="public.customers"] [data-plan-column="email"]',
    );
    expect(email?.textContent).toContain('override:pattern');
    expect(email?.textContent).toContain('customers_email_key');
    expect(plan.querySelector('[data-plan-column="status"]')?.textContent).toContain('10%');
    expect(plan.querySelector('[data-testid="plan-omitted"]')?.textContent).toContain('identity');
    expect(plan.querySelector('[data-testid="plan-warnings"]')?.textContent).toContain(
      'tables.orders.checks.orders_check',
    );
    expect(plan.querySelector('[data-testid="plan-fills"]')?.textContent).toContain('parent_id');
    expect(ui.$('[data-testid="plan-total"]').textContent?.trim()).toBe('310');
    expect(ui.$('[data-testid="plan-limit"]').textContent).toContain('of 10,000 allowed per run');

    // Changing the form marks the plan as out of date.
    await ui.type('#seed-t0-rows', '120');
    expect(ui.$('[data-testid="stale"]')).not.toBeNull();
  });

  it('sends nothing while the form is incomplete and marks the fields', async () => {
    const ui = await render();
    await ui.type('#seed-t0-table', '');
    const answered = await (async () => {
      ui.button('Plan').click();
      return ui.stable();
    })();
    expect(posts(answered, '/seed/plan')).toEqual([]);
    expect(ui.$('#seed-t0-table').getAttribute('aria-invalid')).toBe('true');
    expect(ui.$('#seed-t0-table-error').textContent).toContain('Table is required.');
  });

  it('puts a 400’s problems on the inputs they concern and lists the others', async () => {
    const ui = await render();
    await fillShop(ui);
    extra = (r) =>
      r.url.endsWith('/seed/plan')
        ? problem(
            400,
            'The seed plan is not valid: 4 problems',
            [
              { field: 'tables.public.customers.columns.email', message: 'is UNIQUE on a boolean' },
              { field: 'tables[0].overrides[0].type', message: 'unknown override type' },
              {
                field: 'tables.public.orders.count.parent',
                message: 'no foreign key to customers',
              },
              { field: 'anchor', message: 'is not a date' },
            ],
            'VALIDATION_FAILED',
          )
        : undefined;
    await ui.click('Plan');
    expect(ui.$('#seed-t0-o0-column').getAttribute('aria-invalid')).toBe('true');
    expect(ui.$('#seed-t0-o0-column-error').textContent).toContain('is UNIQUE on a boolean');
    expect(ui.$('#seed-t0-o0-type-error').textContent).toContain('unknown override type');
    expect(ui.$('#seed-t1-parent-error').textContent).toContain('no foreign key to customers');
    const failure = ui.$('[data-testid="seed-failure"]');
    expect(failure.textContent).toContain('See the marked fields.');
    expect(failure.querySelector('[data-testid="unplaced-problems"]')?.textContent).toContain(
      'anchor: is not a date',
    );
    // Editing the field clears its message; the next request starts clean.
    await ui.type('#seed-t1-parent', 'public.customers ');
    expect(ui.$('#seed-t1-parent-error')).toBeNull();
  });

  it('shows an unknown table on the table field', async () => {
    const ui = await render();
    await ui.type('#seed-t0-table', 'ordrs');
    extra = (r) =>
      r.url.endsWith('/seed/plan')
        ? problem(400, 'The seed plan is not valid: no table ordrs in the schema', [
            { field: 'tables.ordrs', message: 'no table ordrs in the schema' },
          ])
        : undefined;
    await ui.click('Plan');
    expect(ui.$('#seed-t0-table-error').textContent).toContain('no table ordrs in the schema');
    expect(ui.$('[data-testid="unplaced-problems"]')).toBeNull();
  });

  it('names the plan that allows more rows (402) and links to pricing', async () => {
    const ui = await render();
    await ui.type('#seed-t0-table', 'customers');
    extra = (r) =>
      r.url.endsWith('/seed/plan')
        ? reply(
            {
              status: 402,
              code: 'PLAN_REQUIRED',
              detail: 'Your starter plan allows 10000 rows per seed job; the pro plan allows more',
              requiredPlan: 'pro',
              currentPlan: 'starter',
            },
            402,
          )
        : undefined;
    await ui.click('Plan');
    const alert = ui.$('[data-testid="plan-required"]');
    expect(alert.textContent).toContain('Needs the Pro plan');
    expect(alert.textContent).toContain('allows 10000 rows per seed job');
    expect(alert.querySelector('a')?.getAttribute('href')).toBe('/pricing');
  });

  it('previews 10 rows per table in tabs that arrows move between', async () => {
    const ui = await render();
    await ui.type('#seed-t0-table', 'customers');
    extra = (r) => (r.url.endsWith('/seed/preview') ? reply(seedPreview()) : undefined);
    ui.button('Preview').click();
    const answered = await ui.stable();
    expect(answered.map((r) => r.urlWithParams)).toContain('/api/projects/p1/seed/preview?rows=10');
    const panel = () => ui.$('[data-testid="preview-panel"]');
    expect(panel().getAttribute('data-table')).toBe('public.customers');
    expect(panel().querySelectorAll('[data-testid="preview-row"]')).toHaveLength(2);
    expect(panel().querySelector('[data-column="email"]')?.textContent).toContain(
      'abcdefgh@example.com',
    );
    expect(panel().querySelector('[data-kind="null"]')?.textContent).toBe('NULL');
    // The plan of the preview is shown too.
    expect(ui.$('[data-testid="seed-plan"]')).not.toBeNull();

    const tab = ui.$<HTMLButtonElement>('#preview-tab-0');
    tab.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await ui.stable();
    expect(ui.$('#preview-tab-1').getAttribute('aria-selected')).toBe('true');
    expect(panel().getAttribute('data-table')).toBe('public.orders');
    expect(panel().querySelectorAll('[data-testid="preview-row"]')).toHaveLength(3);
  });

  it('runs: follows the job live, then shows rows, speed, tables and integrity', async () => {
    const ui = await render();
    await ui.type('#seed-t0-table', 'customers');
    const started = job({
      id: 'j9',
      service: 'generation',
      type: 'generation.seed',
      label: 'Seed 300 rows',
    });
    extra = (r) => (r.url.endsWith('/seed/runs') ? reply(started, 202) : undefined);
    ui.button('Run').click();
    const answered = await ui.stable();
    expect(posts(answered, '/seed/runs')[0].body).toMatchObject({
      connectionId: 'c1',
      snapshotId: 's1',
      tables: [{ table: 'customers', rows: 100 }],
      mode: 'append',
    });
    const card = () => ui.$('[data-testid="seed-run"]');
    expect(card().querySelector('app-job-card')?.getAttribute('data-status')).toBe('pending');
    expect(ui.button('Run').disabled).toBe(true);

    streams
      .get('j9')!
      .next({ ...started, status: 'running', progress: 0.5, message: 'Writing public.customers' });
    await ui.stable();
    expect(card().querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('50');
    expect(card().textContent).toContain('Writing public.customers');
    expect(card().querySelector('button[aria-label="Cancel Seed 300 rows"]')).not.toBeNull();

    streams.get('j9')!.next({ ...started, status: 'done', progress: 1, result: seedResult() });
    await ui.stable();
    expect(card().querySelector('[data-testid="result-rows"]')?.textContent?.trim()).toBe('300');
    expect(card().querySelector('[data-testid="result-speed"]')?.textContent).toContain(
      '200 rows/s',
    );
    expect(card().querySelector('[data-result-table="public.orders"]')?.textContent).toContain(
      '200',
    );
    const integrity = card().querySelector('[data-testid="integrity"]')!;
    expect(integrity.getAttribute('data-passed')).toBe('true');
    expect(integrity.textContent).toContain('12 constraints checked, no violations');
    expect(integrity.querySelector('[data-testid="skipped"]')?.textContent).toContain(
      'orders_check',
    );
    expect(ui.button('Run').disabled).toBe(false);
  });

  it('asks before a truncate run and sends nothing when cancelled', async () => {
    const ask = vi.spyOn(TestBed.inject(ConfirmService), 'ask').mockResolvedValue(false);
    const ui = await render();
    await ui.type('#seed-t0-table', 'customers');
    const truncate = ui.$<HTMLInputElement>('input[type="radio"][value="truncate"]');
    truncate.click();
    await ui.stable();
    expect(ui.$('[data-testid="truncate-warning"]')).not.toBeNull();
    ui.button('Run').click();
    let answered = await ui.stable();
    expect(ask).toHaveBeenCalledWith(
      expect.objectContaining({ tone: 'danger', confirmText: 'Delete rows and seed' }),
    );
    expect(ask.mock.calls[0][0].message).toContain('deletes every row of customers');
    expect(posts(answered, '/seed/runs')).toEqual([]);

    ask.mockResolvedValue(true);
    extra = (r) =>
      r.url.endsWith('/seed/runs')
        ? reply(job({ id: 'j2', type: 'generation.seed' }), 202)
        : undefined;
    ui.button('Run').click();
    answered = await ui.stable();
    expect(posts(answered, '/seed/runs')[0].body).toMatchObject({ mode: 'truncate' });
  });

  it('draws a new seed', async () => {
    const ui = await render();
    const before = ui.$('#seed-seed').value;
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    await ui.click('New seed');
    expect(ui.$('#seed-seed').value).not.toBe(before);
    expect(ui.$('#seed-seed').value).toBe(String(Math.floor(0.5 * 2_147_483_647) + 1));
  });

  it('switches tabs with the arrow keys and keeps the studio’s state', async () => {
    const ui = await render();
    await ui.type('#seed-t0-table', 'customers');
    ui.$('#seed-tab-studio').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }),
    );
    const answered = await ui.stable();
    expect(answered.map((r) => r.url)).toContain('/api/projects/p1/seed/history');
    expect(ui.$('#seed-tab-history').getAttribute('aria-selected')).toBe('true');
    expect(ui.$<HTMLElement>('#seed-panel-studio').hidden).toBe(true);
    expect(ui.$<HTMLElement>('#seed-panel-history').hidden).toBe(false);
    await ui.click('Studio');
    expect(ui.$('#seed-t0-table').value).toBe('customers');
  });

  it('saves the studio as a template: the editor gets the spec and its numbers', async () => {
    const ui = await render();
    await ui.type('#seed-t0-table', 'public.customers');
    await ui.click('Save as template');
    expect(ui.$('#seed-tab-templates').getAttribute('aria-selected')).toBe('true');
    const editor = ui.$('[data-testid="template-editor"]');
    expect(editor).not.toBeNull();
    const spec = JSON.parse(ui.$<HTMLTextAreaElement>('#tpl-spec').value);
    expect(spec).toEqual({
      connectionId: 'c1',
      seed: 42,
      locale: 'en',
      includeParents: true,
      tables: [{ table: 'public.customers', rows: 100 }],
      mode: 'append',
      verify: true,
    });
    expect(editor.querySelector('[data-testid="template-slots"]')?.textContent).toContain(
      'Rows of public.customers',
    );
  });

  it('hides running and templates from read-only members', async () => {
    TestBed.inject(ProjectsService).get('p1').subscribe();
    http.expectOne('/api/projects/p1').flush(project({ ownerId: 'u9', permission: 'read' }));
    const ui = await render();
    const labels = [...ui.el.querySelectorAll('[data-testid="seed-actions"] button')].map((b) =>
      b.textContent?.trim(),
    );
    expect(labels.some((l) => l?.startsWith('Run'))).toBe(false);
    expect(labels.some((l) => l?.includes('Save as template'))).toBe(false);
    expect(ui.$('[data-testid="seed-actions"]').textContent).toContain('read access');
  });
});
