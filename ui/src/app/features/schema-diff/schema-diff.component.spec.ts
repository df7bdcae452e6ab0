import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { problemInterceptor } from '../../core/interceptors/problem.interceptor';
import { SchemaChange, SchemaDiff } from '../../core/models';
import { AuthService } from '../../core/services/auth.service';
import { authStub } from '../../testing/fixtures';
import { connection, snapshotSummary } from '../../testing/schema-fixtures';
import { ALL_CHANGE_KINDS, filterChanges, groupChanges } from './diff-utils';
import { SchemaDiffComponent } from './schema-diff.component';

const changes: SchemaChange[] = [
  {
    objectType: 'column',
    change: 'added',
    table: 'public.orders',
    name: 'discount_cents',
    before: null,
    after: 'integer not null default 0',
  },
  {
    objectType: 'index',
    change: 'removed',
    table: 'public.orders',
    name: 'orders_open_idx',
    before: 'btree (status)',
    after: null,
  },
  {
    objectType: 'enum',
    change: 'changed',
    table: null,
    name: 'public.order_status',
    before: 'pending, paid',
    after: 'pending, paid, refunded',
  },
  {
    objectType: 'table',
    change: 'added',
    table: 'public.coupons',
    name: 'public.coupons',
    before: null,
    after: 'table with 3 columns',
  },
  {
    objectType: 'column',
    change: 'changed',
    table: 'public.customers',
    name: 'email',
    before: 'varchar(255) not null',
    after: 'citext not null',
  },
  {
    objectType: 'table',
    change: 'removed',
    table: 'public.audit_log',
    name: 'public.audit_log',
    before: 'table with 3 columns',
    after: null,
  },
  {
    objectType: 'unique',
    change: 'added',
    table: 'public.coupons',
    name: 'coupons_code_key',
    before: null,
    after: '(code)',
  },
];

function diff(list = changes): SchemaDiff {
  const summary = { added: 0, removed: 0, changed: 0 };
  for (const c of list) summary[c.change]++;
  return {
    from: snapshotSummary({ id: 's1' }),
    to: snapshotSummary({ id: 's2', capturedAt: '2026-01-03T10:00:00Z' }),
    summary,
    changes: list,
  };
}

describe('diff utils', () => {
  it('groups changes by table: database objects first, the table change before its parts', () => {
    const groups = groupChanges(changes);
    expect(groups.map((g) => g.table)).toEqual([
      null,
      'public.audit_log',
      'public.coupons',
      'public.customers',
      'public.orders',
    ]);
    const coupons = groups[2];
    expect(coupons.changes.map((c) => c.objectType)).toEqual(['table', 'unique']);
    expect(coupons.tableChange).toBe('added');
    expect(coupons.counts).toEqual({ added: 2, removed: 0, changed: 0 });
    expect(groups[4].changes.map((c) => c.name)).toEqual(['discount_cents', 'orders_open_idx']);
  });

  it('filters by kind, object type and text', () => {
    expect(
      filterChanges(changes, { kinds: new Set(['removed']), objectType: null, query: '' }),
    ).toHaveLength(2);
    expect(
      filterChanges(changes, { kinds: ALL_CHANGE_KINDS, objectType: 'column', query: '' }),
    ).toHaveLength(2);
    expect(
      filterChanges(changes, { kinds: ALL_CHANGE_KINDS, objectType: null, query: 'citext' }).map(
        (c) => c.name,
      ),
    ).toEqual(['email']);
  });
});

describe('SchemaDiffComponent', () => {
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

  async function render(snapshots = 2) {
    const fixture = TestBed.createComponent(SchemaDiffComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    fixture.detectChanges();
    await fixture.whenStable();
    http.expectOne('/api/projects/p1/connections').flush([connection()]);
    await fixture.whenStable();
    const list = [
      snapshotSummary({ id: 's2', capturedAt: '2026-01-03T10:00:00Z' }),
      snapshotSummary({ id: 's1', capturedAt: '2026-01-02T10:00:00Z' }),
      snapshotSummary({ id: 's0', capturedAt: '2026-01-01T10:00:00Z' }),
    ].slice(0, snapshots);
    http.expectOne((r) => r.url === '/api/projects/p1/schema/snapshots').flush(list);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('compares the two newest snapshots by default and shows grouped, colour-coded changes', async () => {
    const { el, fixture } = await render(3);
    expect((el.querySelector('#diff-from') as HTMLSelectElement).value).toBe('s1');
    expect((el.querySelector('#diff-to') as HTMLSelectElement).value).toBe('s2');
    const req = http.expectOne((r) => r.url === '/api/projects/p1/schema/diff');
    expect(req.request.params.get('from')).toBe('s1');
    expect(req.request.params.get('to')).toBe('s2');
    req.flush(diff());
    await fixture.whenStable();

    const summary = el.querySelector('[data-testid="diff-summary"]')!;
    expect(summary.querySelector('[data-kind="added"]')?.textContent).toContain('3');
    expect(summary.querySelector('[data-kind="removed"]')?.textContent).toContain('2');
    expect(summary.querySelector('[data-kind="changed"]')?.textContent).toContain('2');
    const groups = [...el.querySelectorAll('[data-testid="diff-groups"] > section')].map((s) =>
      s.getAttribute('data-table'),
    );
    expect(groups).toEqual([
      '',
      'public.audit_log',
      'public.coupons',
      'public.customers',
      'public.orders',
    ]);
    const email = el.querySelector('[data-table="public.customers"] [data-change="changed"]')!;
    expect(email.textContent).toContain('Before: varchar(255) not null');
    expect(email.textContent).toContain('After: citext not null');
    expect(email.querySelector('.bg-danger-soft')).not.toBeNull();
    expect(email.querySelector('.bg-success-soft')).not.toBeNull();
    // A removed table does not link to the newer snapshot; the others do.
    expect(el.querySelector('[data-table="public.audit_log"] h2 a')).toBeNull();
    expect(el.querySelector('[data-table="public.orders"] h2 a')?.getAttribute('href')).toBe(
      '/projects/p1/schema?connectionId=c1&snapshotId=s2&table=public.orders',
    );

    const removed = [
      ...el.querySelectorAll('fieldset input[type="checkbox"]'),
    ][1] as HTMLInputElement;
    removed.checked = false;
    removed.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(el.querySelectorAll('[data-testid="change"][data-change="removed"]')).toHaveLength(0);
    expect(el.querySelector('[data-table="public.audit_log"]')).toBeNull();
  });

  it('explains that one snapshot is not enough', async () => {
    const { el } = await render(1);
    expect(el.textContent).toContain('Only one snapshot so far');
    http.expectNone((r) => r.url === '/api/projects/p1/schema/diff');
  });

  it('says when nothing changed', async () => {
    const { el, fixture } = await render(2);
    http.expectOne((r) => r.url === '/api/projects/p1/schema/diff').flush(diff([]));
    await fixture.whenStable();
    expect(el.textContent).toContain('No differences');
  });

  it('refuses to compare a snapshot with itself', async () => {
    const fixture = TestBed.createComponent(SchemaDiffComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    fixture.componentRef.setInput('connectionId', 'c1');
    fixture.componentRef.setInput('from', 's1');
    fixture.componentRef.setInput('to', 's1');
    fixture.detectChanges();
    await fixture.whenStable();
    http.expectOne('/api/projects/p1/connections').flush([connection()]);
    http
      .expectOne((r) => r.url === '/api/projects/p1/schema/snapshots')
      .flush([snapshotSummary({ id: 's2' }), snapshotSummary({ id: 's1' })]);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain(
      'Pick two different snapshots.',
    );
    http.expectNone((r) => r.url === '/api/projects/p1/schema/diff');
  });
});
