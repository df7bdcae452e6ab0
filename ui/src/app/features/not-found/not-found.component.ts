import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

/** Fallback for unknown URLs. */
@Component({
  selector: 'app-not-found',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <div class="mx-auto max-w-xl px-6 py-24 text-center">
      <p class="text-sm font-semibold text-primary">404</p>
      <h1 class="page-title mt-2">This page does not exist</h1>
      <p class="mt-3 text-muted">The link may be old or mistyped.</p>
      <a routerLink="/" class="btn btn-primary mt-8">Back to the start</a>
    </div>
  `,
})
export class NotFoundComponent {}
