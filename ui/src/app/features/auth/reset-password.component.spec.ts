import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { problemInterceptor } from '../../core/interceptors/problem.interceptor';
import { ResetPasswordComponent } from './reset-password.component';

describe('ResetPasswordComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  async function render(token: string | undefined) {
    const fixture = TestBed.createComponent(ResetPasswordComponent);
    fixture.componentRef.setInput('token', token);
    fixture.detectChanges();
    await fixture.whenStable();
    return fixture;
  }

  function type(el: HTMLElement, selector: string, value: string) {
    const input = el.querySelector(selector) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function submit(el: HTMLElement) {
    (el.querySelector('button[type="submit"]') as HTMLButtonElement).click();
  }

  it('labels both password fields and describes the length rule', async () => {
    const el: HTMLElement = (await render('reset-tok')).nativeElement;
    expect(el.querySelector('label[for="password"]')?.textContent).toContain('New password');
    expect(el.querySelector('label[for="confirmPassword"]')?.textContent).toContain(
      'Confirm new password',
    );
    expect(el.querySelector('#password-hint')?.textContent).toContain('10 to 128 characters');
    expect(el.querySelector('#password')?.getAttribute('aria-describedby')).toBe('password-hint');
  });

  it('says so when the link has no token, and offers a new one', async () => {
    const el: HTMLElement = (await render(undefined)).nativeElement;
    expect(el.textContent).toContain('This link is incomplete');
    expect(el.querySelector('form')).toBeNull();
    expect(el.querySelector('a[href="/forgot-password"]')).not.toBeNull();
    const blank: HTMLElement = (await render('   ')).nativeElement;
    expect(blank.textContent).toContain('This link is incomplete');
  });

  it('validates length and confirmation before calling the server', async () => {
    const fixture = await render('reset-tok');
    const el: HTMLElement = fixture.nativeElement;
    submit(el);
    await fixture.whenStable();
    expect(el.querySelector('#password-error')?.textContent).toContain('Password is required.');
    expect(el.querySelector('#confirmPassword-error')?.textContent).toContain(
      'Password confirmation is required.',
    );

    type(el, '#password', 'short');
    type(el, '#confirmPassword', 'short');
    await fixture.whenStable();
    expect(el.querySelector('#password-error')?.textContent).toContain(
      'Password must be at least 10 characters.',
    );

    type(el, '#password', 'a long enough password');
    type(el, '#confirmPassword', 'another long password');
    await fixture.whenStable();
    expect(el.querySelector('#password-error')).toBeNull();
    expect(el.querySelector('#confirmPassword-error')?.textContent).toContain(
      'The passwords do not match.',
    );
    submit(el);
    http.expectNone('/api/auth/reset-password');

    // Fixing the first field re-checks the confirmation.
    type(el, '#password', 'another long password');
    await fixture.whenStable();
    expect(el.querySelector('#confirmPassword-error')).toBeNull();
  });

  it('sets the password with the token and goes to sign in', async () => {
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const fixture = await render(' reset-tok ');
    const el: HTMLElement = fixture.nativeElement;
    type(el, '#password', 'a long enough password');
    type(el, '#confirmPassword', 'a long enough password');
    submit(el);
    await fixture.whenStable();
    expect(el.querySelector('button[type="submit"]')?.textContent).toContain('Saving…');
    const req = http.expectOne('/api/auth/reset-password');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ token: 'reset-tok', password: 'a long enough password' });
    req.flush(null, { status: 204, statusText: 'No Content' });
    await vi.waitFor(() =>
      expect(navigate).toHaveBeenCalledWith(['/login'], { queryParams: { reset: 1 } }),
    );
    http.verify();
  });

  it('explains an expired token and links to a new one', async () => {
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate');
    const fixture = await render('reset-tok');
    const el: HTMLElement = fixture.nativeElement;
    type(el, '#password', 'a long enough password');
    type(el, '#confirmPassword', 'a long enough password');
    submit(el);
    http
      .expectOne('/api/auth/reset-password')
      .flush(
        { status: 400, detail: 'This reset link has expired.', code: 'TOKEN_EXPIRED' },
        { status: 400, statusText: 'Bad Request' },
      );
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(el.querySelector('[role="alert"]')?.textContent).toContain(
        'This reset link has expired.',
      );
    });
    expect(el.querySelector('[role="alert"] a[href="/forgot-password"]')).not.toBeNull();
    expect((el.querySelector('button[type="submit"]') as HTMLButtonElement).disabled).toBe(false);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('puts the server password rule on the password field', async () => {
    const fixture = await render('reset-tok');
    const el: HTMLElement = fixture.nativeElement;
    type(el, '#password', 'a long enough password');
    type(el, '#confirmPassword', 'a long enough password');
    submit(el);
    http.expectOne('/api/auth/reset-password').flush(
      {
        status: 400,
        detail: 'Invalid request.',
        errors: [{ field: 'password', message: 'is too common' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(el.querySelector('#password-error')?.textContent).toContain('is too common');
    });
  });
});
