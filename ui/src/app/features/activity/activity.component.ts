import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { AuditEntry, AuditQuery, ProjectMember } from '../../core/models';
import { ActivityService } from '../../core/services/activity.service';
import { ProjectMembersService } from '../../core/services/project-members.service';
import {
  ACTION_SUGGESTIONS,
  TIME_RANGE_OPTIONS,
  TimeRangePreset,
  timeRange,
} from '../../core/utils/audit';
import { AlertComponent } from '../../shared/components/alert/alert.component';
import { AuditListComponent } from '../../shared/components/audit-list/audit-list.component';
import { IconComponent } from '../../shared/components/icon/icon.component';
import { ProjectPageHeaderComponent } from '../../shared/components/page-header/project-page-header.component';
import { EmptyStateComponent } from '../../shared/components/states/empty-state.component';
import { ErrorStateComponent } from '../../shared/components/states/error-state.component';
import { LoadingStateComponent } from '../../shared/components/states/loading-state.component';
import { CursorFeed } from '../../shared/data/cursor-feed';

const PAGE_SIZE = 25;

/**
 * `/projects/:projectId/activity`: the project's audit trail (gateway requests and domain events),
 * newest first, filtered by person, action (exact or `prefix.*`) and time range, paged with
 * "Load more".
 */
@Component({
  selector: 'app-activity',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    AlertComponent,
    AuditListComponent,
    IconComponent,
    ProjectPageHeaderComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
  ],
  template: `
    <div class="mx-auto max-w-5xl px-6 py-8 lg:px-8">
      <app-project-page-header
        [projectId]="projectId()"
        heading="Activity"
        description="Everything done in this project: requests through the gateway and the changes they made."
      >
        <button
          type="button"
          class="btn btn-secondary btn-sm"
          (click)="feed.reload()"
          [disabled]="feed.loading()"
        >
          <app-icon name="refresh" [size]="16" /> Refresh
        </button>
      </app-project-page-header>

      <form
        role="search"
        aria-label="Filter activity"
        class="card mt-6 grid gap-4 p-5 md:grid-cols-[1fr_1fr_1fr_auto] md:items-end"
        [formGroup]="filters"
        (ngSubmit)="apply()"
        novalidate
      >
        <div>
          <label for="activity-user" class="field-label">Person</label>
          <select id="activity-user" class="input" formControlName="user">
            <option value="">Anyone</option>
            @for (member of members(); track member.userId) {
              <option [value]="member.userId">{{ member.name || member.email }}</option>
            }
          </select>
        </div>
        <div>
          <label for="activity-action" class="field-label">Action</label>
          <input
            id="activity-action"
            type="text"
            class="input font-mono"
            formControlName="action"
            list="activity-actions"
            placeholder="e.g. project.*"
            autocomplete="off"
            aria-describedby="activity-action-hint"
          />
          <datalist id="activity-actions">
            @for (action of actions; track action) {
              <option [value]="action"></option>
            }
          </datalist>
          <p id="activity-action-hint" class="sr-only">
            An exact action such as project.created, or a prefix ending in a star such as project.*
          </p>
        </div>
        <div>
          <label for="activity-range" class="field-label">Time range</label>
          <select id="activity-range" class="input" formControlName="range">
            @for (option of rangeOptions; track option.value) {
              <option [value]="option.value">{{ option.label }}</option>
            }
          </select>
        </div>
        <div class="flex gap-2">
          <button type="submit" class="btn btn-primary">Apply</button>
          <button type="button" class="btn btn-ghost" (click)="clear()">Clear</button>
        </div>
        @if (filters.controls.range.value === 'custom') {
          <div class="grid gap-4 sm:grid-cols-2 md:col-span-3">
            <div>
              <label for="activity-from" class="field-label">From</label>
              <input
                id="activity-from"
                type="datetime-local"
                class="input"
                formControlName="from"
              />
            </div>
            <div>
              <label for="activity-to" class="field-label">To (exclusive)</label>
              <input id="activity-to" type="datetime-local" class="input" formControlName="to" />
            </div>
          </div>
        }
        @if (filterError(); as e) {
          <app-alert tone="error" class="block md:col-span-4">{{ e }}</app-alert>
        }
      </form>

      <section class="card mt-6 p-6" aria-labelledby="activity-list-title">
        <div class="flex items-baseline justify-between gap-3">
          <h2 id="activity-list-title" class="section-title">Entries</h2>
          @if (feed.loaded() && feed.items().length) {
            <p class="text-sm text-muted" role="status">
              {{ feed.items().length }} shown{{ feed.hasMore() ? ', more available' : '' }}
            </p>
          }
        </div>
        <div class="mt-4">
          @if (feed.loading() && !feed.items().length) {
            <app-loading-state message="Loading activity…" />
          } @else if (feed.error()) {
            <app-error-state
              title="Activity could not be loaded"
              [message]="feed.error()!"
              (retry)="feed.reload()"
            />
          } @else if (!feed.items().length) {
            <app-empty-state
              [title]="filtered() ? 'Nothing matches these filters' : 'No activity yet'"
              [message]="
                filtered()
                  ? 'Try another person, action or a wider time range.'
                  : 'Changes and requests in this project appear here within a few seconds.'
              "
            />
          } @else {
            <app-audit-list [entries]="feed.items()" label="Project activity" />
            <div class="mt-5 flex flex-col items-center gap-2">
              @if (feed.moreError(); as e) {
                <p class="text-sm text-danger" role="alert">Could not load more: {{ e }}</p>
              }
              @if (feed.hasMore()) {
                <button
                  type="button"
                  class="btn btn-secondary btn-sm"
                  (click)="feed.loadMore()"
                  [disabled]="feed.loadingMore()"
                >
                  {{ feed.loadingMore() ? 'Loading…' : 'Load more' }}
                </button>
              } @else {
                <p class="text-xs text-muted">This is the oldest entry.</p>
              }
            </div>
          }
        </div>
      </section>
    </div>
  `,
})
export class ActivityComponent {
  private readonly activity = inject(ActivityService);
  private readonly membersService = inject(ProjectMembersService);

  /** Route parameter (component input binding). */
  readonly projectId = input.required<string>();

  protected readonly actions = ACTION_SUGGESTIONS;
  protected readonly rangeOptions = TIME_RANGE_OPTIONS;
  protected readonly members = signal<ProjectMember[]>([]);
  protected readonly filterError = signal<string | null>(null);
  private readonly query = signal<AuditQuery>({});
  protected readonly filtered = computed(() =>
    Object.values(this.query()).some((v) => v !== null && v !== undefined && v !== ''),
  );

  protected readonly filters = inject(FormBuilder).nonNullable.group({
    user: [''],
    action: [''],
    range: ['any' as TimeRangePreset],
    from: [''],
    to: [''],
  });

  protected readonly feed = new CursorFeed<AuditEntry>((cursor) =>
    this.activity.page(this.projectId(), { ...this.query(), cursor, limit: PAGE_SIZE }),
  );

  constructor() {
    inject(DestroyRef).onDestroy(() => this.feed.cancel());
    effect(() => {
      const id = this.projectId();
      untracked(() => {
        this.query.set({});
        this.filters.reset();
        this.feed.reload();
        this.loadMembers(id);
      });
    });
  }

  protected apply(): void {
    this.filterError.set(null);
    const { user, action, range, from, to } = this.filters.getRawValue();
    let instants: { from: string | null; to: string | null };
    try {
      instants = timeRange(range, { from, to });
    } catch (e) {
      this.filterError.set((e as Error).message);
      return;
    }
    this.query.set({ user: user || null, action: action.trim() || null, ...instants });
    this.feed.reload();
  }

  protected clear(): void {
    this.filters.reset();
    this.filterError.set(null);
    this.query.set({});
    this.feed.reload();
  }

  private loadMembers(projectId: string): void {
    // Only feeds the "Person" choices; without it the filter offers "Anyone" alone.
    this.membersService.list(projectId).subscribe({
      next: (list) => this.members.set(list.members),
      error: () => this.members.set([]),
    });
  }
}
