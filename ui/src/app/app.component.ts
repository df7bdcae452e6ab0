import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { filter } from 'rxjs';
import { AuthService } from './core/services/auth.service';
import { ThemeService } from './core/services/theme.service';
import { ConfirmDialogComponent } from './shared/components/confirm-dialog/confirm-dialog.component';
import { IconComponent } from './shared/components/icon/icon.component';
import { PublicHeaderComponent } from './shared/components/public-header/public-header.component';
import { SidebarComponent } from './shared/components/sidebar/sidebar.component';
import { ToastContainerComponent } from './shared/components/toast-container/toast-container.component';

/**
 * Application shell: sidebar for signed-in users (a drawer below 1024 px), a top bar for
 * visitors, one router outlet, and the global toast and confirm layers.
 */
@Component({
  selector: 'app-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown.escape)': 'closeMenu()' },
  imports: [
    RouterOutlet,
    SidebarComponent,
    PublicHeaderComponent,
    ToastContainerComponent,
    ConfirmDialogComponent,
    IconComponent,
  ],
  template: `
    <a
      href="#main"
      class="sr-only-focusable fixed left-3 top-3 z-[60] btn btn-primary"
      (click)="focusMain($event)"
      >Skip to content</a
    >

    <div class="flex min-h-screen">
      @if (auth.isAuthenticated()) {
        @if (menuOpen()) {
          <div
            class="fixed inset-0 z-30 bg-[var(--kt-overlay)] lg:hidden"
            (click)="menuOpen.set(false)"
            aria-hidden="true"
          ></div>
        }
        <aside
          id="app-sidebar"
          class="fixed inset-y-0 left-0 z-40 w-[var(--kt-sidebar-width)] shrink-0 border-r border-border bg-surface transition-transform lg:sticky lg:top-0 lg:h-screen lg:translate-x-0"
          [class.-translate-x-full]="!menuOpen()"
          [class.max-lg:invisible]="!menuOpen()"
          aria-label="Navigation"
        >
          <app-sidebar (navigated)="menuOpen.set(false)" />
        </aside>
      }

      <div class="flex min-w-0 flex-1 flex-col">
        @if (auth.isAuthenticated()) {
          <header
            class="flex h-14 items-center gap-3 border-b border-border bg-surface px-4 lg:hidden"
          >
            <button
              type="button"
              class="btn btn-ghost btn-sm !px-2"
              aria-controls="app-sidebar"
              [attr.aria-expanded]="menuOpen()"
              aria-label="Open navigation"
              (click)="menuOpen.set(!menuOpen())"
            >
              <app-icon name="menu" />
            </button>
            <span class="font-bold">KytheraDB</span>
          </header>
        } @else {
          <app-public-header />
        }

        <main #main id="main" tabindex="-1" class="flex-1 outline-none">
          <router-outlet />
        </main>
      </div>
    </div>

    <app-toast-container />
    <app-confirm-dialog />
  `,
})
export class App {
  protected readonly auth = inject(AuthService);
  protected readonly menuOpen = signal(false);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  constructor() {
    inject(ThemeService); // applies the stored theme
    void this.auth.whenReady();

    // After in-app navigation, move focus to the new page so keyboard and screen-reader users
    // start at its top instead of on the link they left.
    let first = true;
    inject(Router)
      .events.pipe(
        filter((e): e is NavigationEnd => e instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => {
        this.menuOpen.set(false);
        if (first) {
          first = false;
          return;
        }
        queueMicrotask(() => this.main().nativeElement.focus({ preventScroll: false }));
      });
  }

  /** Escape closes the navigation drawer on narrow screens. */
  protected closeMenu(): void {
    this.menuOpen.set(false);
  }

  protected focusMain(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }
}
