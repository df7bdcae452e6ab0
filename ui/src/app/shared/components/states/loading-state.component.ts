import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Spinner with a sentence, announced politely to screen readers. */
@Component({
  selector: 'app-loading-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      role="status"
      aria-live="polite"
      class="flex items-center justify-center gap-3 py-10 text-sm text-muted"
      [class.py-10]="!compact()"
      [class.py-3]="compact()"
    >
      <span
        class="h-5 w-5 animate-spin rounded-full border-2 border-border border-t-primary"
        aria-hidden="true"
      ></span>
      <span>{{ message() }}</span>
    </div>
  `,
})
export class LoadingStateComponent {
  readonly message = input('Loading…');
  readonly compact = input(false);
}
