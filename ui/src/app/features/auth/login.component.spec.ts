import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { USER, tokens } from '../../testing/fixtures';
import { authInterceptor } from '../../core/interceptors/auth.interceptor';
import { problemInterceptor } from '../../core/interceptors/problem.interceptor';
import { LoginComponent, safeReturnUrl } from './login.component';

describe('LoginComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([problemInterceptor, authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  async function render() {
    const fixture = TestBed.createComponent(LoginComponent);
    fixture.detectChanges();
    await fixture.whenStable();
    return fixture;
  }

  function type(el: HTMLElement, selector: string, value: string) {
    const input = el.querySelector(selector) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  it('labels every field', async () => {
    const el: HTMLElement = (await render()).nativeElement;
    for (const input of Array.from(el.querySelectorAll('input'))) {
      expect(el.querySelector(`label[for="${input.id}"]`), `label for #${input.id}`).not.toBeNull();
    }
  });

  it('shows field errors instead of submitting an empty form', async () => {
    const fixture = await render();
    const el: HTMLElement = fixture.nativeElement;
    (el.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(el.querySelector('#email-error')?.textContent).toContain('Email is required.');
    expect(el.querySelector('#email')?.getAttribute('aria-invalid')).toBe('true');
    http.expectNone('/api/auth/login');
  });

  it('explains an unverified email and offers to resend the link', async () => {
    const fixture = await render();
    const el: HTMLElement = fixture.nativeElement;
    type(el, '#email', 'new@example.test');
    type(el, '#password', 'long enough password');
    (el.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    http.expectOne('/api/auth/login').flush(
      {
        title: 'Forbidden',
        status: 403,
        detail: 'Email not verified.',
        code: 'EMAIL_NOT_VERIFIED',
      },
      { status: 403, statusText: 'Forbidden' },
    );
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(el.querySelector('[role="alert"]')?.textContent).toContain('Verify your email first');
    });

    const resend = [...el.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Resend verification email'),
    )!;
    resend.click();
    const req = http.expectOne('/api/auth/resend-verification');
    expect(req.request.body).toEqual({ email: 'new@example.test' });
    req.flush(null, { status: 202, statusText: 'Accepted' });
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(el.textContent).toContain('We sent a new verification link');
    });
  });

  it('signs in and goes to the projects', async () => {
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const fixture = await render();
    const el: HTMLElement = fixture.nativeElement;
    type(el, '#email', USER.email);
    type(el, '#password', 'long enough password');
    (el.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    http.expectOne('/api/auth/login').flush(tokens(1));
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith('/projects'));
  });

  it('only follows same-site return URLs', () => {
    expect(safeReturnUrl('/projects/p1')).toBe('/projects/p1');
    expect(safeReturnUrl('//evil.example')).toBeNull();
    expect(safeReturnUrl('https://evil.example')).toBeNull();
    expect(safeReturnUrl('/login')).toBeNull();
    expect(safeReturnUrl(undefined)).toBeNull();
  });
});
