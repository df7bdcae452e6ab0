import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterRenderEffect,
  inject,
  viewChild,
} from '@angular/core';
import { ConfirmService } from '../../../core/services/confirm.service';

/**
 * The modal behind ConfirmService. Uses the native <dialog> (focus is trapped, Escape cancels);
 * focus starts on Cancel (safe default) and returns to where it was when the dialog closes.
 */
@Component({
  selector: 'app-confirm-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dialog
      #dialog
      class="m-auto w-[28rem] max-w-[calc(100vw-2rem)] rounded-card border border-border bg-surface-raised p-0 text-fg shadow-overlay backdrop:bg-[var(--kt-overlay)]"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-message"
      (cancel)="onCancel($event)"
    >
      @if (confirm.pending(); as request) {
        <div class="p-6">
          <h2 id="confirm-title" class="text-lg font-semibold">{{ request.title }}</h2>
          <p id="confirm-message" class="mt-2 whitespace-pre-line text-sm text-muted">
            {{ request.message }}
          </p>
          <div class="mt-6 flex justify-end gap-3">
            <button
              #cancelButton
              type="button"
              class="btn btn-secondary"
              (click)="confirm.resolve(false)"
            >
              {{ request.cancelText }}
            </button>
            <button
              type="button"
              class="btn"
              [class.btn-danger]="request.tone === 'danger'"
              [class.btn-primary]="request.tone !== 'danger'"
              (click)="confirm.resolve(true)"
            >
              {{ request.confirmText }}
            </button>
          </div>
        </div>
      }
    </dialog>
  `,
})
export class ConfirmDialogComponent {
  protected readonly confirm = inject(ConfirmService);
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private readonly cancelButton = viewChild<ElementRef<HTMLButtonElement>>('cancelButton');
  private returnFocusTo: HTMLElement | null = null;

  constructor() {
    afterRenderEffect(() => {
      const request = this.confirm.pending();
      const dialog = this.dialog().nativeElement;
      if (request && !dialog.open) {
        this.returnFocusTo = document.activeElement as HTMLElement | null;
        if (typeof dialog.showModal === 'function') dialog.showModal();
        else dialog.setAttribute('open', '');
        this.cancelButton()?.nativeElement.focus();
      } else if (!request && dialog.open) {
        if (typeof dialog.close === 'function') dialog.close();
        else dialog.removeAttribute('open');
        this.returnFocusTo?.focus?.();
        this.returnFocusTo = null;
      }
    });
  }

  protected onCancel(event: Event): void {
    event.preventDefault();
    this.confirm.resolve(false);
  }
}
