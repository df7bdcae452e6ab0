import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { problemInterceptor } from '../../core/interceptors/problem.interceptor';
import { AuthService } from '../../core/services/auth.service';
import { ProjectsService } from '../../core/services/projects.service';
import { USER, authStub, project, team } from '../../testing/fixtures';
import { ProjectSettingsComponent } from './project-settings.component';

describe('ProjectSettingsComponent', () => {
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

  async function render(permission: 'owner' | 'read') {
    TestBed.inject(ProjectsService).get('p1').subscribe();
    http
      .expectOne('/api/projects/p1')
      .flush(project({ ownerId: permission === 'owner' ? USER.id : 'u9', permission }));
    const fixture = TestBed.createComponent(ProjectSettingsComponent);
    fixture.componentRef.setInput('projectId', 'p1');
    fixture.detectChanges();
    await fixture.whenStable();
    http.expectOne('/api/projects/p1/config').flush({
      projectId: 'p1',
      environments: [{ name: 'prod', production: true, description: 'Live' }],
      defaults: {},
      updatedAt: null,
      updatedBy: null,
    });
    if (permission === 'owner')
      http
        .expectOne('/api/teams')
        .flush([team(), team({ id: 't2', name: 'Viewers', role: 'viewer' })]);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  const type = (el: HTMLElement, selector: string, value: string) => {
    const input = el.querySelector(selector) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };

  it('edits environments, validates names and saves with PUT', async () => {
    const { fixture, el } = await render('owner');
    expect((el.querySelector('#env-name-0') as HTMLInputElement).value).toBe('prod');
    expect((el.querySelector('#env-production-0') as HTMLInputElement).checked).toBe(true);

    [...el.querySelectorAll('button')]
      .find((b) => b.textContent?.includes('Add environment'))!
      .click();
    await fixture.whenStable();
    expect(el.querySelector('label[for="env-name-1"]')).not.toBeNull();
    type(el, '#env-name-1', 'Staging Area');
    (el.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(el.querySelector('#env-name-1-error')?.textContent).toContain('lower-case letters');
    http.expectNone('/api/projects/p1/config');

    type(el, '#env-name-1', 'prod');
    await fixture.whenStable();
    (el.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(el.querySelector('#env-name-1-error')?.textContent).toContain('its own name');

    type(el, '#env-name-1', 'staging');
    type(el, '#config-defaults', '{"seed": {"rows": 100}}');
    await fixture.whenStable();
    (el.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    const put = http.expectOne({ method: 'PUT', url: '/api/projects/p1/config' });
    expect(put.request.body).toEqual({
      environments: [
        { name: 'prod', production: true, description: 'Live' },
        { name: 'staging', production: false, description: null },
      ],
      defaults: { seed: { rows: 100 } },
    });
    put.flush({
      projectId: 'p1',
      ...put.request.body,
      updatedAt: '2026-01-03T00:00:00Z',
      updatedBy: USER.id,
    });
    await fixture.whenStable();
    expect(el.textContent).toContain('Last changed');
  });

  it('offers owners only the teams where they may add projects', async () => {
    const { el } = await render('owner');
    const teams = [...el.querySelectorAll('#project-team option')].map((o) =>
      o.textContent?.trim(),
    );
    expect(teams).toEqual(['No team (personal project)', 'Data platform']);
  });

  it('is read-only below admin', async () => {
    const { el } = await render('read');
    expect(el.textContent).toContain('Only project admins and owners change these settings');
    expect((el.querySelector('fieldset') as HTMLFieldSetElement).disabled).toBe(true);
    expect(el.querySelector('form button[type="submit"]')).toBeNull();
    expect(el.querySelector('#project-team')).toBeNull();
  });
});
