import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  ActivatedRouteSnapshot,
  CanActivateFn,
  Router,
  RouterStateSnapshot,
  UrlTree,
  convertToParamMap,
  provideRouter,
} from '@angular/router';
import { of, throwError } from 'rxjs';
import { project } from '../../testing/fixtures';
import { Role, User } from '../models';
import { AuthService } from '../services/auth.service';
import { ProjectsService } from '../services/projects.service';
import { TeamsService } from '../services/teams.service';
import { ToastService } from '../services/toast.service';
import { ApiError } from '../utils/api-error';
import { authGuard, guestGuard } from './auth.guard';
import { projectAccessGuard } from './project-access.guard';
import {
  adminGuard,
  notSuperAdminGuard,
  roleGuard,
  superAdminGuard,
  teamAdminGuard,
} from './role.guards';

function userWith(role: Role): User {
  return { id: 'u1', email: 'u@example.test', name: null, role, plan: 'pro' };
}

describe('route guards', () => {
  const user = signal<User | null>(null);
  const projectsGet = vi.fn();
  const teamsGet = vi.fn();

  beforeEach(() => {
    user.set(null);
    projectsGet.mockReset();
    teamsGet.mockReset();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        {
          provide: AuthService,
          useValue: {
            whenReady: () => Promise.resolve(),
            isAuthenticated: () => user() !== null,
            user,
          },
        },
        { provide: ProjectsService, useValue: { get: projectsGet } },
        { provide: TeamsService, useValue: { get: teamsGet } },
      ],
    });
  });

  async function run(guard: CanActivateFn, url = '/x', params: Record<string, string> = {}) {
    const route = { paramMap: convertToParamMap(params) } as ActivatedRouteSnapshot;
    const state = { url } as RouterStateSnapshot;
    const result = await TestBed.runInInjectionContext(() => guard(route, state));
    return result instanceof UrlTree ? TestBed.inject(Router).serializeUrl(result) : result;
  }

  it('authGuard sends visitors to /login with the return URL', async () => {
    expect(await run(authGuard, '/projects/p1')).toBe('/login?returnUrl=%2Fprojects%2Fp1');
    user.set(userWith('viewer'));
    expect(await run(authGuard)).toBe(true);
  });

  it('guestGuard sends signed-in users home (super_admin to governance)', async () => {
    expect(await run(guestGuard)).toBe(true);
    user.set(userWith('dev'));
    expect(await run(guestGuard)).toBe('/projects');
    user.set(userWith('super_admin'));
    expect(await run(guestGuard)).toBe('/governance');
  });

  it('roleGuard needs the platform role; super_admin passes', async () => {
    const warn = vi.spyOn(TestBed.inject(ToastService), 'warning');
    const guard = roleGuard('admin');
    user.set(userWith('dev'));
    expect(await run(guard)).toBe('/projects');
    user.set(userWith('admin'));
    expect(await run(guard)).toBe(true);
    user.set(userWith('super_admin'));
    expect(await run(guard)).toBe(true);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('adminGuard needs the admin permission on the project of :projectId', async () => {
    const warn = vi.spyOn(TestBed.inject(ToastService), 'warning');
    const settings = (id = 'p1') => run(adminGuard, `/projects/${id}/settings`, { projectId: id });
    // A self-registered dev owns and manages the project: the platform role does not matter.
    user.set(userWith('dev'));
    projectsGet.mockReturnValue(of(project({ ownerId: 'u1', permission: 'owner' })));
    expect(await settings()).toBe(true);
    expect(projectsGet).toHaveBeenCalledWith('p1');
    projectsGet.mockReturnValue(of(project({ ownerId: 'other', permission: 'ADMIN' })));
    expect(await settings()).toBe(true);
    // Without `permission` on the wire the primary owner still passes.
    projectsGet.mockReturnValue(of(project({ ownerId: 'u1', permission: null })));
    expect(await settings()).toBe(true);
    expect(warn).not.toHaveBeenCalled();

    // A platform admin with write access to this project does not manage it.
    user.set(userWith('admin'));
    projectsGet.mockReturnValue(of(project({ ownerId: 'other', permission: 'write' })));
    expect(await settings()).toBe('/projects/p1');
    projectsGet.mockReturnValue(of(project({ ownerId: 'other', permission: 'read' })));
    expect(await settings()).toBe('/projects/p1');
    expect(warn).toHaveBeenCalledTimes(2);

    projectsGet.mockReturnValue(throwError(() => new ApiError('Not found', 404)));
    expect(await settings('p9')).toBe('/projects');
    expect(warn).toHaveBeenCalledTimes(3);

    // Server unreachable: the screen opens, shows its own error state and stays read-only.
    projectsGet.mockReturnValue(throwError(() => new ApiError('Down', 503)));
    expect(await settings()).toBe(true);
    expect(await run(adminGuard, '/x', {})).toBe('/projects');
  });

  it('teamAdminGuard needs the admin role in the team of :teamId', async () => {
    const warn = vi.spyOn(TestBed.inject(ToastService), 'warning');
    user.set(userWith('dev'));
    teamsGet.mockReturnValue(of({ id: 't1', name: 'Data', role: 'admin', memberCount: 1 }));
    expect(await run(teamAdminGuard, '/teams/t1/settings', { teamId: 't1' })).toBe(true);
    expect(teamsGet).toHaveBeenCalledWith('t1');

    // A platform admin who is only a viewer in this team does not manage it.
    user.set(userWith('admin'));
    teamsGet.mockReturnValue(of({ id: 't1', name: 'Data', role: 'viewer', memberCount: 2 }));
    expect(await run(teamAdminGuard, '/teams/t1/settings', { teamId: 't1' })).toBe('/teams/t1');

    teamsGet.mockReturnValue(throwError(() => new ApiError('Not found', 404)));
    expect(await run(teamAdminGuard, '/teams/t9/settings', { teamId: 't9' })).toBe('/teams');
    expect(warn).toHaveBeenCalledTimes(2);

    // Server unreachable: the screen opens and shows its own error state.
    teamsGet.mockReturnValue(throwError(() => new ApiError('Down', 503)));
    expect(await run(teamAdminGuard, '/teams/t1/settings', { teamId: 't1' })).toBe(true);
  });

  it('superAdminGuard needs super_admin', async () => {
    user.set(userWith('admin'));
    expect(await run(superAdminGuard)).toBe('/projects');
    user.set(userWith('super_admin'));
    expect(await run(superAdminGuard)).toBe(true);
  });

  it('notSuperAdminGuard keeps super_admin out of project routes', async () => {
    user.set(userWith('admin'));
    expect(await run(notSuperAdminGuard)).toBe(true);
    user.set(userWith('super_admin'));
    expect(await run(notSuperAdminGuard)).toBe('/governance');
  });

  it('projectAccessGuard lets the server decide access', async () => {
    user.set(userWith('dev'));
    projectsGet.mockReturnValue(of(project()));
    expect(await run(projectAccessGuard, '/projects/p1', { projectId: 'p1' })).toBe(true);
    expect(projectsGet).toHaveBeenCalledWith('p1');

    projectsGet.mockReturnValue(throwError(() => new ApiError('No access', 403)));
    expect(await run(projectAccessGuard, '/projects/p1', { projectId: 'p1' })).toBe('/projects');

    projectsGet.mockReturnValue(throwError(() => new ApiError('Not found', 404)));
    expect(await run(projectAccessGuard, '/projects/p1', { projectId: 'p1' })).toBe('/projects');

    // Server unreachable: open the screen, which shows its own error state with a retry.
    projectsGet.mockReturnValue(throwError(() => new ApiError('Down', 503)));
    expect(await run(projectAccessGuard, '/projects/p1', { projectId: 'p1' })).toBe(true);
  });
});
