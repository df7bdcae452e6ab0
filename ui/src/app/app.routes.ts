import { Routes } from '@angular/router';
import { authGuard, guestGuard } from './core/guards/auth.guard';
import { projectAccessGuard } from './core/guards/project-access.guard';
import {
  adminGuard,
  notSuperAdminGuard,
  superAdminGuard,
  teamAdminGuard,
} from './core/guards/role.guards';

/**
 * Every screen is lazy (`loadComponent`). Guards, in order: authGuard (signed in, waits for the
 * session to be restored), notSuperAdminGuard (super_admin has no project or team routes),
 * projectAccessGuard (the server confirms access to :projectId), adminGuard (admin permission on
 * :projectId: project settings), teamAdminGuard (admin role in :teamId), superAdminGuard
 * (governance).
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
    path: 'projects/:projectId/connections',
    title: 'Connections',
    canActivate: [authGuard, notSuperAdminGuard, projectAccessGuard],
    loadComponent: () =>
      import('./features/connections/connections.component').then((m) => m.ConnectionsComponent),
  },
  {
    path: 'projects/:projectId/schema',
    title: 'Schema',
    canActivate: [authGuard, notSuperAdminGuard, projectAccessGuard],
    loadComponent: () =>
      import('./features/schema/schema-viewer.component').then((m) => m.SchemaViewerComponent),
  },
  {
    path: 'projects/:projectId/schema/diff',
    title: 'Schema diff',
    canActivate: [authGuard, notSuperAdminGuard, projectAccessGuard],
    loadComponent: () =>
      import('./features/schema-diff/schema-diff.component').then((m) => m.SchemaDiffComponent),
  },
  {
    path: 'projects/:projectId/data',
    title: 'Data',
    canActivate: [authGuard, notSuperAdminGuard, projectAccessGuard],
    loadComponent: () =>
      import('./features/data/data-explorer.component').then((m) => m.DataExplorerComponent),
  },
  {
    path: 'projects/:projectId/data/entity',
    title: 'Row',
    canActivate: [authGuard, notSuperAdminGuard, projectAccessGuard],
    loadComponent: () =>
      import('./features/data/entity-view.component').then((m) => m.EntityViewComponent),
  },
  {
    path: 'projects/:projectId/references',
    title: 'References',
    canActivate: [authGuard, notSuperAdminGuard, projectAccessGuard],
    loadComponent: () =>
      import('./features/references/references.component').then((m) => m.ReferencesComponent),
  },
  {
    path: 'projects/:projectId/seed',
    title: 'Seed studio',
    canActivate: [authGuard, notSuperAdminGuard, projectAccessGuard],
    loadComponent: () =>
      import('./features/seed/seed-studio.component').then((m) => m.SeedStudioComponent),
  },
  {
    path: 'projects/:projectId/graph',
    title: 'Schema graph',
    canActivate: [authGuard, notSuperAdminGuard, projectAccessGuard],
    loadComponent: () =>
      import('./features/graph/graph-viewer.component').then((m) => m.GraphViewerComponent),
  },
  {
    path: 'projects/:projectId/health',
    title: 'Schema health',
    canActivate: [authGuard, notSuperAdminGuard, projectAccessGuard],
    loadComponent: () =>
      import('./features/health/health.component').then((m) => m.HealthComponent),
  },
  {
    path: 'projects/:projectId/activity',
    title: 'Project activity',
    canActivate: [authGuard, notSuperAdminGuard, projectAccessGuard],
    loadComponent: () =>
      import('./features/activity/activity.component').then((m) => m.ActivityComponent),
  },
  {
    path: 'projects/:projectId/members',
    title: 'Project members',
    canActivate: [authGuard, notSuperAdminGuard, projectAccessGuard],
    loadComponent: () =>
      import('./features/project-members/project-members.component').then(
        (m) => m.ProjectMembersComponent,
      ),
  },
  {
    path: 'projects/:projectId/settings',
    title: 'Project settings',
    canActivate: [authGuard, notSuperAdminGuard, projectAccessGuard, adminGuard],
    loadComponent: () =>
      import('./features/project-settings/project-settings.component').then(
        (m) => m.ProjectSettingsComponent,
      ),
  },
  {
    path: 'teams',
    title: 'Teams',
    canActivate: [authGuard, notSuperAdminGuard],
    loadComponent: () => import('./features/teams/teams.component').then((m) => m.TeamsComponent),
  },
  {
    path: 'teams/:teamId',
    title: 'Team',
    canActivate: [authGuard, notSuperAdminGuard],
    loadComponent: () =>
      import('./features/teams/team-detail.component').then((m) => m.TeamDetailComponent),
  },
  {
    path: 'teams/:teamId/settings',
    title: 'Team settings',
    canActivate: [authGuard, notSuperAdminGuard, teamAdminGuard],
    loadComponent: () =>
      import('./features/teams/team-settings.component').then((m) => m.TeamSettingsComponent),
  },
  {
    path: 'settings',
    canActivate: [authGuard],
    loadComponent: () =>
      import('./features/settings/settings-layout.component').then(
        (m) => m.SettingsLayoutComponent,
      ),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'profile' },
      {
        path: 'profile',
        title: 'Profile',
        loadComponent: () =>
          import('./features/settings/profile-settings.component').then(
            (m) => m.ProfileSettingsComponent,
          ),
      },
      {
        path: 'security',
        title: 'Password & sessions',
        loadComponent: () =>
          import('./features/settings/security-settings.component').then(
            (m) => m.SecuritySettingsComponent,
          ),
      },
      {
        path: 'two-factor',
        title: 'Two-factor authentication',
        loadComponent: () =>
          import('./features/settings/two-factor-settings.component').then(
            (m) => m.TwoFactorSettingsComponent,
          ),
      },
      {
        path: 'account',
        title: 'Delete account',
        loadComponent: () =>
          import('./features/settings/delete-account.component').then(
            (m) => m.DeleteAccountComponent,
          ),
      },
    ],
  },
  {
    path: 'governance',
    canActivate: [authGuard, superAdminGuard],
    loadComponent: () =>
      import('./features/governance/governance-layout.component').then(
        (m) => m.GovernanceLayoutComponent,
      ),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'users' },
      {
        path: 'users',
        title: 'Governance · users',
        loadComponent: () =>
          import('./features/governance/governance-users.component').then(
            (m) => m.GovernanceUsersComponent,
          ),
      },
      {
        path: 'stats',
        title: 'Governance · statistics',
        loadComponent: () =>
          import('./features/governance/governance-stats.component').then(
            (m) => m.GovernanceStatsComponent,
          ),
      },
      {
        path: 'audit',
        title: 'Governance · audit log',
        loadComponent: () =>
          import('./features/governance/governance-audit.component').then(
            (m) => m.GovernanceAuditComponent,
          ),
      },
    ],
  },
  {
    path: '**',
    title: 'Page not found',
    loadComponent: () =>
      import('./features/not-found/not-found.component').then((m) => m.NotFoundComponent),
  },
];
