import { ChangeDetectionStrategy, Component, computed, inject, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive } from '@angular/router';
import { filter, map, startWith } from 'rxjs';
import { AuthService } from '../../../core/services/auth.service';
import { ProjectsService } from '../../../core/services/projects.service';
import { ROLE_LABELS, projectPermissionOf } from '../../../core/utils/roles';
import { IconComponent } from '../icon/icon.component';
import { ThemeToggleComponent } from '../theme-toggle/theme-toggle.component';
import { mainNavItems, projectNavItems } from './nav-items';

/** Main navigation for signed-in users: features that exist, the open project, the account. */
@Component({
  selector: 'app-sidebar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive, IconComponent, ThemeToggleComponent],
  host: { class: 'flex h-full flex-col' },
  template: `
    <div class="flex h-14 items-center gap-2 border-b border-border px-4">
      <a
        routerLink="/"
        class="flex items-center gap-2 font-bold text-fg no-underline hover:text-fg"
        (click)="navigated.emit()"
      >
        <span class="text-primary"><app-icon name="logo" [size]="22" /></span>
        <span>KytheraDB</span>
      </a>
    </div>

    <nav aria-label="Main" class="flex-1 overflow-y-auto px-3 py-4">
      <ul class="space-y-1">
        @for (item of mainItems(); track item.path) {
          <li>
            <a
              [routerLink]="item.path"
              routerLinkActive="bg-primary-soft !text-primary"
              [routerLinkActiveOptions]="{ exact: !!item.exact }"
              ariaCurrentWhenActive="page"
              class="flex items-center gap-3 rounded-control px-3 py-2 text-sm font-medium text-fg no-underline hover:bg-surface-muted hover:text-fg"
              (click)="navigated.emit()"
            >
              <app-icon [name]="item.icon" />
              {{ item.label }}
            </a>
          </li>
        }
      </ul>

      @if (projectId(); as id) {
        <div class="mt-6">
          <p
            class="truncate px-3 text-xs font-semibold uppercase tracking-wide text-muted"
            [title]="projectName()"
          >
            {{ projectName() }}
          </p>
          <ul class="mt-2 space-y-1" [attr.aria-label]="'Project ' + projectName()">
            @for (item of projectItems(); track item.path) {
              <li>
                <a
                  [routerLink]="item.path"
                  routerLinkActive="bg-primary-soft !text-primary"
                  [routerLinkActiveOptions]="{ exact: !!item.exact }"
                  ariaCurrentWhenActive="page"
                  class="flex items-center gap-3 rounded-control px-3 py-2 text-sm font-medium text-fg no-underline hover:bg-surface-muted hover:text-fg"
                  (click)="navigated.emit()"
                >
                  <app-icon [name]="item.icon" />
                  {{ item.label }}
                </a>
              </li>
            }
          </ul>
        </div>
      }
    </nav>

    <div class="border-t border-border p-4">
      @if (auth.user(); as user) {
        <div class="mb-3 min-w-0">
          <p class="truncate text-sm font-semibold text-fg" [title]="user.email">
            {{ user.name || user.email }}
          </p>
          @if (user.name) {
            <p class="truncate text-xs text-muted">{{ user.email }}</p>
          }
          <p class="mt-1 text-xs text-muted">
            <span>{{ roleLabel() }}</span> · <span class="capitalize">{{ user.plan }}</span> plan
          </p>
        </div>
      }
      <div class="flex items-center justify-between gap-2">
        <app-theme-toggle />
        <button type="button" class="btn btn-ghost btn-sm" (click)="signOut()">
          <app-icon name="logout" [size]="16" /> Sign out
        </button>
      </div>
    </div>
  `,
})
export class SidebarComponent {
  protected readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly projects = inject(ProjectsService);

  /** Emitted when a link is followed (the narrow-screen drawer closes). */
  readonly navigated = output<void>();

  private readonly url = toSignal(
    this.router.events.pipe(
      filter((e): e is NavigationEnd => e instanceof NavigationEnd),
      map((e) => e.urlAfterRedirects),
      startWith(this.router.url),
    ),
    { initialValue: this.router.url },
  );

  protected readonly projectId = computed(() => projectIdFromUrl(this.url()));
  protected readonly projectName = computed(() => {
    const id = this.projectId();
    return (id && this.projects.known()[id]?.name) || 'Project';
  });
  protected readonly mainItems = computed(() => mainNavItems(this.auth.user()?.role ?? null));
  protected readonly projectItems = computed(() => {
    const id = this.projectId();
    return id
      ? projectNavItems(id, projectPermissionOf(this.projects.known()[id], this.auth.user()?.id))
      : [];
  });
  protected readonly roleLabel = computed(() => {
    const role = this.auth.user()?.role;
    return role ? (ROLE_LABELS[role] ?? role) : '';
  });

  protected signOut(): void {
    this.navigated.emit();
    void this.auth.logout();
  }
}

/** `/projects/abc/...` → `abc`. */
export function projectIdFromUrl(url: string): string | null {
  const match = /^\/projects\/([^/?#]+)/.exec(url);
  return match ? decodeURIComponent(match[1]) : null;
}
