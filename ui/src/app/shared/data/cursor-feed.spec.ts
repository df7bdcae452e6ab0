import { Subject, of, throwError } from 'rxjs';
import { Page } from '../../core/models';
import { ApiError } from '../../core/utils/api-error';
import { CursorFeed } from './cursor-feed';

type Item = { id: number };
const page = (ids: number[], nextCursor: string | null = null): Page<Item> => ({
  items: ids.map((id) => ({ id })),
  nextCursor,
});

describe('CursorFeed', () => {
  it('loads the first page, then appends pages until the cursor runs out', () => {
    const fetch = vi.fn((cursor: string | null) =>
      of(cursor === null ? page([3, 2], 'c1') : page([2, 1])),
    );
    const feed = new CursorFeed<Item>(fetch);
    feed.reload();
    expect(feed.items().map((i) => i.id)).toEqual([3, 2]);
    expect(feed.hasMore()).toBe(true);
    feed.loadMore();
    expect(fetch).toHaveBeenLastCalledWith('c1');
    expect(feed.items().map((i) => i.id)).toEqual([3, 2, 1]);
    expect(feed.hasMore()).toBe(false);
    feed.loadMore();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('keeps the list when "load more" fails and reports it separately', () => {
    let fail = false;
    const feed = new CursorFeed<Item>((cursor) =>
      fail ? throwError(() => new ApiError('Down', 503)) : of(page([1], cursor ? null : 'c1')),
    );
    feed.reload();
    fail = true;
    feed.loadMore();
    expect(feed.items()).toHaveLength(1);
    expect(feed.moreError()).toBe('Down');
    expect(feed.error()).toBeNull();
    expect(feed.hasMore()).toBe(true);
  });

  it('a reload cancels a slower earlier request', () => {
    const first = new Subject<Page<Item>>();
    const answers = [first, of(page([9]))];
    const feed = new CursorFeed<Item>(() => answers.shift()!);
    feed.reload();
    expect(feed.loading()).toBe(true);
    feed.reload();
    first.next(page([1]));
    expect(feed.items().map((i) => i.id)).toEqual([9]);
    expect(feed.loading()).toBe(false);
  });
});
