import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { Role } from '../models';
import { AuthService } from '../services/auth.service';
import { ProjectsService } from '../services/projects.service';
import { TeamsService } from '../services/teams.service';
import { ToastService } from '../services/toast.service';
import { toApiError } from '../utils/api-error';
import { ROLE_LABELS, hasPermission, hasRole, projectPermissionOf } from '../utils/roles';
import { homePathFor } from './auth.guard';

// Note: every inject() happens before the first await: the injection context ends there.

/**
 * Builds a guard that requires the platform role `minimum` (super_admin passes every role check,
 * as in the reference's require_role). Use after authGuard. Refusals go to the user's home with a
 * toast. No route needs a platform role above dev today (docs/access-model.md): project and team
 * management are decided per project and per team (adminGuard, teamAdminGuard).
 */
export function roleGuard(minimum: Role, reason?: string): CanActivateFn {
  return async (_route, state) => {
    const auth = inject(AuthService);
    const router = inject(Router);
    const toasts = inject(ToastService);
    await auth.whenReady();
    const user = auth.user();
    if (!user) return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
    if (hasRole(user.role, minimum)) return true;
    toasts.warning(reason ?? `This page needs the ${ROLE_LABELS[minimum]} role.`);
    return router.createUrlTree([homePathFor(user.role)]);
  };
}

/**
 * Project management (`/projects/:projectId/settings`): requires the **admin permission on that
 * project** (admin or owner), which the server asks for on `PUT …/config` and on member
 * management (docs/access-model.md). Like teamAdminGuard it reads the project and checks the
 * caller's own `permission` in it, not the platform role: self-registered `dev`s own and run
 * their projects. Members below admin go to the project dashboard; 403/404 to /projects;
 * network/5xx failures let the screen open (it shows its own error state and stays read-only
 * without the permission). Use after authGuard, notSuperAdminGuard and projectAccessGuard.
 */
export const adminGuard: CanActivateFn = async (route) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const projects = inject(ProjectsService);
  const toasts = inject(ToastService);
  const projectId = route.paramMap.get('projectId');
  if (!projectId) return router.createUrlTree(['/projects']);
  try {
    // Fresh, not the cached copy: guards run side by side and the list may be older.
    const project = await firstValueFrom(projects.get(projectId));
    await auth.whenReady();
    if (hasPermission(projectPermissionOf(project, auth.user()?.id), 'admin')) return true;
    toasts.warning('Managing this project needs the Admin or Owner permission on it.');
    return router.createUrlTree(['/projects', projectId]);
  } catch (error) {
    const status = toApiError(error).status;
    if (status === 404 || status === 400 || status === 403) {
      toasts.warning('This project does not exist or you have no access to it.');
      return router.createUrlTree(['/projects']);
    }
    return true;
  }
};

/**
 * Team management (`/teams/:teamId/settings`): requires the **admin role in that team** — the
 * reference's "admin role (team management)". Team roles are per team (docs/access-model.md), so
 * the server decides: the guard reads the team and checks the caller's `role` in it. Non-members
 * (404) go to /teams, other members to the team page; network/5xx failures let the screen open
 * and show its own error state. Use after authGuard and notSuperAdminGuard.
 */
export const teamAdminGuard: CanActivateFn = async (route) => {
  const router = inject(Router);
  const teams = inject(TeamsService);
  const toasts = inject(ToastService);
  const teamId = route.paramMap.get('teamId');
  if (!teamId) return router.createUrlTree(['/teams']);
  try {
    const team = await firstValueFrom(teams.get(teamId));
    if (team.role === 'admin') return true;
    toasts.warning('Managing this team needs the team Admin role.');
    return router.createUrlTree(['/teams', teamId]);
  } catch (error) {
    const status = toApiError(error).status;
    if (status === 404 || status === 400 || status === 403) {
      toasts.warning('This team does not exist or you are not a member.');
      return router.createUrlTree(['/teams']);
    }
    return true;
  }
};

/** Requires super_admin (platform governance). */
export const superAdminGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const toasts = inject(ToastService);
  await auth.whenReady();
  const user = auth.user();
  if (!user) return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
  if (user.role === 'super_admin') return true;
  toasts.warning('This page is reserved for platform super admins.');
  return router.createUrlTree([homePathFor(user.role)]);
};

/**
 * Blocks super_admin from project and team routes: that role governs the platform, it does not
 * work in projects (the server refuses it there too).
 */
export const notSuperAdminGuard: CanActivateFn = async () => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const toasts = inject(ToastService);
  await auth.whenReady();
  if (auth.user()?.role !== 'super_admin') return true;
  toasts.info('Super admins govern the platform and do not open projects or teams.');
  return router.createUrlTree([homePathFor('super_admin')]);
};
