import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Subject, of } from 'rxjs';
import { problemInterceptor } from '../../core/interceptors/problem.interceptor';
import { ConnectionView, Job } from '../../core/models';
import { AuthService } from '../../core/services/auth.service';
import { ConfirmService } from '../../core/services/confirm.service';
import { JobsService } from '../../core/services/jobs.service';
import { ProjectsService } from '../../core/services/projects.service';
import { authStub, job, project } from '../../testing/fixtures';
import { connection } from '../../testing/schema-fixtures';
import { ConnectionsComponent } from './connections.component';

describe('ConnectionsComponent', () => {
  let http: HttpTestingController;
  let streams: Map<string, Subject<Job>>;

  beforeEach(() => {
    streams = new Map();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
        { provide: AuthService, useValue: authStub() },
        {
          provide: JobsService,
          useValue: {
            list: vi.fn().mockReturnValue(of([])),
            get: vi.fn(),
            cancel: vi.fn(),
            stream: vi.fn((_p: string, id: string) => {
              const subject = new Subject<Job>();
              streams.set(id, subject);
              return subject.asObservable();
            }),
          },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(ProjectsService).get('p1').subscribe();
    http.expectOne('/api/projects/p1').flush(project());
  });

  async function render(list: ConnectionView[] = []) {
    const fixture = TestBed.createComponent(ConnectionsComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    fixture.detectChanges();
    await fixture.whenStable();
    http.expectOne({ method: 'GET', url: '/api/projects/p1/connections' }).flush(list);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    // Lets awaited HTTP answers settle (a macrotask), then renders.
    const stable = async () => {
      await fixture.whenStable();
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    const $ = <T extends Element = HTMLInputElement>(selector: string) =>
      el.querySelector(selector) as T;
    const type = async (selector: string, value: string) => {
      const input = $(selector);
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await stable();
    };
    const choose = async (selector: string, value: string) => {
      const select = $<HTMLSelectElement>(selector);
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await stable();
    };
    const click = async (text: string) => {
      const button = [...el.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === text || b.getAttribute('aria-label') === text,
      );
      if (!button) throw new Error(`no button "${text}"`);
      button.click();
      await stable();
    };
    const submit = async () => {
      $<HTMLFormElement>('form').dispatchEvent(new Event('submit'));
      await stable();
    };
    return { fixture, el, $, type, choose, click, submit, stable };
  }

  async function fillPostgres(ui: Awaited<ReturnType<typeof render>>) {
    await ui.click('New connection');
    await ui.type('#conn-name', 'Shop');
    await ui.type('#conn-host', 'db.internal');
    await ui.type('#conn-database', 'shop');
    await ui.type('#conn-username', 'app');
    await ui.type('#conn-password', 'secret');
  }

  it('lists connections with engine, address, environment, SSH and last snapshot', async () => {
    const { el } = await render([
      connection({
        environment: 'production',
        ssh: {
          host: 'bastion',
          port: 22,
          username: 'ops',
          authMethod: 'privateKey',
          hostKeyFingerprint: 'SHA256:abc',
        },
        lastSnapshot: { id: 's1', capturedAt: '2026-01-02T10:00:00Z', tableCount: 42 },
      }),
      connection({
        id: 'c2',
        name: 'Notes',
        engine: 'sqlite',
        host: null,
        port: null,
        database: '/data/notes.db',
      }),
    ]);
    const shop = el.querySelector('[data-connection="Shop"]')!;
    expect(shop.textContent).toContain('PostgreSQL');
    expect(shop.textContent).toContain('db.internal:5432/shop');
    const badge = shop.querySelector('[data-testid="environment"]')!;
    expect(badge.textContent?.trim()).toBe('production');
    expect(badge.className).toContain('text-warning');
    expect(shop.textContent).toContain('SSH');
    expect(shop.textContent).toContain('42 tables');
    expect(shop.querySelector('a')?.getAttribute('href')).toBe(
      '/projects/p1/schema?connectionId=c1&snapshotId=s1',
    );
    const notes = el.querySelector('[data-connection="Notes"]')!;
    expect(notes.textContent).toContain('/data/notes.db');
    expect(notes.textContent).toContain('No snapshot yet.');
    expect(notes.textContent).not.toContain('SSH');
  });

  it('shows an empty state, then validates the form before sending anything', async () => {
    const ui = await render();
    expect(ui.el.textContent).toContain('No connections yet');
    await ui.click('New connection');
    for (const id of [
      'conn-name',
      'conn-engine',
      'conn-host',
      'conn-port',
      'conn-database',
      'conn-username',
      'conn-password',
      'conn-ssl',
      'conn-environment',
    ])
      expect(ui.el.querySelector(`label[for="${id}"]`), id).not.toBeNull();
    await ui.submit();
    for (const field of ['name', 'host', 'database', 'username']) {
      expect(ui.$(`#${field}-error`)?.textContent, field).toContain('is required');
      expect(ui.$(`#conn-${field}`).getAttribute('aria-invalid')).toBe('true');
      expect(ui.$(`#conn-${field}`).getAttribute('aria-describedby')).toBe(`${field}-error`);
    }
    await ui.type('#conn-port', '70000');
    expect(ui.$('#port-error').textContent).toContain('at most 65535');
    http.expectNone((r) => r.method === 'POST');
  });

  it('defaults the port per engine and shows only the database file for SQLite', async () => {
    const ui = await render();
    await ui.click('New connection');
    expect(ui.$('#conn-port').value).toBe('5432');
    await ui.choose('#conn-engine', 'mysql');
    expect(ui.$('#conn-port').value).toBe('3306');
    await ui.choose('#conn-engine', 'sqlite');
    expect(ui.$('#conn-host')).toBeNull();
    expect(ui.$('#conn-port')).toBeNull();
    expect(ui.$('#conn-username')).toBeNull();
    expect(ui.$('#conn-password')).toBeNull();
    expect(ui.$('#conn-use-ssh')).toBeNull();
    expect(ui.el.querySelector('label[for="conn-database"]')?.textContent?.trim()).toBe(
      'Database file',
    );
    await ui.type('#conn-name', 'Notes');
    await ui.type('#conn-database', '/data/notes.db');
    await ui.submit();
    const req = http.expectOne({ method: 'POST', url: '/api/projects/p1/connections' });
    expect(req.request.body).toEqual({
      name: 'Notes',
      engine: 'sqlite',
      host: null,
      port: null,
      database: '/data/notes.db',
      username: null,
      sslMode: null,
      environment: 'development',
    });
    req.flush(connection({ name: 'Notes', engine: 'sqlite' }));
    await ui.stable();
    http.expectOne({ method: 'GET', url: '/api/projects/p1/connections' }).flush([]);
  });

  it('puts the server\u2019s field errors next to the fields when connecting fails', async () => {
    const ui = await render();
    await fillPostgres(ui);
    await ui.choose('#conn-environment', 'production');
    await ui.submit();
    const req = http.expectOne({ method: 'POST', url: '/api/projects/p1/connections' });
    expect(req.request.body).toMatchObject({
      name: 'Shop',
      engine: 'postgresql',
      host: 'db.internal',
      port: 5432,
      password: 'secret',
      sslMode: 'prefer',
      environment: 'production',
    });
    expect(req.request.body.ssh).toBeUndefined();
    req.flush(
      {
        type: 'https://kythera.dev/problems/connection-failed',
        detail: 'The database refused the credentials.',
        errors: [
          { field: 'password', message: 'password authentication failed for user "app"' },
          { field: 'options', message: 'unknown option' },
        ],
      },
      { status: 422, statusText: 'Unprocessable Content' },
    );
    await ui.stable();
    expect(ui.$('#password-error').textContent).toContain('password authentication failed');
    expect(ui.$('#conn-password').getAttribute('aria-invalid')).toBe('true');
    const alert = ui.el.querySelector('app-alert [role="alert"]')!;
    expect(alert.textContent).toContain('The database refused the credentials.');
    expect(alert.textContent).toContain('options: unknown option');
    await ui.type('#conn-password', 'right');
    expect(ui.$('#password-error')).toBeNull();
  });

  it('tests the settings and shows the server version and latency', async () => {
    const ui = await render();
    await fillPostgres(ui);
    await ui.click('Test connection');
    const req = http.expectOne({ method: 'POST', url: '/api/projects/p1/connections/test' });
    expect(req.request.body.password).toBe('secret');
    req.flush({ engine: 'postgresql', serverVersion: '16.3', latencyMs: 7 });
    await ui.stable();
    expect(ui.el.querySelector('[data-testid="test-result"]')?.textContent).toContain(
      'Connected to PostgreSQL 16.3 in 7 ms.',
    );
    await ui.click('Test connection');
    http.expectOne('/api/projects/p1/connections/test').flush(
      {
        detail: 'Could not connect.',
        errors: [{ field: 'host', message: 'connection refused' }],
      },
      { status: 422, statusText: 'Unprocessable Content' },
    );
    await ui.stable();
    expect(ui.$('#host-error').textContent).toContain('connection refused');
  });

  it('pins a fetched SSH host key after "Trust this key"', async () => {
    const ui = await render();
    await fillPostgres(ui);
    ui.$('#conn-use-ssh').click();
    await ui.stable();
    expect(ui.$('#ssh-port').value).toBe('22');
    await ui.type('#ssh-host', 'bastion.example.com');
    await ui.type('#ssh-username', 'ops');
    await ui.type('#ssh-password', 'tunnel-secret');
    await ui.submit();
    // No key chosen yet: the form says so and sends nothing.
    expect(ui.el.querySelector('[id="ssh.hostKey-error"]')?.textContent).toContain(
      'Fetch the host key and trust it, or allow trust on first use.',
    );
    http.expectNone({ method: 'POST', url: '/api/projects/p1/connections' });

    await ui.click('Fetch host key');
    const keyReq = http.expectOne('/api/projects/p1/connections/ssh-host-key');
    expect(keyReq.request.body).toEqual({ host: 'bastion.example.com', port: 22 });
    keyReq.flush({ key: 'ssh-ed25519 AAAAkey', fingerprint: 'SHA256:fp123' });
    await ui.stable();
    expect(ui.el.querySelector('[data-testid="host-key-fingerprint"]')?.textContent).toBe(
      'SHA256:fp123',
    );
    ui.$('#ssh-trust-key').click();
    await ui.stable();
    expect(ui.el.querySelector('[id="ssh.hostKey-error"]')).toBeNull();
    await ui.submit();
    const req = http.expectOne({ method: 'POST', url: '/api/projects/p1/connections' });
    expect(req.request.body.ssh).toEqual({
      host: 'bastion.example.com',
      port: 22,
      username: 'ops',
      authMethod: 'password',
      password: 'tunnel-secret',
      hostKey: 'ssh-ed25519 AAAAkey',
    });
  });

  it('sends trust on first use instead of a key, and a changed host forgets the fetched key', async () => {
    const ui = await render();
    await fillPostgres(ui);
    ui.$('#conn-use-ssh').click();
    await ui.stable();
    await ui.type('#ssh-host', 'bastion');
    await ui.type('#ssh-username', 'ops');
    (ui.el.querySelector('input[type="radio"][value="privateKey"]') as HTMLInputElement).click();
    await ui.stable();
    expect(ui.$('#ssh-password')).toBeNull();
    await ui.type('#ssh-key', '-----BEGIN OPENSSH PRIVATE KEY-----\nabc');
    await ui.click('Fetch host key');
    http
      .expectOne('/api/projects/p1/connections/ssh-host-key')
      .flush({ key: 'ssh-ed25519 AAAAkey', fingerprint: 'SHA256:fp123' });
    await ui.stable();
    await ui.type('#ssh-host', 'other-bastion');
    expect(ui.el.querySelector('[data-testid="host-key-fingerprint"]')).toBeNull();

    ui.$('#ssh-tofu').click();
    await ui.stable();
    await ui.submit();
    const req = http.expectOne({ method: 'POST', url: '/api/projects/p1/connections' });
    expect(req.request.body.ssh).toEqual({
      host: 'other-bastion',
      port: 22,
      username: 'ops',
      authMethod: 'privateKey',
      privateKey: '-----BEGIN OPENSSH PRIVATE KEY-----\nabc',
      trustOnFirstUse: true,
    });
    req.flush(
      {
        detail: 'The SSH tunnel could not be opened.',
        errors: [{ field: 'ssh.host', message: 'could not reach other-bastion:22' }],
      },
      { status: 422, statusText: 'Unprocessable Content' },
    );
    await ui.stable();
    expect(ui.el.querySelector('[id="ssh.host-error"]')?.textContent).toContain(
      'could not reach other-bastion:22',
    );
  });

  it('edits with stored secrets kept: blank password and SSH password are omitted', async () => {
    const saved = connection({
      environment: 'staging',
      ssh: {
        host: 'bastion',
        port: 22,
        username: 'ops',
        authMethod: 'password',
        hostKeyFingerprint: 'SHA256:pinned',
      },
    });
    const ui = await render([saved]);
    await ui.click('Edit Shop');
    expect(ui.el.querySelector('[data-testid="password-stored"]')?.textContent).toContain(
      'password stored',
    );
    expect(ui.el.textContent).toContain('Leave blank to keep the stored password.');
    expect(ui.el.querySelector('[data-testid="host-key"]')?.textContent).toContain('SHA256:pinned');
    expect(ui.$('#conn-name').value).toBe('Shop');

    // Unchanged settings are tested with the stored secrets.
    await ui.click('Test connection');
    http
      .expectOne({ method: 'POST', url: '/api/projects/p1/connections/c1/test' })
      .flush({ engine: 'postgresql', serverVersion: '16.3', latencyMs: 3 });
    await ui.stable();

    await ui.type('#conn-name', 'Shop replica');
    await ui.submit();
    const req = http.expectOne({ method: 'PUT', url: '/api/projects/p1/connections/c1' });
    expect(req.request.body.name).toBe('Shop replica');
    expect('password' in req.request.body).toBe(false);
    expect(req.request.body.ssh).toEqual({
      host: 'bastion',
      port: 22,
      username: 'ops',
      authMethod: 'password',
    });
    req.flush(connection({ name: 'Shop replica' }));
    await ui.stable();
    http.expectOne({ method: 'GET', url: '/api/projects/p1/connections' }).flush([saved]);
    await ui.stable();
    expect(ui.$('#conn-name')).toBeNull();
  });

  it('removes the tunnel of a saved connection with ssh: null', async () => {
    const saved = connection({
      ssh: {
        host: 'bastion',
        port: 22,
        username: 'ops',
        authMethod: 'password',
        hostKeyFingerprint: 'SHA256:pinned',
      },
    });
    const ui = await render([saved]);
    await ui.click('Edit Shop');
    ui.$('#conn-use-ssh').click();
    await ui.stable();
    await ui.submit();
    expect(
      http.expectOne({ method: 'PUT', url: '/api/projects/p1/connections/c1' }).request.body.ssh,
    ).toBeNull();
  });

  it('deletes after confirmation', async () => {
    const ask = vi.spyOn(TestBed.inject(ConfirmService), 'ask').mockResolvedValue(true);
    const ui = await render([connection()]);
    await ui.click('Delete Shop');
    await vi.waitFor(() => expect(ask).toHaveBeenCalled());
    expect(ask.mock.calls[0][0]).toMatchObject({ title: 'Delete Shop?', tone: 'danger' });
    await vi.waitFor(() =>
      http.expectOne({ method: 'DELETE', url: '/api/projects/p1/connections/c1' }).flush(null),
    );
    await vi.waitFor(() =>
      http.expectOne({ method: 'GET', url: '/api/projects/p1/connections' }).flush([]),
    );
  });

  it('tests a saved connection from the list', async () => {
    const ui = await render([connection()]);
    await ui.click('Test Shop');
    http
      .expectOne({ method: 'POST', url: '/api/projects/p1/connections/c1/test' })
      .flush({ engine: 'postgresql', serverVersion: '16.3', latencyMs: 12 });
    await ui.stable();
    expect(ui.el.querySelector('[data-testid="row-test"]')?.textContent).toContain(
      'Connected: PostgreSQL 16.3 in 12 ms.',
    );
  });

  it('captures a snapshot: follows the job live, then links to the schema screens', async () => {
    const ui = await render([connection()]);
    await ui.click('Capture a snapshot of Shop');
    const req = http.expectOne({ method: 'POST', url: '/api/projects/p1/schema/snapshots' });
    expect(req.request.body).toEqual({ connectionId: 'c1' });
    const started = job({ id: 'j9', type: 'schema.snapshot', label: 'Schema snapshot of Shop' });
    req.flush(started);
    await ui.stable();
    const card = () => ui.el.querySelector('[data-testid="capture-job"]')!;
    expect(card().querySelector('app-job-card')?.getAttribute('data-status')).toBe('pending');
    expect(
      (ui.el.querySelector('button[aria-label="Capture a snapshot of Shop"]') as HTMLButtonElement)
        .disabled,
    ).toBe(true);

    streams
      .get('j9')!
      .next({ ...started, status: 'running', progress: 0.5, message: 'Reading keys' });
    await ui.stable();
    expect(card().querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('50');

    streams.get('j9')!.next({
      ...started,
      status: 'done',
      progress: 1,
      result: { snapshotId: 's7', tableCount: 8, durationMs: 900 },
    });
    await ui.stable();
    expect(card().textContent).toContain('Snapshot ready.');
    const open = [...card().querySelectorAll('a')].find((a) =>
      a.textContent?.includes('Open in schema viewer'),
    )!;
    expect(open.getAttribute('href')).toBe('/projects/p1/schema?connectionId=c1&snapshotId=s7');
    // The list reloads to show the new last snapshot.
    http.expectOne({ method: 'GET', url: '/api/projects/p1/connections' }).flush([
      connection({
        lastSnapshot: { id: 's7', capturedAt: '2026-01-05T10:00:00Z', tableCount: 8 },
      }),
    ]);
    await ui.stable();
    expect(ui.el.querySelector('[data-connection="Shop"]')?.textContent).toContain('8 tables');
  });

  it('hides changes from read-only members', async () => {
    TestBed.inject(ProjectsService).get('p1').subscribe();
    http.expectOne('/api/projects/p1').flush(project({ ownerId: 'u9', permission: 'read' }));
    const ui = await render([connection()]);
    expect(
      [...ui.el.querySelectorAll('button')].some((b) => b.textContent?.includes('New connection')),
    ).toBe(false);
    expect(ui.el.querySelector('button[aria-label="Delete Shop"]')).toBeNull();
    expect(ui.el.textContent).toContain('You have read access');
  });
});
