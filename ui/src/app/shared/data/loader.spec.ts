import { Subject, of, throwError } from 'rxjs';
import { ApiError } from '../../core/utils/api-error';
import { Loader } from './loader';

describe('Loader', () => {
  it('tracks value, loading and a readable error', () => {
    const loader = new Loader<number>();
    const source = new Subject<number>();
    loader.load(source);
    expect(loader.loading()).toBe(true);
    source.next(3);
    expect(loader.value()).toBe(3);
    expect(loader.loading()).toBe(false);

    loader.load(throwError(() => new ApiError('Nope.', 500)));
    expect(loader.value()).toBeNull();
    expect(loader.error()).toBe('Nope.');
    expect(loader.failure()?.status).toBe(500);
    loader.reset();
    expect(loader.failure()).toBeNull();
  });

  it('cancels the request in flight when a new one starts, and keeps the value if asked', () => {
    const loader = new Loader<string>();
    const slow = new Subject<string>();
    loader.load(slow);
    loader.load(of('fast'));
    slow.next('stale');
    expect(loader.value()).toBe('fast');
    expect(slow.observed).toBe(false);

    const next = new Subject<string>();
    loader.load(next, { keep: true });
    expect(loader.value()).toBe('fast');
    loader.reset();
    expect(loader.value()).toBeNull();
    expect(next.observed).toBe(false);
  });
});
