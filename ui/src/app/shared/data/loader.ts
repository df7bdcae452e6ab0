import { DestroyRef, signal } from '@angular/core';
import { Observable, Subscription } from 'rxjs';
import { ApiError, toApiError } from '../../core/utils/api-error';

/**
 * One piece of remote data as signals: `value`, `loading`, `error` (a readable message). A new
 * `load()` cancels the request in flight, so answers never arrive out of order; everything is
 * cancelled when the owner is destroyed.
 */
export class Loader<T> {
  readonly value = signal<T | null>(null);
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);
  /** The failure behind `error` (status, code, field errors), null while none. */
  readonly failure = signal<ApiError | null>(null);
  private subscription: Subscription | null = null;

  constructor(destroyRef?: DestroyRef) {
    destroyRef?.onDestroy(() => this.cancel());
  }

  /** Loads `source`; `keep` leaves the previous value visible while the new one loads. */
  load(source: Observable<T>, { keep = false }: { keep?: boolean } = {}): void {
    this.cancel();
    if (!keep) this.value.set(null);
    this.loading.set(true);
    this.error.set(null);
    this.failure.set(null);
    this.subscription = source.subscribe({
      next: (value) => {
        this.value.set(value);
        this.loading.set(false);
      },
      error: (e) => {
        const failure = toApiError(e);
        this.failure.set(failure);
        this.error.set(failure.message);
        this.loading.set(false);
      },
    });
  }

  /** Forgets the value (and cancels a request in flight). */
  reset(): void {
    this.cancel();
    this.value.set(null);
    this.error.set(null);
    this.failure.set(null);
  }

  cancel(): void {
    this.subscription?.unsubscribe();
    this.subscription = null;
    this.loading.set(false);
  }
}
