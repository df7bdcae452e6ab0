import { HttpErrorResponse } from '@angular/common/http';
import { FieldError, ProblemDetails } from '../models';

/**
 * A failed API call in a form the UI can show: `message` is the sentence for the user (the
 * problem's `detail`, else its `title`, else a status-based fallback) and `fieldErrors` maps
 * each invalid field to its message.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    message: string,
    readonly status: number,
    readonly code: string | null = null,
    readonly fieldErrors: readonly FieldError[] = [],
    readonly problem: ProblemDetails | null = null,
  ) {
    super(message);
  }

  /** The message for one field, if the server flagged it. */
  fieldError(field: string): string | null {
    return this.fieldErrors.find((e) => e.field === field)?.message ?? null;
  }

  /** True for network failures (status 0) and 5xx answers: retrying may help. */
  get retryable(): boolean {
    return (
      this.problem?.retryable ?? (this.status === 0 || this.status >= 500 || this.status === 429)
    );
  }
}

const FALLBACK_MESSAGES: Record<number, string> = {
  0: 'Cannot reach KytheraDB. Check your connection and try again.',
  400: 'The request was not valid.',
  401: 'Your session has expired. Please sign in again.',
  403: 'You do not have permission to do this.',
  404: 'This item does not exist or is no longer available.',
  409: 'This conflicts with the current state. Refresh and try again.',
  413: 'The request is too large.',
  422: 'Some fields are not valid.',
  429: 'Too many attempts. Please wait a moment and try again.',
  502: 'The service is temporarily unavailable. Please try again shortly.',
  503: 'The service is temporarily unavailable. Please try again shortly.',
  504: 'The service took too long to answer. Please try again.',
};

export function fallbackMessage(status: number): string {
  return (
    FALLBACK_MESSAGES[status] ??
    (status >= 500 ? 'Something went wrong on our side. Please try again.' : 'The request failed.')
  );
}

function isProblem(body: unknown): body is ProblemDetails {
  return (
    typeof body === 'object' &&
    body !== null &&
    ('detail' in body || 'title' in body || 'code' in body || 'errors' in body)
  );
}

function parseBody(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}

function normaliseFieldErrors(errors: unknown): FieldError[] {
  if (!Array.isArray(errors)) return [];
  return errors
    .filter((e): e is { field?: unknown; message?: unknown } => typeof e === 'object' && e !== null)
    .map((e) => ({ field: String(e.field ?? ''), message: String(e.message ?? 'is not valid') }));
}

/** Builds an ApiError from an HTTP status and a (possibly problem+json) body. */
export function problemToApiError(status: number, rawBody: unknown): ApiError {
  const body = parseBody(rawBody);
  if (!isProblem(body)) return new ApiError(fallbackMessage(status), status);
  const fieldErrors = normaliseFieldErrors(body.errors);
  const detail = typeof body.detail === 'string' && body.detail.trim() ? body.detail.trim() : null;
  const title = typeof body.title === 'string' && body.title.trim() ? body.title.trim() : null;
  const message = detail ?? title ?? fallbackMessage(status);
  return new ApiError(message, body.status ?? status, body.code ?? null, fieldErrors, body);
}

/** Turns anything thrown by HttpClient, fetch or our own code into an ApiError. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof HttpErrorResponse) return problemToApiError(error.status, error.error);
  if (error instanceof DOMException && error.name === 'AbortError') {
    return new ApiError('The request was cancelled.', 0, 'ABORTED');
  }
  if (error instanceof TypeError) return new ApiError(fallbackMessage(0), 0);
  if (error instanceof Error) return new ApiError(error.message || 'Unexpected error.', 0);
  return new ApiError('Unexpected error.', 0);
}

/** Full readable text: the message plus one line per field error (for toasts and alerts). */
export function describeError(error: unknown): string {
  const e = toApiError(error);
  if (!e.fieldErrors.length) return e.message;
  return [
    e.message,
    ...e.fieldErrors.map((f) => (f.field ? `${f.field}: ${f.message}` : f.message)),
  ].join('\n');
}
