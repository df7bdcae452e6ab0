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

  it('hides project features from super_admin', () => {
    expect(mainNavItems('super_admin').map((i) => i.path)).not.toContain('/projects');
    expect(mainNavItems('viewer').map((i) => i.path)).toContain('/projects');
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
    expect(links).toEqual(['Projects', 'Plans & pricing']);
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
