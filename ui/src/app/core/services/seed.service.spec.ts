import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { historyEntry, qaTemplate, seedPlan } from '../../testing/seed-fixtures';
import { problemInterceptor } from '../interceptors/problem.interceptor';
import { QaTemplateDraft, SeedSpec } from '../models';
import { ApiError } from '../utils/api-error';
import { SeedService } from './seed.service';

describe('SeedService', () => {
  let http: HttpTestingController;
  let service: SeedService;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    service = TestBed.inject(SeedService);
  });

  afterEach(() => http.verify());

  const spec: SeedSpec = {
    connectionId: 'c1',
    seed: 7,
    tables: [{ table: 'public.customers', rows: 10 }],
    mode: 'append',
    verify: true,
  };

  it('plans, previews (rows=10 by default) and runs under /api/projects/{p}/seed', async () => {
    const plan = firstValueFrom(service.plan('p 1', spec));
    const planReq = http.expectOne({ method: 'POST', url: '/api/projects/p%201/seed/plan' });
    expect(planReq.request.body).toEqual(spec);
    planReq.flush(seedPlan());
    expect((await plan).totalRows).toBe(310);

    service.preview('p1', spec).subscribe();
    const preview = http.expectOne(
      (r) => r.method === 'POST' && r.urlWithParams === '/api/projects/p1/seed/preview?rows=10',
    );
    expect(preview.request.body).toEqual(spec);
    preview.flush({ plan: seedPlan(), tables: [] });
    service.preview('p1', spec, 25).subscribe();
    http.expectOne((r) => r.urlWithParams === '/api/projects/p1/seed/preview?rows=25').flush({});

    service.run('p1', spec).subscribe();
    const run = http.expectOne({ method: 'POST', url: '/api/projects/p1/seed/runs' });
    expect(run.request.body).toEqual(spec);
    run.flush({ id: 'j1' }, { status: 202, statusText: 'Accepted' });
  });

  it('reads the history (limit) and one run', () => {
    service.history('p1').subscribe();
    http
      .expectOne(
        (r) => r.method === 'GET' && r.urlWithParams === '/api/projects/p1/seed/history?limit=50',
      )
      .flush([historyEntry()]);
    service.historyEntry('p1', 'h/1').subscribe();
    http
      .expectOne({ method: 'GET', url: '/api/projects/p1/seed/history/h%2F1' })
      .flush(historyEntry());
  });

  it('speaks /qa-templates: list, one, create, update, delete, resolve, run', () => {
    const draft: QaTemplateDraft = {
      name: 'Smoke',
      description: null,
      parameters: [{ name: 'rows', defaultValue: '5' }],
      spec: { connectionId: 'c1', tables: [{ table: 'customers', rows: '${rows}' }] },
    };
    service.templates('p1').subscribe();
    http.expectOne({ method: 'GET', url: '/api/projects/p1/qa-templates' }).flush([qaTemplate()]);
    service.template('p1', 't1').subscribe();
    http.expectOne({ method: 'GET', url: '/api/projects/p1/qa-templates/t1' }).flush(qaTemplate());
    service.createTemplate('p1', draft).subscribe();
    const create = http.expectOne({ method: 'POST', url: '/api/projects/p1/qa-templates' });
    expect(create.request.body).toEqual(draft);
    create.flush(qaTemplate());
    service.updateTemplate('p1', 't1', draft).subscribe();
    expect(
      http.expectOne({ method: 'PUT', url: '/api/projects/p1/qa-templates/t1' }).request.body,
    ).toEqual(draft);
    service.deleteTemplate('p1', 't1').subscribe();
    http.expectOne({ method: 'DELETE', url: '/api/projects/p1/qa-templates/t1' }).flush(null);
    service.resolveTemplate('p1', 't1', { parameters: { rows: '3' } }).subscribe();
    expect(
      http.expectOne({ method: 'POST', url: '/api/projects/p1/qa-templates/t1/resolve' }).request
        .body,
    ).toEqual({ parameters: { rows: '3' } });
    service.runTemplate('p1', 't1', { parameters: {}, mode: 'truncate' }).subscribe();
    expect(
      http.expectOne({ method: 'POST', url: '/api/projects/p1/qa-templates/t1/run' }).request.body,
    ).toEqual({ parameters: {}, mode: 'truncate' });
  });

  it('turns a refused plan into an ApiError with the problems', async () => {
    const plan = firstValueFrom(service.plan('p1', spec));
    http.expectOne('/api/projects/p1/seed/plan').flush(
      {
        status: 400,
        code: 'VALIDATION_FAILED',
        detail: 'The seed plan is not valid: no table ordrs in the schema',
        errors: [{ field: 'tables.ordrs', message: 'no table ordrs in the schema' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    const error = (await plan.catch((e) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.fieldError('tables.ordrs')).toBe('no table ordrs in the schema');
  });
});
