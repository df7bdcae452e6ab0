import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { Job, isTerminal } from '../../../core/models';
import { IconComponent } from '../icon/icon.component';
import { JobStatusBadgeComponent } from '../job-status-badge/job-status-badge.component';
import { ProgressBarComponent } from '../progress-bar/progress-bar.component';

/** One job: label, status, live progress bar, current step, cancel, final state and error. */
@Component({
  selector: 'app-job-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, IconComponent, JobStatusBadgeComponent, ProgressBarComponent],
  host: { class: 'block', '[attr.data-job-id]': 'job().id', '[attr.data-status]': 'job().status' },
  template: `
    @let j = job();
    <div class="flex flex-wrap items-start justify-between gap-x-3 gap-y-2">
      <div class="min-w-[14rem] flex-1">
        <p class="truncate font-semibold text-fg" [title]="j.label || j.type">
          {{ j.label || j.type }}
        </p>
        <p class="mt-0.5 text-xs text-muted">
          <span class="font-mono">{{ j.type }}</span>
          · started {{ j.startedAt || j.createdAt | date: 'MMM d, HH:mm:ss' }}
          @if (duration(); as d) {
            · {{ d }}
          }
        </p>
      </div>
      <div class="flex shrink-0 items-center gap-2">
        <app-job-status-badge [status]="j.status" />
        @if (!terminal()) {
          <button
            type="button"
            class="btn btn-secondary btn-sm"
            [disabled]="cancelling()"
            (click)="cancel.emit(j)"
            [attr.aria-label]="'Cancel ' + (j.label || j.type)"
          >
            <app-icon name="stop" [size]="14" /> {{ cancelling() ? 'Cancelling…' : 'Cancel' }}
          </button>
        }
      </div>
    </div>

    <div class="mt-3 flex items-center gap-3">
      <app-progress-bar
        class="flex-1"
        [value]="j.progress"
        [status]="j.status"
        [label]="(j.label || j.type) + ' progress'"
      />
      <span class="w-10 text-right text-xs tabular-nums text-muted" aria-hidden="true"
        >{{ percent() }}%</span
      >
    </div>

    @if (j.message && j.status !== 'error') {
      <p class="mt-2 text-sm text-muted" data-testid="job-message">{{ j.message }}</p>
    }
    @if (j.status === 'error') {
      <p
        class="mt-2 rounded-control bg-danger-soft px-3 py-2 text-sm text-fg"
        data-testid="job-error"
      >
        <span class="font-semibold text-danger">Failed:</span>
        {{ j.error || j.message || 'The job failed without a message.' }}
      </p>
    }
    @if (j.status === 'cancelled') {
      <p class="mt-2 text-sm text-muted">
        Cancelled{{ j.completedAt ? ' at ' + (j.completedAt | date: 'HH:mm:ss') : '' }}.
      </p>
    }
    @if (streamError()) {
      <p class="mt-2 text-xs text-warning" role="status">{{ streamError() }}</p>
    }
  `,
})
export class JobCardComponent {
  readonly job = input.required<Job>();
  readonly cancelling = input(false);
  /** Problem with the live stream (progress may be stale). */
  readonly streamError = input<string | null>(null);
  readonly cancel = output<Job>();

  readonly terminal = computed(() => isTerminal(this.job().status));
  readonly percent = computed(() =>
    Math.round(Math.min(1, Math.max(0, Number(this.job().progress) || 0)) * 100),
  );
  readonly duration = computed(() => {
    const j = this.job();
    if (!j.startedAt || !j.completedAt) return null;
    const ms = Date.parse(j.completedAt) - Date.parse(j.startedAt);
    if (!Number.isFinite(ms) || ms < 0) return null;
    return ms < 1000
      ? `${ms} ms`
      : ms < 60_000
        ? `${(ms / 1000).toFixed(1)} s`
        : `${Math.round(ms / 60_000)} min`;
  });
}
