import { Route } from '@angular/router';
import { authGuard, guestGuard } from './core/guards/auth.guard';
import { projectAccessGuard } from './core/guards/project-access.guard';
import {
  adminGuard,
  notSuperAdminGuard,
  superAdminGuard,
  teamAdminGuard,
} from './core/guards/role.guards';
import { routes } from './app.routes';

function find(path: string): Route {
  const route = routes.find((r) => r.path === path);
  if (!route) throw new Error(`no route ${path}`);
  return route;
}

describe('app routes', () => {
  it('loads every screen lazily', () => {
    const all = routes.flatMap((r) => [r, ...(r.children ?? [])]).filter((r) => !r.redirectTo);
    for (const route of all) expect(route.loadComponent, route.path).toBeTypeOf('function');
  });

  it('guards project sub-pages like the dashboard', () => {
    for (const path of [
      'projects/:projectId',
      'projects/:projectId/connections',
      'projects/:projectId/schema',
      'projects/:projectId/schema/diff',
      'projects/:projectId/data',
      'projects/:projectId/data/entity',
      'projects/:projectId/references',
      'projects/:projectId/seed',
      'projects/:projectId/graph',
      'projects/:projectId/health',
      'projects/:projectId/activity',
      'projects/:projectId/members',
    ])
      expect(find(path).canActivate).toEqual([authGuard, notSuperAdminGuard, projectAccessGuard]);
  });

  it('needs the project admin permission for project settings (PUT …/config is admin)', () => {
    expect(find('projects/:projectId/settings').canActivate).toEqual([
      authGuard,
      notSuperAdminGuard,
      projectAccessGuard,
      adminGuard,
    ]);
  });

  it('uses every guard it defines on at least one route', () => {
    const used = new Set(
      routes.flatMap((r) => [r, ...(r.children ?? [])]).flatMap((r) => r.canActivate ?? []),
    );
    for (const [name, guard] of Object.entries({
      authGuard,
      guestGuard,
      adminGuard,
      superAdminGuard,
      teamAdminGuard,
      notSuperAdminGuard,
      projectAccessGuard,
    }))
      expect(used.has(guard), name).toBe(true);
  });

  it('keeps super_admin out of teams, needs a team admin for team settings, and guards governance', () => {
    expect(find('teams').canActivate).toEqual([authGuard, notSuperAdminGuard]);
    expect(find('teams/:teamId').canActivate).toEqual([authGuard, notSuperAdminGuard]);
    expect(find('teams/:teamId/settings').canActivate).toEqual([
      authGuard,
      notSuperAdminGuard,
      teamAdminGuard,
    ]);
    expect(find('governance').canActivate).toEqual([authGuard, superAdminGuard]);
    expect(find('governance').children?.map((c) => c.path)).toEqual([
      '',
      'users',
      'stats',
      'audit',
    ]);
    expect(find('settings').canActivate).toEqual([authGuard]);
    expect(find('settings').children?.map((c) => c.path)).toEqual([
      '',
      'profile',
      'security',
      'two-factor',
      'account',
    ]);
    expect(find('login').canActivate).toEqual([guestGuard]);
    expect(find('pricing').canActivate).toBeUndefined();
  });
});
