import { DestroyRef, Injectable, Signal, computed, inject, signal } from '@angular/core';
import { Subscription, firstValueFrom } from 'rxjs';
import { Job, SelfTestRequest, isTerminal } from '../../core/models';
import { JobsService } from '../../core/services/jobs.service';
import { ToastService } from '../../core/services/toast.service';
import { toApiError } from '../../core/utils/api-error';

/** True for jobs started by the pipeline self-test endpoint. */
export function isSelfTest(job: Job): boolean {
  return /self[-_ ]?test/i.test(job.type ?? '') || /self[-_ ]?test/i.test(job.label ?? '');
}

/**
 * The jobs of one project for the screens that show them (provided per dashboard): loads the
 * recent list, keeps one SSE stream open per unfinished job, merges every update into a signal,
 * and handles cancellation. All streams close when the screen is destroyed.
 */
@Injectable()
export class ProjectJobsStore {
  private readonly jobsService = inject(JobsService);
  private readonly toasts = inject(ToastService);
  private readonly streams = new Map<string, Subscription>();
  private projectId: string | null = null;

  private readonly byId = signal<Readonly<Partial<Record<string, Job>>>>({});
  /** Newest first. */
  readonly jobs = computed(() =>
    Object.values(this.byId())
      .filter((job): job is Job => !!job)
      .sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? '')),
  );
  readonly loading = signal(false);
  readonly loadError = signal<string | null>(null);
  /** Jobs whose cancellation was requested and that have not ended yet. */
  readonly cancelling = signal<ReadonlySet<string>>(new Set());
  /** Live-stream problems per job id. */
  readonly streamErrors = signal<Readonly<Partial<Record<string, string>>>>({});

  private readonly trackedSelfTestId = signal<string | null>(null);
  /** The self-test to show: the one started here, else the most recent one. */
  readonly selfTest = computed(() => {
    const id = this.trackedSelfTestId();
    const all = this.byId();
    if (id && all[id]) return all[id];
    return this.jobs().find(isSelfTest) ?? null;
  });
  readonly selfTestActive = computed(() => {
    const job = this.selfTest();
    return !!job && !isTerminal(job.status);
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stopAll());
  }

  /** Loads the recent jobs of `projectId` and follows the unfinished ones live. */
  async load(projectId: string, limit = 15): Promise<void> {
    if (this.projectId !== projectId) {
      this.stopAll();
      this.byId.set({});
      this.trackedSelfTestId.set(null);
      this.projectId = projectId;
    }
    this.loading.set(true);
    this.loadError.set(null);
    try {
      const jobs = await firstValueFrom(this.jobsService.list(projectId, { limit }));
      // Keep jobs started from this screen even if the list is already past them.
      this.byId.update((current) => {
        const next: Record<string, Job> = {};
        for (const job of jobs) next[job.id] = job;
        for (const id of this.streams.keys()) if (current[id] && !next[id]) next[id] = current[id];
        return next;
      });
      for (const job of jobs) if (!isTerminal(job.status)) this.follow(job);
    } catch (e) {
      this.loadError.set(toApiError(e).message);
    } finally {
      this.loading.set(false);
    }
  }

  /** Starts the pipeline self-test and follows it. */
  async startSelfTest(request: SelfTestRequest): Promise<Job> {
    const projectId = this.requireProject();
    const job = await firstValueFrom(this.jobsService.startSelfTest(projectId, request));
    this.trackedSelfTestId.set(job.id);
    this.upsert(job);
    this.follow(job);
    return job;
  }

  /**
   * Adds a job started elsewhere (e.g. a schema snapshot) and follows it live. Returns a signal
   * of its latest state.
   */
  track(job: Job): Signal<Job | null> {
    this.requireProject();
    this.upsert(job);
    this.follow(job);
    return computed(() => this.byId()[job.id] ?? null);
  }

  /** The latest state of one job, if this store knows it. */
  job(id: string): Job | null {
    return this.byId()[id] ?? null;
  }

  async cancel(job: Job): Promise<void> {
    const projectId = this.requireProject();
    this.cancelling.update((set) => new Set(set).add(job.id));
    try {
      const updated = await firstValueFrom(this.jobsService.cancel(projectId, job.id));
      this.upsert(updated);
    } catch (e) {
      this.unmarkCancelling(job.id);
      const error = toApiError(e);
      if (error.status === 409) {
        this.toasts.info('This job had already finished.');
        try {
          this.upsert(await firstValueFrom(this.jobsService.get(projectId, job.id)));
        } catch {
          // the stream will still deliver the final state
        }
      } else {
        this.toasts.error(error.message, 'Could not cancel the job');
      }
    }
  }

  private follow(job: Job): void {
    const projectId = this.requireProject();
    if (this.streams.has(job.id) || isTerminal(job.status)) return;
    const subscription = this.jobsService.stream(projectId, job.id).subscribe({
      next: (update) => this.upsert(update),
      error: (e) => {
        this.streams.delete(job.id);
        this.streamErrors.update((all) => ({ ...all, [job.id]: toApiError(e).message }));
      },
      complete: () => this.streams.delete(job.id),
    });
    if (!subscription.closed) this.streams.set(job.id, subscription);
  }

  private upsert(job: Job): void {
    if (job.projectId && this.projectId && job.projectId !== this.projectId) return;
    this.byId.update((all) => {
      const previous = all[job.id];
      // Ignore stale updates that would move a finished job backwards.
      if (previous && isTerminal(previous.status) && !isTerminal(job.status)) return all;
      return { ...all, [job.id]: { ...previous, ...job } };
    });
    if (isTerminal(job.status)) {
      this.unmarkCancelling(job.id);
      this.streamErrors.update((all) => {
        if (!(job.id in all)) return all;
        const { [job.id]: _gone, ...rest } = all;
        return rest;
      });
    }
  }

  private unmarkCancelling(id: string): void {
    this.cancelling.update((set) => {
      if (!set.has(id)) return set;
      const next = new Set(set);
      next.delete(id);
      return next;
    });
  }

  private requireProject(): string {
    if (!this.projectId) throw new Error('ProjectJobsStore.load(projectId) must be called first');
    return this.projectId;
  }

  private stopAll(): void {
    for (const subscription of this.streams.values()) subscription.unsubscribe();
    this.streams.clear();
  }
}
