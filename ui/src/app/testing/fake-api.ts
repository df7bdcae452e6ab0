import { HttpRequest } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';

/** An answer of the fake API: a body, optionally with an error status. */
export interface Reply {
  body: unknown;
  status?: number;
}

export const reply = (body: unknown, status = 200): Reply => ({ body, status });
export const problem = (status: number, detail: string, errors?: unknown[], code?: string): Reply =>
  reply({ status, detail, ...(code ? { code } : {}), ...(errors ? { errors } : {}) }, status);

/** Answers one request, or undefined when the test does not expect it. */
export type Responder = (request: HttpRequest<unknown>) => Reply | undefined;

/**
 * Answers every pending request with `respond` until none is left (requests started by earlier
 * answers included), letting the app settle in between. Returns the requests answered, in order.
 */
export async function settle(
  http: HttpTestingController,
  whenStable: () => Promise<unknown>,
  respond: Responder,
  rounds = 12,
): Promise<HttpRequest<unknown>[]> {
  const answered: HttpRequest<unknown>[] = [];
  for (let round = 0; round < rounds; round++) {
    await whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await whenStable();
    const pending = http.match(() => true);
    if (!pending.length) return answered;
    for (const request of pending) {
      const answer = respond(request.request);
      if (!answer)
        throw new Error(
          `unexpected request ${request.request.method} ${request.request.urlWithParams}`,
        );
      answered.push(request.request);
      const status = answer.status ?? 200;
      if (status >= 400) request.flush(answer.body as never, { status, statusText: 'Error' });
      else request.flush(answer.body as never, { status, statusText: 'OK' });
    }
  }
  await whenStable();
  return answered;
}
