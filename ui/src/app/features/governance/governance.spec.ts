import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { problemInterceptor } from '../../core/interceptors/problem.interceptor';
import { GovernedUser } from '../../core/models';
import { AuthService } from '../../core/services/auth.service';
import { ConfirmService } from '../../core/services/confirm.service';
import { USER, auditEntry, authStub } from '../../testing/fixtures';
import { GovernanceAuditComponent } from './governance-audit.component';
import { GovernanceStatsComponent } from './governance-stats.component';
import { GovernanceUsersComponent } from './governance-users.component';

let http: HttpTestingController;

beforeEach(() => {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(withInterceptors([problemInterceptor])),
      provideHttpClientTesting(),
      { provide: AuthService, useValue: authStub({ ...USER, id: 'g1', role: 'super_admin' }) },
    ],
  });
  http = TestBed.inject(HttpTestingController);
});

function governed(overrides: Partial<GovernedUser> = {}): GovernedUser {
  return {
    id: 'u1',
    email: 'dev@example.test',
    name: 'Dev',
    role: 'dev',
    plan: 'starter',
    enabled: true,
    emailVerified: true,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

describe('GovernanceUsersComponent', () => {
  async function render() {
    const fixture = TestBed.createComponent(GovernanceUsersComponent);
    fixture.detectChanges();
    http
      .expectOne((r) => r.url === '/api/governance/users')
      .flush({
        items: [governed(), governed({ id: 'g1', email: 'gov@example.test', role: 'super_admin' })],
        nextCursor: 'c2',
      });
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('searches, pages, and changes a plan', async () => {
    const { fixture, el } = await render();
    expect(el.querySelector('label[for="user-search"]')).not.toBeNull();
    expect((el.querySelector('#role-g1') as HTMLSelectElement).disabled).toBe(true); // yourself

    const plan = el.querySelector('#plan-u1') as HTMLSelectElement;
    plan.value = 'pro';
    plan.dispatchEvent(new Event('change'));
    const patch = http.expectOne({ method: 'PATCH', url: '/api/governance/users/u1' });
    expect(patch.request.body).toEqual({ plan: 'pro' });
    patch.flush(governed({ plan: 'pro' }));
    await fixture.whenStable();

    [...el.querySelectorAll('button')].find((b) => b.textContent?.includes('Load more'))!.click();
    const more = http.expectOne((r) => r.url === '/api/governance/users');
    expect(more.request.params.get('cursor')).toBe('c2');
    more.flush({ items: [governed({ id: 'u3', email: 'old@example.test' })], nextCursor: null });
    await fixture.whenStable();
    expect(el.querySelectorAll('tbody tr')).toHaveLength(3);

    const search = el.querySelector('#user-search') as HTMLInputElement;
    search.value = 'old';
    search.dispatchEvent(new Event('input'));
    (el.querySelector('form[role="search"] button[type="submit"]') as HTMLButtonElement).click();
    const req = http.expectOne((r) => r.url === '/api/governance/users');
    expect(req.request.params.get('q')).toBe('old');
    expect(req.request.params.has('cursor')).toBe(false);
    req.flush({ items: [], nextCursor: null });
    await fixture.whenStable();
    expect(el.textContent).toContain('No account matches “old”');
  });

  it('disables an account after confirmation and restores a refused role change', async () => {
    const ask = vi.spyOn(TestBed.inject(ConfirmService), 'ask').mockResolvedValue(true);
    const { fixture, el } = await render();
    [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Disable')!.click();
    await vi.waitFor(() => expect(ask).toHaveBeenCalled());
    const patch = await vi.waitFor(() =>
      http.expectOne({ method: 'PATCH', url: '/api/governance/users/u1' }),
    );
    expect(patch.request.body).toEqual({ enabled: false });
    patch.flush(governed({ enabled: false }));
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(el.querySelector('[data-user="dev@example.test"]')?.textContent).toContain('Disabled');
    });

    const role = el.querySelector('#role-u1') as HTMLSelectElement;
    role.value = 'admin';
    role.dispatchEvent(new Event('change'));
    http
      .expectOne({ method: 'PATCH', url: '/api/governance/users/u1' })
      .flush({ detail: 'Nope.' }, { status: 409, statusText: 'Conflict' });
    await vi.waitFor(() => expect(role.value).toBe('dev'));
  });
});

describe('GovernanceStatsComponent', () => {
  it('shows the platform counts', async () => {
    const fixture = TestBed.createComponent(GovernanceStatsComponent);
    fixture.detectChanges();
    expect(fixture.nativeElement.textContent).toContain('Loading statistics');
    http.expectOne('/api/governance/stats').flush({
      users: {
        total: 12,
        enabled: 11,
        disabled: 1,
        verified: 10,
        withMfa: 3,
        byRole: { dev: 10, super_admin: 2 },
        byPlan: { starter: 12 },
      },
      projects: 7,
      teams: 2,
      connections: 0,
      connectionsNote: 'Counted once introspection reports them.',
      jobsByStatus: { done: 5 },
    });
    await fixture.whenStable();
    const text = fixture.nativeElement.textContent as string;
    expect(text).toContain('11 enabled, 1 disabled');
    expect(text).toContain('Counted once introspection reports them.');
    expect(text).toContain('super admin');
    expect(fixture.nativeElement.querySelectorAll('[data-testid="stats"] > div')).toHaveLength(6);
  });

  it('says the connection count is unavailable when introspection did not answer', async () => {
    const fixture = TestBed.createComponent(GovernanceStatsComponent);
    fixture.detectChanges();
    http.expectOne('/api/governance/stats').flush({
      users: { total: 1, enabled: 1, disabled: 0, verified: 1, withMfa: 0, byRole: {}, byPlan: {} },
      projects: 1,
      teams: 0,
      connections: null,
      connectionsNote: 'introspection did not answer',
      jobsByStatus: {},
    });
    await fixture.whenStable();
    fixture.detectChanges();
    const text = fixture.nativeElement.textContent as string;
    expect(text).toContain('Unavailable');
    expect(text).toContain('introspection did not answer');
  });
});

describe('GovernanceAuditComponent', () => {
  it('filters the platform audit log and checks ids before asking', async () => {
    const fixture = TestBed.createComponent(GovernanceAuditComponent);
    fixture.detectChanges();
    http
      .expectOne((r) => r.url === '/api/governance/audit')
      .flush({ items: [auditEntry()], nextCursor: null });
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('[data-testid="audit-entry"]')?.textContent).toContain('p1');

    const user = el.querySelector('#audit-user') as HTMLInputElement;
    user.value = 'not-a-uuid';
    user.dispatchEvent(new Event('input'));
    (el.querySelector('form[role="search"] button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('User id');
    http.expectNone((r) => r.url === '/api/governance/audit');

    user.value = '';
    user.dispatchEvent(new Event('input'));
    const outcome = el.querySelector('#audit-outcome') as HTMLSelectElement;
    outcome.value = 'denied';
    outcome.dispatchEvent(new Event('change'));
    (el.querySelector('form[role="search"] button[type="submit"]') as HTMLButtonElement).click();
    const req = http.expectOne((r) => r.url === '/api/governance/audit');
    expect(req.request.params.get('outcome')).toBe('denied');
    expect(req.request.params.has('user')).toBe(false);
  });
});
