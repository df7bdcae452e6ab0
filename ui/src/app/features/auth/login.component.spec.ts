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

  async function passwordStep(fixture: Awaited<ReturnType<typeof render>>) {
    const el: HTMLElement = fixture.nativeElement;
    type(el, '#email', USER.email);
    type(el, '#password', 'long enough password');
    (el.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    http
      .expectOne('/api/auth/login')
      .flush({ mfaRequired: true, mfaToken: 'mfa-1', expiresIn: 300 });
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(el.querySelector('[data-testid="mfa-step"]')).not.toBeNull();
    });
    return el;
  }

  it('asks for the TOTP code when 2FA is on, then signs in', async () => {
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const fixture = await render();
    const el = await passwordStep(fixture);
    expect(el.querySelector('label[for="mfa-code"]')?.textContent).toContain('Authentication code');
    expect(el.querySelector('#mfa-code')?.getAttribute('autocomplete')).toBe('one-time-code');

    // A wrong code: explained, the step stays open.
    type(el, '#mfa-code', '111111');
    (
      el.querySelector('[data-testid="mfa-step"] button[type="submit"]') as HTMLButtonElement
    ).click();
    http
      .expectOne('/api/auth/login/mfa')
      .flush(
        { status: 401, detail: 'Wrong code.', code: 'INVALID_CREDENTIALS' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(el.querySelector('[role="alert"]')?.textContent).toContain(
        'not valid or was already used',
      );
    });
    http.expectNone('/api/auth/refresh');

    type(el, '#mfa-code', '123 456');
    (
      el.querySelector('[data-testid="mfa-step"] button[type="submit"]') as HTMLButtonElement
    ).click();
    const req = http.expectOne('/api/auth/login/mfa');
    expect(req.request.body).toEqual({ mfaToken: 'mfa-1', code: '123456' });
    req.flush(tokens(1));
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith('/projects'));
  });

  it('accepts a recovery code instead', async () => {
    vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const fixture = await render();
    const el = await passwordStep(fixture);
    [...el.querySelectorAll('button')]
      .find((b) => b.textContent?.includes('Use a recovery code'))!
      .click();
    await fixture.whenStable();
    expect(el.querySelector('label[for="recovery-code"]')).not.toBeNull();
    type(el, '#recovery-code', ' abcd-efgh-ijkl-mnop ');
    (
      el.querySelector('[data-testid="mfa-step"] button[type="submit"]') as HTMLButtonElement
    ).click();
    expect(http.expectOne('/api/auth/login/mfa').request.body).toEqual({
      mfaToken: 'mfa-1',
      recoveryCode: 'abcd-efgh-ijkl-mnop',
    });
  });

  it('goes back to the password when the challenge expired', async () => {
    const fixture = await render();
    const el = await passwordStep(fixture);
    type(el, '#mfa-code', '123456');
    (
      el.querySelector('[data-testid="mfa-step"] button[type="submit"]') as HTMLButtonElement
    ).click();
    http
      .expectOne('/api/auth/login/mfa')
      .flush({ status: 401, code: 'INVALID_TOKEN' }, { status: 401, statusText: 'Unauthorized' });
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(el.querySelector('[data-testid="mfa-step"]')).toBeNull();
      expect(el.textContent).toContain('expired or had too many wrong codes');
      expect((el.querySelector('#password') as HTMLInputElement).value).toBe('');
    });
  });

  it('only follows same-site return URLs', () => {
    expect(safeReturnUrl('/projects/p1')).toBe('/projects/p1');
    expect(safeReturnUrl('//evil.example')).toBeNull();
    expect(safeReturnUrl('https://evil.example')).toBeNull();
    expect(safeReturnUrl('/login')).toBeNull();
    expect(safeReturnUrl(undefined)).toBeNull();
  });
});
