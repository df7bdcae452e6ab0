import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { firstValueFrom, lastValueFrom, toArray } from 'rxjs';
import { job, sse, sseResponse, tokens, USER } from '../../testing/fixtures';
import { authInterceptor } from '../interceptors/auth.interceptor';
import { problemInterceptor } from '../interceptors/problem.interceptor';
import { Job } from '../models';
import { AuthService } from './auth.service';
import { FETCH, JobsService, STREAM_RETRY, parseJob } from './jobs.service';

describe('JobsService', () => {
  let fetchMock: ReturnType<typeof vi.fn>;
  let jobs: JobsService;
  let http: HttpTestingController;

  async function signIn(): Promise<void> {
    const auth = TestBed.inject(AuthService);
    const login = auth.login({ email: USER.email, password: 'x' });
    http.expectOne('/api/auth/login').flush(tokens(1));
    await login;
  }

  beforeEach(async () => {
    localStorage.clear();
    fetchMock = vi.fn();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([problemInterceptor, authInterceptor])),
        provideHttpClientTesting(),
        { provide: FETCH, useValue: fetchMock },
        { provide: STREAM_RETRY, useValue: { attempts: 2, baseDelayMs: 1 } },
      ],
    });
    jobs = TestBed.inject(JobsService);
    http = TestBed.inject(HttpTestingController);
    await signIn();
  });

  it('streams job updates with fetch + Authorization and completes on a terminal status', async () => {
    const running = job({ status: 'running', progress: 0.5 });
    const done = job({ status: 'done', progress: 1 });
    // Chunks split in the middle of a data line and of the blank-line separator.
    const text = `: hello\n\n${sse(job())}${sse(running)}${sse(done)}`;
    fetchMock.mockResolvedValue(
      sseResponse([text.slice(0, 30), text.slice(30, 170), text.slice(170)]),
    );

    const updates = await lastValueFrom(jobs.stream('p1', 'j1').pipe(toArray()));

    expect(updates.map((u: Job) => u.status)).toEqual(['pending', 'running', 'done']);
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/projects/p1/jobs/j1/stream');
    expect(init.headers).toMatchObject({
      Accept: 'text/event-stream',
      Authorization: 'Bearer access-1',
    });
  });

  it('refreshes the token once on a 401 and reconnects', async () => {
    fetchMock
      .mockResolvedValueOnce(new Response('{"detail":"expired"}', { status: 401 }))
      .mockResolvedValueOnce(sseResponse([sse(job({ status: 'cancelled' }))]));

    const result = lastValueFrom(jobs.stream('p1', 'j1').pipe(toArray()));
    await vi.waitFor(() => http.expectOne('/api/auth/refresh').flush(tokens(2)));
    const updates = await result;

    expect(updates.map((u: Job) => u.status)).toEqual(['cancelled']);
    expect(fetchMock.mock.calls[1][1].headers.Authorization).toBe('Bearer access-2');
  });

  it('waits for a just-started job to reach the job list before streaming it', async () => {
    fetchMock
      .mockResolvedValueOnce(
        new Response(JSON.stringify({ detail: 'Job j1 was not found' }), {
          status: 404,
          headers: { 'content-type': 'application/problem+json' },
        }),
      )
      .mockResolvedValueOnce(sseResponse([sse(job({ status: 'done', progress: 1 }))]));
    const updates = await lastValueFrom(jobs.stream('p1', 'j1').pipe(toArray()));
    expect(updates.map((u: Job) => u.status)).toEqual(['done']);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('reports a 404 that outlasts the retries as a readable error', async () => {
    fetchMock.mockImplementation(
      async () =>
        new Response(
          JSON.stringify({ detail: 'This job does not exist.', code: 'JOB_NOT_FOUND' }),
          { status: 404, headers: { 'content-type': 'application/problem+json' } },
        ),
    );
    const error = await firstValueFrom(jobs.stream('p1', 'j1')).catch((e) => e);
    expect(error).toMatchObject({
      status: 404,
      code: 'JOB_NOT_FOUND',
      message: 'This job does not exist.',
    });
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('reconnects when the stream closes before the job ended', async () => {
    fetchMock
      .mockResolvedValueOnce(sseResponse([sse(job({ status: 'running', progress: 0.2 }))]))
      .mockResolvedValueOnce(sseResponse([sse(job({ status: 'done', progress: 1 }))]));
    const updates = await lastValueFrom(jobs.stream('p1', 'j1').pipe(toArray()));
    expect(updates.map((u: Job) => u.status)).toEqual(['running', 'done']);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('after repeated failures falls back to the job snapshot', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const result = lastValueFrom(jobs.stream('p1', 'j1').pipe(toArray()));
    await vi.waitFor(() =>
      http.expectOne('/api/projects/p1/jobs/j1').flush(job({ status: 'error', error: 'boom' })),
    );
    const updates = await result;
    expect(updates).toEqual([expect.objectContaining({ status: 'error', error: 'boom' })]);
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('aborts the request when the subscriber unsubscribes', async () => {
    let signal: AbortSignal | undefined;
    fetchMock.mockImplementation((_url: string, init: RequestInit) => {
      signal = init.signal ?? undefined;
      return new Promise(() => {});
    });
    const subscription = jobs.stream('p1', 'j1').subscribe();
    await vi.waitFor(() => expect(signal).toBeDefined());
    subscription.unsubscribe();
    expect(signal!.aborted).toBe(true);
  });

  it('calls the REST endpoints of jobs and the self-test', async () => {
    const list = firstValueFrom(jobs.list('p1', { status: 'running', limit: 5 }));
    await vi.waitFor(() =>
      http.expectOne('/api/projects/p1/jobs?status=running&limit=5').flush([job()]),
    );
    await expect(list).resolves.toHaveLength(1);

    const start = firstValueFrom(jobs.startSelfTest('p1', { steps: 3, stepMillis: 10 }));
    await vi.waitFor(() => {
      const req = http.expectOne('/api/projects/p1/diagnostics/selftest');
      expect(req.request.method).toBe('POST');
      expect(req.request.body).toEqual({ steps: 3, stepMillis: 10 });
      req.flush(job(), { status: 202, statusText: 'Accepted' });
    });
    await expect(start).resolves.toMatchObject({ status: 'pending' });

    const cancel = firstValueFrom(jobs.cancel('p1', 'j1'));
    await vi.waitFor(() =>
      http
        .expectOne('/api/projects/p1/jobs/j1/cancel')
        .flush({ detail: 'This job has already ended.' }, { status: 409, statusText: 'Conflict' }),
    );
    await expect(cancel).rejects.toMatchObject({ status: 409 });
  });

  it('parseJob ignores keep-alives and non-job payloads', () => {
    expect(parseJob('')).toBeNull();
    expect(parseJob('ping')).toBeNull();
    expect(parseJob('{"hello":1}')).toBeNull();
    expect(parseJob(JSON.stringify(job()))?.id).toBe('j1');
  });
});
