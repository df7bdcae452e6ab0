import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { Role } from '../models';
import { AuthService } from '../services/auth.service';
import { ToastService } from '../services/toast.service';
import { ROLE_LABELS, hasRole } from '../utils/roles';
import { homePathFor } from './auth.guard';

// Note: every inject() happens before the first await: the injection context ends there.

/**
 * Builds a guard that requires `minimum` (super_admin passes every role check, as in the
 * reference's require_role). Use after authGuard. Refusals go to the user's home with a toast.
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

/** Requires the admin role. */
export const adminGuard: CanActivateFn = roleGuard('admin');

/** Requires the admin role for team management. */
export const teamAdminGuard: CanActivateFn = roleGuard(
  'admin',
  'Managing teams needs the Admin role.',
);

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

/** Blocks super_admin from project routes: that role governs the platform, it does not work in projects. */
export const notSuperAdminGuard: CanActivateFn = async () => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const toasts = inject(ToastService);
  await auth.whenReady();
  if (auth.user()?.role !== 'super_admin') return true;
  toasts.info('Super admins govern the platform and do not open projects.');
  return router.createUrlTree(['/']);
};
