import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { JobStatus } from '../../../core/models';

/**
 * Accessible progress bar (role=progressbar with aria-valuenow in percent). `indeterminate`
 * (or a pending job) shows a moving stripe and omits aria-valuenow.
 */
@Component({
  selector: 'app-progress-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <div
      role="progressbar"
      [attr.aria-label]="label()"
      aria-valuemin="0"
      aria-valuemax="100"
      [attr.aria-valuenow]="isIndeterminate() ? null : percent()"
      [attr.aria-valuetext]="valueText()"
      [attr.data-status]="status()"
      class="relative h-2.5 w-full overflow-hidden rounded-full bg-surface-muted"
    >
      @if (isIndeterminate()) {
        <div
          class="kt-indeterminate absolute inset-y-0 w-1/3 rounded-full"
          [class]="barClass()"
        ></div>
      } @else {
        <div
          class="h-full rounded-full transition-[width] duration-300 ease-out"
          [class]="barClass()"
          [style.width.%]="percent()"
        ></div>
      }
    </div>
  `,
  styles: `
    .kt-indeterminate {
      animation: kt-slide 1.2s ease-in-out infinite;
    }
    @keyframes kt-slide {
      from {
        left: -33%;
      }
      to {
        left: 100%;
      }
    }
  `,
})
export class ProgressBarComponent {
  /** Progress from 0 to 1 (values outside are clamped). */
  readonly value = input(0);
  readonly status = input<JobStatus | null>(null);
  readonly label = input('Progress');
  readonly indeterminate = input(false);

  readonly percent = computed(() => {
    const v = Number(this.value());
    if (!Number.isFinite(v)) return 0;
    return Math.round(Math.min(1, Math.max(0, v)) * 100);
  });

  readonly isIndeterminate = computed(() => this.indeterminate() || this.status() === 'pending');

  readonly valueText = computed(() => {
    const status = this.status();
    if (this.isIndeterminate()) return status ? `${status}, waiting to start` : 'in progress';
    return status ? `${this.percent()}%, ${status}` : `${this.percent()}%`;
  });

  readonly barClass = computed(() => {
    switch (this.status()) {
      case 'done':
        return 'bg-success';
      case 'error':
        return 'bg-danger';
      case 'cancelled':
        return 'bg-border-strong';
      default:
        return 'bg-primary';
    }
  });
}
