import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { VerifyEmailComponent } from './verify-email.component';

describe('VerifyEmailComponent', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  async function render(token: string | undefined) {
    const fixture = TestBed.createComponent(VerifyEmailComponent);
    fixture.componentRef.setInput('token', token);
    fixture.detectChanges();
    await fixture.whenStable();
    return fixture;
  }

  it('submits the token from the link on arrival, once', async () => {
    const fixture = await render('tok-123');
    const el: HTMLElement = fixture.nativeElement;
    expect(el.textContent).toContain('Verifying your email');
    const req = http.expectOne('/api/auth/verify-email');
    expect(req.request.body).toEqual({ token: 'tok-123' });
    req.flush({ verified: true });
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(el.textContent).toContain('Email verified');
    });
    expect(el.querySelector('a[href="/login?verified=1"]')).not.toBeNull();
    http.verify();
  });

  it('explains a rejected token and offers a new link', async () => {
    const fixture = await render('expired');
    http
      .expectOne('/api/auth/verify-email')
      .flush(
        { detail: 'This verification link has expired.', code: 'TOKEN_EXPIRED' },
        { status: 400, statusText: 'Bad Request' },
      );
    const el: HTMLElement = fixture.nativeElement;
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(el.textContent).toContain('has expired');
    });
    expect(el.querySelector('label[for="email"]')).not.toBeNull();
  });

  it('says so when the link has no token', async () => {
    const el: HTMLElement = (await render(undefined)).nativeElement;
    expect(el.textContent).toContain('This link is incomplete');
    http.expectNone('/api/auth/verify-email');
  });
});
