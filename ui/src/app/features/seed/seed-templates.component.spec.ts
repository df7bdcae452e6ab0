import { HttpRequest, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Subject, of } from 'rxjs';
import { problemInterceptor } from '../../core/interceptors/problem.interceptor';
import { Job, QaTemplate, SeedSpec } from '../../core/models';
import { ConfirmService } from '../../core/services/confirm.service';
import { JobsService } from '../../core/services/jobs.service';
import { Reply, problem, reply, settle } from '../../testing/fake-api';
import { job } from '../../testing/fixtures';
import { connection } from '../../testing/schema-fixtures';
import { qaTemplate } from '../../testing/seed-fixtures';
import { ProjectJobsStore } from '../dashboard/project-jobs.store';
import { numberSlots } from './seed-utils';
import { SeedTemplatesComponent } from './seed-templates.component';

describe('SeedTemplatesComponent', () => {
  let http: HttpTestingController;
  let streams: Map<string, Subject<Job>>;
  let templates: QaTemplate[];
  let extra: (request: HttpRequest<unknown>) => Reply | undefined;

  const respond = (request: HttpRequest<unknown>): Reply | undefined => {
    const answer = extra(request);
    if (answer) return answer;
    if (request.method === 'GET' && request.url === '/api/projects/p1/qa-templates')
      return reply(templates);
    return undefined;
  };

  beforeEach(async () => {
    streams = new Map();
    extra = () => undefined;
    templates = [qaTemplate()];
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
        ProjectJobsStore,
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
    await TestBed.inject(ProjectJobsStore).load('p1');
  });

  async function render({ canWrite = true } = {}) {
    const fixture = TestBed.createComponent(SeedTemplatesComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    fixture.componentRef.setInput('active', true);
    fixture.componentRef.setInput('canWrite', canWrite);
    fixture.componentRef.setInput('defaultConnectionId', 'c1');
    fixture.componentRef.setInput('connections', [
      connection(),
      connection({ id: 'c2', name: 'Stage' }),
    ]);
    const opened: SeedSpec[] = [];
    fixture.componentInstance.openInStudio.subscribe((spec) => opened.push(spec));
    const el = fixture.nativeElement as HTMLElement;
    const stable = () => settle(http, () => fixture.whenStable(), respond);
    await stable();
    const $ = <T extends Element = HTMLInputElement>(s: string) => el.querySelector(s) as T;
    const type = async (selector: string, value: string) => {
      const input = $<HTMLInputElement>(selector);
      if (!input) throw new Error(`no ${selector}`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
      return stable();
    };
    const button = (text: string) => {
      const found = [...el.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === text || b.getAttribute('aria-label') === text,
      );
      if (!found) throw new Error(`no button "${text}"`);
      return found;
    };
    const click = async (text: string) => {
      button(text).click();
      return stable();
    };
    return { fixture, el, $, type, button, click, stable, opened };
  }

  it('lists templates with their version and parameters', async () => {
    const ui = await render();
    const item = ui.$('[data-template="Smoke data"]');
    expect(item.querySelector('[data-testid="template-version"]')?.textContent?.trim()).toBe('v2');
    expect(item.textContent).toContain('customers = 100');
    expect(item.textContent).toContain('A few customers');
  });

  it('saves the studio as a template: named numbers become ${parameters}', async () => {
    templates = [];
    const ui = await render();
    expect(ui.el.textContent).toContain('No templates yet');
    const spec: SeedSpec = {
      connectionId: 'c1',
      seed: 42,
      tables: [{ table: 'public.customers', rows: 100 }],
      mode: 'append',
    };
    ui.fixture.componentRef.setInput('start', { spec, slots: numberSlots(spec), nonce: 1 });
    await ui.stable();
    expect(document.activeElement?.id).toBe('tpl-name');
    await ui.type('#tpl-name', 'Smoke data');
    await ui.type('#tpl-slot-0', 'customers');
    const created = qaTemplate({ version: 1 });
    extra = (r) => (r.method === 'POST' ? reply(created, 201) : undefined);
    ui.button('Create template').click();
    templates = [created];
    const answered = await ui.stable();
    const post = answered.find((r) => r.method === 'POST')!;
    expect(post.url).toBe('/api/projects/p1/qa-templates');
    expect(post.body).toEqual({
      name: 'Smoke data',
      description: null,
      parameters: [
        { name: 'customers', description: 'Rows of public.customers', defaultValue: '100' },
      ],
      spec: { ...spec, tables: [{ table: 'public.customers', rows: '${customers}' }] },
    });
    expect(ui.$('[data-testid="template-editor"]')).toBeNull();
    expect(ui.$('[data-template="Smoke data"]')).not.toBeNull();
  });

  it('checks the JSON and the placeholders before sending; the server’s errors go on the fields', async () => {
    const ui = await render();
    await ui.click('New template');
    await ui.type('#tpl-name', 'Other');
    await ui.type('#tpl-spec', '{"tables": [');
    let answered = await (async () => {
      ui.button('Create template').click();
      return ui.stable();
    })();
    expect(answered).toEqual([]);
    expect(ui.$('#tpl-spec-error').textContent).toContain('not valid JSON');

    await ui.type(
      '#tpl-spec',
      '{"connectionId": "c1", "tables": [{"table": "t", "rows": "${rows}"}]}',
    );
    ui.button('Create template').click();
    answered = await ui.stable();
    expect(answered).toEqual([]);
    expect(ui.$('#tpl-spec-error').textContent).toContain(
      'Declare the parameters the spec uses: rows',
    );

    await ui.click('Add parameter');
    expect(document.activeElement?.id).toBe('tpl-p0-name');
    await ui.type('#tpl-p0-name', 'rows');
    await ui.type('#tpl-p0-default', '5');
    extra = (r) =>
      r.method === 'POST'
        ? problem(
            409,
            'A template named Other exists',
            [{ field: 'name', message: 'is taken' }],
            'CONFLICT',
          )
        : undefined;
    ui.button('Create template').click();
    answered = await ui.stable();
    expect(answered.find((r) => r.method === 'POST')?.body).toMatchObject({
      parameters: [{ name: 'rows', description: null, defaultValue: '5' }],
    });
    expect(ui.$('#tpl-name-error').textContent).toContain('is taken');
    expect(ui.$('[data-testid="template-editor"] [role="alert"]').textContent).toContain(
      'A template named Other exists',
    );
  });

  it('edits a template (PUT) with its stored spec', async () => {
    const ui = await render();
    await ui.click('Edit Smoke data');
    expect(JSON.parse(ui.$<HTMLTextAreaElement>('#tpl-spec').value)).toEqual(
      JSON.parse(qaTemplate().spec),
    );
    expect(ui.$('#tpl-p0-name').value).toBe('customers');
    await ui.type('#tpl-description', 'More customers');
    extra = (r) => (r.method === 'PUT' ? reply(qaTemplate({ version: 3 })) : undefined);
    ui.button('Save template').click();
    const answered = await ui.stable();
    const put = answered.find((r) => r.method === 'PUT')!;
    expect(put.url).toBe('/api/projects/p1/qa-templates/t1');
    expect(put.body).toMatchObject({
      name: 'Smoke data',
      description: 'More customers',
      parameters: [
        { name: 'customers', description: 'Rows of customers', defaultValue: '100' },
        { name: 'seed', description: null, defaultValue: '42' },
      ],
    });
  });

  it('runs a template with parameter values and follows its job', async () => {
    const ui = await render();
    await ui.click('Run Smoke data');
    expect(document.activeElement?.id).toBe('tpl-run-p-customers');
    expect(ui.$('#tpl-run-p-customers').value).toBe('100');
    await ui.type('#tpl-run-p-customers', '12');
    await ui.type('#tpl-run-seed', '');
    const select = ui.$<HTMLSelectElement>('#tpl-run-connection');
    select.value = 'c2';
    select.dispatchEvent(new Event('change'));
    extra = (r) =>
      r.url.endsWith('/run')
        ? problem(400, 'The seed plan is not valid', [
            { field: 'parameters.customers', message: 'must be a number' },
            { field: 'tables.x', message: 'no table x in the schema' },
          ])
        : undefined;
    ui.button('Run template').click();
    let answered = await ui.stable();
    expect(answered.find((r) => r.url.endsWith('/run'))?.body).toEqual({
      parameters: { customers: '12', seed: '42' },
      connectionId: 'c2',
    });
    expect(ui.$('#tpl-run-p-customers-error').textContent).toContain('must be a number');
    expect(ui.$('[data-testid="template-run-form"] [role="alert"]').textContent).toContain(
      'tables.x: no table x in the schema',
    );

    const started = job({ id: 'j7', type: 'generation.seed', label: 'Seed from Smoke data' });
    extra = (r) => (r.url.endsWith('/run') ? reply(started, 202) : undefined);
    ui.button('Run template').click();
    answered = await ui.stable();
    expect(answered.map((r) => r.url)).toEqual(['/api/projects/p1/qa-templates/t1/run']);
    expect(ui.$('[data-testid="template-run-form"]')).toBeNull();
    const card = () => ui.$('[data-template="Smoke data"] [data-testid="template-job"]');
    expect(card().querySelector('app-job-card')?.getAttribute('data-status')).toBe('pending');
    streams.get('j7')!.next({ ...started, status: 'done', progress: 1 });
    await ui.stable();
    expect(card().querySelector('app-job-card')?.getAttribute('data-status')).toBe('done');
  });

  it('asks before running a truncate template', async () => {
    templates = [
      qaTemplate({
        spec: JSON.stringify({
          connectionId: 'c1',
          tables: [{ table: 't', rows: 1 }],
          mode: 'truncate',
        }),
      }),
    ];
    const ask = vi.spyOn(TestBed.inject(ConfirmService), 'ask').mockResolvedValue(false);
    const ui = await render();
    await ui.click('Run Smoke data');
    expect(ui.$('#tpl-run-mode').textContent).toContain('As in the template (truncate)');
    ui.button('Run template').click();
    const answered = await ui.stable();
    expect(ask).toHaveBeenCalled();
    expect(answered).toEqual([]);
  });

  it('deletes after confirmation and loads a template into the studio', async () => {
    vi.spyOn(TestBed.inject(ConfirmService), 'ask').mockResolvedValue(true);
    const ui = await render();
    extra = (r) => {
      if (r.method === 'DELETE') return reply(null, 204);
      if (r.url.endsWith('/resolve'))
        return reply({ connectionId: 'c1', tables: [{ table: 'public.customers', rows: 100 }] });
      return undefined;
    };
    ui.button('Open Smoke data in the studio').click();
    let answered = await ui.stable();
    expect(answered[0].url).toBe('/api/projects/p1/qa-templates/t1/resolve');
    expect(answered[0].body).toEqual({ parameters: {} });
    expect(ui.opened).toEqual([
      { connectionId: 'c1', tables: [{ table: 'public.customers', rows: 100 }] },
    ]);

    ui.button('Delete Smoke data').click();
    templates = [];
    answered = await ui.stable();
    expect(answered.map((r) => `${r.method} ${r.url}`)).toEqual([
      'DELETE /api/projects/p1/qa-templates/t1',
      'GET /api/projects/p1/qa-templates',
    ]);
    expect(ui.el.textContent).toContain('No templates yet');
  });

  it('lets read-only members only look', async () => {
    const ui = await render({ canWrite: false });
    const labels = [...ui.el.querySelectorAll('button')].map(
      (b) => b.getAttribute('aria-label') ?? b.textContent?.trim(),
    );
    expect(labels).not.toContain('Run Smoke data');
    expect(labels).not.toContain('Delete Smoke data');
    expect(labels).not.toContain('New template');
    expect(labels).toContain('Open Smoke data in the studio');
  });
});
