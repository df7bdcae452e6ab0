import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { IconComponent, IconName } from '../icon/icon.component';

export type AlertTone = 'error' | 'success' | 'info' | 'warning';

/** Inline message box (form errors, confirmations). Errors use role=alert, others role=status. */
@Component({
  selector: 'app-alert',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [IconComponent],
  template: `
    <div
      [attr.role]="tone() === 'error' ? 'alert' : 'status'"
      class="flex gap-3 rounded-control border px-4 py-3 text-sm"
      [class]="toneClass()"
    >
      <span class="mt-0.5"><app-icon [name]="icon()" [size]="18" /></span>
      <div class="min-w-0 flex-1 text-fg">
        @if (title()) {
          <p class="font-semibold">{{ title() }}</p>
        }
        <div class="whitespace-pre-line"><ng-content /></div>
      </div>
    </div>
  `,
})
export class AlertComponent {
  readonly tone = input<AlertTone>('info');
  readonly title = input<string | null>(null);

  readonly icon = computed<IconName>(() =>
    this.tone() === 'success' ? 'check' : this.tone() === 'info' ? 'info' : 'alert',
  );
  readonly toneClass = computed(() => {
    switch (this.tone()) {
      case 'error':
        return 'border-danger/40 bg-danger-soft [&_app-icon]:text-danger';
      case 'success':
        return 'border-success/40 bg-success-soft [&_app-icon]:text-success';
      case 'warning':
        return 'border-warning/40 bg-warning-soft [&_app-icon]:text-warning';
      default:
        return 'border-info/40 bg-info-soft [&_app-icon]:text-info';
    }
  });
}
