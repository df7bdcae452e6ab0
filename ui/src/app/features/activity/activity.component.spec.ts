import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { problemInterceptor } from '../../core/interceptors/problem.interceptor';
import { auditEntry, member } from '../../testing/fixtures';
import { RecentActivityComponent } from '../dashboard/components/recent-activity.component';
import { ActivityComponent } from './activity.component';

describe('ActivityComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  const activityReq = () => http.expectOne((r) => r.url === '/api/projects/p1/activity');

  async function render() {
    const fixture = TestBed.createComponent(ActivityComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    fixture.detectChanges();
    await fixture.whenStable();
    http.expectOne('/api/projects/p1/members').flush({
      members: [member(), member({ userId: 'u2', email: 'bo@example.test', name: 'Bo' })],
      invitations: [],
    });
    return fixture;
  }

  it('lists entries newest first and pages with "Load more"', async () => {
    const fixture = await render();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.textContent).toContain('Loading activity');
    const first = activityReq();
    expect(first.request.params.get('limit')).toBe('25');
    expect(first.request.params.has('cursor')).toBe(false);
    first.flush({
      items: [
        auditEntry({
          id: 2,
          action: 'http.post',
          details: { method: 'POST', path: '/api/projects/p1/diagnostics/selftest', status: 202 },
        }),
        auditEntry({ id: 1 }),
      ],
      nextCursor: 'c2',
    });
    await fixture.whenStable();
    const actions = () =>
      [...el.querySelectorAll('[data-testid="audit-entry"]')].map((e) =>
        e.getAttribute('data-action'),
      );
    expect(actions()).toEqual(['http.post', 'project.created']);
    expect(el.textContent).toContain('POST /api/projects/p1/diagnostics/selftest');
    expect(el.textContent).toContain('created the project');

    [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Load more')!.click();
    const more = activityReq();
    expect(more.request.params.get('cursor')).toBe('c2');
    more.flush({ items: [auditEntry({ id: 0, action: 'user.registered' })], nextCursor: null });
    await fixture.whenStable();
    expect(actions()).toEqual(['http.post', 'project.created', 'user.registered']);
    expect(el.textContent).toContain('This is the oldest entry');
  });

  it('filters by person, action and time range', async () => {
    const fixture = await render();
    activityReq().flush({ items: [auditEntry()], nextCursor: null });
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    for (const id of ['activity-user', 'activity-action', 'activity-range'])
      expect(el.querySelector(`label[for="${id}"]`), id).not.toBeNull();
    const options = [...el.querySelectorAll('#activity-user option')].map((o) =>
      o.textContent?.trim(),
    );
    expect(options).toEqual(['Anyone', 'Dev', 'Bo']);

    const user = el.querySelector('#activity-user') as HTMLSelectElement;
    user.value = 'u2';
    user.dispatchEvent(new Event('change'));
    const action = el.querySelector('#activity-action') as HTMLInputElement;
    action.value = ' project.* ';
    action.dispatchEvent(new Event('input'));
    const range = el.querySelector('#activity-range') as HTMLSelectElement;
    range.value = '24h';
    range.dispatchEvent(new Event('change'));
    (el.querySelector('form[role="search"] button[type="submit"]') as HTMLButtonElement).click();
    const req = activityReq();
    expect(req.request.params.get('user')).toBe('u2');
    expect(req.request.params.get('action')).toBe('project.*');
    expect(Date.parse(req.request.params.get('from')!)).toBeGreaterThan(
      Date.now() - 86_400_000 - 5000,
    );
    expect(req.request.params.has('to')).toBe(false);
    req.flush({ items: [], nextCursor: null });
    await fixture.whenStable();
    expect(el.textContent).toContain('Nothing matches these filters');
  });

  it('rejects a reversed custom range without asking the server', async () => {
    const fixture = await render();
    activityReq().flush({ items: [], nextCursor: null });
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.textContent).toContain('No activity yet');
    const range = el.querySelector('#activity-range') as HTMLSelectElement;
    range.value = 'custom';
    range.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    for (const [id, value] of [
      ['activity-from', '2026-02-02T10:00'],
      ['activity-to', '2026-02-01T10:00'],
    ]) {
      const input = el.querySelector(`#${id}`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    (el.querySelector('form[role="search"] button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('must be after its start');
    http.expectNone((r) => r.url === '/api/projects/p1/activity');
  });

  it('shows a retryable error', async () => {
    const fixture = await render();
    activityReq().flush(
      { detail: 'Audit log unavailable.' },
      { status: 503, statusText: 'Unavailable' },
    );
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Audit log unavailable.');
    [...el.querySelectorAll('button')].find((b) => b.textContent?.includes('Try again'))!.click();
    activityReq().flush({ items: [auditEntry()], nextCursor: null });
    await fixture.whenStable();
    expect(el.querySelectorAll('[data-testid="audit-entry"]')).toHaveLength(1);
  });
});

describe('RecentActivityComponent', () => {
  it('shows the last entries and links to the full feed', async () => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(RecentActivityComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    fixture.detectChanges();
    await fixture.whenStable();
    const req = http.expectOne((r) => r.url === '/api/projects/p1/activity');
    expect(req.request.params.get('limit')).toBe('6');
    req.flush({ items: [auditEntry({ details: { name: 'x' } })], nextCursor: 'c' });
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelectorAll('[data-testid="audit-entry"]')).toHaveLength(1);
    expect(el.querySelector('details')).toBeNull(); // compact
    expect(el.querySelector('a[href="/projects/p1/activity"]')?.textContent).toContain(
      'View all activity',
    );
  });
});
