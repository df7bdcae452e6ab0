import { HttpErrorResponse, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, from, switchMap, throwError } from 'rxjs';
import { API_BASE_URL } from '../services/api-client.service';
import { AuthService } from '../services/auth.service';
import { SKIP_TOKEN_REFRESH } from './http-context';

/**
 * Adds `Authorization: Bearer <access token>` to API calls. Refreshes an access token that is
 * about to expire before sending, and on a 401 tries exactly one `POST /api/auth/refresh`
 * and replays the request with the new token. Auth endpoints opt out via SKIP_TOKEN_REFRESH.
 */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  const base = inject(API_BASE_URL);
  if (!isApiRequest(req.url, base)) return next(req);
  const auth = inject(AuthService);

  if (req.context.get(SKIP_TOKEN_REFRESH)) {
    const token = auth.accessToken();
    return next(token ? withBearer(req, token) : req);
  }

  return from(auth.freshAccessToken().catch(() => auth.accessToken())).pipe(
    switchMap((token) => next(token ? withBearer(req, token) : req)),
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || error.status !== 401)
        return throwError(() => error);
      if (!auth.hasRefreshToken()) {
        auth.sessionExpired();
        return throwError(() => error);
      }
      return from(auth.refresh()).pipe(
        // Refresh refused: AuthService has signed out and redirected; report the original 401.
        catchError(() => throwError(() => error)),
        switchMap((tokens) => next(withBearer(req, tokens.accessToken))),
      );
    }),
  );
};

function withBearer(req: HttpRequest<unknown>, token: string): HttpRequest<unknown> {
  return req.clone({ setHeaders: { Authorization: `Bearer ${token}` } });
}

/** Only same-origin API calls carry the token (never a third-party URL). */
export function isApiRequest(url: string, base: string): boolean {
  const prefix = base.replace(/\/+$/, '') + '/';
  if (url.startsWith(prefix)) return true;
  if (typeof location !== 'undefined' && url.startsWith(location.origin + prefix)) return true;
  return false;
}
