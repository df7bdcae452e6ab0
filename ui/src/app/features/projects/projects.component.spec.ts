import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { project } from '../../testing/fixtures';
import { ProjectsComponent } from './projects.component';

describe('ProjectsComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  async function settle(fixture: { whenStable(): Promise<unknown> }) {
    await fixture.whenStable();
  }

  it('shows loading, then the empty state with a way to create a project', async () => {
    const fixture = TestBed.createComponent(ProjectsComponent);
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.textContent).toContain('Loading projects');
    http.expectOne('/api/projects').flush([]);
    await settle(fixture);
    expect(el.textContent).toContain('No projects yet');
  });

  it('shows a retryable error state', async () => {
    const fixture = TestBed.createComponent(ProjectsComponent);
    fixture.detectChanges();
    http
      .expectOne('/api/projects')
      .flush({ detail: 'Database unavailable.' }, { status: 503, statusText: 'Unavailable' });
    await settle(fixture);
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('[role="alert"]')?.textContent).toContain(
      'Projects could not be loaded',
    );
    [...el.querySelectorAll('button')].find((b) => b.textContent?.includes('Try again'))!.click();
    http.expectOne('/api/projects').flush([project()]);
    await settle(fixture);
    expect(el.textContent).toContain('Billing');
  });

  it('creates a project and adds it to the list', async () => {
    const fixture = TestBed.createComponent(ProjectsComponent);
    fixture.detectChanges();
    http.expectOne('/api/projects').flush([]);
    await settle(fixture);
    const el: HTMLElement = fixture.nativeElement;
    const name = el.querySelector('#project-name') as HTMLInputElement;
    expect(el.querySelector('label[for="project-name"]')).not.toBeNull();
    expect(el.querySelector('label[for="project-description"]')).not.toBeNull();
    name.value = '  Analytics  ';
    name.dispatchEvent(new Event('input'));
    (el.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    const req = http.expectOne((r) => r.method === 'POST' && r.url === '/api/projects');
    expect(req.request.body).toEqual({ name: 'Analytics' });
    req.flush(project({ id: 'p9', name: 'Analytics' }), { status: 201, statusText: 'Created' });
    await vi.waitFor(async () => {
      await settle(fixture);
      expect(el.querySelector('[data-project-id="p9"]')?.textContent).toContain('Analytics');
    });
  });
});
