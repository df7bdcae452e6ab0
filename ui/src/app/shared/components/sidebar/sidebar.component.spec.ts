import { provideHttpClient } from '@angular/common/http';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { routes } from '../../../app.routes';
import { User } from '../../../core/models';
import { AuthService } from '../../../core/services/auth.service';
import { mainNavItems, projectNavItems } from './nav-items';
import { SidebarComponent, projectIdFromUrl } from './sidebar.component';

describe('Sidebar', () => {
  it('links only to routes that exist (no dead links)', () => {
    const router = TestBed.configureTestingModule({ providers: [provideRouter(routes)] }).inject(
      Router,
    );
    const paths = [...mainNavItems('dev'), ...projectNavItems('p1')].map((item) => item.path);
    for (const path of paths) {
      const tree = router.parseUrl(path);
      const segments = tree.root.children['primary']?.segments.map((s) => s.path) ?? [];
      const match = routes.find((r) => {
        if (r.path === '**' || r.path === undefined) return false;
        const parts = r.path.split('/').filter(Boolean);
        return (
          parts.length === segments.length &&
          parts.every((p, i) => p.startsWith(':') || p === segments[i])
        );
      });
      expect(match, `route for ${path}`).toBeDefined();
    }
  });

  it('links only to routes that exist, for every role (no dead links)', () => {
    for (const role of ['viewer', 'dev', 'admin', 'super_admin'] as const) {
      for (const item of [...mainNavItems(role), ...projectNavItems('p1')]) {
        const segments = item.path.split('/').filter(Boolean);
        const match = routes.find(
          (r) =>
            r.path !== '**' &&
            r.path !== undefined &&
            r.path.split('/').filter(Boolean).length === segments.length &&
            r.path
              .split('/')
              .filter(Boolean)
              .every((p, i) => p.startsWith(':') || p === segments[i]),
        );
        expect(match, `route for ${item.path} (${role})`).toBeDefined();
      }
    }
  });

  it('shows what the role allows: governance for super_admin, projects and teams for others', () => {
    const paths = (role: 'viewer' | 'super_admin') => mainNavItems(role).map((i) => i.path);
    expect(paths('super_admin')).toEqual(['/governance', '/settings', '/pricing']);
    expect(paths('viewer')).toEqual(['/projects', '/teams', '/settings', '/pricing']);
    expect(projectNavItems('p1').map((i) => i.label)).toEqual([
      'Dashboard',
      'Connections',
      'Schema',
      'Data',
      'Graph',
      'Health',
      'Schema diff',
      'References',
      'Seed studio',
      'Activity',
      'Members',
      'Project settings',
    ]);
  });

  it('shows Project settings to project admins and owners only (adminGuard)', () => {
    const labels = (permission: 'read' | 'write' | 'admin' | 'owner' | null) =>
      projectNavItems('p1', permission).map((i) => i.label);
    expect(labels('read')).not.toContain('Project settings');
    expect(labels('write')).not.toContain('Project settings');
    expect(labels('write')).toContain('Members');
    expect(labels('admin')).toContain('Project settings');
    expect(labels('owner')).toContain('Project settings');
    // Unknown permission (project not loaded yet): the link stays, the guard decides.
    expect(labels(null)).toContain('Project settings');
  });

  it('renders the user, the main links and sign out', async () => {
    const user = signal<User | null>({
      id: 'u1',
      email: 'dana@example.test',
      name: 'Dana',
      role: 'admin',
      plan: 'pro',
    });
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        { provide: AuthService, useValue: { user, logout: vi.fn() } },
      ],
    });
    const fixture = TestBed.createComponent(SidebarComponent);
    fixture.detectChanges();
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const links = [...el.querySelectorAll('nav a')].map((a) => a.textContent?.trim());
    expect(links).toEqual(['Projects', 'Teams', 'Settings', 'Plans & pricing']);
    expect(el.textContent).toContain('Dana');
    expect(el.textContent).toContain('Admin');
    expect(
      [...el.querySelectorAll('button')].some((b) => b.textContent?.includes('Sign out')),
    ).toBe(true);
  });

  it('extracts the open project from the URL', () => {
    expect(projectIdFromUrl('/projects/abc')).toBe('abc');
    expect(projectIdFromUrl('/projects/abc/jobs?x=1')).toBe('abc');
    expect(projectIdFromUrl('/projects')).toBeNull();
  });
});
