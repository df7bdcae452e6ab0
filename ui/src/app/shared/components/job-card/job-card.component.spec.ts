import { TestBed } from '@angular/core/testing';
import { job } from '../../../testing/fixtures';
import { Job } from '../../../core/models';
import { JobCardComponent } from './job-card.component';

describe('JobCardComponent', () => {
  function render(j: Job, cancelling = false) {
    const fixture = TestBed.createComponent(JobCardComponent);
    fixture.componentRef.setInput('job', j);
    fixture.componentRef.setInput('cancelling', cancelling);
    fixture.detectChanges();
    return fixture;
  }

  it('shows status, progress, current step and a cancel button while running', () => {
    const fixture = render(
      job({
        status: 'running',
        progress: 0.3,
        message: 'Step 3 of 10',
        startedAt: '2026-01-01T10:00:01Z',
      }),
    );
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('[data-testid="job-status"]')?.textContent?.trim()).toBe('Running');
    expect(el.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('30');
    expect(el.textContent).toContain('Step 3 of 10');

    let cancelled: Job | null = null;
    fixture.componentInstance.cancel.subscribe((j) => (cancelled = j));
    const button = el.querySelector('button') as HTMLButtonElement;
    expect(button.getAttribute('aria-label')).toBe('Cancel Pipeline self-test');
    button.click();
    expect(cancelled).not.toBeNull();
  });

  it('disables cancel while cancellation is pending', () => {
    const button = render(job({ status: 'running' }), true).nativeElement.querySelector(
      'button',
    ) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.textContent).toContain('Cancelling');
  });

  it('shows the final state and error, without a cancel button', () => {
    const el: HTMLElement = render(
      job({ status: 'error', progress: 0.4, error: 'Worker crashed' }),
    ).nativeElement;
    expect(el.querySelector('[data-testid="job-status"]')?.textContent?.trim()).toBe('Error');
    expect(el.querySelector('[data-testid="job-error"]')?.textContent).toContain('Worker crashed');
    expect(el.querySelector('button')).toBeNull();

    const done: HTMLElement = render(
      job({
        status: 'done',
        progress: 1,
        startedAt: '2026-01-01T10:00:00Z',
        completedAt: '2026-01-01T10:00:02.500Z',
      }),
    ).nativeElement;
    expect(done.textContent).toContain('2.5 s');
    expect(done.querySelector('[data-testid="job-status"]')?.textContent?.trim()).toBe('Done');
  });
});
