import { Injectable, signal } from '@angular/core';

export type ToastTone = 'success' | 'error' | 'info' | 'warning';

export interface Toast {
  id: number;
  tone: ToastTone;
  message: string;
  title?: string;
}

const DEFAULT_DURATION_MS: Record<ToastTone, number> = {
  success: 5000,
  info: 6000,
  warning: 8000,
  error: 10000,
};

/** Transient notifications shown by the toast container (announced through aria-live). */
@Injectable({ providedIn: 'root' })
export class ToastService {
  private nextId = 1;
  private readonly timers = new Map<number, ReturnType<typeof setTimeout>>();
  private readonly _toasts = signal<Toast[]>([]);
  readonly toasts = this._toasts.asReadonly();

  show(
    tone: ToastTone,
    message: string,
    options: { title?: string; durationMs?: number } = {},
  ): number {
    const id = this.nextId++;
    this._toasts.update((list) => [...list.slice(-4), { id, tone, message, title: options.title }]);
    const duration = options.durationMs ?? DEFAULT_DURATION_MS[tone];
    if (duration > 0)
      this.timers.set(
        id,
        setTimeout(() => this.dismiss(id), duration),
      );
    return id;
  }

  success(message: string, title?: string): number {
    return this.show('success', message, { title });
  }

  error(message: string, title?: string): number {
    return this.show('error', message, { title });
  }

  info(message: string, title?: string): number {
    return this.show('info', message, { title });
  }

  warning(message: string, title?: string): number {
    return this.show('warning', message, { title });
  }

  dismiss(id: number): void {
    const timer = this.timers.get(id);
    if (timer) clearTimeout(timer);
    this.timers.delete(id);
    this._toasts.update((list) => list.filter((t) => t.id !== id));
  }
}
