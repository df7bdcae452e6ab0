import { computed, signal } from '@angular/core';
import { Observable, Subscription } from 'rxjs';
import { Page } from '../../core/models';
import { toApiError } from '../../core/utils/api-error';

/**
 * State of a newest-first, cursor-paged list (`{items, nextCursor}`): the first page with
 * loading/error, "load more" with its own loading/error, and de-duplication by id. A reload
 * cancels whatever is in flight, so a stale answer never overwrites newer filters.
 */
export class CursorFeed<T extends { id: string | number }> {
  private readonly _items = signal<T[]>([]);
  readonly items = this._items.asReadonly();
  readonly nextCursor = signal<string | null>(null);
  /** The first page is loading (items may still show the previous result). */
  readonly loading = signal(false);
  readonly loadingMore = signal(false);
  readonly error = signal<string | null>(null);
  readonly moreError = signal<string | null>(null);
  /** At least one page has arrived since the last reload. */
  readonly loaded = signal(false);
  readonly hasMore = computed(() => this.nextCursor() !== null);

  private request: Subscription | null = null;

  constructor(private readonly fetch: (cursor: string | null) => Observable<Page<T>>) {}

  /** Loads the first page again (after a filter change or a refresh). */
  reload(): void {
    this.cancel();
    this.loading.set(true);
    this.loadingMore.set(false);
    this.error.set(null);
    this.moreError.set(null);
    this.request = this.fetch(null).subscribe({
      next: (page) => {
        this._items.set([...page.items]);
        this.nextCursor.set(page.nextCursor ?? null);
        this.loaded.set(true);
        this.loading.set(false);
      },
      error: (e: unknown) => {
        this._items.set([]);
        this.nextCursor.set(null);
        this.error.set(toApiError(e).message);
        this.loading.set(false);
      },
    });
  }

  /** Appends the next page. */
  loadMore(): void {
    const cursor = this.nextCursor();
    if (!cursor || this.loading() || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.moreError.set(null);
    this.request = this.fetch(cursor).subscribe({
      next: (page) => {
        const seen = new Set(this._items().map((item) => item.id));
        this._items.update((items) => [...items, ...page.items.filter((i) => !seen.has(i.id))]);
        this.nextCursor.set(page.nextCursor ?? null);
        this.loadingMore.set(false);
      },
      error: (e: unknown) => {
        this.moreError.set(toApiError(e).message);
        this.loadingMore.set(false);
      },
    });
  }

  /** Replaces one item in place (e.g. after an update). */
  replace(item: T): void {
    this._items.update((items) => items.map((i) => (i.id === item.id ? item : i)));
  }

  cancel(): void {
    this.request?.unsubscribe();
    this.request = null;
  }
}
