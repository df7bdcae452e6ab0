import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuditEntry } from '../../../core/models';
import { ActivityService } from '../../../core/services/activity.service';
import { AuditListComponent } from '../../../shared/components/audit-list/audit-list.component';
import { IconComponent } from '../../../shared/components/icon/icon.component';
import { EmptyStateComponent } from '../../../shared/components/states/empty-state.component';
import { ErrorStateComponent } from '../../../shared/components/states/error-state.component';
import { LoadingStateComponent } from '../../../shared/components/states/loading-state.component';
import { CursorFeed } from '../../../shared/data/cursor-feed';

/** The dashboard's "Recent activity" card: the project's last few audit entries. */
@Component({
  selector: 'app-recent-activity',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    AuditListComponent,
    IconComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
  ],
  template: `
    <section class="card p-6" aria-labelledby="recent-activity-title" data-testid="recent-activity">
      <div class="flex items-center justify-between gap-3">
        <h2 id="recent-activity-title" class="section-title">Recent activity</h2>
        <button
          type="button"
          class="btn btn-ghost btn-sm !px-2"
          (click)="feed.reload()"
          [disabled]="feed.loading()"
          aria-label="Refresh recent activity"
        >
          <app-icon name="refresh" [size]="16" />
        </button>
      </div>
      <div class="mt-4">
        @if (feed.loading() && !feed.items().length) {
          <app-loading-state message="Loading activity…" [compact]="true" />
        } @else if (feed.error()) {
          <app-error-state
            title="Activity could not be loaded"
            [message]="feed.error()!"
            (retry)="feed.reload()"
          />
        } @else if (!feed.items().length) {
          <app-empty-state
            title="No activity yet"
            message="Changes and requests in this project appear here."
          />
        } @else {
          <app-audit-list [entries]="feed.items()" [compact]="true" label="Recent activity" />
        }
      </div>
      <a
        class="mt-4 inline-flex items-center gap-1 text-sm font-medium"
        [routerLink]="['/projects', projectId(), 'activity']"
        >View all activity</a
      >
    </section>
  `,
})
export class RecentActivityComponent {
  private readonly activity = inject(ActivityService);
  readonly projectId = input.required<string>();
  readonly limit = input(6);

  protected readonly feed = new CursorFeed<AuditEntry>(() =>
    this.activity.page(this.projectId(), { limit: this.limit() }),
  );

  constructor() {
    inject(DestroyRef).onDestroy(() => this.feed.cancel());
    effect(() => {
      this.projectId();
      untracked(() => this.feed.reload());
    });
  }

  /** Reloads the card (the dashboard calls it when one of its jobs ends). */
  refresh(): void {
    this.feed.reload();
  }
}
