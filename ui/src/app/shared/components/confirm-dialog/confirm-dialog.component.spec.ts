import { TestBed } from '@angular/core/testing';
import { ConfirmService } from '../../../core/services/confirm.service';
import { ConfirmDialogComponent } from './confirm-dialog.component';

describe('ConfirmDialogComponent', () => {
  it('opens for a request, focuses Cancel and resolves with the choice', async () => {
    const fixture = TestBed.createComponent(ConfirmDialogComponent);
    const confirm = TestBed.inject(ConfirmService);
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;
    const dialog = el.querySelector('dialog')!;
    expect(dialog.open).toBe(false);

    const answer = confirm.ask({
      title: 'Delete “Alpha”?',
      message: 'Cannot be undone.',
      confirmText: 'Delete',
      tone: 'danger',
    });
    await fixture.whenStable();
    expect(dialog.open).toBe(true);
    expect(el.querySelector('#confirm-title')?.textContent).toContain('Delete “Alpha”?');
    expect(document.activeElement?.textContent?.trim()).toBe('Cancel');

    const buttons = [...el.querySelectorAll('button')];
    expect(buttons.find((b) => b.textContent?.includes('Delete'))?.className).toContain(
      'btn-danger',
    );
    buttons.find((b) => b.textContent?.includes('Delete'))!.click();
    await expect(answer).resolves.toBe(true);
    await fixture.whenStable();
    expect(dialog.open).toBe(false);
  });

  it('treats Escape (the dialog cancel event) as "no"', async () => {
    const fixture = TestBed.createComponent(ConfirmDialogComponent);
    const confirm = TestBed.inject(ConfirmService);
    fixture.detectChanges();
    const answer = confirm.ask({ title: 'Sure?', message: '' });
    await fixture.whenStable();
    fixture.nativeElement
      .querySelector('dialog')
      .dispatchEvent(new Event('cancel', { cancelable: true }));
    await expect(answer).resolves.toBe(false);
  });
});
