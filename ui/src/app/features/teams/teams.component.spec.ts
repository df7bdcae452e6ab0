import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { problemInterceptor } from '../../core/interceptors/problem.interceptor';
import { AuthService } from '../../core/services/auth.service';
import { ConfirmService } from '../../core/services/confirm.service';
import { USER, authStub, project, team, teamMember } from '../../testing/fixtures';
import { TeamDetailComponent } from './team-detail.component';
import { TeamSettingsComponent } from './team-settings.component';
import { TeamsComponent } from './teams.component';

function setup(role: 'dev' | 'viewer' = 'dev') {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(withInterceptors([problemInterceptor])),
      provideHttpClientTesting(),
      { provide: AuthService, useValue: authStub({ ...USER, role }) },
    ],
  });
  return TestBed.inject(HttpTestingController);
}

const type = (el: HTMLElement, selector: string, value: string) => {
  const input = el.querySelector(selector) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
};

describe('TeamsComponent', () => {
  it('lists teams, shows the empty state, and creates a team', async () => {
    const http = setup();
    const fixture = TestBed.createComponent(TeamsComponent);
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.textContent).toContain('Loading teams');
    http.expectOne('/api/teams').flush([]);
    await fixture.whenStable();
    expect(el.textContent).toContain('You are not in a team yet');

    expect(el.querySelector('label[for="team-name"]')?.textContent).toContain('Team name');
    type(el, '#team-name', ' Data platform ');
    (el.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    const req = http.expectOne({ method: 'POST', url: '/api/teams' });
    expect(req.request.body).toEqual({ name: 'Data platform' });
    req.flush(team(), { status: 201, statusText: 'Created' });
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(el.querySelector('[data-team-id="t1"]')?.textContent).toContain('Admin');
    });
  });

  it('explains that viewers cannot create teams', async () => {
    const http = setup('viewer');
    const fixture = TestBed.createComponent(TeamsComponent);
    fixture.detectChanges();
    http.expectOne('/api/teams').flush([team({ role: 'viewer', memberCount: 3 })]);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('#team-name')).toBeNull();
    expect(el.textContent).toContain('needs the Developer role');
    expect(el.textContent).toContain('3 members');
  });
});

describe('TeamDetailComponent', () => {
  const bo = teamMember({ userId: 'u2', email: 'bo@example.test', name: 'Bo', role: 'dev' });

  async function render(myRole: 'admin' | 'viewer') {
    const http = setup();
    const fixture = TestBed.createComponent(TeamDetailComponent);
    fixture.componentRef.setInput('teamId', 't1');
    fixture.detectChanges();
    await fixture.whenStable();
    http
      .expectOne('/api/teams/t1')
      .flush(team({ role: myRole, memberCount: 2, members: [teamMember({ role: myRole }), bo] }));
    http
      .expectOne('/api/projects')
      .flush([project({ teamId: 't1', name: 'Warehouse' }), project({ id: 'p2', name: 'Solo' })]);
    await fixture.whenStable();
    return { http, fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('gives team admins the member controls and lists the team projects', async () => {
    const { http, fixture, el } = await render('admin');
    expect(el.querySelector('#role-u2')).not.toBeNull();
    expect(el.querySelector('#role-u1')).toBeNull();
    expect(el.querySelector('a[href="/teams/t1/settings"]')).not.toBeNull();
    expect(el.textContent).toContain('Warehouse');
    expect(el.textContent).not.toContain('Solo');
    expect(el.querySelector('[data-member="dev@example.test"]')?.textContent).toContain(
      'Only admin',
    );

    type(el, '#member-email', 'nobody@example.test');
    (el.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    http.expectOne({ method: 'POST', url: '/api/teams/t1/members' }).flush(
      {
        detail: 'No account uses this address.',
        errors: [{ field: 'email', message: 'no account uses this address' }],
      },
      { status: 404, statusText: 'Not Found' },
    );
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(el.querySelector('#email-error')?.textContent).toContain(
        'no account uses this address',
      );
    });

    const select = el.querySelector('#role-u2') as HTMLSelectElement;
    select.value = 'admin';
    select.dispatchEvent(new Event('change'));
    expect(
      http.expectOne({ method: 'PATCH', url: '/api/teams/t1/members/u2' }).request.body,
    ).toEqual({ role: 'admin' });
  });

  it('shows members read-only to non-admins, who may leave', async () => {
    const { http, el } = await render('viewer');
    const router = TestBed.inject(Router);
    const navigate = vi.spyOn(router, 'navigate').mockResolvedValue(true);
    vi.spyOn(TestBed.inject(ConfirmService), 'ask').mockResolvedValue(true);
    expect(el.querySelector('select')).toBeNull();
    expect(el.querySelector('#member-email')).toBeNull();
    expect(el.querySelector('a[href="/teams/t1/settings"]')).toBeNull();
    [...el.querySelectorAll('button')].find((b) => b.textContent?.includes('Leave team'))!.click();
    await vi.waitFor(() =>
      http.expectOne({ method: 'DELETE', url: '/api/teams/t1/members/u1' }).flush(null),
    );
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith(['/teams']));
  });
});

describe('TeamSettingsComponent', () => {
  it('renames the team and deletes it after confirmation', async () => {
    const http = setup();
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const ask = vi.spyOn(TestBed.inject(ConfirmService), 'ask').mockResolvedValue(true);
    const fixture = TestBed.createComponent(TeamSettingsComponent);
    fixture.componentRef.setInput('teamId', 't1');
    fixture.detectChanges();
    await fixture.whenStable();
    http.expectOne('/api/teams/t1').flush(team());
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect((el.querySelector('#team-rename') as HTMLInputElement).value).toBe('Data platform');
    type(el, '#team-rename', 'Data');
    await fixture.whenStable();
    (el.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    http.expectOne({ method: 'PATCH', url: '/api/teams/t1' }).flush(team({ name: 'Data' }));
    await fixture.whenStable();

    [...el.querySelectorAll('button')].find((b) => b.textContent?.includes('Delete team'))!.click();
    await vi.waitFor(() => expect(ask).toHaveBeenCalled());
    expect(ask.mock.calls[0][0].message).toContain('personal projects');
    await vi.waitFor(() => http.expectOne({ method: 'DELETE', url: '/api/teams/t1' }).flush(null));
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith(['/teams']));
  });
});
