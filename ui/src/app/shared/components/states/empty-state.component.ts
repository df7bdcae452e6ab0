import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** "Nothing here yet" block with an optional call to action projected as content. */
@Component({
  selector: 'app-empty-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="flex flex-col items-center justify-center gap-2 rounded-card border border-dashed border-border-strong px-6 py-10 text-center"
    >
      <p class="text-base font-semibold text-fg">{{ title() }}</p>
      @if (message()) {
        <p class="max-w-md text-sm text-muted">{{ message() }}</p>
      }
      <div class="mt-2"><ng-content /></div>
    </div>
  `,
})
export class EmptyStateComponent {
  readonly title = input.required<string>();
  readonly message = input<string | null>(null);
}
