import { Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Subject, of, throwError } from 'rxjs';
import { job } from '../../testing/fixtures';
import { Job } from '../../core/models';
import { JobsService } from '../../core/services/jobs.service';
import { ToastService } from '../../core/services/toast.service';
import { ApiError } from '../../core/utils/api-error';
import { ProjectJobsStore } from './project-jobs.store';

@Component({ template: '', providers: [ProjectJobsStore] })
class Host {
  readonly store = inject(ProjectJobsStore);
}

describe('ProjectJobsStore', () => {
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

  function create() {
    const fixture = TestBed.createComponent(Host);
    return { fixture, store: fixture.componentInstance.store };
  }

  it('loads recent jobs and follows only the unfinished ones', async () => {
    jobsService['list'].mockReturnValue(
      of([
        job({ id: 'a', status: 'done', createdAt: '2026-01-01T09:00:00Z' }),
        job({ id: 'b', status: 'running', createdAt: '2026-01-01T10:00:00Z' }),
      ]),
    );
    const { store } = create();
    await store.load('p1');
    expect(jobsService['list']).toHaveBeenCalledWith('p1', { limit: 15 });
    expect(store.jobs().map((j) => j.id)).toEqual(['b', 'a']);
    expect([...streams.keys()]).toEqual(['b']);

    streams
      .get('b')!
      .next(job({ id: 'b', status: 'running', progress: 0.5, createdAt: '2026-01-01T10:00:00Z' }));
    expect(store.jobs()[0].progress).toBe(0.5);
  });

  it('starts the self-test, tracks it live and ignores stale updates after the end', async () => {
    jobsService['startSelfTest'].mockReturnValue(of(job({ id: 's1' })));
    const { store } = create();
    await store.load('p1');
    await store.startSelfTest({ steps: 5, stepMillis: 10 });
    expect(jobsService['startSelfTest']).toHaveBeenCalledWith('p1', { steps: 5, stepMillis: 10 });
    expect(store.selfTest()?.id).toBe('s1');
    expect(store.selfTestActive()).toBe(true);

    streams.get('s1')!.next(job({ id: 's1', status: 'done', progress: 1 }));
    streams.get('s1')!.next(job({ id: 's1', status: 'running', progress: 0.9 }));
    expect(store.selfTest()).toMatchObject({ status: 'done', progress: 1 });
    expect(store.selfTestActive()).toBe(false);
  });

  it('cancels: marks the job until its final state arrives', async () => {
    jobsService['list'].mockReturnValue(of([job({ id: 'r', status: 'running' })]));
    jobsService['cancel'].mockReturnValue(of(job({ id: 'r', status: 'running' })));
    const { store } = create();
    await store.load('p1');
    await store.cancel(store.jobs()[0]);
    expect(store.cancelling().has('r')).toBe(true);
    streams.get('r')!.next(job({ id: 'r', status: 'cancelled' }));
    expect(store.cancelling().has('r')).toBe(false);
    expect(store.jobs()[0].status).toBe('cancelled');
  });

  it('explains a 409 on cancel (the job had already ended) and shows its state', async () => {
    jobsService['list'].mockReturnValue(of([job({ id: 'r', status: 'running' })]));
    jobsService['cancel'].mockReturnValue(
      throwError(() => new ApiError('This job has already ended.', 409)),
    );
    jobsService['get'].mockReturnValue(of(job({ id: 'r', status: 'done', progress: 1 })));
    const info = vi.spyOn(TestBed.inject(ToastService), 'info');
    const { store } = create();
    await store.load('p1');
    await store.cancel(store.jobs()[0]);
    expect(info).toHaveBeenCalledWith('This job had already finished.');
    expect(store.jobs()[0].status).toBe('done');
    expect(store.cancelling().size).toBe(0);
  });

  it('keeps a load error and a stream error for the UI', async () => {
    jobsService['list'].mockReturnValue(
      throwError(() => new ApiError('The service is down.', 503)),
    );
    const { store } = create();
    await store.load('p1');
    expect(store.loadError()).toBe('The service is down.');

    jobsService['list'].mockReturnValue(of([job({ id: 'x', status: 'running' })]));
    await store.load('p1');
    streams.get('x')!.error(new ApiError('Lost the live progress.', 0));
    expect(store.streamErrors()['x']).toBe('Lost the live progress.');
  });

  it('tracks a job started elsewhere (a schema snapshot) live', async () => {
    const { store } = create();
    await store.load('p1');
    const started = job({ id: 'snap', type: 'schema.snapshot', status: 'pending' });
    const tracked = store.track(started);
    expect(tracked()?.status).toBe('pending');
    expect(store.jobs().map((j) => j.id)).toEqual(['snap']);
    streams
      .get('snap')!
      .next({ ...started, status: 'done', progress: 1, result: { snapshotId: 's1' } });
    expect(tracked()?.status).toBe('done');
    expect(store.job('snap')?.result).toEqual({ snapshotId: 's1' });
  });

  it('closes every stream when the screen is destroyed', async () => {
    jobsService['list'].mockReturnValue(of([job({ id: 'x', status: 'running' })]));
    const { fixture, store } = create();
    await store.load('p1');
    expect(streams.get('x')!.observed).toBe(true);
    fixture.destroy();
    expect(streams.get('x')!.observed).toBe(false);
  });
});
