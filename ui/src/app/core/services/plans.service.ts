import { Injectable, inject } from '@angular/core';
import { Observable, catchError, map, shareReplay, throwError } from 'rxjs';
import { Plan } from '../models';
import { ApiClient } from './api-client.service';

/**
 * The plan catalogue from `GET /api/plans` (public, cacheable for 5 minutes on the server). One
 * request per app session; a failed request is not cached, so a retry asks again.
 */
@Injectable({ providedIn: 'root' })
export class PlansService {
  private readonly api = inject(ApiClient);
  private cache: Observable<readonly Plan[]> | null = null;

  /** Plans sorted by rank (cheapest first). */
  catalogue(): Observable<readonly Plan[]> {
    this.cache ??= this.api.get<Plan[]>('/plans').pipe(
      map((plans) => [...plans].sort((a, b) => a.rank - b.rank)),
      catchError((error: unknown) => {
        this.cache = null;
        return throwError(() => error);
      }),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.cache;
  }
}
