import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { AuditEntry, AuditOutcome, PlatformAuditQuery } from '../../core/models';
import { GovernanceService } from '../../core/services/governance.service';
import {
  ACTION_SUGGESTIONS,
  TIME_RANGE_OPTIONS,
  TimeRangePreset,
  timeRange,
} from '../../core/utils/audit';
import { AlertComponent } from '../../shared/components/alert/alert.component';
import { AuditListComponent } from '../../shared/components/audit-list/audit-list.component';
import { IconComponent } from '../../shared/components/icon/icon.component';
import { EmptyStateComponent } from '../../shared/components/states/empty-state.component';
import { ErrorStateComponent } from '../../shared/components/states/error-state.component';
import { LoadingStateComponent } from '../../shared/components/states/loading-state.component';
import { CursorFeed } from '../../shared/data/cursor-feed';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `/governance/audit`: the platform-wide audit log with filters and "load more". */
@Component({
  selector: 'app-governance-audit',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    AlertComponent,
    AuditListComponent,
    IconComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
  ],
  template: `
    <form
      role="search"
      aria-label="Filter the audit log"
      class="card grid gap-4 p-5 md:grid-cols-3"
      [formGroup]="filters"
      (ngSubmit)="apply()"
      novalidate
    >
      <div>
        <label for="audit-action" class="field-label">Action</label>
        <input
          id="audit-action"
          type="text"
          class="input font-mono"
          formControlName="action"
          list="audit-actions"
          placeholder="e.g. governance.*"
          autocomplete="off"
        />
        <datalist id="audit-actions">
          @for (action of actions; track action) {
            <option [value]="action"></option>
          }
        </datalist>
      </div>
      <div>
        <label for="audit-outcome" class="field-label">Outcome</label>
        <select id="audit-outcome" class="input" formControlName="outcome">
          <option value="">Any</option>
          <option value="success">Success</option>
          <option value="failure">Failure</option>
          <option value="denied">Denied</option>
        </select>
      </div>
      <div>
        <label for="audit-range" class="field-label">Time range</label>
        <select id="audit-range" class="input" formControlName="range">
          @for (option of rangeOptions; track option.value) {
            <option [value]="option.value">{{ option.label }}</option>
          }
        </select>
      </div>
      <div>
        <label for="audit-user" class="field-label">User id</label>
        <input
          id="audit-user"
          type="text"
          class="input font-mono"
          formControlName="user"
          autocomplete="off"
          placeholder="UUID"
        />
      </div>
      <div>
        <label for="audit-project" class="field-label">Project id</label>
        <input
          id="audit-project"
          type="text"
          class="input font-mono"
          formControlName="project"
          autocomplete="off"
          placeholder="UUID"
        />
      </div>
      @if (filters.controls.range.value === 'custom') {
        <div class="grid gap-4 sm:grid-cols-2 md:col-span-3">
          <div>
            <label for="audit-from" class="field-label">From</label>
            <input id="audit-from" type="datetime-local" class="input" formControlName="from" />
          </div>
          <div>
            <label for="audit-to" class="field-label">To (exclusive)</label>
            <input id="audit-to" type="datetime-local" class="input" formControlName="to" />
          </div>
        </div>
      }
      <div class="flex items-end gap-2">
        <button type="submit" class="btn btn-primary">Apply</button>
        <button type="button" class="btn btn-ghost" (click)="clear()">Clear</button>
      </div>
      @if (filterError(); as e) {
        <app-alert tone="error" class="block md:col-span-3">{{ e }}</app-alert>
      }
    </form>

    <section class="card mt-6 p-6" aria-labelledby="audit-title">
      <div class="flex items-baseline justify-between gap-3">
        <h2 id="audit-title" class="section-title">Entries</h2>
        <div class="flex items-center gap-3">
          @if (feed.loaded() && feed.items().length) {
            <p class="text-sm text-muted" role="status">
              {{ feed.items().length }} shown{{ feed.hasMore() ? ', more available' : '' }}
            </p>
          }
          <button
            type="button"
            class="btn btn-ghost btn-sm"
            (click)="feed.reload()"
            [disabled]="feed.loading()"
          >
            <app-icon name="refresh" [size]="16" /> Refresh
          </button>
        </div>
      </div>
      <div class="mt-4">
        @if (feed.loading() && !feed.items().length) {
          <app-loading-state message="Loading the audit log…" />
        } @else if (feed.error()) {
          <app-error-state
            title="The audit log could not be loaded"
            [message]="feed.error()!"
            (retry)="feed.reload()"
          />
        } @else if (!feed.items().length) {
          <app-empty-state
            [title]="filtered() ? 'Nothing matches these filters' : 'The audit log is empty'"
          />
        } @else {
          <app-audit-list
            [entries]="feed.items()"
            [showProject]="true"
            label="Platform audit log"
          />
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
            }
          </div>
        }
      </div>
    </section>
  `,
})
export class GovernanceAuditComponent {
  private readonly governance = inject(GovernanceService);
  protected readonly actions = ACTION_SUGGESTIONS;
  protected readonly rangeOptions = TIME_RANGE_OPTIONS;
  protected readonly filterError = signal<string | null>(null);
  private readonly query = signal<PlatformAuditQuery>({});
  protected readonly filtered = computed(() =>
    Object.values(this.query()).some((v) => v !== null && v !== undefined && v !== ''),
  );
  protected readonly filters = inject(FormBuilder).nonNullable.group({
    action: [''],
    outcome: ['' as AuditOutcome | ''],
    range: ['any' as TimeRangePreset],
    from: [''],
    to: [''],
    user: [''],
    project: [''],
  });
  protected readonly feed = new CursorFeed<AuditEntry>((cursor) =>
    this.governance.audit({ ...this.query(), cursor, limit: 50 }),
  );

  constructor() {
    inject(DestroyRef).onDestroy(() => this.feed.cancel());
    this.feed.reload();
  }

  protected apply(): void {
    this.filterError.set(null);
    const f = this.filters.getRawValue();
    const bad = (['user', 'project'] as const).filter(
      (k) => f[k].trim() && !UUID.test(f[k].trim()),
    );
    if (bad.length) {
      this.filterError.set(
        `${bad.map((k) => (k === 'user' ? 'User id' : 'Project id')).join(' and ')}: enter a full id (UUID).`,
      );
      return;
    }
    let range: { from: string | null; to: string | null };
    try {
      range = timeRange(f.range, { from: f.from, to: f.to });
    } catch (e) {
      this.filterError.set((e as Error).message);
      return;
    }
    this.query.set({
      action: f.action.trim() || null,
      outcome: f.outcome || null,
      user: f.user.trim() || null,
      project: f.project.trim() || null,
      ...range,
    });
    this.feed.reload();
  }

  protected clear(): void {
    this.filters.reset();
    this.filterError.set(null);
    this.query.set({});
    this.feed.reload();
  }
}
