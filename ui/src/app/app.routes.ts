import { Routes } from '@angular/router';
import { authGuard, guestGuard } from './core/guards/auth.guard';
import { projectAccessGuard } from './core/guards/project-access.guard';
import { notSuperAdminGuard } from './core/guards/role.guards';

/**
 * Every screen is lazy (`loadComponent`). Guards, in order: authGuard (signed in, waits for the
 * session to be restored), notSuperAdminGuard (super_admin has no project routes),
 * projectAccessGuard (the server confirms access to :projectId).
 */
export const routes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Your databases, understood',
    loadComponent: () =>
      import('./features/landing/landing.component').then((m) => m.LandingComponent),
  },
  {
    path: 'register',
    title: 'Create your account',
    canActivate: [guestGuard],
    loadComponent: () =>
      import('./features/auth/register.component').then((m) => m.RegisterComponent),
  },
  {
    path: 'verify-email',
    title: 'Verify your email',
    loadComponent: () =>
      import('./features/auth/verify-email.component').then((m) => m.VerifyEmailComponent),
  },
  {
    path: 'login',
    title: 'Sign in',
    canActivate: [guestGuard],
    loadComponent: () => import('./features/auth/login.component').then((m) => m.LoginComponent),
  },
  {
    path: 'forgot-password',
    title: 'Forgot password',
    loadComponent: () =>
      import('./features/auth/forgot-password.component').then((m) => m.ForgotPasswordComponent),
  },
  {
    path: 'reset-password',
    title: 'Choose a new password',
    loadComponent: () =>
      import('./features/auth/reset-password.component').then((m) => m.ResetPasswordComponent),
  },
  {
    path: 'pricing',
    title: 'Plans & pricing',
    loadComponent: () =>
      import('./features/pricing/pricing.component').then((m) => m.PricingComponent),
  },
  {
    path: 'projects',
    title: 'Projects',
    canActivate: [authGuard, notSuperAdminGuard],
    loadComponent: () =>
      import('./features/projects/projects.component').then((m) => m.ProjectsComponent),
  },
  {
    path: 'projects/:projectId',
    title: 'Project dashboard',
    canActivate: [authGuard, notSuperAdminGuard, projectAccessGuard],
    loadComponent: () =>
      import('./features/dashboard/dashboard.component').then((m) => m.DashboardComponent),
  },
  {
    path: '**',
    title: 'Page not found',
    loadComponent: () =>
      import('./features/not-found/not-found.component').then((m) => m.NotFoundComponent),
  },
];
