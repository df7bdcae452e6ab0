import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { JobStatus } from '../../../core/models';

const LABELS: Record<JobStatus, string> = {
  pending: 'Pending',
  running: 'Running',
  done: 'Done',
  error: 'Error',
  cancelled: 'Cancelled',
};

const CLASSES: Record<JobStatus, string> = {
  pending: 'bg-surface-muted text-muted border-border',
  running: 'bg-info-soft text-info border-info/30',
  done: 'bg-success-soft text-success border-success/30',
  error: 'bg-danger-soft text-danger border-danger/30',
  cancelled: 'bg-warning-soft text-warning border-warning/30',
};

/** Job status as a coloured pill with its word (never colour alone). */
@Component({
  selector: 'app-job-status-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span
      class="inline-flex items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-xs font-semibold"
      [class]="classes()"
      data-testid="job-status"
      [attr.data-status]="status()"
    >
      <span
        class="h-1.5 w-1.5 rounded-full bg-current"
        [class.animate-pulse]="status() === 'running'"
      ></span>
      {{ text() }}
    </span>
  `,
})
export class JobStatusBadgeComponent {
  readonly status = input.required<JobStatus>();
  readonly text = computed(() => LABELS[this.status()] ?? this.status());
  readonly classes = computed(() => CLASSES[this.status()] ?? CLASSES.pending);
}
