import { HttpRequest, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Subject, of } from 'rxjs';
import { problemInterceptor } from '../../core/interceptors/problem.interceptor';
import { Job, SeedHistoryEntry, SeedSpec } from '../../core/models';
import { ConfirmService } from '../../core/services/confirm.service';
import { JobsService } from '../../core/services/jobs.service';
import { Reply, problem, reply, settle } from '../../testing/fake-api';
import { job } from '../../testing/fixtures';
import { connection } from '../../testing/schema-fixtures';
import { historyEntry } from '../../testing/seed-fixtures';
import { ProjectJobsStore } from '../dashboard/project-jobs.store';
import { SeedHistoryComponent } from './seed-history.component';

describe('SeedHistoryComponent', () => {
  let http: HttpTestingController;
  let streams: Map<string, Subject<Job>>;
  let entries: SeedHistoryEntry[] | Reply;
  let extra: (request: HttpRequest<unknown>) => Reply | undefined;

  const respond = (request: HttpRequest<unknown>): Reply | undefined => {
    const answer = extra(request);
    if (answer) return answer;
    if (request.url === '/api/projects/p1/seed/history')
      return Array.isArray(entries) ? reply(entries) : entries;
    const one = /\/seed\/history\/(.+)$/.exec(request.url);
    if (one && Array.isArray(entries)) return reply(entries.find((e) => e.id === one[1]));
    return undefined;
  };

  beforeEach(async () => {
    streams = new Map();
    extra = () => undefined;
    entries = [
      historyEntry({
        id: 'h2',
        status: 'running',
        outcome: null,
        tables: [],
        startedAt: '2026-01-04T10:00:00Z',
        finishedAt: null,
        integrity: null,
      }),
      historyEntry(),
      historyEntry({
        id: 'h0',
        status: 'error',
        outcome: 'rolled back',
        connectionId: 'gone',
        error: 'The integrity check failed, nothing was kept: orders_fk',
        integrity: JSON.stringify({
          checked: 4,
          violations: [
            {
              table: { schema: 'public', name: 'orders' },
              constraint: 'orders_fk',
              kind: 'FOREIGN_KEY',
              rows: 3,
            },
          ],
          skipped: [],
        }),
        request: JSON.stringify({
          connectionId: 'c1',
          tables: [{ table: 'orders', rows: 5 }],
          mode: 'truncate',
        }),
      }),
    ];
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
        ProjectJobsStore,
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
    await TestBed.inject(ProjectJobsStore).load('p1');
  });

  async function render({ active = true, canWrite = true } = {}) {
    const fixture = TestBed.createComponent(SeedHistoryComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    fixture.componentRef.setInput('active', active);
    fixture.componentRef.setInput('canWrite', canWrite);
    fixture.componentRef.setInput('connections', [connection()]);
    const opened: SeedSpec[] = [];
    fixture.componentInstance.openInStudio.subscribe((spec) => opened.push(spec));
    const el = fixture.nativeElement as HTMLElement;
    const stable = () => settle(http, () => fixture.whenStable(), respond);
    const answered = await stable();
    const $ = <T extends Element = HTMLElement>(s: string) => el.querySelector(s) as T;
    const button = (text: string, root: ParentNode = el) => {
      const found = [...root.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === text || b.getAttribute('aria-label') === text,
      );
      if (!found) throw new Error(`no button "${text}"`);
      return found;
    };
    return { fixture, el, $, button, stable, answered, opened };
  }

  it('loads only once the tab is shown, then lists runs with status and outcome', async () => {
    const ui = await render({ active: false });
    expect(ui.answered).toEqual([]);
    ui.fixture.componentRef.setInput('active', true);
    const answered = await ui.stable();
    expect(answered.map((r) => r.urlWithParams)).toEqual([
      '/api/projects/p1/seed/history?limit=50',
    ]);
    const rows = ui.el.querySelectorAll('[data-testid="history-row"]');
    expect(rows).toHaveLength(3);
    expect(rows[0].getAttribute('data-status')).toBe('running');
    expect(rows[0].querySelector('[data-testid="outcome"]')?.textContent?.trim()).toBe(
      'in progress',
    );
    expect(rows[1].querySelector('[data-testid="job-status"]')?.textContent?.trim()).toBe('Done');
    expect(rows[1].querySelector('[data-testid="outcome"]')?.textContent?.trim()).toBe('committed');
    expect(rows[1].textContent).toContain('Shop');
    expect(rows[2].querySelector('[data-testid="job-status"]')?.textContent?.trim()).toBe('Error');
    expect(rows[2].querySelector('[data-testid="outcome"]')?.textContent?.trim()).toBe(
      'rolled back',
    );
    expect(rows[2].textContent).toContain('Removed connection');

    // A seed job that ended elsewhere (refresh bumped): loaded again.
    ui.fixture.componentRef.setInput('refresh', 1);
    expect((await ui.stable()).map((r) => r.url)).toEqual(['/api/projects/p1/seed/history']);
  });

  it('shows the empty and the error state', async () => {
    entries = [];
    let ui = await render();
    expect(ui.el.textContent).toContain('No seed runs yet');
    ui.fixture.destroy();
    entries = problem(503, 'The generation service is not available');
    ui = await render();
    expect(ui.el.querySelector('[role="alert"]')?.textContent).toContain(
      'The generation service is not available',
    );
    entries = [historyEntry()];
    ui.button('Try again').click();
    await ui.stable();
    expect(ui.el.querySelectorAll('[data-testid="history-row"]')).toHaveLength(1);
  });

  it('opens a run in a drawer: request, tables, integrity; Escape closes it', async () => {
    const ui = await render();
    const details = ui.el.querySelectorAll<HTMLButtonElement>(
      '[data-testid="history-row"] button',
    )[2];
    details.focus();
    details.click();
    const answered = await ui.stable();
    expect(answered.map((r) => r.url)).toEqual(['/api/projects/p1/seed/history/h0']);
    const drawer = ui.$('[data-testid="history-detail"]');
    expect(drawer.getAttribute('role')).toBe('dialog');
    expect(document.activeElement?.id).toBe('history-detail-title');
    expect(drawer.querySelector('[data-testid="history-error"]')?.textContent).toContain(
      'orders_fk',
    );
    expect(drawer.querySelector('[data-testid="history-request"]')?.textContent).toContain(
      '"mode": "truncate"',
    );
    const integrity = drawer.querySelector('[data-testid="integrity"]')!;
    expect(integrity.getAttribute('data-passed')).toBe('false');
    expect(integrity.querySelector('[data-testid="violations"]')?.textContent).toContain(
      'public.orders',
    );
    expect(integrity.textContent).toContain('1 violation');

    drawer.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await ui.stable();
    expect(ui.$('[data-testid="history-detail"]')).toBeNull();
    expect(document.activeElement).toBe(details);
  });

  it('runs a run again with its stored request and follows the new job', async () => {
    const ui = await render();
    ui.el.querySelectorAll<HTMLButtonElement>('[data-testid="history-row"] button')[1].click();
    await ui.stable();
    const started = job({ id: 'j5', type: 'generation.seed', label: 'Seed again' });
    extra = (r) => (r.method === 'POST' ? reply(started, 202) : undefined);
    ui.button('Run again', ui.$('[data-testid="history-detail"]')).click();
    const answered = await ui.stable();
    const post = answered.find((r) => r.method === 'POST')!;
    expect(post.url).toBe('/api/projects/p1/seed/runs');
    expect(post.body).toEqual(JSON.parse(historyEntry().request!));
    expect(ui.$('[data-testid="history-detail"]')).toBeNull();
    expect(ui.$('[data-testid="again-job"] app-job-card')?.getAttribute('data-status')).toBe(
      'pending',
    );
    streams.get('j5')!.next({ ...started, status: 'running', progress: 0.25 });
    await ui.stable();
    expect(
      ui.$('[data-testid="again-job"] [role="progressbar"]')?.getAttribute('aria-valuenow'),
    ).toBe('25');
  });

  it('asks before running a truncate run again, and loads a run into the studio', async () => {
    const ask = vi.spyOn(TestBed.inject(ConfirmService), 'ask').mockResolvedValue(false);
    const ui = await render();
    ui.el.querySelectorAll<HTMLButtonElement>('[data-testid="history-row"] button')[2].click();
    await ui.stable();
    ui.button('Run again', ui.$('[data-testid="history-detail"]')).click();
    const answered = await ui.stable();
    expect(ask).toHaveBeenCalled();
    expect(answered.filter((r) => r.method === 'POST')).toEqual([]);

    ui.button('Open in studio').click();
    await ui.stable();
    expect(ui.opened).toEqual([
      { connectionId: 'c1', tables: [{ table: 'orders', rows: 5 }], mode: 'truncate' },
    ]);
    expect(ui.$('[data-testid="history-detail"]')).toBeNull();
  });

  it('offers no re-run to read-only members', async () => {
    const ui = await render({ canWrite: false });
    ui.el.querySelectorAll<HTMLButtonElement>('[data-testid="history-row"] button')[1].click();
    await ui.stable();
    const drawer = ui.$('[data-testid="history-detail"]');
    expect(
      [...drawer.querySelectorAll('button')].some((b) => b.textContent?.includes('Run again')),
    ).toBe(false);
  });
});
