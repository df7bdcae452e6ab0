import { TestBed } from '@angular/core/testing';
import { ProgressBarComponent } from './progress-bar.component';

describe('ProgressBarComponent', () => {
  function render(inputs: Record<string, unknown>) {
    const fixture = TestBed.createComponent(ProgressBarComponent);
    for (const [k, v] of Object.entries(inputs)) fixture.componentRef.setInput(k, v);
    fixture.detectChanges();
    return fixture.nativeElement.querySelector('[role="progressbar"]') as HTMLElement;
  }

  it('exposes the value in percent to assistive technology', () => {
    const bar = render({ value: 0.456, status: 'running', label: 'Self-test progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('46');
    expect(bar.getAttribute('aria-valuemin')).toBe('0');
    expect(bar.getAttribute('aria-valuemax')).toBe('100');
    expect(bar.getAttribute('aria-label')).toBe('Self-test progress');
    expect(bar.getAttribute('aria-valuetext')).toBe('46%, running');
  });

  it('clamps values outside 0..1', () => {
    expect(render({ value: 7 }).getAttribute('aria-valuenow')).toBe('100');
    expect(render({ value: -1 }).getAttribute('aria-valuenow')).toBe('0');
    expect(render({ value: Number.NaN }).getAttribute('aria-valuenow')).toBe('0');
  });

  it('is indeterminate while a job is pending', () => {
    const bar = render({ value: 0, status: 'pending' });
    expect(bar.hasAttribute('aria-valuenow')).toBe(false);
    expect(bar.getAttribute('aria-valuetext')).toMatch(/waiting/);
  });
});
