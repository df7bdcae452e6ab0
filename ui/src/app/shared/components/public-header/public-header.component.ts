import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { IconComponent } from '../icon/icon.component';
import { ThemeToggleComponent } from '../theme-toggle/theme-toggle.component';

/** Top bar for visitors (landing, pricing, sign-in pages). */
@Component({
  selector: 'app-public-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive, IconComponent, ThemeToggleComponent],
  template: `
    <header class="border-b border-border bg-surface">
      <div class="mx-auto flex h-14 max-w-6xl items-center justify-between gap-4 px-6">
        <a
          routerLink="/"
          class="flex items-center gap-2 font-bold text-fg no-underline hover:text-fg"
        >
          <span class="text-primary"><app-icon name="logo" [size]="22" /></span>
          <span>KytheraDB</span>
        </a>
        <nav aria-label="Main" class="flex items-center gap-1 sm:gap-3">
          <a
            routerLink="/pricing"
            routerLinkActive="!text-primary"
            ariaCurrentWhenActive="page"
            class="rounded-control px-2 py-1.5 text-sm font-medium text-fg no-underline hover:text-primary"
            >Pricing</a
          >
          <a
            routerLink="/login"
            routerLinkActive="!text-primary"
            ariaCurrentWhenActive="page"
            class="rounded-control px-2 py-1.5 text-sm font-medium text-fg no-underline hover:text-primary"
            >Sign in</a
          >
          <a routerLink="/register" class="btn btn-primary btn-sm">Create account</a>
          <app-theme-toggle class="ml-1 hidden sm:inline-flex" />
        </nav>
      </div>
    </header>
  `,
})
export class PublicHeaderComponent {}
