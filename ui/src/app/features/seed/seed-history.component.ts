import { DatePipe, DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ConnectionView, Job, SeedHistoryEntry, SeedSpec } from '../../core/models';
import { ConfirmService } from '../../core/services/confirm.service';
import { SeedService } from '../../core/services/seed.service';
import { ToastService } from '../../core/services/toast.service';
import { toApiError } from '../../core/utils/api-error';
import { IconComponent } from '../../shared/components/icon/icon.component';
import { JobCardComponent } from '../../shared/components/job-card/job-card.component';
import { JobStatusBadgeComponent } from '../../shared/components/job-status-badge/job-status-badge.component';
import { EmptyStateComponent } from '../../shared/components/states/empty-state.component';
import { ErrorStateComponent } from '../../shared/components/states/error-state.component';
import { LoadingStateComponent } from '../../shared/components/states/loading-state.component';
import { Loader } from '../../shared/data/loader';
import { ProjectJobsStore } from '../dashboard/project-jobs.store';
import { SeedResultComponent } from './seed-result.component';
import { durationText, parseIntegrity, parseJson, prettyJson } from './seed-utils';

const OUTCOME_CLASSES: Record<string, string> = {
  committed: 'border-success/30 bg-success-soft text-success',
  'rolled back': 'border-warning/30 bg-warning-soft text-warning',
};

/**
 * The project's seed runs, newest first, with their status and what happened to the data; a
 * drawer shows one run (request, rows per table, integrity) and runs it again with the stored
 * request, or loads it into the studio.
 */
@Component({
  selector: 'app-seed-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    DecimalPipe,
    IconComponent,
    JobCardComponent,
    JobStatusBadgeComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    SeedResultComponent,
  ],
  host: { class: 'block' },
  template: `
    <section class="card mt-6 p-6" aria-labelledby="seed-history-title" data-testid="seed-history">
      <div class="flex flex-wrap items-center justify-between gap-3">
        <h2 id="seed-history-title" class="section-title">Seed runs</h2>
        <button
          type="button"
          class="btn btn-secondary btn-sm"
          (click)="load()"
          [disabled]="list.loading()"
        >
          <app-icon name="refresh" [size]="16" /> Refresh
        </button>
      </div>

      @if (againJob(); as job) {
        <div
          class="mt-4 rounded-control border border-border bg-surface-muted/50 p-4"
          data-testid="again-job"
          aria-live="polite"
        >
          <app-job-card
            [job]="job"
            [cancelling]="jobs.cancelling().has(job.id)"
            [streamError]="jobs.streamErrors()[job.id] ?? null"
            (cancel)="cancelJob($event)"
          />
        </div>
      }

      <div class="mt-4">
        @if (list.loading() && !list.value()) {
          <app-loading-state message="Loading seed runs…" />
        } @else if (list.error() && !list.value()) {
          <app-error-state
            title="The seed history could not be loaded"
            [message]="list.error()!"
            (retry)="load()"
          />
        } @else if (list.value(); as entries) {
          @if (!entries.length) {
            <app-empty-state
              title="No seed runs yet"
              message="Runs from the studio and from templates appear here with their rows, seed and integrity check."
            />
          } @else {
            @if (list.error()) {
              <p class="mb-3 text-xs text-warning" role="status">
                Could not refresh: {{ list.error() }}
              </p>
            }
            <div class="overflow-x-auto">
              <table class="w-full text-left text-sm">
                <caption class="sr-only">
                  Seed runs, newest first
                </caption>
                <thead class="text-xs text-muted">
                  <tr>
                    <th scope="col" class="py-2 pr-4 font-medium">Started</th>
                    <th scope="col" class="py-2 pr-4 font-medium">Connection</th>
                    <th scope="col" class="py-2 pr-4 font-medium">Strategy</th>
                    <th scope="col" class="py-2 pr-4 font-medium">Mode</th>
                    <th scope="col" class="py-2 pr-4 text-right font-medium">Rows</th>
                    <th scope="col" class="py-2 pr-4 font-medium">Seed</th>
                    <th scope="col" class="py-2 pr-4 font-medium">Status</th>
                    <th scope="col" class="py-2 pr-4 font-medium">Outcome</th>
                    <th scope="col" class="py-2 font-medium">
                      <span class="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody class="divide-y divide-border">
                  @for (h of entries; track h.id) {
                    <tr
                      data-testid="history-row"
                      [attr.data-history-id]="h.id"
                      [attr.data-status]="h.status"
                    >
                      <td class="whitespace-nowrap py-2 pr-4 text-fg">
                        {{ h.startedAt | date: 'MMM d, HH:mm:ss' }}
                      </td>
                      <td class="py-2 pr-4 text-fg">{{ connectionName(h.connectionId) }}</td>
                      <td class="py-2 pr-4 text-fg">{{ h.strategy }}</td>
                      <td class="py-2 pr-4 text-fg">{{ h.mode }}</td>
                      <td class="py-2 pr-4 text-right tabular-nums text-fg">
                        {{ h.totalRows | number }}
                      </td>
                      <td class="py-2 pr-4 font-mono text-xs text-fg">{{ h.seed }}</td>
                      <td class="py-2 pr-4"><app-job-status-badge [status]="h.status" /></td>
                      <td class="py-2 pr-4">
                        <span
                          class="inline-flex rounded-full border px-2 py-0.5 text-xs font-semibold"
                          [class]="outcomeClass(h.outcome)"
                          data-testid="outcome"
                        >
                          {{ h.outcome ?? 'in progress' }}
                        </span>
                      </td>
                      <td class="py-2 text-right">
                        <button
                          type="button"
                          class="btn btn-ghost btn-sm"
                          (click)="open(h, $event)"
                          [attr.aria-label]="
                            'Details of the run of ' + (h.startedAt | date: 'MMM d, HH:mm:ss')
                          "
                        >
                          Details
                        </button>
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          }
        }
      </div>
    </section>

    @if (selected(); as h) {
      <section
        class="fixed inset-y-0 right-0 z-40 w-full max-w-xl overflow-y-auto border-l border-border bg-surface-raised p-6 shadow-overlay"
        role="dialog"
        aria-modal="false"
        aria-labelledby="history-detail-title"
        data-testid="history-detail"
        (keydown.escape)="close()"
      >
        <div class="flex items-start justify-between gap-3">
          <div>
            <h2 id="history-detail-title" class="section-title" tabindex="-1">Seed run</h2>
            <p class="mt-1 text-xs text-muted">
              {{ h.startedAt | date: 'medium' }}
              @if (duration(h); as d) {
                · {{ d }}
              }
            </p>
          </div>
          <button
            type="button"
            class="btn btn-ghost btn-sm"
            (click)="close()"
            aria-label="Close the run details"
          >
            <app-icon name="close" [size]="16" />
          </button>
        </div>

        <div class="mt-4 flex flex-wrap items-center gap-2">
          <app-job-status-badge [status]="h.status" />
          <span
            class="inline-flex rounded-full border px-2 py-0.5 text-xs font-semibold"
            [class]="outcomeClass(h.outcome)"
          >
            {{ h.outcome ?? 'in progress' }}
          </span>
          @if (detail.loading()) {
            <span class="text-xs text-muted" role="status">Refreshing…</span>
          }
        </div>

        <dl class="mt-4 grid grid-cols-2 gap-3 text-sm">
          <div>
            <dt class="text-xs text-muted">Connection</dt>
            <dd class="text-fg">{{ connectionName(h.connectionId) }}</dd>
          </div>
          <div>
            <dt class="text-xs text-muted">Strategy · mode</dt>
            <dd class="text-fg">{{ h.strategy }} · {{ h.mode }}</dd>
          </div>
          <div>
            <dt class="text-xs text-muted">Seed</dt>
            <dd class="font-mono text-fg">{{ h.seed }}</dd>
          </div>
          <div>
            <dt class="text-xs text-muted">Rows planned</dt>
            <dd class="tabular-nums text-fg">{{ h.totalRows | number }}</dd>
          </div>
        </dl>

        @if (h.error) {
          <p
            class="mt-4 rounded-control bg-danger-soft px-3 py-2 text-sm text-fg"
            data-testid="history-error"
          >
            <span class="font-semibold text-danger">Failed:</span> {{ h.error }}
          </p>
        }

        <div class="mt-4 flex flex-wrap gap-2">
          @if (canWrite()) {
            <button
              type="button"
              class="btn btn-primary btn-sm"
              (click)="runAgain(h)"
              [disabled]="!requestOf(h) || starting()"
            >
              <app-icon name="play" [size]="14" /> {{ starting() ? 'Starting…' : 'Run again' }}
            </button>
          }
          <button
            type="button"
            class="btn btn-secondary btn-sm"
            (click)="edit(h)"
            [disabled]="!requestOf(h)"
          >
            Open in studio
          </button>
        </div>

        <h3 class="mt-6 text-sm font-semibold text-fg">Rows per table</h3>
        @if (h.tables.length) {
          <app-seed-result class="mt-2" [tables]="h.tables" [integrity]="integrity(h)" />
        } @else {
          <p class="mt-1 text-sm text-muted">
            Nothing was written{{ h.status === 'running' ? ' yet' : '' }}.
          </p>
          <app-seed-result class="mt-2" [integrity]="integrity(h)" />
        }

        <h3 class="mt-6 text-sm font-semibold text-fg">Request</h3>
        <pre
          class="mt-2 max-h-96 overflow-auto rounded-control border border-border bg-surface-muted p-3 font-mono text-xs text-fg"
          data-testid="history-request"
          tabindex="0"
          aria-label="Request JSON"
          >{{ pretty(h.request) }}</pre>
      </section>
    }
  `,
})
export class SeedHistoryComponent {
  private readonly seeds = inject(SeedService);
  private readonly confirm = inject(ConfirmService);
  private readonly toasts = inject(ToastService);
  private readonly injector = inject(Injector);
  private readonly host = inject(ElementRef<HTMLElement>);
  protected readonly jobs = inject(ProjectJobsStore);
  private readonly destroyRef = inject(DestroyRef);

  readonly projectId = input.required<string>();
  /** The tab is shown: load (again) when it becomes visible. */
  readonly active = input(false);
  /** Bumped when a seed job ended: reload. */
  readonly refresh = input(0);
  readonly connections = input<ConnectionView[]>([]);
  readonly canWrite = input(false);
  readonly openInStudio = output<SeedSpec>();

  protected readonly list = new Loader<SeedHistoryEntry[]>(this.destroyRef);
  protected readonly detail = new Loader<SeedHistoryEntry>(this.destroyRef);
  private readonly selectedId = signal<string | null>(null);
  protected readonly starting = signal(false);
  private readonly againJobId = signal<string | null>(null);
  private opener: HTMLElement | null = null;

  /** The run in the drawer: the fresh detail when it arrived, else the list's entry. */
  protected readonly selected = computed(() => {
    const id = this.selectedId();
    if (!id) return null;
    const fresh = this.detail.value();
    if (fresh?.id === id) return fresh;
    return this.list.value()?.find((h) => h.id === id) ?? null;
  });
  protected readonly againJob = computed(() => {
    const id = this.againJobId();
    return id ? this.jobs.job(id) : null;
  });

  constructor() {
    let loadedFor: string | null = null;
    effect(() => {
      const active = this.active();
      const projectId = this.projectId();
      const tick = this.refresh();
      untracked(() => {
        const key = `${projectId}/${tick}`;
        if (!active || key === loadedFor) return;
        loadedFor = key;
        this.load();
      });
    });
  }

  load(): void {
    this.list.load(this.seeds.history(this.projectId()), { keep: true });
    const id = this.selectedId();
    if (id) this.detail.load(this.seeds.historyEntry(this.projectId(), id), { keep: true });
  }

  protected connectionName(id: string): string {
    return this.connections().find((c) => c.id === id)?.name ?? 'Removed connection';
  }

  protected outcomeClass(outcome: string | null): string {
    return (outcome && OUTCOME_CLASSES[outcome]) || 'border-border bg-surface-muted text-muted';
  }

  protected duration(h: SeedHistoryEntry): string {
    if (!h.finishedAt) return '';
    return durationText(Date.parse(h.finishedAt) - Date.parse(h.startedAt));
  }

  protected integrity(h: SeedHistoryEntry) {
    return parseIntegrity(h.integrity);
  }

  protected pretty(text: string | null): string {
    return prettyJson(text) || 'No request was stored.';
  }

  protected requestOf(h: SeedHistoryEntry): SeedSpec | null {
    const spec = parseJson<SeedSpec>(h.request);
    return spec && typeof spec === 'object' && spec.connectionId ? spec : null;
  }

  open(h: SeedHistoryEntry, event?: Event): void {
    this.opener = (event?.currentTarget as HTMLElement | null) ?? null;
    this.selectedId.set(h.id);
    this.detail.load(this.seeds.historyEntry(this.projectId(), h.id));
    afterNextRender(
      () =>
        (this.host.nativeElement as HTMLElement)
          .querySelector<HTMLElement>('#history-detail-title')
          ?.focus(),
      { injector: this.injector },
    );
  }

  close(): void {
    this.selectedId.set(null);
    this.detail.reset();
    this.opener?.focus();
    this.opener = null;
  }

  async runAgain(h: SeedHistoryEntry): Promise<void> {
    const spec = this.requestOf(h);
    if (!spec) return;
    if (spec.mode === 'truncate') {
      const ok = await this.confirm.ask({
        title: 'Delete the existing rows?',
        message:
          'This run used truncate mode: running it again deletes every row of the seeded tables (and of the empty tables that reference them) before seeding.',
        confirmText: 'Delete rows and seed',
        tone: 'danger',
      });
      if (!ok) return;
    }
    this.starting.set(true);
    try {
      const job = await firstValueFrom(this.seeds.run(this.projectId(), spec));
      this.againJobId.set(job.id);
      this.jobs.track(job);
      this.toasts.success('The seed runs again with the same request.');
      this.close();
    } catch (e) {
      this.toasts.error(toApiError(e).message, 'The run was not started');
    } finally {
      this.starting.set(false);
    }
  }

  protected edit(h: SeedHistoryEntry): void {
    const spec = this.requestOf(h);
    if (!spec) return;
    this.close();
    this.openInStudio.emit(spec);
  }

  protected cancelJob(job: Job): void {
    void this.jobs.cancel(job);
  }
}
