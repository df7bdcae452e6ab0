import { DecimalPipe } from '@angular/common';
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
import { RouterLink } from '@angular/router';
import { HealthReport, SEVERITIES, Severity, SnapshotDetail } from '../../core/models';
import { SchemaService } from '../../core/services/schema.service';
import { IconComponent } from '../../shared/components/icon/icon.component';
import { ProjectPageHeaderComponent } from '../../shared/components/page-header/project-page-header.component';
import { EmptyStateComponent } from '../../shared/components/states/empty-state.component';
import { ErrorStateComponent } from '../../shared/components/states/error-state.component';
import { LoadingStateComponent } from '../../shared/components/states/loading-state.component';
import { Loader } from '../../shared/data/loader';
import { tableOfLocation } from '../schema/schema-utils';
import { SnapshotContext } from '../schema/snapshot-context';
import { SnapshotPickerComponent } from '../schema/snapshot-picker.component';
import {
  SEVERITY_CLASSES,
  SEVERITY_LABELS,
  codeCounts,
  filterFindings,
  groupBySeverity,
} from './health-utils';

/** Findings rendered per severity at once; "Show more" adds as many again. */
export const FINDINGS_PAGE = 100;

/**
 * `/projects/:projectId/health?connectionId=&snapshotId=`: the health audit of a snapshot
 * (missing primary keys, unindexed foreign keys, …) grouped by severity with counts, filtered by
 * severity, code and text. A location that names a table links to it in the schema viewer.
 */
@Component({
  selector: 'app-health',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [SnapshotContext],
  imports: [
    DecimalPipe,
    RouterLink,
    IconComponent,
    ProjectPageHeaderComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    SnapshotPickerComponent,
  ],
  template: `
    <div class="mx-auto max-w-6xl px-6 py-8 lg:px-8">
      <app-project-page-header
        [projectId]="projectId()"
        heading="Health"
        description="Schema checks of a snapshot: design problems, missing indexes and risky constraints."
      >
        @if (ctx.snapshotId()) {
          <button
            type="button"
            class="btn btn-secondary btn-sm"
            (click)="loadReport(true)"
            [disabled]="report.loading()"
          >
            <app-icon name="refresh" [size]="16" /> Refresh
          </button>
        }
      </app-project-page-header>

      <app-snapshot-picker class="mt-6" idPrefix="health" />

      @if (ctx.snapshotId()) {
        @if (report.loading() && !report.value()) {
          <app-loading-state message="Running the health checks…" />
        } @else if (report.error()) {
          <app-error-state
            class="mt-6 block"
            title="The health audit could not be loaded"
            [message]="report.error()!"
            (retry)="loadReport()"
          />
        } @else if (report.value(); as r) {
          <div class="mt-6 grid gap-4 sm:grid-cols-3" data-testid="health-counts">
            @for (s of severities; track s) {
              <div class="card flex items-center justify-between p-4" [attr.data-severity]="s">
                <span
                  class="rounded-full border px-2.5 py-0.5 text-xs font-semibold"
                  [class]="classes[s]"
                  >{{ labels[s].many }}</span
                >
                <span class="text-2xl font-bold tabular-nums text-fg">{{
                  r.counts[s] | number
                }}</span>
              </div>
            }
          </div>

          @if (!r.findings.length) {
            <app-empty-state
              class="mt-6 block"
              title="No findings"
              message="Every check passed for this snapshot."
            />
          } @else {
            <form
              class="card mt-6 grid gap-4 p-4 md:grid-cols-[auto_1fr_1fr] md:items-end"
              role="search"
              aria-label="Filter findings"
              (submit)="$event.preventDefault()"
            >
              <fieldset>
                <legend class="field-label">Severity</legend>
                <div class="flex flex-wrap gap-4 pt-1">
                  @for (s of severities; track s) {
                    <label class="flex items-center gap-2 text-sm text-fg">
                      <input
                        type="checkbox"
                        [checked]="shownSeverities().has(s)"
                        (change)="toggleSeverity(s, $any($event.target).checked)"
                      />
                      {{ labels[s].many }} ({{ r.counts[s] }})
                    </label>
                  }
                </div>
              </fieldset>
              <div>
                <label for="health-code" class="field-label">Check</label>
                <select
                  id="health-code"
                  class="input"
                  (change)="code.set($any($event.target).value || null)"
                >
                  <option value="">All checks</option>
                  @for (c of codes(); track c.code) {
                    <option [value]="c.code" [selected]="c.code === code()">
                      {{ c.code }} ({{ c.count }})
                    </option>
                  }
                </select>
              </div>
              <div>
                <label for="health-search" class="field-label">Search</label>
                <input
                  id="health-search"
                  type="search"
                  class="input"
                  autocomplete="off"
                  placeholder="Table, column or words"
                  [value]="query()"
                  (input)="query.set($any($event.target).value)"
                />
              </div>
            </form>

            <p class="mt-4 text-sm text-muted" role="status">
              {{ filtered().length | number }} of {{ r.findings.length | number }} findings shown
            </p>

            @for (group of groups(); track group.severity) {
              @if (shownSeverities().has(group.severity)) {
                <section
                  class="card mt-4 p-6"
                  [attr.aria-labelledby]="'sev-' + group.severity"
                  [attr.data-group]="group.severity"
                >
                  <h2 [id]="'sev-' + group.severity" class="section-title flex items-center gap-2">
                    <span
                      class="rounded-full border px-2.5 py-0.5 text-xs font-semibold"
                      [class]="classes[group.severity]"
                      >{{ labels[group.severity].many }}</span
                    >
                    <span class="text-muted">{{ group.findings.length | number }}</span>
                  </h2>
                  @if (!group.findings.length) {
                    <p class="mt-3 text-sm text-muted">Nothing matches here.</p>
                  } @else {
                    <ul class="mt-3 divide-y divide-border">
                      @for (f of group.findings.slice(0, limitOf(group.severity)); track $index) {
                        <li class="py-3" data-testid="finding" [attr.data-code]="f.code">
                          <p class="flex flex-wrap items-baseline gap-x-2 text-sm">
                            <span class="font-semibold text-fg">{{ f.title }}</span>
                            <code class="font-mono text-xs text-muted">{{ f.code }}</code>
                          </p>
                          <p class="mt-1 text-sm text-fg">{{ f.detail }}</p>
                          @if (f.location) {
                            <p class="mt-1 text-xs text-muted">
                              Location:
                              @if (tableOf(f.location); as table) {
                                <a
                                  class="font-mono"
                                  [routerLink]="['/projects', projectId(), 'schema']"
                                  [queryParams]="{
                                    connectionId: ctx.connectionId(),
                                    snapshotId: ctx.snapshotId(),
                                    table: table,
                                  }"
                                  >{{ f.location }}</a
                                >
                              } @else {
                                <code class="font-mono">{{ f.location }}</code>
                              }
                            </p>
                          }
                        </li>
                      }
                    </ul>
                    @if (group.findings.length > limitOf(group.severity)) {
                      <button
                        type="button"
                        class="btn btn-secondary btn-sm mt-3"
                        (click)="showMore(group.severity)"
                      >
                        Show more ({{ group.findings.length - limitOf(group.severity) | number }}
                        left)
                      </button>
                    }
                  }
                </section>
              }
            }
          }
        }
      }
    </div>
  `,
})
export class HealthComponent {
  private readonly schema = inject(SchemaService);
  protected readonly ctx = inject(SnapshotContext);

  readonly projectId = input.required<string>();
  readonly connectionId = input<string | undefined>();
  readonly snapshotId = input<string | undefined>();

  protected readonly severities = SEVERITIES;
  protected readonly labels = SEVERITY_LABELS;
  protected readonly classes = SEVERITY_CLASSES;
  private readonly destroyRef = inject(DestroyRef);
  protected readonly report = new Loader<HealthReport>(this.destroyRef);
  /** The snapshot's model, only to turn locations into table links. */
  private readonly detail = new Loader<SnapshotDetail>(this.destroyRef);

  readonly shownSeverities = signal<ReadonlySet<Severity>>(new Set(SEVERITIES));
  readonly code = signal<string | null>(null);
  readonly query = signal('');
  private readonly limits = signal<Partial<Record<Severity, number>>>({});

  readonly codes = computed(() => codeCounts(this.report.value()?.findings ?? []));
  readonly filtered = computed(() =>
    filterFindings(this.report.value()?.findings ?? [], {
      severities: this.shownSeverities(),
      code: this.code(),
      query: this.query(),
    }),
  );
  readonly groups = computed(() => groupBySeverity(this.filtered()));
  private readonly tableCache = computed(() => {
    const model = this.detail.value()?.model ?? null;
    const cache = new Map<string, string | null>();
    return (location: string) => {
      if (!cache.has(location)) cache.set(location, tableOfLocation(location, model));
      return cache.get(location)!;
    };
  });

  constructor() {
    effect(() =>
      this.ctx.set(this.projectId(), this.connectionId() ?? null, this.snapshotId() ?? null),
    );
    effect(() => {
      this.ctx.snapshotId();
      untracked(() => {
        this.limits.set({});
        this.loadReport();
        const projectId = this.ctx.projectId();
        const snapshotId = this.ctx.snapshotId();
        if (projectId && snapshotId) this.detail.load(this.schema.snapshot(projectId, snapshotId));
        else this.detail.reset();
      });
    });
  }

  /** `keep` leaves the current findings on screen while they reload (Refresh). */
  loadReport(keep = false): void {
    const projectId = this.ctx.projectId();
    const snapshotId = this.ctx.snapshotId();
    if (projectId && snapshotId)
      this.report.load(this.schema.health(projectId, snapshotId), { keep });
    else this.report.reset();
  }

  /** The table a location points at (null when the snapshot has no such table). */
  tableOf(location: string): string | null {
    return this.tableCache()(location);
  }

  toggleSeverity(severity: Severity, on: boolean): void {
    this.shownSeverities.update((set) => {
      const next = new Set(set);
      if (on) next.add(severity);
      else next.delete(severity);
      return next;
    });
  }

  protected limitOf(severity: Severity): number {
    return this.limits()[severity] ?? FINDINGS_PAGE;
  }

  protected showMore(severity: Severity): void {
    this.limits.update((l) => ({
      ...l,
      [severity]: (l[severity] ?? FINDINGS_PAGE) + FINDINGS_PAGE,
    }));
  }
}
