import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Centred card used by the sign-in, registration and password screens. */
@Component({
  selector: 'app-auth-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="flex min-h-[calc(100vh-3.5rem)] items-start justify-center px-4 py-12 sm:py-16">
      <section class="card w-full max-w-md p-8" [attr.aria-labelledby]="'auth-title'">
        <h1 id="auth-title" class="page-title">{{ heading() }}</h1>
        @if (subtitle()) {
          <p class="mt-2 text-sm text-muted">{{ subtitle() }}</p>
        }
        <div class="mt-6"><ng-content /></div>
      </section>
    </div>
  `,
})
export class AuthLayoutComponent {
  readonly heading = input.required<string>();
  readonly subtitle = input<string | null>(null);
}
