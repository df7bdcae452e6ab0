import { provideHttpClient } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { PLACEHOLDER_PLAN_CATALOGUE } from '../../core/services/plan-catalogue';
import { PricingComponent } from './pricing.component';

describe('PricingComponent', () => {
  it('lists starter, pro and enterprise from the catalogue', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient()] });
    const fixture = TestBed.createComponent(PricingComponent);
    fixture.detectChanges();
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    const plans = [...el.querySelectorAll('[data-plan]')].map((p) => p.getAttribute('data-plan'));
    expect(plans).toEqual(['starter', 'pro', 'enterprise']);
    expect(PLACEHOLDER_PLAN_CATALOGUE.map((p) => p.id)).toEqual(plans);
    expect(el.textContent).toContain('Unlimited');
    expect(el.textContent).toContain('Free');
  });
});
