import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { problemInterceptor } from '../../core/interceptors/problem.interceptor';
import { HealthFinding, HealthReport } from '../../core/models';
import { AuthService } from '../../core/services/auth.service';
import { authStub } from '../../testing/fixtures';
import { connection, shopModel, snapshotSummary } from '../../testing/schema-fixtures';
import { FINDINGS_PAGE, HealthComponent } from './health.component';
import { codeCounts, filterFindings, groupBySeverity } from './health-utils';

const findings: HealthFinding[] = [
  {
    code: 'missing-primary-key',
    severity: 'error',
    title: 'Table without a primary key',
    detail: 'public.audit_log has no primary key.',
    location: 'public.audit_log',
  },
  {
    code: 'unindexed-foreign-key',
    severity: 'warning',
    title: 'Foreign key without an index',
    detail: 'Deleting customers scans orders.',
    location: 'public.orders.customer_id',
  },
  {
    code: 'unused-index',
    severity: 'info',
    title: 'Index never used',
    detail: 'orders_open_idx was never scanned.',
    location: 'public.orders_open_idx',
  },
  {
    code: 'unindexed-foreign-key',
    severity: 'warning',
    title: 'Foreign key without an index',
    detail: 'Deleting categories scans categories.',
    location: 'public.categories.parent_id',
  },
];

function report(list = findings): HealthReport {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of list) counts[f.severity]++;
  return { snapshotId: 's1', counts, findings: list };
}

describe('health utils', () => {
  it('filters by severity, code and words', () => {
    const all = new Set(['error', 'warning', 'info'] as const);
    expect(filterFindings(findings, { severities: all, code: null, query: '' })).toHaveLength(4);
    expect(
      filterFindings(findings, { severities: new Set(['warning']), code: null, query: '' }),
    ).toHaveLength(2);
    expect(
      filterFindings(findings, { severities: all, code: 'unused-index', query: '' }).map(
        (f) => f.location,
      ),
    ).toEqual(['public.orders_open_idx']);
    expect(
      filterFindings(findings, { severities: all, code: null, query: 'ORDERS customer' }).map(
        (f) => f.code,
      ),
    ).toEqual(['unindexed-foreign-key']);
  });

  it('groups by severity in order and counts codes', () => {
    const groups = groupBySeverity(findings);
    expect(groups.map((g) => [g.severity, g.findings.length])).toEqual([
      ['error', 1],
      ['warning', 2],
      ['info', 1],
    ]);
    expect(groups[1].findings.map((f) => f.location)).toEqual([
      'public.categories.parent_id',
      'public.orders.customer_id',
    ]);
    expect(codeCounts(findings)[0]).toEqual({ code: 'unindexed-foreign-key', count: 2 });
  });
});

describe('HealthComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
        { provide: AuthService, useValue: authStub() },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  async function render(body: HealthReport | null = report()) {
    const fixture = TestBed.createComponent(HealthComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    fixture.componentRef.setInput('connectionId', 'c1');
    fixture.componentRef.setInput('snapshotId', 's1');
    fixture.detectChanges();
    await fixture.whenStable();
    http.expectOne('/api/projects/p1/connections').flush([connection()]);
    http.expectOne((r) => r.url === '/api/projects/p1/schema/snapshots').flush([snapshotSummary()]);
    const health = http.expectOne(
      (r) => r.url === '/api/projects/p1/schema/health' && r.params.get('snapshotId') === 's1',
    );
    if (body) health.flush(body);
    else health.flush({ detail: 'Checks failed.' }, { status: 500, statusText: 'Error' });
    http
      .expectOne('/api/projects/p1/schema/snapshots/s1')
      .flush({ summary: snapshotSummary(), model: shopModel() });
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  const shown = (el: HTMLElement) =>
    [...el.querySelectorAll('[data-testid="finding"]')].map((f) => f.getAttribute('data-code'));

  it('shows counts and findings grouped by severity, linking locations to tables', async () => {
    const { el } = await render();
    const counts = el.querySelector('[data-testid="health-counts"]')!;
    expect(counts.querySelector('[data-severity="warning"]')?.textContent).toContain('2');
    expect(
      [...el.querySelectorAll('[data-group]')].map((g) => g.getAttribute('data-group')),
    ).toEqual(['error', 'warning', 'info']);
    const links = [...el.querySelectorAll('[data-testid="finding"] a')].map((a) =>
      a.getAttribute('href'),
    );
    // audit_log is not in the snapshot: no link; a column and an index resolve to their table.
    expect(links).toEqual([
      '/projects/p1/schema?connectionId=c1&snapshotId=s1&table=public.categories',
      '/projects/p1/schema?connectionId=c1&snapshotId=s1&table=public.orders',
      '/projects/p1/schema?connectionId=c1&snapshotId=s1&table=public.orders',
    ]);
  });

  it('filters by severity, check and text', async () => {
    const { el, fixture } = await render();
    const errors = [...el.querySelectorAll('input[type="checkbox"]')][0] as HTMLInputElement;
    errors.checked = false;
    errors.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(shown(el)).not.toContain('missing-primary-key');
    expect(el.querySelector('[data-group="error"]')).toBeNull();

    const code = el.querySelector('#health-code') as HTMLSelectElement;
    code.value = 'unused-index';
    code.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(shown(el)).toEqual(['unused-index']);

    code.value = '';
    code.dispatchEvent(new Event('change'));
    const search = el.querySelector('#health-search') as HTMLInputElement;
    search.value = 'categories';
    search.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(shown(el)).toEqual(['unindexed-foreign-key']);
    expect(el.textContent).toContain('1 of 4 findings shown');
  });

  it('caps long groups with "show more"', async () => {
    const many = Array.from({ length: FINDINGS_PAGE + 30 }, (_, i) => ({
      ...findings[2],
      location: `public.idx_${i}`,
    }));
    const { el, fixture } = await render(report(many));
    expect(shown(el)).toHaveLength(FINDINGS_PAGE);
    [...el.querySelectorAll('button')].find((b) => b.textContent?.includes('Show more'))!.click();
    await fixture.whenStable();
    expect(shown(el)).toHaveLength(FINDINGS_PAGE + 30);
  });

  it('says when every check passed', async () => {
    const { el } = await render(report([]));
    expect(el.textContent).toContain('No findings');
  });

  it('shows a failed audit with a retry', async () => {
    const { el, fixture } = await render(null);
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Checks failed.');
    [...el.querySelectorAll('button')].find((b) => b.textContent?.includes('Try again'))!.click();
    http.expectOne((r) => r.url === '/api/projects/p1/schema/health').flush(report());
    await fixture.whenStable();
    expect(shown(el)).toHaveLength(4);
  });
});
