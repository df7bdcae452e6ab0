import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { PLANS_FIXTURE } from '../../testing/fixtures';
import { problemInterceptor } from '../interceptors/problem.interceptor';
import { AccountService } from './account.service';
import { ActivityService } from './activity.service';
import { GovernanceService } from './governance.service';
import { PlansService } from './plans.service';
import { ProjectConfigService } from './project-config.service';
import { ProjectMembersService } from './project-members.service';
import { TeamsService } from './teams.service';

describe('API services', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('PlansService sorts by rank, caches, and asks again after a failure', async () => {
    const plans = TestBed.inject(PlansService);
    const failed = firstValueFrom(plans.catalogue());
    http.expectOne('/api/plans').flush(null, { status: 503, statusText: 'Unavailable' });
    await expect(failed).rejects.toMatchObject({ status: 503 });

    const first = firstValueFrom(plans.catalogue());
    http.expectOne('/api/plans').flush(PLANS_FIXTURE);
    expect((await first).map((p) => p.id)).toEqual(['starter', 'pro', 'enterprise']);
    await firstValueFrom(plans.catalogue());
    http.expectNone('/api/plans');
  });

  it('TeamsService speaks /api/teams', () => {
    const teams = TestBed.inject(TeamsService);
    teams.list().subscribe();
    http.expectOne({ method: 'GET', url: '/api/teams' }).flush([]);
    teams.create('Data').subscribe();
    expect(http.expectOne({ method: 'POST', url: '/api/teams' }).request.body).toEqual({
      name: 'Data',
    });
    teams.rename('t 1', 'New').subscribe();
    expect(http.expectOne({ method: 'PATCH', url: '/api/teams/t%201' }).request.body).toEqual({
      name: 'New',
    });
    teams.addMember('t1', 'a@example.test', 'qa').subscribe();
    expect(http.expectOne({ method: 'POST', url: '/api/teams/t1/members' }).request.body).toEqual({
      email: 'a@example.test',
      role: 'qa',
    });
    teams.changeRole('t1', 'u2', 'admin').subscribe();
    expect(
      http.expectOne({ method: 'PATCH', url: '/api/teams/t1/members/u2' }).request.body,
    ).toEqual({
      role: 'admin',
    });
    teams.removeMember('t1', 'u2').subscribe();
    http.expectOne({ method: 'DELETE', url: '/api/teams/t1/members/u2' }).flush(null);
    teams.remove('t1').subscribe();
    http.expectOne({ method: 'DELETE', url: '/api/teams/t1' }).flush(null);
  });

  it('ProjectMembersService and ProjectConfigService speak /api/projects/{id}/…', () => {
    const members = TestBed.inject(ProjectMembersService);
    members.list('p1').subscribe();
    http
      .expectOne({ method: 'GET', url: '/api/projects/p1/members' })
      .flush({ members: [], invitations: [] });
    members.invite('p1', 'c@example.test', 'write').subscribe();
    expect(
      http.expectOne({ method: 'POST', url: '/api/projects/p1/members' }).request.body,
    ).toEqual({
      email: 'c@example.test',
      permission: 'write',
    });
    members.change('p1', 'u2', 'admin').subscribe();
    expect(
      http.expectOne({ method: 'PATCH', url: '/api/projects/p1/members/u2' }).request.body,
    ).toEqual({ permission: 'admin' });
    members.remove('p1', 'u2').subscribe();
    http.expectOne({ method: 'DELETE', url: '/api/projects/p1/members/u2' }).flush(null);
    members.cancelInvitation('p1', 'i1').subscribe();
    http.expectOne({ method: 'DELETE', url: '/api/projects/p1/invitations/i1' }).flush(null);

    const config = TestBed.inject(ProjectConfigService);
    config.get('p1').subscribe();
    http.expectOne({ method: 'GET', url: '/api/projects/p1/config' }).flush({});
    const body = {
      environments: [{ name: 'prod', production: true, description: null }],
      defaults: {},
    };
    config.replace('p1', body).subscribe();
    expect(http.expectOne({ method: 'PUT', url: '/api/projects/p1/config' }).request.body).toEqual(
      body,
    );
  });

  it('ActivityService sends only the filters that are set', () => {
    TestBed.inject(ActivityService)
      .page('p1', {
        user: null,
        action: 'project.*',
        from: '2026-01-01T00:00:00.000Z',
        cursor: 'c2',
        limit: 25,
      })
      .subscribe();
    const req = http.expectOne((r) => r.url === '/api/projects/p1/activity');
    expect(req.request.params.keys().sort()).toEqual(['action', 'cursor', 'from', 'limit']);
    expect(req.request.params.get('action')).toBe('project.*');
    req.flush({ items: [], nextCursor: null });
  });

  it('AccountService: profile, password, sessions, deletion with a body, 2FA', () => {
    const account = TestBed.inject(AccountService);
    account.rename('Ada').subscribe();
    expect(http.expectOne({ method: 'PATCH', url: '/api/account/profile' }).request.body).toEqual({
      name: 'Ada',
    });
    account.changePassword({ currentPassword: 'a', newPassword: 'b' }).subscribe();
    http.expectOne({ method: 'POST', url: '/api/account/password' }).flush({ changed: true });
    account.revokeSession('s1').subscribe();
    http.expectOne({ method: 'DELETE', url: '/api/account/sessions/s1' }).flush(null);
    account.deleteAccount('pw', '123456').subscribe();
    expect(http.expectOne({ method: 'DELETE', url: '/api/account' }).request.body).toEqual({
      password: 'pw',
      code: '123456',
    });
    account.deleteAccount('pw').subscribe();
    expect(http.expectOne({ method: 'DELETE', url: '/api/account' }).request.body).toEqual({
      password: 'pw',
    });
    account.mfaSetup().subscribe();
    http.expectOne({ method: 'POST', url: '/api/account/2fa/setup' }).flush({});
    account.mfaEnable('123456').subscribe();
    expect(http.expectOne({ method: 'POST', url: '/api/account/2fa/enable' }).request.body).toEqual(
      {
        code: '123456',
      },
    );
    account.mfaDisable('pw', 'aaaa-bbbb').subscribe();
    expect(
      http.expectOne({ method: 'POST', url: '/api/account/2fa/disable' }).request.body,
    ).toEqual({
      password: 'pw',
      code: 'aaaa-bbbb',
    });
  });

  it('GovernanceService: search, update, stats, audit', () => {
    const governance = TestBed.inject(GovernanceService);
    governance.users('  ada ', 'c1').subscribe();
    const search = http.expectOne((r) => r.url === '/api/governance/users');
    expect(search.request.params.get('q')).toBe('ada');
    expect(search.request.params.get('cursor')).toBe('c1');
    search.flush({ items: [], nextCursor: null });
    governance.users('').subscribe();
    expect(http.expectOne((r) => r.url === '/api/governance/users').request.params.has('q')).toBe(
      false,
    );
    governance.updateUser('u2', { plan: 'pro' }).subscribe();
    expect(
      http.expectOne({ method: 'PATCH', url: '/api/governance/users/u2' }).request.body,
    ).toEqual({
      plan: 'pro',
    });
    governance.stats().subscribe();
    http.expectOne('/api/governance/stats').flush({});
    governance.audit({ outcome: 'denied' }).subscribe();
    expect(
      http.expectOne((r) => r.url === '/api/governance/audit').request.params.get('outcome'),
    ).toBe('denied');
  });
});
