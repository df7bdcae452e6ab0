import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { IconComponent } from '../icon/icon.component';

/** A failed load: what went wrong and a retry button. */
@Component({
  selector: 'app-error-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [IconComponent],
  template: `
    <div
      role="alert"
      class="flex flex-col items-center gap-3 rounded-card border border-danger/40 bg-danger-soft px-6 py-8 text-center"
    >
      <span class="text-danger"><app-icon name="alert" [size]="22" /></span>
      <p class="font-semibold text-fg">{{ title() }}</p>
      <p class="max-w-lg whitespace-pre-line text-sm text-fg">{{ message() }}</p>
      @if (retryable()) {
        <button type="button" class="btn btn-secondary btn-sm" (click)="retry.emit()">
          <app-icon name="refresh" [size]="16" /> Try again
        </button>
      }
    </div>
  `,
})
export class ErrorStateComponent {
  readonly title = input('Something went wrong');
  readonly message = input.required<string>();
  readonly retryable = input(true);
  readonly retry = output<void>();
}
