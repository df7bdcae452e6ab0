import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { catchError, throwError } from 'rxjs';
import { problemToApiError } from '../utils/api-error';

/**
 * Turns every failed HTTP call into an ApiError: `application/problem+json` bodies give their
 * `detail` (or `title`) as the message and `errors[{field,message}]` as field errors; other
 * failures get a readable status-based message. Registered outermost, so it sees the final
 * outcome after the auth interceptor's refresh-and-retry.
 */
export const problemInterceptor: HttpInterceptorFn = (req, next) =>
  next(req).pipe(
    catchError((error: unknown) =>
      throwError(() =>
        error instanceof HttpErrorResponse ? problemToApiError(error.status, error.error) : error,
      ),
    ),
  );
