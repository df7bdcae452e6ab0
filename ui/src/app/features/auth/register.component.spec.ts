import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { problemInterceptor } from '../../core/interceptors/problem.interceptor';
import { RegisterComponent } from './register.component';

describe('RegisterComponent', () => {
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
    const fixture = TestBed.createComponent(RegisterComponent);
    fixture.detectChanges();
    await fixture.whenStable();
    return fixture;
  }

  function type(el: HTMLElement, selector: string, value: string) {
    const input = el.querySelector(selector) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function fill(
    el: HTMLElement,
    { name = '', email = 'new@example.test', password = 'a long enough password' } = {},
  ) {
    type(el, '#name', name);
    type(el, '#email', email);
    type(el, '#password', password);
    type(el, '#confirmPassword', password);
  }

  function submit(el: HTMLElement) {
    (el.querySelector('button[type="submit"]') as HTMLButtonElement).click();
  }

  it('labels every field and marks the name optional', async () => {
    const el: HTMLElement = (await render()).nativeElement;
    for (const input of Array.from(el.querySelectorAll('input'))) {
      expect(el.querySelector(`label[for="${input.id}"]`), `label for #${input.id}`).not.toBeNull();
    }
    expect(el.querySelector('label[for="name"]')?.textContent).toContain('(optional)');
    expect(el.querySelector('#password')?.getAttribute('autocomplete')).toBe('new-password');
    expect(el.querySelector('a[href="/login"]')?.textContent).toContain('Sign in');
  });

  it('validates every field before calling the server', async () => {
    const fixture = await render();
    const el: HTMLElement = fixture.nativeElement;
    submit(el);
    await fixture.whenStable();
    expect(el.querySelector('#name-error')).toBeNull();
    expect(el.querySelector('#email-error')?.textContent).toContain('Email is required.');
    expect(el.querySelector('#password-error')?.textContent).toContain('Password is required.');
    expect(el.querySelector('#confirmPassword-error')).not.toBeNull();

    fill(el, { name: '   ', email: 'nope', password: 'short' });
    await fixture.whenStable();
    expect(el.querySelector('#name-error')?.textContent).toContain('Name cannot be only spaces.');
    expect(el.querySelector('#email-error')?.textContent).toContain('Enter a valid email address.');
    expect(el.querySelector('#password-error')?.textContent).toContain('at least 10 characters');
    expect(el.querySelector('#password')?.getAttribute('aria-describedby')).toBe(
      'password-error password-hint',
    );

    type(el, '#password', 'a long enough password');
    type(el, '#confirmPassword', 'something else entirely');
    await fixture.whenStable();
    expect(el.querySelector('#confirmPassword-error')?.textContent).toContain(
      'The passwords do not match.',
    );
    submit(el);
    http.expectNone('/api/auth/register');
  });

  it('creates the account (name only when given) and shows "check your inbox"', async () => {
    const fixture = await render();
    const el: HTMLElement = fixture.nativeElement;
    fill(el, { email: ' new@example.test ' });
    submit(el);
    await fixture.whenStable();
    expect(el.querySelector('button[type="submit"]')?.textContent).toContain('Creating account…');
    const req = http.expectOne('/api/auth/register');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({
      email: 'new@example.test',
      password: 'a long enough password',
    });
    req.flush({ id: 'u9', email: 'new@example.test' }, { status: 201, statusText: 'Created' });
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(el.querySelector('h1, h2')?.textContent).toContain('Check your inbox');
    });
    expect(el.textContent).toContain('We sent a verification link to new@example.test');
    const signIn = [...el.querySelectorAll('a')].find((a) =>
      a.textContent?.includes('Go to sign in'),
    );
    expect(signIn?.getAttribute('href')).toMatch(/^\/login\?email=new(@|%40)example\.test$/);
  });

  it('sends the trimmed name and can resend the verification email', async () => {
    const fixture = await render();
    const el: HTMLElement = fixture.nativeElement;
    fill(el, { name: '  Dana  ' });
    submit(el);
    const req = http.expectOne('/api/auth/register');
    expect(req.request.body).toMatchObject({ name: 'Dana' });
    req.flush({ id: 'u9', email: 'new@example.test' }, { status: 201, statusText: 'Created' });
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(el.textContent).toContain('Check your inbox');
    });

    const resend = () =>
      [...el.querySelectorAll('button')].find((b) => b.textContent?.includes('Resend'))!;
    resend().click();
    const first = http.expectOne('/api/auth/resend-verification');
    expect(first.request.body).toEqual({ email: 'new@example.test' });
    first.flush(null, { status: 202, statusText: 'Accepted' });
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(el.textContent).toContain('A new link is on its way.');
    });

    resend().click();
    http
      .expectOne('/api/auth/resend-verification')
      .flush({ status: 429, detail: 'Slow down.' }, { status: 429, statusText: 'Too Many' });
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(el.querySelector('[role="alert"]')?.textContent).toContain('Slow down.');
    });
    expect(resend().disabled).toBe(false);
  });

  it('puts server field errors on the fields (e.g. an address already taken)', async () => {
    const fixture = await render();
    const el: HTMLElement = fixture.nativeElement;
    fill(el);
    submit(el);
    http.expectOne('/api/auth/register').flush(
      {
        status: 409,
        detail: 'An account with this email already exists.',
        errors: [{ field: 'register.request.email', message: 'is already registered' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(el.querySelector('#email-error')?.textContent).toContain('is already registered');
    });
    expect(el.querySelector('[role="alert"]')?.textContent).toContain(
      'Please correct the highlighted fields.',
    );
    expect(el.querySelector('#email')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows a general failure and keeps the form', async () => {
    const fixture = await render();
    const el: HTMLElement = fixture.nativeElement;
    fill(el);
    submit(el);
    http
      .expectOne('/api/auth/register')
      .flush({ status: 503, detail: 'Registration is paused.' }, { status: 503, statusText: 'x' });
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(el.querySelector('[role="alert"]')?.textContent).toContain('Registration is paused.');
    });
    expect(el.querySelector('form')).not.toBeNull();
    expect((el.querySelector('button[type="submit"]') as HTMLButtonElement).disabled).toBe(false);
  });
});
