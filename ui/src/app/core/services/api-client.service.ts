import { HttpClient, HttpContext, HttpParams } from '@angular/common/http';
import { Injectable, InjectionToken, inject } from '@angular/core';
import { Observable } from 'rxjs';

/** Base path of the API. The gateway serves it on the same origin as the UI. */
export const API_BASE_URL = new InjectionToken<string>('API_BASE_URL', {
  providedIn: 'root',
  factory: () => '/api',
});

type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

export interface RequestOptions {
  query?: Query;
  context?: HttpContext;
  /** A request body for DELETE (e.g. `DELETE /api/account {password}`). */
  body?: unknown;
}

/**
 * Thin typed wrapper around HttpClient for `/api/**`. Authentication, token refresh and
 * problem+json → ApiError conversion happen in the interceptors, so every caller gets either
 * the typed body or an ApiError.
 */
@Injectable({ providedIn: 'root' })
export class ApiClient {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL).replace(/\/+$/, '');

  /** Absolute-path URL for an API path such as `/projects/42`. */
  url(path: string): string {
    return `${this.base}${path.startsWith('/') ? path : `/${path}`}`;
  }

  get<T>(path: string, options: RequestOptions = {}): Observable<T> {
    return this.http.get<T>(this.url(path), {
      params: toParams(options.query),
      context: options.context,
    });
  }

  post<T>(path: string, body: unknown = {}, options: RequestOptions = {}): Observable<T> {
    return this.http.post<T>(this.url(path), body, {
      params: toParams(options.query),
      context: options.context,
    });
  }

  patch<T>(path: string, body: unknown, options: RequestOptions = {}): Observable<T> {
    return this.http.patch<T>(this.url(path), body, {
      params: toParams(options.query),
      context: options.context,
    });
  }

  put<T>(path: string, body: unknown, options: RequestOptions = {}): Observable<T> {
    return this.http.put<T>(this.url(path), body, {
      params: toParams(options.query),
      context: options.context,
    });
  }

  delete<T = void>(path: string, options: RequestOptions = {}): Observable<T> {
    return this.http.delete<T>(this.url(path), {
      params: toParams(options.query),
      context: options.context,
      ...(options.body === undefined ? {} : { body: options.body }),
    });
  }
}

function toParams(query: Query | undefined): HttpParams | undefined {
  if (!query) return undefined;
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined || value === '') continue;
    params = params.set(key, String(value));
  }
  return params;
}
