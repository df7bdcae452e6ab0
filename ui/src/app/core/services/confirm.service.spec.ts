import { TestBed } from '@angular/core/testing';
import { ConfirmService } from './confirm.service';
import { ToastService } from './toast.service';

describe('ConfirmService', () => {
  it('resolves the promise with the user choice', async () => {
    const confirm = TestBed.inject(ConfirmService);
    const answer = confirm.ask({ title: 'Delete?', message: 'Really?', tone: 'danger' });
    expect(confirm.pending()).toMatchObject({
      title: 'Delete?',
      confirmText: 'Confirm',
      cancelText: 'Cancel',
      tone: 'danger',
    });
    confirm.resolve(true);
    await expect(answer).resolves.toBe(true);
    expect(confirm.pending()).toBeNull();
  });

  it('cancels a pending request when a new one arrives', async () => {
    const confirm = TestBed.inject(ConfirmService);
    const first = confirm.ask({ title: 'One', message: '' });
    const second = confirm.ask({ title: 'Two', message: '' });
    await expect(first).resolves.toBe(false);
    expect(confirm.pending()?.title).toBe('Two');
    confirm.resolve(false);
    await expect(second).resolves.toBe(false);
  });
});

describe('ToastService', () => {
  it('adds toasts and dismisses them after their duration', () => {
    vi.useFakeTimers();
    try {
      const toasts = TestBed.inject(ToastService);
      toasts.success('Saved');
      const id = toasts.error('Failed');
      expect(toasts.toasts().map((t) => t.message)).toEqual(['Saved', 'Failed']);
      vi.advanceTimersByTime(5001);
      expect(toasts.toasts().map((t) => t.message)).toEqual(['Failed']);
      toasts.dismiss(id);
      expect(toasts.toasts()).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});
