import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { ToastService } from '../../../core/services/toast.service';
import { IconComponent } from '../icon/icon.component';

/** Renders ToastService's toasts bottom-right. Live regions: errors assertive, others polite. */
@Component({
  selector: 'app-toast-container',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [IconComponent, NgTemplateOutlet],
  template: `
    <div
      class="pointer-events-none fixed bottom-4 right-4 z-50 flex w-[22rem] max-w-[calc(100vw-2rem)] flex-col gap-2"
    >
      <div aria-live="polite" class="contents">
        @for (toast of toasts.toasts(); track toast.id) {
          @if (toast.tone !== 'error') {
            <ng-container *ngTemplateOutlet="tpl; context: { $implicit: toast }" />
          }
        }
      </div>
      <div aria-live="assertive" class="contents">
        @for (toast of toasts.toasts(); track toast.id) {
          @if (toast.tone === 'error') {
            <ng-container *ngTemplateOutlet="tpl; context: { $implicit: toast }" />
          }
        }
      </div>
    </div>
    <ng-template #tpl let-toast>
      <div
        class="pointer-events-auto flex items-start gap-3 rounded-card border bg-surface-raised px-4 py-3 text-sm shadow-overlay"
        [class.border-danger]="toast.tone === 'error'"
        [class.border-success]="toast.tone === 'success'"
        [class.border-warning]="toast.tone === 'warning'"
        [class.border-info]="toast.tone === 'info'"
        [attr.data-tone]="toast.tone"
        data-testid="toast"
      >
        <span
          class="mt-0.5"
          [class.text-danger]="toast.tone === 'error'"
          [class.text-success]="toast.tone === 'success'"
          [class.text-warning]="toast.tone === 'warning'"
          [class.text-info]="toast.tone === 'info'"
        >
          <app-icon
            [name]="toast.tone === 'success' ? 'check' : toast.tone === 'info' ? 'info' : 'alert'"
          />
        </span>
        <div class="min-w-0 flex-1 text-fg">
          @if (toast.title) {
            <p class="font-semibold">{{ toast.title }}</p>
          }
          <p class="whitespace-pre-line break-words">{{ toast.message }}</p>
        </div>
        <button
          type="button"
          class="btn btn-ghost btn-sm -mr-2 -mt-1 !px-1.5"
          (click)="toasts.dismiss(toast.id)"
          aria-label="Dismiss notification"
        >
          <app-icon name="close" [size]="16" />
        </button>
      </div>
    </ng-template>
  `,
})
export class ToastContainerComponent {
  protected readonly toasts = inject(ToastService);
}
