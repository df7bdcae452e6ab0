import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { problemInterceptor } from '../../core/interceptors/problem.interceptor';
import { AuthService } from '../../core/services/auth.service';
import { ConfirmService } from '../../core/services/confirm.service';
import { ProjectsService } from '../../core/services/projects.service';
import { authStub, member, project } from '../../testing/fixtures';
import { ProjectMembersComponent } from './project-members.component';

describe('ProjectMembersComponent', () => {
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

  const bo = member({
    userId: 'u2',
    email: 'bo@example.test',
    name: 'Bo',
    permission: 'write',
    direct: 'write',
  });
  const cy = member({
    userId: 'u3',
    email: 'cy@example.test',
    name: null,
    permission: 'write',
    direct: null,
    teamRole: 'dev',
  });

  async function render(myPermission: 'owner' | 'read') {
    const fixture = TestBed.createComponent(ProjectMembersComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    fixture.detectChanges();
    await fixture.whenStable();
    http.expectOne('/api/projects/p1/members').flush({
      members: [member({ permission: myPermission, direct: myPermission }), bo, cy],
      invitations:
        myPermission === 'owner'
          ? [
              {
                id: 'i1',
                email: 'new@example.test',
                permission: 'read',
                invitedBy: 'u1',
                createdAt: '2026-01-02T00:00:00Z',
              },
            ]
          : [],
    });
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('lets an owner invite, change permissions and see pending invitations', async () => {
    const { fixture, el } = await render('owner');
    expect(el.querySelector('label[for="invite-email"]')).not.toBeNull();
    expect(el.querySelector('label[for="invite-permission"]')).not.toBeNull();
    const grantable = [...el.querySelectorAll('#invite-permission option')].map((o) =>
      o.getAttribute('value'),
    );
    expect(grantable).toEqual(['read', 'write', 'admin', 'owner']);
    expect(el.querySelector('[data-testid="invitations"]')?.textContent).toContain(
      'new@example.test',
    );
    // Direct grants have a select; team-only access and yourself do not.
    expect(el.querySelector('#perm-u2')).not.toBeNull();
    expect(el.querySelector('#perm-u3')).toBeNull();
    expect(el.querySelector('#perm-u1')).toBeNull();
    expect(el.querySelector('[data-member="cy@example.test"]')?.textContent).toContain(
      'From team developer',
    );

    const email = el.querySelector('#invite-email') as HTMLInputElement;
    email.value = 'dee@example.test';
    email.dispatchEvent(new Event('input'));
    const permission = el.querySelector('#invite-permission') as HTMLSelectElement;
    permission.value = 'write';
    permission.dispatchEvent(new Event('change'));
    (el.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    const invite = http.expectOne({ method: 'POST', url: '/api/projects/p1/members' });
    expect(invite.request.body).toEqual({ email: 'dee@example.test', permission: 'write' });
    invite.flush({
      status: 'invited',
      email: 'dee@example.test',
      permission: 'write',
      userId: null,
      invitationId: 'i2',
    });
    await vi.waitFor(() =>
      http.expectOne('/api/projects/p1/members').flush({ members: [], invitations: [] }),
    );

    await fixture.whenStable();
  });

  it('changes a permission and puts the select back when the server refuses', async () => {
    const { fixture, el } = await render('owner');
    const select = el.querySelector('#perm-u2') as HTMLSelectElement;
    select.value = 'admin';
    select.dispatchEvent(new Event('change'));
    const req = http.expectOne({ method: 'PATCH', url: '/api/projects/p1/members/u2' });
    expect(req.request.body).toEqual({ permission: 'admin' });
    req.flush(
      { detail: 'The project needs at least one owner.' },
      { status: 409, statusText: 'Conflict' },
    );
    await vi.waitFor(() => expect(select.value).toBe('write'));
    http.expectOne('/api/projects/p1/members').flush({ members: [member(), bo], invitations: [] });
    await fixture.whenStable();
  });

  it('removes a member after confirmation', async () => {
    const ask = vi.spyOn(TestBed.inject(ConfirmService), 'ask').mockResolvedValue(true);
    const { el } = await render('owner');
    (el.querySelector('button[aria-label="Remove Bo"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(ask).toHaveBeenCalled());
    await vi.waitFor(() =>
      http.expectOne({ method: 'DELETE', url: '/api/projects/p1/members/u2' }).flush(null),
    );
    await vi.waitFor(() =>
      http.expectOne('/api/projects/p1/members').flush({ members: [member()], invitations: [] }),
    );
  });

  it('shows read-only access to members without admin', async () => {
    TestBed.inject(ProjectsService).get('p1').subscribe();
    http.expectOne('/api/projects/p1').flush(project({ ownerId: 'u9', permission: 'read' }));
    const { el } = await render('read');
    expect(el.querySelector('#invite-email')).toBeNull();
    expect(el.textContent).toContain('Only project admins and owners invite people');
    expect(el.querySelector('select')).toBeNull();
    expect(el.textContent).not.toContain('Pending invitations');
    expect([...el.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Leave')).toBe(
      true,
    );
  });
});
