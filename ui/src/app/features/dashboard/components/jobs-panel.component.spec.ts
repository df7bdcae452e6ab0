import { Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Subject, of, throwError } from 'rxjs';
import { Job } from '../../../core/models';
import { JobsService } from '../../../core/services/jobs.service';
import { ToastService } from '../../../core/services/toast.service';
import { ApiError } from '../../../core/utils/api-error';
import { job } from '../../../testing/fixtures';
import { ProjectJobsStore } from '../project-jobs.store';
import { JobsPanelComponent } from './jobs-panel.component';

@Component({
  imports: [JobsPanelComponent],
  providers: [ProjectJobsStore],
  template: `<app-jobs-panel projectId="p1" />`,
})
class Host {
  readonly store = inject(ProjectJobsStore);
}

describe('JobsPanelComponent', () => {
  let streams: Map<string, Subject<Job>>;
  let jobsService: Record<string, ReturnType<typeof vi.fn>>;

  beforeEach(() => {
    streams = new Map();
    jobsService = {
      list: vi.fn().mockReturnValue(of([])),
      get: vi.fn(),
      cancel: vi.fn(),
      startSelfTest: vi.fn(),
      stream: vi.fn((_p: string, id: string) => {
        const subject = new Subject<Job>();
        streams.set(id, subject);
        return subject.asObservable();
      }),
    };
    TestBed.configureTestingModule({
      providers: [{ provide: JobsService, useValue: jobsService }],
    });
  });

  /** Renders the panel; the dashboard (here the host) starts the store's first load. */
  async function render({ load = true } = {}) {
    const fixture = TestBed.createComponent(Host);
    const store = fixture.componentInstance.store;
    const loaded = load ? store.load('p1') : Promise.resolve();
    fixture.detectChanges();
    await loaded;
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    return { fixture, store, el };
  }

  const panel = (el: HTMLElement) => el.querySelector('[data-testid="jobs-panel"]') as HTMLElement;
  const cards = (el: HTMLElement) =>
    [...el.querySelectorAll('app-job-card')].map((c) => [
      c.getAttribute('data-job-id'),
      c.getAttribute('data-status'),
    ]);
  const button = (el: HTMLElement, text: string | RegExp) =>
    [...el.querySelectorAll('button')].find((b) =>
      typeof text === 'string'
        ? b.textContent?.includes(text) || b.getAttribute('aria-label') === text
        : text.test(b.getAttribute('aria-label') ?? b.textContent ?? ''),
    ) as HTMLButtonElement | undefined;

  it('shows a loading state while the first list is on its way', async () => {
    const pending = new Subject<Job[]>();
    jobsService['list'].mockReturnValue(pending);
    const fixture = TestBed.createComponent(Host);
    void fixture.componentInstance.store.load('p1');
    fixture.detectChanges();
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(panel(el).querySelector('[role="status"]')?.textContent).toContain('Loading jobs…');
    expect(button(el, 'Refresh jobs')?.disabled).toBe(true);

    pending.next([]);
    pending.complete();
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(panel(el).textContent).toContain('No jobs yet');
    });
  });

  it('says so when the project has no jobs', async () => {
    const { el } = await render();
    expect(panel(el).querySelector('h2')?.textContent).toContain('Recent jobs');
    expect(panel(el).textContent).toContain('No jobs yet');
    expect(cards(el)).toEqual([]);
  });

  it('shows an error with a retry that loads again', async () => {
    jobsService['list'].mockReturnValue(throwError(() => new ApiError('Identity is down.', 503)));
    const { fixture, el } = await render();
    const alert = panel(el).querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Jobs could not be loaded');
    expect(alert?.textContent).toContain('Identity is down.');

    jobsService['list'].mockReturnValue(of([job({ id: 'a', status: 'done' })]));
    button(el, 'Try again')!.click();
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(cards(el)).toEqual([['a', 'done']]);
    });
    expect(jobsService['list']).toHaveBeenCalledTimes(2);
    expect(panel(el).querySelector('[role="alert"]')).toBeNull();
  });

  it('lists running and finished jobs newest first, with live progress from the stream', async () => {
    jobsService['list'].mockReturnValue(
      of([
        job({ id: 'old', status: 'done', progress: 1, createdAt: '2026-01-01T09:00:00Z' }),
        job({
          id: 'run',
          label: 'Seed orders',
          status: 'running',
          progress: 0.25,
          createdAt: '2026-01-01T10:00:00Z',
        }),
        job({
          id: 'bad',
          status: 'error',
          error: 'Disk full',
          createdAt: '2026-01-01T08:00:00Z',
        }),
      ]),
    );
    const { fixture, el } = await render();
    expect(cards(el)).toEqual([
      ['run', 'running'],
      ['old', 'done'],
      ['bad', 'error'],
    ]);
    expect([...streams.keys()]).toEqual(['run']);
    const running = el.querySelector('app-job-card[data-job-id="run"]')!;
    expect(running.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('25');
    expect(button(running as HTMLElement, 'Cancel Seed orders')).toBeDefined();
    // Finished jobs have no cancel button, and the failure is spelled out.
    expect(el.querySelector('app-job-card[data-job-id="old"] button')).toBeNull();
    expect(el.querySelector('[data-testid="job-error"]')?.textContent).toContain('Disk full');

    streams.get('run')!.next(
      job({
        id: 'run',
        label: 'Seed orders',
        status: 'running',
        progress: 0.6,
        message: 'Step 6 of 10',
        createdAt: '2026-01-01T10:00:00Z',
      }),
    );
    await fixture.whenStable();
    expect(running.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('60');
    expect(running.querySelector('[data-testid="job-message"]')?.textContent).toContain(
      'Step 6 of 10',
    );
  });

  it('cancels a running job through the API and shows the final state', async () => {
    const running = job({ id: 'run', label: 'Seed orders', status: 'running', progress: 0.4 });
    jobsService['list'].mockReturnValue(of([running]));
    const answer = new Subject<Job>();
    jobsService['cancel'].mockReturnValue(answer);
    const { fixture, el } = await render();

    button(el, 'Cancel Seed orders')!.click();
    await fixture.whenStable();
    expect(jobsService['cancel']).toHaveBeenCalledWith('p1', 'run');
    const cancelButton = button(el, 'Cancel Seed orders')!;
    expect(cancelButton.disabled).toBe(true);
    expect(cancelButton.textContent).toContain('Cancelling…');

    answer.next({ ...running, status: 'cancelled', completedAt: '2026-01-01T10:01:00Z' });
    answer.complete();
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(cards(el)).toEqual([['run', 'cancelled']]);
    });
    expect(button(el, 'Cancel Seed orders')).toBeUndefined();
    expect(el.querySelector('app-job-card')?.textContent).toContain('Cancelled at');
  });

  it('tells when cancelling fails and keeps the job cancellable', async () => {
    const error = vi.spyOn(TestBed.inject(ToastService), 'error');
    jobsService['list'].mockReturnValue(of([job({ id: 'run', label: 'Seed', status: 'running' })]));
    jobsService['cancel'].mockReturnValue(throwError(() => new ApiError('No write access.', 403)));
    const { fixture, el } = await render();
    button(el, 'Cancel Seed')!.click();
    await vi.waitFor(() =>
      expect(error).toHaveBeenCalledWith('No write access.', expect.any(String)),
    );
    await fixture.whenStable();
    expect(button(el, 'Cancel Seed')!.disabled).toBe(false);
    expect(cards(el)).toEqual([['run', 'running']]);
  });

  it('refreshes the list, keeping the jobs shown when the refresh fails', async () => {
    jobsService['list'].mockReturnValue(of([job({ id: 'a', status: 'done' })]));
    const { fixture, el } = await render();
    jobsService['list'].mockReturnValue(throwError(() => new ApiError('Timed out.', 504)));
    button(el, 'Refresh jobs')!.click();
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(panel(el).textContent).toContain('Could not refresh the list: Timed out.');
    });
    expect(jobsService['list']).toHaveBeenLastCalledWith('p1', { limit: 15 });
    expect(cards(el)).toEqual([['a', 'done']]);
  });
});
