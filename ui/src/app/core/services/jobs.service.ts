import { Injectable, InjectionToken, inject } from '@angular/core';
import { Observable, firstValueFrom } from 'rxjs';
import { Job, JobListQuery, SelfTestRequest, isTerminal } from '../models';
import { ApiError, problemToApiError, toApiError } from '../utils/api-error';
import { SseParser } from '../utils/sse-parser';
import { ApiClient } from './api-client.service';
import { AuthService } from './auth.service';

/** The fetch implementation used for SSE streams (replaceable in tests). */
export const FETCH = new InjectionToken<typeof fetch>('FETCH', {
  providedIn: 'root',
  factory: () => (input, init) => globalThis.fetch(input, init),
});

/** Reconnection policy of {@link JobsService.stream}. */
export const STREAM_RETRY = new InjectionToken<{ attempts: number; baseDelayMs: number }>(
  'STREAM_RETRY',
  {
    providedIn: 'root',
    factory: () => ({ attempts: 5, baseDelayMs: 1000 }),
  },
);

/** Jobs of a project: listing, details, cancellation, the self-test, and live progress over SSE. */
@Injectable({ providedIn: 'root' })
export class JobsService {
  private readonly api = inject(ApiClient);
  private readonly auth = inject(AuthService);
  private readonly fetchFn = inject(FETCH);
  private readonly retry = inject(STREAM_RETRY);

  list(projectId: string, query: JobListQuery = {}): Observable<Job[]> {
    return this.api.get<Job[]>(`${base(projectId)}/jobs`, {
      query: { status: query.status, limit: query.limit },
    });
  }

  get(projectId: string, jobId: string): Observable<Job> {
    return this.api.get<Job>(`${base(projectId)}/jobs/${encodeURIComponent(jobId)}`);
  }

  /** Requests cancellation; 202 with the job. A 409 ApiError means the job had already ended. */
  cancel(projectId: string, jobId: string): Observable<Job> {
    return this.api.post<Job>(`${base(projectId)}/jobs/${encodeURIComponent(jobId)}/cancel`, {});
  }

  /** Starts the pipeline self-test (a diagnostic job that walks the whole job pipeline). */
  startSelfTest(projectId: string, request: SelfTestRequest = {}): Observable<Job> {
    return this.api.post<Job>(`${base(projectId)}/diagnostics/selftest`, request);
  }

  /**
   * Live updates of one job from `GET .../jobs/{jobId}/stream` (text/event-stream, each `data:`
   * is a Job). EventSource cannot send an Authorization header, so this reads the stream with
   * `fetch` and a ReadableStream reader. Emits every update, completes on done|error|cancelled,
   * reconnects with backoff if the connection drops early, refreshes the token once on 401, and
   * aborts the request on unsubscribe.
   */
  stream(projectId: string, jobId: string): Observable<Job> {
    const url = this.api.url(`${base(projectId)}/jobs/${encodeURIComponent(jobId)}/stream`);
    return new Observable<Job>((subscriber) => {
      const controller = new AbortController();
      const signal = controller.signal;

      const run = async () => {
        let failures = 0;
        let seen = false;
        let refreshedAfter401 = false;
        let lastError: ApiError | null = null;
        while (!signal.aborted) {
          try {
            const token = await this.auth.freshAccessToken().catch(() => this.auth.accessToken());
            const headers: Record<string, string> = { Accept: 'text/event-stream' };
            if (token) headers['Authorization'] = `Bearer ${token}`;
            const response = await this.fetchFn(url, {
              headers,
              signal,
              cache: 'no-store',
              credentials: 'same-origin',
            });

            if (response.status === 401 && !refreshedAfter401 && this.auth.hasRefreshToken()) {
              refreshedAfter401 = true;
              await this.auth.refresh();
              continue;
            }
            if (!response.ok) throw problemToApiError(response.status, await safeText(response));
            if (!response.body)
              throw new ApiError('This browser cannot read live progress streams.', 0);

            const reader = response.body.getReader();
            const decoder = new TextDecoder();
            const parser = new SseParser();
            for (;;) {
              const { value, done } = await reader.read();
              const events = done
                ? [...parser.push(decoder.decode()), ...parser.end()]
                : parser.push(decoder.decode(value, { stream: true }));
              for (const event of events) {
                const job = parseJob(event.data);
                if (!job) continue;
                failures = 0;
                seen = true;
                refreshedAfter401 = false;
                subscriber.next(job);
                if (isTerminal(job.status)) {
                  subscriber.complete();
                  controller.abort();
                  return;
                }
              }
              if (done) break;
            }
            lastError = new ApiError('The progress stream closed before the job ended.', 0);
          } catch (error) {
            if (signal.aborted) return;
            const apiError = toApiError(error);
            // The job list is a projection of the services' events: a job that was just started
            // can be unknown to it for a moment, so a 404 before any update is retried.
            const notYetProjected = apiError.status === 404 && !seen;
            // Other 4xx (than rate limiting) will not fix themselves by reconnecting.
            const permanent =
              apiError.status >= 400 && apiError.status < 500 && apiError.status !== 429;
            if (permanent && !notYetProjected) {
              subscriber.error(apiError);
              return;
            }
            lastError = apiError;
          }

          failures++;
          if (failures > this.retry.attempts && lastError?.status === 404) {
            subscriber.error(lastError);
            return;
          }
          if (failures > this.retry.attempts) {
            await this.finishFromSnapshot(projectId, jobId, subscriber, lastError);
            return;
          }
          await sleep(this.retry.baseDelayMs * 2 ** (failures - 1), signal);
        }
      };

      void run().catch((error) => {
        if (!signal.aborted) subscriber.error(toApiError(error));
      });
      return () => controller.abort();
    });
  }

  /** Last resort after repeated stream failures: report the job's current state once. */
  private async finishFromSnapshot(
    projectId: string,
    jobId: string,
    subscriber: { next(job: Job): void; complete(): void; error(e: unknown): void },
    lastError: ApiError | null,
  ): Promise<void> {
    try {
      const job = await firstValueFrom(this.get(projectId, jobId));
      subscriber.next(job);
      if (isTerminal(job.status)) {
        subscriber.complete();
        return;
      }
    } catch {
      // fall through to the stream error
    }
    subscriber.error(
      new ApiError(
        `Lost the live progress of this job${lastError ? ` (${lastError.message})` : ''}. Reload to see its state.`,
        lastError?.status ?? 0,
        'STREAM_LOST',
      ),
    );
  }
}

function base(projectId: string): string {
  return `/projects/${encodeURIComponent(projectId)}`;
}

/** A Job from an SSE `data:` payload, or null for keep-alives and anything that is not a job. */
export function parseJob(data: string): Job | null {
  if (!data.trim()) return null;
  try {
    const value = JSON.parse(data) as Partial<Job>;
    if (
      value &&
      typeof value === 'object' &&
      typeof value.id === 'string' &&
      typeof value.status === 'string'
    ) {
      return value as Job;
    }
  } catch {
    // not JSON: ignore
  }
  return null;
}

async function safeText(response: Response): Promise<string | null> {
  try {
    return await response.text();
  } catch {
    return null;
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
