import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { problemInterceptor } from '../../core/interceptors/problem.interceptor';
import { ForgotPasswordComponent } from './forgot-password.component';

describe('ForgotPasswordComponent', () => {
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

  async function render() {
    const fixture = TestBed.createComponent(ForgotPasswordComponent);
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

  it('labels the email field', async () => {
    const el: HTMLElement = (await render()).nativeElement;
    expect(el.querySelector('label[for="email"]')?.textContent).toContain('Email');
    expect(el.querySelector('#email')?.getAttribute('autocomplete')).toBe('email');
  });

  it('validates the address before asking the server', async () => {
    const fixture = await render();
    const el: HTMLElement = fixture.nativeElement;
    submit(el);
    await fixture.whenStable();
    expect(el.querySelector('#email-error')?.textContent).toContain('Email is required.');
    expect(el.querySelector('#email')?.getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector('#email')?.getAttribute('aria-describedby')).toBe('email-error');

    type(el, '#email', 'not-an-address');
    submit(el);
    await fixture.whenStable();
    expect(el.querySelector('#email-error')?.textContent).toContain('Enter a valid email address.');
    http.expectNone('/api/auth/forgot-password');
  });

  it('asks for a link with the trimmed address and confirms without revealing the account', async () => {
    const fixture = await render();
    const el: HTMLElement = fixture.nativeElement;
    type(el, '#email', '  dana@example.test ');
    submit(el);
    await fixture.whenStable();
    expect(el.querySelector('button[type="submit"]')?.textContent).toContain('Sending…');
    expect((el.querySelector('button[type="submit"]') as HTMLButtonElement).disabled).toBe(true);
    const req = http.expectOne('/api/auth/forgot-password');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ email: 'dana@example.test' });
    req.flush(null, { status: 202, statusText: 'Accepted' });
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(el.textContent).toContain('Check your inbox');
    });
    expect(el.textContent).toContain('If an account exists for dana@example.test');
    expect(el.querySelector('form')).toBeNull();
    expect(el.querySelector('a[href="/login"]')?.textContent).toContain('Back to sign in');
    http.verify();
  });

  it('shows the server error and keeps the form for another try', async () => {
    const fixture = await render();
    const el: HTMLElement = fixture.nativeElement;
    type(el, '#email', 'dana@example.test');
    submit(el);
    http
      .expectOne('/api/auth/forgot-password')
      .flush(
        { status: 429, detail: 'Too many requests. Try again in a minute.' },
        { status: 429, statusText: 'Too Many Requests' },
      );
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(el.querySelector('[role="alert"]')?.textContent).toContain('Too many requests');
    });
    expect(el.querySelector('form')).not.toBeNull();
    expect((el.querySelector('button[type="submit"]') as HTMLButtonElement).disabled).toBe(false);
    expect(el.textContent).not.toContain('Check your inbox');
  });

  it('puts a server field error on the email field', async () => {
    const fixture = await render();
    const el: HTMLElement = fixture.nativeElement;
    type(el, '#email', 'dana@example.test');
    submit(el);
    http.expectOne('/api/auth/forgot-password').flush(
      {
        status: 400,
        detail: 'Invalid request.',
        errors: [{ field: 'forgotPassword.request.email', message: 'must be a well-formed email' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(el.querySelector('#email-error')?.textContent).toContain(
        'must be a well-formed email',
      );
    });
  });
});
