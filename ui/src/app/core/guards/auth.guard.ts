import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthService } from '../services/auth.service';

/** Requires a signed-in user; otherwise sends to /login with a returnUrl. Waits for session restore. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  await auth.whenReady();
  if (auth.isAuthenticated()) return true;
  return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};

/** For sign-in/registration pages: a signed-in user goes to their home screen instead. */
export const guestGuard: CanActivateFn = async () => {
  const auth = inject(AuthService);
  const router = inject(Router);
  await auth.whenReady();
  if (!auth.isAuthenticated()) return true;
  return router.createUrlTree([homePathFor(auth.user()?.role)]);
};

/** Where a user lands after sign-in: projects, except super_admin (governance, no project routes). */
export function homePathFor(role: string | null | undefined): string {
  return role === 'super_admin' ? '/governance' : '/projects';
}
