import { Injectable, signal } from '@angular/core';

export interface ConfirmOptions {
  title: string;
  message: string;
  confirmText?: string;
  cancelText?: string;
  /** `danger` styles the confirm button for destructive actions. */
  tone?: 'default' | 'danger';
}

export interface ConfirmRequest extends Required<ConfirmOptions> {
  id: number;
}

/**
 * Promise-based confirmation dialog (the reference's confirm_service):
 * `if (await confirm.ask({...})) { ... }`. The ConfirmDialogComponent in the app shell renders
 * the pending request; one request at a time, a new one cancels the previous.
 */
@Injectable({ providedIn: 'root' })
export class ConfirmService {
  private nextId = 1;
  private resolver: ((value: boolean) => void) | null = null;
  private readonly _pending = signal<ConfirmRequest | null>(null);
  readonly pending = this._pending.asReadonly();

  ask(options: ConfirmOptions): Promise<boolean> {
    this.resolve(false);
    return new Promise<boolean>((resolve) => {
      this.resolver = resolve;
      this._pending.set({
        id: this.nextId++,
        title: options.title,
        message: options.message,
        confirmText: options.confirmText ?? 'Confirm',
        cancelText: options.cancelText ?? 'Cancel',
        tone: options.tone ?? 'default',
      });
    });
  }

  /** Called by the dialog: true = confirmed, false = cancelled/dismissed. */
  resolve(value: boolean): void {
    const resolver = this.resolver;
    this.resolver = null;
    this._pending.set(null);
    resolver?.(value);
  }
}
