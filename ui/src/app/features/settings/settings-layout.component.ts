import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { IconComponent, IconName } from '../../shared/components/icon/icon.component';

/** `/settings/*`: the account's sections (profile, password & sessions, 2FA, deletion). */
@Component({
  selector: 'app-settings-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive, RouterOutlet, IconComponent],
  template: `
    <div class="mx-auto max-w-6xl px-6 py-8 lg:px-8">
      <h1 class="page-title">Settings</h1>
      <p class="mt-1 text-sm text-muted">Your account, how you sign in, and your sessions.</p>
      <div class="mt-6 grid items-start gap-6 md:grid-cols-[15.5rem_minmax(0,1fr)]">
        <nav aria-label="Settings sections">
          <ul class="flex gap-1 overflow-x-auto md:flex-col">
            @for (section of sections; track section.path) {
              <li>
                <a
                  [routerLink]="section.path"
                  routerLinkActive="bg-primary-soft !text-primary"
                  ariaCurrentWhenActive="page"
                  class="flex items-center gap-2 whitespace-nowrap rounded-control px-3 py-2 text-sm font-medium text-fg no-underline hover:bg-surface-muted hover:text-fg"
                >
                  <app-icon [name]="section.icon" [size]="16" /> {{ section.label }}
                </a>
              </li>
            }
          </ul>
        </nav>
        <div class="min-w-0"><router-outlet /></div>
      </div>
    </div>
  `,
})
export class SettingsLayoutComponent {
  protected readonly sections: { path: string; label: string; icon: IconName }[] = [
    { path: '/settings/profile', label: 'Profile', icon: 'user' },
    { path: '/settings/security', label: 'Password & sessions', icon: 'key' },
    { path: '/settings/two-factor', label: 'Two-factor authentication', icon: 'shield' },
    { path: '/settings/account', label: 'Delete account', icon: 'trash' },
  ];
}
