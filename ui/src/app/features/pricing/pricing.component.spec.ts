import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { problemInterceptor } from '../../core/interceptors/problem.interceptor';
import { PLANS_FIXTURE } from '../../testing/fixtures';
import { PricingComponent } from './pricing.component';

describe('PricingComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  it('loads GET /api/plans and lists the plans by rank with their limits', async () => {
    const fixture = TestBed.createComponent(PricingComponent);
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.textContent).toContain('Loading plans');
    http.expectOne('/api/plans').flush(PLANS_FIXTURE);
    await fixture.whenStable();
    const plans = [...el.querySelectorAll('[data-plan]')].map((p) => p.getAttribute('data-plan'));
    expect(plans).toEqual(['starter', 'pro', 'enterprise']);
    const starter = el.querySelector('[data-plan="starter"]')!.textContent!;
    expect(starter).toContain('Projects you own');
    expect(starter).toContain('10,000');
    expect(starter).toContain('Not included'); // scheduledScans: 0
    expect(el.querySelector('[data-plan="enterprise"]')!.textContent).toContain('Unlimited');
  });

  it('shows an error with a retry that asks the API again', async () => {
    const fixture = TestBed.createComponent(PricingComponent);
    fixture.detectChanges();
    http
      .expectOne('/api/plans')
      .flush({ detail: 'Identity is down.' }, { status: 503, statusText: 'Unavailable' });
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Identity is down.');
    [...el.querySelectorAll('button')].find((b) => b.textContent?.includes('Try again'))!.click();
    http.expectOne('/api/plans').flush(PLANS_FIXTURE);
    await fixture.whenStable();
    expect(el.querySelectorAll('[data-plan]')).toHaveLength(3);
  });
});
