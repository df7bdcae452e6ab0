import { HttpRequest, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { problemInterceptor } from '../../core/interceptors/problem.interceptor';
import { Annotation } from '../../core/models';
import { AuthService } from '../../core/services/auth.service';
import { ConfirmService } from '../../core/services/confirm.service';
import { ProjectsService } from '../../core/services/projects.service';
import { Reply, problem, reply, settle } from '../../testing/fake-api';
import { authStub, project } from '../../testing/fixtures';
import { shopModel } from '../../testing/schema-fixtures';
import { TableNotesComponent, notesOfTable } from './table-notes.component';

function note(overrides: Partial<Annotation> = {}): Annotation {
  return {
    id: 'a1',
    projectId: 'p1',
    connectionId: 'c1',
    target: 'public.orders',
    body: 'One row per checkout.',
    createdBy: 'u1',
    createdAt: '2026-01-02T10:00:00Z',
    updatedAt: '2026-01-02T10:00:00Z',
    ...overrides,
  };
}

describe('TableNotesComponent', () => {
  let http: HttpTestingController;
  let notes: Annotation[];
  let requests: HttpRequest<unknown>[];
  let fixture: ComponentFixture<TableNotesComponent>;
  const table = (name: string) => shopModel().tables.find((t) => t.name.name === name)!;

  beforeEach(() => {
    notes = [
      note(),
      note({ id: 'a2', target: 'public.orders.customer_id', body: 'Who placed it.' }),
      note({ id: 'a3', target: 'public.order_items', body: 'Another table.' }),
    ];
    requests = [];
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

  const respond = (request: HttpRequest<unknown>): Reply | undefined => {
    requests.push(request);
    const body = request.body as Record<string, string>;
    if (request.url === '/api/projects/p1/annotations' && request.method === 'GET')
      return reply(notes);
    if (request.url === '/api/projects/p1/annotations' && request.method === 'POST') {
      if (body['target'].endsWith('.gone'))
        return problem(400, 'The request is not valid.', [
          { field: 'target', message: 'is not a table or column of the newest snapshot' },
        ]);
      return reply(note({ id: 'a9', target: body['target'], body: body['body'] }), 201);
    }
    const one = /^\/api\/projects\/p1\/annotations\/(.+)$/.exec(request.url);
    if (one && request.method === 'PUT')
      return reply({ ...notes.find((n) => n.id === one[1])!, body: body['body'] });
    if (one && request.method === 'DELETE') return reply(null, 204);
    return undefined;
  };
  const stable = () => settle(http, () => fixture.whenStable(), respond);

  async function render(name = 'orders') {
    fixture = TestBed.createComponent(TableNotesComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    fixture.componentRef.setInput('connectionId', 'c1');
    fixture.componentRef.setInput('table', table(name));
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
  const shown = (el: HTMLElement) =>
    [...el.querySelectorAll('[data-note]')].map((n) => n.getAttribute('data-note'));

  it('keeps the notes of the table and its columns only, table first', () => {
    expect(notesOfTable(notes, table('orders')).map((n) => n.id)).toEqual(['a1', 'a2']);
    expect(notesOfTable(notes, table('order_items')).map((n) => n.id)).toEqual(['a3']);
    expect(notesOfTable(notes, table('customers'))).toEqual([]);
  });

  it('lists the notes once per connection and filters them per table', async () => {
    const el = await render();
    expect(shown(el)).toEqual(['public.orders', 'public.orders.customer_id']);
    expect(el.textContent).toContain('Who placed it.');
    fixture.componentRef.setInput('table', table('order_items'));
    await stable();
    expect(shown(el)).toEqual(['public.order_items']);
    // Another table of the same connection costs no request.
    expect(requests.filter((r) => r.method === 'GET')).toHaveLength(1);
  });

  it('adds a note on a column, showing an unknown target at the field', async () => {
    const el = await render();
    const target = el.querySelector('#note-target') as HTMLSelectElement;
    expect([...target.options].map((o) => o.value)).toEqual([
      'public.orders',
      'public.orders.id',
      'public.orders.customer_id',
      'public.orders.search',
    ]);
    await click(el, 'Add note');
    expect(el.querySelector('#body-error')?.textContent).toContain('Note is required');

    target.value = 'public.orders.search';
    target.dispatchEvent(new Event('change'));
    const body = el.querySelector('#note-body') as HTMLTextAreaElement;
    body.value = '  Full-text index of the note.  ';
    body.dispatchEvent(new Event('input'));
    await click(el, 'Add note');
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      connectionId: 'c1',
      target: 'public.orders.search',
      body: 'Full-text index of the note.',
    });
    expect(shown(el)).toContain('public.orders.search');
    expect(body.value).toBe('');

    // A column that vanished from the snapshot: the server's error lands on the select.
    const option = document.createElement('option');
    option.value = 'public.orders.gone';
    target.appendChild(option);
    target.value = 'public.orders.gone';
    target.dispatchEvent(new Event('change'));
    body.value = 'Stale';
    body.dispatchEvent(new Event('input'));
    await click(el, 'Add note');
    expect(el.querySelector('#target-error')?.textContent).toContain('is not a table or column');
    expect(target.getAttribute('aria-invalid')).toBe('true');
  });

  it('edits and deletes a note', async () => {
    const el = await render();
    await click(el, 'Edit the note on customer_id');
    const editor = el.querySelector('[id="note-edit-a2"]') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(editor);
    editor.value = 'The customer who placed the order.';
    editor.dispatchEvent(new Event('input'));
    await click(el, 'Save note');
    expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({
      body: 'The customer who placed the order.',
    });
    expect(el.textContent).toContain('The customer who placed the order.');

    const ask = vi.spyOn(TestBed.inject(ConfirmService), 'ask').mockResolvedValue(true);
    await click(el, 'Delete the note on table');
    expect(ask).toHaveBeenCalledWith(expect.objectContaining({ confirmText: 'Delete note' }));
    expect(requests.some((r) => r.method === 'DELETE' && r.url.endsWith('/annotations/a1'))).toBe(
      true,
    );
    expect(shown(el)).toEqual(['public.orders.customer_id']);
  });
});
