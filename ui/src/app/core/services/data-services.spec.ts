import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { ordersPage } from '../../testing/data-fixtures';
import { problemInterceptor } from '../interceptors/problem.interceptor';
import { ApiError } from '../utils/api-error';
import { DataService, tablePath } from './data.service';
import { SchemaNotesService } from './schema-notes.service';
import { SchemaService } from './schema.service';

describe('DataService, SchemaNotesService and insights', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('encodes the table (schema.name) in the path and builds the rows query', async () => {
    expect(tablePath('p1', 'c1', 'sales.order items/2026')).toBe(
      '/projects/p1/data/c1/tables/sales.order%20items%2F2026',
    );
    const data = TestBed.inject(DataService);
    const page = firstValueFrom(
      data.rows('p1', 'c1', 'public.orders', {
        page: 1,
        size: 50,
        sort: [
          { column: 'placed_at', descending: true },
          { column: 'id', descending: false },
        ],
        filters: [
          { column: 'status', op: 'in', value: 'paid|shipped' },
          { column: 'note', op: 'ilike', value: '%gift+wrap%' },
        ],
      }),
    );
    http
      .expectOne({
        method: 'GET',
        url:
          '/api/projects/p1/data/c1/tables/public.orders/rows?page=1&size=50&sort=-placed_at,id' +
          '&filter=status%3Ain%3Apaid%7Cshipped&filter=note%3Ailike%3A%25gift%2Bwrap%25',
      })
      .flush(ordersPage());
    expect((await page).rows).toHaveLength(2);
  });

  it('writes rows: insert, update by key, delete with the key as URL-encoded JSON', async () => {
    const data = TestBed.inject(DataService);
    data.insert('p1', 'c1', 'public.customers', { email: 'a@b.c' }).subscribe();
    const insert = http.expectOne({
      method: 'POST',
      url: '/api/projects/p1/data/c1/tables/public.customers/rows',
    });
    expect(insert.request.body).toEqual({ values: { email: 'a@b.c' } });
    insert.flush({ id: 9, email: 'a@b.c' }, { status: 201, statusText: 'Created' });

    data.update('p1', 'c1', 'public.customers', { id: 9 }, { status: 'blocked' }).subscribe();
    const update = http.expectOne({
      method: 'PATCH',
      url: '/api/projects/p1/data/c1/tables/public.customers/rows',
    });
    expect(update.request.body).toEqual({ key: { id: 9 }, values: { status: 'blocked' } });
    update.flush({ id: 9, status: 'blocked' });

    data.remove('p1', 'c1', 'public.order_items', { order_id: 1, product_id: 'a&b' }).subscribe();
    http
      .expectOne({
        method: 'DELETE',
        url:
          '/api/projects/p1/data/c1/tables/public.order_items/rows?key=' +
          '%7B%22order_id%22%3A1%2C%22product_id%22%3A%22a%26b%22%7D',
      })
      .flush(null, { status: 204, statusText: 'No Content' });

    data.related('p1', 'c1', 'public.orders', { id: 5 }).subscribe();
    http
      .expectOne('/api/projects/p1/data/c1/tables/public.orders/related?key=%7B%22id%22%3A5%7D')
      .flush({ table: 'public.orders', key: { id: 5 }, row: {}, parents: [], children: [] });
  });

  it('turns a refused write into an ApiError with the status and detail', async () => {
    const data = TestBed.inject(DataService);
    const result = firstValueFrom(data.insert('p1', 'c1', 'public.customers', {}));
    http
      .expectOne('/api/projects/p1/data/c1/tables/public.customers/rows')
      .flush(
        { status: 422, code: 'TARGET_QUERY_FAILED', detail: 'duplicate key value' },
        { status: 422, statusText: 'Unprocessable' },
      );
    const error = await result.catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(422);
    expect(error.message).toBe('duplicate key value');
  });

  it('SchemaNotesService speaks /annotations, /references and /relations', () => {
    const notes = TestBed.inject(SchemaNotesService);
    notes.annotations('p1', 'c1').subscribe();
    http.expectOne('/api/projects/p1/annotations?connectionId=c1').flush([]);
    notes.annotate('p1', 'c1', 'public.orders.status', 'Paid means captured.').subscribe();
    expect(
      http.expectOne({ method: 'POST', url: '/api/projects/p1/annotations' }).request.body,
    ).toEqual({ connectionId: 'c1', target: 'public.orders.status', body: 'Paid means captured.' });
    notes.editAnnotation('p1', 'a1', 'New text').subscribe();
    expect(
      http.expectOne({ method: 'PUT', url: '/api/projects/p1/annotations/a1' }).request.body,
    ).toEqual({ body: 'New text' });
    notes.deleteAnnotation('p1', 'a1').subscribe();
    http.expectOne({ method: 'DELETE', url: '/api/projects/p1/annotations/a1' }).flush(null);

    notes.references('p1', 'c1').subscribe();
    http.expectOne('/api/projects/p1/references?connectionId=c1').flush([]);
    notes
      .createReference('p1', 'c1', { name: 'Sizes', kind: 'manual', values: ['S', 'M'] })
      .subscribe();
    expect(
      http.expectOne({ method: 'POST', url: '/api/projects/p1/references' }).request.body,
    ).toEqual({ connectionId: 'c1', name: 'Sizes', kind: 'manual', values: ['S', 'M'] });
    notes.updateReference('p1', 'r1', { name: 'Sizes', values: ['S'] }).subscribe();
    http.expectOne({ method: 'PUT', url: '/api/projects/p1/references/r1' }).flush({});
    notes.deleteReference('p1', 'r1').subscribe();
    http.expectOne({ method: 'DELETE', url: '/api/projects/p1/references/r1' }).flush(null);
    notes.adoptDetected('p1', 'c1').subscribe();
    expect(
      http.expectOne({ method: 'POST', url: '/api/projects/p1/references/adopt' }).request.body,
    ).toEqual({ connectionId: 'c1' });

    notes.relations('p1', 'c1').subscribe();
    http.expectOne('/api/projects/p1/relations?connectionId=c1').flush([]);
    const decision = {
      connectionId: 'c1',
      fromTable: 'public.coupons',
      fromColumns: ['customer_id'],
      toTable: 'public.customers',
      toColumns: ['id'],
      status: 'confirmed' as const,
    };
    notes.decideRelation('p1', decision).subscribe();
    expect(
      http.expectOne({ method: 'PUT', url: '/api/projects/p1/relations' }).request.body,
    ).toEqual(decision);
    notes.forgetRelation('p1', 'v1').subscribe();
    http.expectOne({ method: 'DELETE', url: '/api/projects/p1/relations/v1' }).flush(null);
  });

  it('SchemaService reads the insights of a snapshot', () => {
    TestBed.inject(SchemaService).insights('p1', 's1').subscribe();
    http
      .expectOne({ method: 'GET', url: '/api/projects/p1/schema/insights?snapshotId=s1' })
      .flush({ snapshotId: 's1', tables: [], references: [], inferredRelations: [] });
  });
});
