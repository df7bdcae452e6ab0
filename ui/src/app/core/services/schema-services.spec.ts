import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { connection, shopGraph, shopModel, snapshotSummary } from '../../testing/schema-fixtures';
import { problemInterceptor } from '../interceptors/problem.interceptor';
import { ConnectionRequest } from '../models';
import { ConnectionsService } from './connections.service';
import { SchemaService } from './schema.service';

describe('ConnectionsService and SchemaService', () => {
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

  const request: ConnectionRequest = {
    name: 'Shop',
    engine: 'postgresql',
    host: 'db',
    port: 5432,
    database: 'shop',
    username: 'app',
    password: 'secret',
    sslMode: 'require',
    environment: 'production',
  };

  it('ConnectionsService speaks /api/projects/{p}/connections', async () => {
    const service = TestBed.inject(ConnectionsService);
    service.list('p 1').subscribe();
    http.expectOne({ method: 'GET', url: '/api/projects/p%201/connections' }).flush([]);
    service.get('p1', 'c1').subscribe();
    http.expectOne({ method: 'GET', url: '/api/projects/p1/connections/c1' }).flush(connection());
    service.create('p1', request).subscribe();
    expect(
      http.expectOne({ method: 'POST', url: '/api/projects/p1/connections' }).request.body,
    ).toEqual(request);
    service.update('p1', 'c1', { ...request, password: undefined }).subscribe();
    http.expectOne({ method: 'PUT', url: '/api/projects/p1/connections/c1' }).flush(connection());
    service.remove('p1', 'c1').subscribe();
    http.expectOne({ method: 'DELETE', url: '/api/projects/p1/connections/c1' }).flush(null);
    service.test('p1', request).subscribe();
    expect(
      http.expectOne({ method: 'POST', url: '/api/projects/p1/connections/test' }).request.body,
    ).toEqual(request);
    service.test('p1', request, 'c1').subscribe();
    http
      .expectOne({ method: 'POST', url: '/api/projects/p1/connections/test?connectionId=c1' })
      .flush({ engine: 'postgresql', serverVersion: '16.3', latencyMs: 4 });
    service.testSaved('p1', 'c1').subscribe();
    http
      .expectOne({ method: 'POST', url: '/api/projects/p1/connections/c1/test' })
      .flush({ engine: 'postgresql', serverVersion: '16.3', latencyMs: 4 });
    const key = firstValueFrom(service.sshHostKey('p1', 'bastion', 22));
    const keyReq = http.expectOne({
      method: 'POST',
      url: '/api/projects/p1/connections/ssh-host-key',
    });
    expect(keyReq.request.body).toEqual({ host: 'bastion', port: 22 });
    keyReq.flush({ key: 'ssh-ed25519 AAAA', fingerprint: 'SHA256:abc' });
    expect((await key).fingerprint).toBe('SHA256:abc');
  });

  it('maps a failed connection test (422) to field errors', async () => {
    const result = firstValueFrom(TestBed.inject(ConnectionsService).test('p1', request));
    http.expectOne('/api/projects/p1/connections/test').flush(
      {
        type: 'https://kythera.dev/problems/connection-failed',
        detail: 'The database refused the credentials.',
        errors: [{ field: 'password', message: 'password authentication failed' }],
      },
      { status: 422, statusText: 'Unprocessable Content' },
    );
    await expect(result).rejects.toMatchObject({
      status: 422,
      message: 'The database refused the credentials.',
      fieldErrors: [{ field: 'password', message: 'password authentication failed' }],
    });
  });

  it('SchemaService speaks /schema and /graph and caches immutable snapshots and graphs', async () => {
    const service = TestBed.inject(SchemaService);
    service.capture('p1', { connectionId: 'c1' }).subscribe();
    expect(
      http.expectOne({ method: 'POST', url: '/api/projects/p1/schema/snapshots' }).request.body,
    ).toEqual({ connectionId: 'c1' });

    service.snapshots('p1', 'c1').subscribe();
    http
      .expectOne(
        (r) =>
          r.url === '/api/projects/p1/schema/snapshots' && r.params.get('connectionId') === 'c1',
      )
      .flush([snapshotSummary()]);

    const first = firstValueFrom(service.snapshot('p1', 's1'));
    http
      .expectOne({ method: 'GET', url: '/api/projects/p1/schema/snapshots/s1' })
      .flush({ summary: snapshotSummary(), model: shopModel() });
    expect((await first).model.tables).toHaveLength(5);
    await firstValueFrom(service.snapshot('p1', 's1'));
    http.expectNone('/api/projects/p1/schema/snapshots/s1');

    const graph = firstValueFrom(service.graph('p1', 's1'));
    http
      .expectOne((r) => r.url === '/api/projects/p1/graph' && r.params.get('snapshotId') === 's1')
      .flush(shopGraph());
    expect((await graph).nodes).toHaveLength(7);
    await firstValueFrom(service.graph('p1', 's1'));
    http.expectNone((r) => r.url === '/api/projects/p1/graph');

    service.health('p1', 's1').subscribe();
    http
      .expectOne(
        (r) => r.url === '/api/projects/p1/schema/health' && r.params.get('snapshotId') === 's1',
      )
      .flush({ snapshotId: 's1', counts: { error: 0, warning: 0, info: 0 }, findings: [] });

    service.diff('p1', 's1', 's2').subscribe();
    const diff = http.expectOne((r) => r.url === '/api/projects/p1/schema/diff');
    expect(diff.request.params.get('from')).toBe('s1');
    expect(diff.request.params.get('to')).toBe('s2');
    diff.flush({});

    service.deleteSnapshot('p1', 's1').subscribe();
    http.expectOne({ method: 'DELETE', url: '/api/projects/p1/schema/snapshots/s1' }).flush(null);
    service.snapshot('p1', 's1').subscribe();
    http.expectOne('/api/projects/p1/schema/snapshots/s1').flush({});
  });

  it('does not cache a failed snapshot load', async () => {
    const service = TestBed.inject(SchemaService);
    const failed = firstValueFrom(service.snapshot('p1', 's9'));
    http
      .expectOne('/api/projects/p1/schema/snapshots/s9')
      .flush(null, { status: 503, statusText: 'Unavailable' });
    await expect(failed).rejects.toMatchObject({ status: 503 });
    service.snapshot('p1', 's9').subscribe();
    http.expectOne('/api/projects/p1/schema/snapshots/s9').flush({});
  });
});
