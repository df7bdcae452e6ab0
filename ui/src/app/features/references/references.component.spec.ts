import { HttpRequest, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { problemInterceptor } from '../../core/interceptors/problem.interceptor';
import { Reference, SchemaInsights, VirtualRelation } from '../../core/models';
import { AuthService } from '../../core/services/auth.service';
import { ConfirmService } from '../../core/services/confirm.service';
import { ProjectsService } from '../../core/services/projects.service';
import { Reply, problem, reply, settle } from '../../testing/fake-api';
import { authStub, project } from '../../testing/fixtures';
import { connection, snapshotSummary } from '../../testing/schema-fixtures';
import { ReferencesComponent } from './references.component';
import {
  filterInsights,
  parseValues,
  unadoptedReferences,
  undecidedRelations,
} from './references-utils';

function reference(overrides: Partial<Reference> = {}): Reference {
  return {
    id: 'r1',
    connectionId: 'c1',
    name: 'customer_status',
    kind: 'enum_type',
    source: 'public.customer_status',
    values: ['active', 'blocked'],
    createdAt: '2026-01-02T10:00:00Z',
    updatedAt: '2026-01-02T10:00:00Z',
    ...overrides,
  };
}

function insights(): SchemaInsights {
  return {
    snapshotId: 's1',
    tables: [
      {
        table: 'public.categories',
        role: 'lookup',
        roleReason: 'Few rows with a name and a slug.',
        domain: 'catalogue',
        domainConfidence: 0.9,
      },
      {
        table: 'public.customers',
        role: 'entity',
        roleReason: 'An identity key and many columns.',
        domain: 'commerce',
        domainConfidence: 0.8,
      },
    ],
    references: [
      {
        name: 'customer_status',
        kind: 'ENUM_TYPE',
        source: 'public.customer_status',
        values: ['active', 'blocked'],
      },
      { name: 'categories', kind: 'LOOKUP_TABLE', source: 'public.categories.id', values: [] },
    ],
    inferredRelations: [
      {
        fromTable: { schema: 'public', name: 'order_totals' },
        fromColumns: ['customer_id'],
        toTable: { schema: 'public', name: 'customers' },
        toColumns: ['id'],
        confidence: 0.6,
        reason: 'customer_id names customers.id (a view)',
      },
      {
        fromTable: { schema: 'public', name: 'coupons' },
        fromColumns: ['customer_id'],
        toTable: { schema: 'public', name: 'customers' },
        toColumns: ['id'],
        confidence: 0.85,
        reason: 'customer_id names customers.id',
      },
    ],
  };
}

function relation(overrides: Partial<VirtualRelation> = {}): VirtualRelation {
  return {
    id: 'v1',
    connectionId: 'c1',
    fromTable: 'public.coupons',
    fromColumns: ['customer_id'],
    toTable: 'public.customers',
    toColumns: ['id'],
    status: 'CONFIRMED',
    createdAt: '2026-01-03T10:00:00Z',
    ...overrides,
  };
}

describe('references utils', () => {
  it('parses values one per line, finds what is not kept or decided, filters tables', () => {
    expect(parseValues(' S \n\nM\r\nS\nL ')).toEqual(['S', 'M', 'L']);
    expect(unadoptedReferences(insights().references, [reference()]).map((r) => r.name)).toEqual([
      'categories',
    ]);
    // A kept reference of the same name counts as kept too.
    expect(
      unadoptedReferences(insights().references, [
        reference(),
        reference({ id: 'r2', name: 'Categories', kind: 'manual', source: null }),
      ]),
    ).toEqual([]);
    const undecided = undecidedRelations(insights().inferredRelations, []);
    expect(undecided.map((r) => r.fromTable.name)).toEqual(['coupons', 'order_totals']);
    expect(undecidedRelations(insights().inferredRelations, [relation()])).toHaveLength(1);
    expect(filterInsights(insights().tables, 'CATALOGUE', null).map((t) => t.table)).toEqual([
      'public.categories',
    ]);
    expect(filterInsights(insights().tables, '', 'entity')).toHaveLength(1);
  });
});

describe('ReferencesComponent', () => {
  let http: HttpTestingController;
  let refs: Reference[];
  let rels: VirtualRelation[];
  let requests: HttpRequest<unknown>[];
  let override: ((request: HttpRequest<unknown>) => Reply | undefined) | null;
  let fixture: ComponentFixture<ReferencesComponent>;

  beforeEach(() => {
    refs = [reference()];
    rels = [];
    requests = [];
    override = null;
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
        { provide: AuthService, useValue: authStub() },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(ProjectsService).get('p1').subscribe();
    http.expectOne('/api/projects/p1').flush(project());
  });

  /** A tiny in-memory API for the screen. */
  const respond = (request: HttpRequest<unknown>): Reply | undefined => {
    requests.push(request);
    const special = override?.(request);
    if (special) return special;
    const { method, url } = request;
    const body = request.body as Record<string, unknown>;
    if (url === '/api/projects/p1/connections')
      return reply([
        connection({
          lastSnapshot: { id: 's1', capturedAt: '2026-01-02T10:00:00Z', tableCount: 4 },
        }),
      ]);
    if (url === '/api/projects/p1/schema/snapshots') return reply([snapshotSummary()]);
    if (url === '/api/projects/p1/schema/insights') return reply(insights());
    if (url === '/api/projects/p1/references' && method === 'GET') return reply(refs);
    if (url === '/api/projects/p1/references' && method === 'POST') {
      const created = reference({ id: `r${refs.length + 1}`, ...(body as Partial<Reference>) });
      refs = [...refs, created];
      return reply(created, 201);
    }
    if (url === '/api/projects/p1/references/adopt') {
      const added = reference({
        id: 'r9',
        name: 'categories',
        kind: 'lookup_table',
        source: 'public.categories.id',
        values: [],
      });
      refs = [...refs, added];
      return reply([added]);
    }
    const one = /^\/api\/projects\/p1\/references\/(.+)$/.exec(url);
    if (one && method === 'PUT') {
      const updated = { ...refs.find((r) => r.id === one[1])!, ...(body as Partial<Reference>) };
      refs = refs.map((r) => (r.id === updated.id ? updated : r));
      return reply(updated);
    }
    if (one && method === 'DELETE') {
      refs = refs.filter((r) => r.id !== one[1]);
      return reply(null, 204);
    }
    if (url === '/api/projects/p1/relations' && method === 'GET') return reply(rels);
    if (url === '/api/projects/p1/relations' && method === 'PUT') {
      const saved = relation({
        id: `v${rels.length + 1}`,
        fromTable: body['fromTable'] as string,
        fromColumns: body['fromColumns'] as string[],
        toTable: body['toTable'] as string,
        toColumns: body['toColumns'] as string[],
        status: String(body['status']).toUpperCase() as VirtualRelation['status'],
      });
      rels = [...rels, saved];
      return reply(saved);
    }
    const rel = /^\/api\/projects\/p1\/relations\/(.+)$/.exec(url);
    if (rel && method === 'DELETE') {
      rels = rels.filter((r) => r.id !== rel[1]);
      return reply(null, 204);
    }
    return undefined;
  };

  const stable = () => settle(http, () => fixture.whenStable(), respond);

  async function render() {
    fixture = TestBed.createComponent(ReferencesComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    fixture.componentRef.setInput('connectionId', 'c1');
    await stable();
    return fixture.nativeElement as HTMLElement;
  }

  const click = async (el: HTMLElement, text: string) => {
    const button = [...el.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === text || b.getAttribute('aria-label') === text,
    );
    if (!button) throw new Error(`no button "${text}"`);
    button.click();
    await stable();
  };
  const type = async (el: HTMLElement, selector: string, value: string) => {
    const input = el.querySelector(selector) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };

  it('lists references, detected ones not kept, undecided relations and table roles', async () => {
    const el = await render();
    const kept = el.querySelector('[data-reference="customer_status"]')!;
    expect(kept.querySelector('[data-testid="kind"]')?.textContent?.trim()).toBe('enum type');
    expect(kept.textContent).toContain('public.customer_status');
    expect([...kept.querySelectorAll('ul li')].map((li) => li.textContent?.trim())).toEqual([
      'active',
      'blocked',
    ]);
    expect(
      [...el.querySelectorAll('[data-detected]')].map((d) => d.getAttribute('data-detected')),
    ).toEqual(['categories']);
    expect([...el.querySelectorAll('[data-testid="inferred"]')].map((r) => r.textContent)).toEqual([
      expect.stringContaining('85 % confident'),
      expect.stringContaining('60 %'),
    ]);
    const roles = el.querySelector('[data-testid="roles"]')!;
    expect(roles.querySelector('[data-table="public.categories"]')?.textContent).toContain(
      'lookup',
    );
    expect(roles.querySelector('[data-table="public.customers"]')?.textContent).toContain(
      'commerce',
    );
  });

  it('adopts detected references and says how many were added', async () => {
    const el = await render();
    await click(el, 'Adopt detected');
    expect(requests.find((r) => r.url.endsWith('/references/adopt'))?.body).toEqual({
      connectionId: 'c1',
    });
    expect(el.querySelector('[data-testid="adopt-result"]')?.textContent).toContain(
      '1 reference added: categories.',
    );
    expect(el.querySelector('[data-reference="categories"]')).not.toBeNull();
    expect(el.querySelectorAll('[data-detected]')).toHaveLength(0);
  });

  it('creates a manual reference, showing a duplicate name at the name field', async () => {
    const el = await render();
    await click(el, 'New reference');
    expect(document.activeElement?.id).toBe('ref-name');
    await click(el, 'Create reference');
    expect(el.querySelector('#name-error')?.textContent).toContain('Name is required');
    expect(el.querySelector('#values-error')?.textContent).toContain('Values is required');

    await type(el, '#ref-name', 'customer_status');
    await type(el, '#ref-values', 'S\nM\n\nL');
    override = (request) =>
      request.method === 'POST'
        ? problem(409, 'A reference named customer_status exists already.')
        : undefined;
    await click(el, 'Create reference');
    expect(el.querySelector('#name-error')?.textContent).toContain('exists already');

    override = null;
    await type(el, '#ref-name', 'Sizes');
    await click(el, 'Create reference');
    const post = requests.filter((r) => r.method === 'POST').at(-1)!;
    expect(post.body).toEqual({
      connectionId: 'c1',
      name: 'Sizes',
      kind: 'manual',
      values: ['S', 'M', 'L'],
    });
    expect(el.querySelector('#ref-name')).toBeNull();
    expect(el.querySelector('[data-reference="Sizes"]')?.textContent).toContain('manual');
  });

  it('edits a reference (keeping its kind and source) and deletes one after confirmation', async () => {
    const el = await render();
    await click(el, 'Edit customer_status');
    expect((el.querySelector('#ref-values') as HTMLTextAreaElement).value).toBe('active\nblocked');
    await type(el, '#ref-values', 'active\nblocked\narchived');
    await click(el, 'Save changes');
    expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({
      name: 'customer_status',
      values: ['active', 'blocked', 'archived'],
      kind: 'enum_type',
      source: 'public.customer_status',
    });
    expect(el.querySelector('[data-reference="customer_status"]')?.textContent).toContain(
      'archived',
    );

    const ask = vi.spyOn(TestBed.inject(ConfirmService), 'ask').mockResolvedValue(true);
    await click(el, 'Delete customer_status');
    expect(ask).toHaveBeenCalledWith(expect.objectContaining({ tone: 'danger' }));
    expect(requests.some((r) => r.method === 'DELETE' && r.url.endsWith('/references/r1'))).toBe(
      true,
    );
    expect(el.querySelector('[data-reference="customer_status"]')).toBeNull();
  });

  it('confirms and rejects inferred relations, and forgets a decision', async () => {
    const el = await render();
    await click(el, 'Confirm public.coupons(customer_id) → public.customers(id)');
    expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({
      connectionId: 'c1',
      fromTable: 'public.coupons',
      fromColumns: ['customer_id'],
      toTable: 'public.customers',
      toColumns: ['id'],
      status: 'confirmed',
    });
    expect(el.querySelectorAll('[data-testid="inferred"]')).toHaveLength(1);
    await click(el, 'Reject public.order_totals(customer_id) → public.customers(id)');
    expect(el.querySelectorAll('[data-testid="inferred"]')).toHaveLength(0);
    const decided = el.querySelector('[data-testid="decided"]')!;
    expect([...decided.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      expect.stringContaining('confirmed'),
      expect.stringContaining('rejected'),
    ]);

    vi.spyOn(TestBed.inject(ConfirmService), 'ask').mockResolvedValue(true);
    await click(el, 'Forget the decision on public.coupons(customer_id)→public.customers(id)');
    expect(requests.some((r) => r.method === 'DELETE' && r.url.endsWith('/relations/v1'))).toBe(
      true,
    );
    expect(el.querySelectorAll('[data-testid="inferred"]')).toHaveLength(1);
  });
});
