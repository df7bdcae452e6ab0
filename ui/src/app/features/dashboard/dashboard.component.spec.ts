import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpRequest } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Subject, of, throwError } from 'rxjs';
import { Job, ProjectConfig } from '../../core/models';
import { problemInterceptor } from '../../core/interceptors/problem.interceptor';
import { AuthService } from '../../core/services/auth.service';
import { JobsService } from '../../core/services/jobs.service';
import { ApiError } from '../../core/utils/api-error';
import { Reply, Responder, problem, reply, settle } from '../../testing/fake-api';
import { USER, auditEntry, authStub, job, member, project, team } from '../../testing/fixtures';
import { connection } from '../../testing/schema-fixtures';
import { latestSnapshotOf } from './components/project-contents.component';
import { DashboardComponent } from './dashboard.component';

const CONFIG: ProjectConfig = {
  projectId: 'p1',
  environments: [
    { name: 'dev', production: false, description: null },
    { name: 'prod', production: true, description: 'Live shop' },
  ],
  defaults: {},
  updatedAt: '2026-01-03T10:00:00Z',
  updatedBy: USER.id,
};

const CONNECTIONS = [
  connection({
    id: 'c1',
    name: 'Shop',
    lastSnapshot: { id: 's-old', capturedAt: '2026-01-02T10:00:00Z', tableCount: 12 },
  }),
  connection({
    id: 'c2',
    name: 'Billing',
    environment: 'production',
    lastSnapshot: { id: 's-new', capturedAt: '2026-01-05T09:30:00Z', tableCount: 40 },
  }),
  connection({ id: 'c3', name: 'Scratch', lastSnapshot: null }),
];

describe('DashboardComponent', () => {
  let http: HttpTestingController;
  let jobsService: Record<string, ReturnType<typeof vi.fn>>;
  let streams: Map<string, Subject<Job>>;

  beforeEach(() => {
    streams = new Map();
    jobsService = {
      list: vi.fn().mockReturnValue(of([])),
      get: vi.fn(),
      cancel: vi.fn(),
      startSelfTest: vi.fn(),
      stream: vi.fn((_p: string, id: string) => {
        const subject = new Subject<Job>();
        streams.set(id, subject);
        return subject.asObservable();
      }),
    };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
        { provide: AuthService, useValue: authStub() },
        { provide: JobsService, useValue: jobsService },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  /** The platform as the dashboard sees it; `overrides` replace answers by path. */
  function platform(overrides: Record<string, Reply> = {}): Responder {
    const answers: Record<string, Reply> = {
      '/api/projects/p1': reply(project({ teamId: 't1', permission: 'owner' })),
      '/api/projects/p1/members': reply({
        members: [
          member(),
          member({ userId: 'u2', email: 'ana@example.test', permission: 'read' }),
        ],
        invitations: [
          {
            id: 'i1',
            email: 'x@example.test',
            permission: 'write',
            invitedBy: USER.id,
            createdAt: '',
          },
        ],
      }),
      '/api/projects/p1/config': reply(CONFIG),
      '/api/projects/p1/connections': reply(CONNECTIONS),
      '/api/teams/t1': reply(team({ name: 'Data platform' })),
      '/api/projects/p1/activity': reply({ items: [auditEntry()], nextCursor: null }),
      ...overrides,
    };
    return (request: HttpRequest<unknown>) => answers[request.url];
  }

  async function render(respond: Responder = platform()) {
    const fixture = TestBed.createComponent(DashboardComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    fixture.detectChanges();
    const requests = await settle(http, () => fixture.whenStable(), respond);
    return { fixture, el: fixture.nativeElement as HTMLElement, requests };
  }

  const contents = (el: HTMLElement, part: string) =>
    (el.querySelector(`[data-testid="contents-${part}"] dd`)?.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
  const button = (el: HTMLElement, text: string) =>
    [...el.querySelectorAll('button')].find((b) => b.textContent?.includes(text));

  it('shows a loading state, then the project with its details', async () => {
    const fixture = TestBed.createComponent(DashboardComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    fixture.detectChanges();
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.textContent).toContain('Loading project…');
    await settle(http, () => fixture.whenStable(), platform());
    expect(el.querySelector('h1')?.textContent).toContain('Billing');
    expect(el.textContent).toContain('Invoices');
    const info = el.querySelector('[aria-labelledby="project-info-title"]')!;
    expect(info.textContent).toContain('Owner');
    expect(info.textContent).toContain('p1');
    expect(el.querySelector('[data-testid="jobs-panel"]')).not.toBeNull();
    expect(
      el.querySelector('[data-testid="recent-activity"] [data-action="project.created"]'),
    ).not.toBeNull();
    expect(jobsService['list']).toHaveBeenCalledWith('p1', { limit: 15 });
  });

  it('shows an error state with a retry when the project cannot be loaded', async () => {
    const { fixture, el } = await render(
      platform({ '/api/projects/p1': problem(503, 'Identity is unavailable.') }),
    );
    expect(el.querySelector('[role="alert"]')?.textContent).toContain(
      'The project could not be loaded',
    );
    expect(el.textContent).toContain('Identity is unavailable.');
    button(el, 'Try again')!.click();
    await settle(http, () => fixture.whenStable(), platform());
    expect(el.querySelector('h1')?.textContent).toContain('Billing');
  });

  it('summarises what the project has: team, members, environments, connections, snapshot', async () => {
    const { el, requests } = await render();
    expect(requests.map((r) => r.url)).toEqual(
      expect.arrayContaining([
        '/api/projects/p1/members',
        '/api/projects/p1/config',
        '/api/projects/p1/connections',
        '/api/teams/t1',
      ]),
    );
    expect(contents(el, 'team')).toBe('Data platform');
    expect(el.querySelector('[data-testid="contents-team"] a')?.getAttribute('href')).toBe(
      '/teams/t1',
    );
    expect(contents(el, 'members')).toBe('2 members · 1 pending invitation');
    expect(el.querySelector('[data-testid="contents-members"] a')?.getAttribute('href')).toBe(
      '/projects/p1/members',
    );
    const envs = [...el.querySelectorAll('[data-environment]')];
    expect(envs.map((e) => e.getAttribute('data-environment'))).toEqual(['dev', 'prod']);
    expect(envs[1].textContent).toContain('(production)');
    expect(contents(el, 'connections')).toBe('3 connections');
    expect(el.querySelector('[data-testid="contents-connections"] a')?.getAttribute('href')).toBe(
      '/projects/p1/connections',
    );
    // The newest snapshot over every connection, linked to the schema viewer.
    expect(contents(el, 'snapshot')).toContain('40 tables · Billing');
    expect(el.querySelector('[data-testid="contents-snapshot"] a')?.getAttribute('href')).toBe(
      '/projects/p1/schema?connectionId=c2&snapshotId=s-new',
    );
    expect(button(el, 'Retry')).toBeUndefined();
  });

  it('says what is missing in an empty personal project', async () => {
    const { el, requests } = await render(
      platform({
        '/api/projects/p1': reply(project({ teamId: null, permission: 'owner' })),
        '/api/projects/p1/members': reply({ members: [member()], invitations: [] }),
        '/api/projects/p1/config': reply({ ...CONFIG, environments: [], updatedAt: null }),
        '/api/projects/p1/connections': reply([]),
      }),
    );
    expect(requests.some((r) => r.url.startsWith('/api/teams'))).toBe(false);
    expect(contents(el, 'team')).toBe('Personal project');
    expect(contents(el, 'members')).toBe('1 member');
    expect(contents(el, 'environments')).toBe('None configured · Add environments');
    expect(contents(el, 'connections')).toBe('None yet');
    expect(contents(el, 'snapshot')).toBe('None captured yet');
  });

  it('keeps each part of the summary on its own when a service fails, and retries the failed ones', async () => {
    const { fixture, el } = await render(
      platform({
        '/api/projects/p1/config': problem(503, 'Identity is down.'),
        '/api/projects/p1/connections': problem(502, 'Introspection is down.'),
      }),
    );
    expect(contents(el, 'team')).toBe('Data platform');
    expect(contents(el, 'members')).toContain('2 members');
    expect(contents(el, 'environments')).toBe('Unavailable');
    expect(contents(el, 'connections')).toBe('Unavailable');
    expect(contents(el, 'snapshot')).toBe('Unavailable');
    expect(
      el.querySelector('[data-testid="contents-connections"] [title]')?.getAttribute('title'),
    ).toBe('Introspection is down.');
    // The rest of the dashboard is unaffected.
    expect(el.querySelector('[data-testid="selftest"]')).not.toBeNull();

    button(el, 'Retry')!.click();
    const again = await settle(http, () => fixture.whenStable(), platform());
    expect(again.map((r) => r.url).sort()).toEqual([
      '/api/projects/p1/config',
      '/api/projects/p1/connections',
    ]);
    expect(contents(el, 'environments')).toContain('prod');
    expect(contents(el, 'connections')).toBe('3 connections');
    expect(button(el, 'Retry')).toBeUndefined();
  });

  it('names a team the caller is not in without calling it a failure', async () => {
    const { el } = await render(
      platform({
        '/api/projects/p1': reply(project({ ownerId: 'u9', teamId: 't1', permission: 'read' })),
        '/api/teams/t1': problem(404, 'Team not found.'),
      }),
    );
    expect(contents(el, 'team')).toBe('A team you are not a member of');
    expect(button(el, 'Retry')).toBeUndefined();
  });

  it('keeps owner-only and admin-only actions from read members', async () => {
    const { el } = await render(
      platform({
        '/api/projects/p1': reply(project({ ownerId: 'u9', teamId: null, permission: 'read' })),
        '/api/projects/p1/config': reply({ ...CONFIG, environments: [] }),
      }),
    );
    expect(el.querySelector('[aria-labelledby="project-info-title"]')?.textContent).toContain(
      'Read',
    );
    expect(button(el, 'Edit details')).toBeUndefined();
    expect(contents(el, 'environments')).toBe('None configured');
  });

  it('edits the project details as owner', async () => {
    const { fixture, el } = await render();
    button(el, 'Edit details')!.click();
    await fixture.whenStable();
    const name = el.querySelector('#edit-name') as HTMLInputElement;
    expect(name.value).toBe('Billing');
    name.value = '  ';
    name.dispatchEvent(new Event('input'));
    button(el, 'Save')!.click();
    await fixture.whenStable();
    expect(el.querySelector('#name-error')?.textContent).toContain('Name');
    http.expectNone((r) => r.method === 'PATCH');

    name.value = 'Billing v2';
    name.dispatchEvent(new Event('input'));
    button(el, 'Save')!.click();
    const saved = await settle(
      http,
      () => fixture.whenStable(),
      (r) =>
        r.method === 'PATCH'
          ? reply(project({ name: 'Billing v2', permission: 'owner' }))
          : undefined,
    );
    expect(saved[0].body).toEqual({ name: 'Billing v2', description: 'Invoices' });
    expect(el.querySelector('h1')?.textContent).toContain('Billing v2');
    expect(el.querySelector('#edit-name')).toBeNull();
  });

  it('validates the self-test form, starts the job and follows it', async () => {
    const { fixture, el } = await render();
    expect(el.textContent).toContain('No self-test has run in this project yet.');
    const steps = el.querySelector('#selftest-steps') as HTMLInputElement;
    steps.value = '0';
    steps.dispatchEvent(new Event('input'));
    button(el, 'Run pipeline self-test')!.click();
    await fixture.whenStable();
    expect(el.querySelector('#steps-error')?.textContent).toContain('Steps must be at least 1.');
    expect(jobsService['startSelfTest']).not.toHaveBeenCalled();

    steps.value = '5';
    steps.dispatchEvent(new Event('input'));
    const started = job({ id: 'st1', label: 'Pipeline self-test (5 steps)', status: 'pending' });
    jobsService['startSelfTest'].mockReturnValue(of(started));
    button(el, 'Run pipeline self-test')!.click();
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(
        el.querySelector('[data-testid="selftest-job"] app-job-card')?.getAttribute('data-job-id'),
      ).toBe('st1');
    });
    expect(jobsService['startSelfTest']).toHaveBeenCalledWith('p1', { steps: 5, stepMillis: 250 });
    // One run at a time.
    expect((button(el, 'Run pipeline self-test') as HTMLButtonElement).disabled).toBe(true);

    streams.get('st1')!.next({ ...started, status: 'done', progress: 1 });
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(el.textContent).toContain('The job pipeline works end to end.');
    });
    // A finished self-test refreshes the recent activity (its requests are in the log now).
    const refreshed = await settle(http, () => fixture.whenStable(), platform());
    expect(refreshed.map((r) => r.url)).toEqual(['/api/projects/p1/activity']);
  });

  it('explains why the self-test did not start', async () => {
    const { fixture, el } = await render();
    jobsService['startSelfTest'].mockReturnValue(
      throwError(() => new ApiError('Workers are offline.', 503)),
    );
    button(el, 'Run pipeline self-test')!.click();
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(el.querySelector('[role="alert"]')?.textContent).toContain('Workers are offline.');
    });
    expect((button(el, 'Run pipeline self-test') as HTMLButtonElement).disabled).toBe(false);
  });
});

describe('latestSnapshotOf', () => {
  it('picks the newest snapshot over every connection', () => {
    expect(latestSnapshotOf([])).toBeNull();
    expect(latestSnapshotOf([connection()])).toBeNull();
    expect(latestSnapshotOf(CONNECTIONS)).toEqual({
      id: 's-new',
      capturedAt: '2026-01-05T09:30:00Z',
      tableCount: 40,
      connectionId: 'c2',
      connectionName: 'Billing',
    });
  });
});
