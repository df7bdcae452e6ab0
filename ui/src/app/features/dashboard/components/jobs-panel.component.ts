import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { Job } from '../../../core/models';
import { IconComponent } from '../../../shared/components/icon/icon.component';
import { JobCardComponent } from '../../../shared/components/job-card/job-card.component';
import { EmptyStateComponent } from '../../../shared/components/states/empty-state.component';
import { ErrorStateComponent } from '../../../shared/components/states/error-state.component';
import { LoadingStateComponent } from '../../../shared/components/states/loading-state.component';
import { ProjectJobsStore } from '../project-jobs.store';

/**
 * Recent jobs of the project with live progress bars (SSE via ProjectJobsStore), cancel buttons
 * and final states. Needs a ProjectJobsStore from an ancestor (the dashboard provides one).
 */
@Component({
  selector: 'app-jobs-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    IconComponent,
    JobCardComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
  ],
  template: `
    <section class="card p-6" aria-labelledby="jobs-panel-title" data-testid="jobs-panel">
      <div class="flex items-center justify-between gap-3">
        <h2 id="jobs-panel-title" class="section-title">{{ heading() }}</h2>
        <button
          type="button"
          class="btn btn-ghost btn-sm"
          (click)="refresh()"
          [disabled]="store.loading()"
          aria-label="Refresh jobs"
        >
          <app-icon name="refresh" [size]="16" /> Refresh
        </button>
      </div>

      <div class="mt-4">
        @if (store.loading() && !store.jobs().length) {
          <app-loading-state message="Loading jobs…" [compact]="true" />
        } @else if (store.loadError() && !store.jobs().length) {
          <app-error-state
            title="Jobs could not be loaded"
            [message]="store.loadError()!"
            (retry)="refresh()"
          />
        } @else if (!store.jobs().length) {
          <app-empty-state
            title="No jobs yet"
            message="Long operations (seeding, copies, patches, scans) appear here with live progress."
          />
        } @else {
          @if (store.loadError()) {
            <p class="mb-3 text-sm text-warning" role="status">
              Could not refresh the list: {{ store.loadError() }}
            </p>
          }
          <ul class="divide-y divide-border">
            @for (job of store.jobs(); track job.id) {
              <li class="py-4 first:pt-0 last:pb-0">
                <app-job-card
                  [job]="job"
                  [cancelling]="store.cancelling().has(job.id)"
                  [streamError]="store.streamErrors()[job.id] ?? null"
                  (cancel)="cancel($event)"
                />
              </li>
            }
          </ul>
        }
      </div>
    </section>
  `,
})
export class JobsPanelComponent {
  protected readonly store = inject(ProjectJobsStore);
  readonly projectId = input.required<string>();
  readonly heading = input('Recent jobs');

  protected refresh(): void {
    void this.store.load(this.projectId());
  }

  protected cancel(job: Job): void {
    void this.store.cancel(job);
  }
}
