import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { problemInterceptor } from '../../core/interceptors/problem.interceptor';
import { AuthService } from '../../core/services/auth.service';
import { ConfirmService } from '../../core/services/confirm.service';
import { USER, account, authStub, project } from '../../testing/fixtures';
import { DeleteAccountComponent } from './delete-account.component';
import { ProfileSettingsComponent } from './profile-settings.component';
import { SecuritySettingsComponent, describeUserAgent } from './security-settings.component';
import { TwoFactorSettingsComponent } from './two-factor-settings.component';

let http: HttpTestingController;
let auth: ReturnType<typeof authStub>;

function setup(user = USER) {
  auth = authStub(user);
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(withInterceptors([problemInterceptor])),
      provideHttpClientTesting(),
      { provide: AuthService, useValue: auth },
    ],
  });
  http = TestBed.inject(HttpTestingController);
}

const type = (el: HTMLElement, selector: string, value: string) => {
  const input = el.querySelector(selector) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
};
const click = (el: HTMLElement, text: string) =>
  [...el.querySelectorAll('button')].find((b) => b.textContent?.includes(text))!.click();

describe('ProfileSettingsComponent', () => {
  it('shows the account and saves the display name', async () => {
    setup();
    const fixture = TestBed.createComponent(ProfileSettingsComponent);
    fixture.detectChanges();
    http.expectOne('/api/account/profile').flush(account({ plan: 'pro', mfaEnabled: true }));
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect((el.querySelector('#profile-email') as HTMLInputElement).readOnly).toBe(true);
    expect(el.textContent).toContain('Pro');
    type(el, '#profile-name', 'Ada Lovelace');
    await fixture.whenStable();
    (el.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    const req = http.expectOne({ method: 'PATCH', url: '/api/account/profile' });
    expect(req.request.body).toEqual({ name: 'Ada Lovelace' });
    req.flush(account({ name: 'Ada Lovelace' }));
    await vi.waitFor(() => expect(auth.user()?.name).toBe('Ada Lovelace'));
  });
});

describe('SecuritySettingsComponent', () => {
  async function render() {
    const fixture = TestBed.createComponent(SecuritySettingsComponent);
    fixture.detectChanges();
    http.expectOne('/api/account/sessions').flush([
      {
        id: 's1',
        createdAt: '2026-01-01T10:00:00Z',
        lastUsedAt: null,
        expiresAt: '2026-01-15T10:00:00Z',
        userAgent:
          'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130 Safari/537.36',
      },
    ]);
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it('changes the password, then ends the local session and goes to sign in', async () => {
    setup();
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const { el } = await render();
    for (const id of ['current-password', 'new-password', 'confirm-new-password'])
      expect(el.querySelector(`label[for="${id}"]`), id).not.toBeNull();
    type(el, '#current-password', 'old password 123');
    type(el, '#new-password', 'new password 456');
    type(el, '#confirm-new-password', 'new password 456');
    (el.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    const req = http.expectOne({ method: 'POST', url: '/api/account/password' });
    expect(req.request.body).toEqual({
      currentPassword: 'old password 123',
      newPassword: 'new password 456',
    });
    req.flush({ changed: true, sessionsEnded: true });
    await vi.waitFor(() =>
      expect(navigate).toHaveBeenCalledWith(['/login'], { queryParams: { reset: 1 } }),
    );
    expect(auth.endLocalSession).toHaveBeenCalled();
  });

  it('marks a wrong current password and checks the confirmation', async () => {
    setup();
    const { fixture, el } = await render();
    type(el, '#current-password', 'wrong');
    type(el, '#new-password', 'new password 456');
    type(el, '#confirm-new-password', 'something else');
    (el.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(el.querySelector('#confirmPassword-error')?.textContent).toContain('do not match');
    http.expectNone('/api/account/password');

    type(el, '#confirm-new-password', 'new password 456');
    (el.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    http
      .expectOne('/api/account/password')
      .flush({ detail: 'Wrong password.' }, { status: 403, statusText: 'Forbidden' });
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(el.querySelector('#currentPassword-error')?.textContent).toContain('not correct');
    });
    expect(auth.endLocalSession).not.toHaveBeenCalled();
  });

  it('lists sessions and signs one out after confirmation', async () => {
    setup();
    vi.spyOn(TestBed.inject(ConfirmService), 'ask').mockResolvedValue(true);
    const { fixture, el } = await render();
    expect(el.querySelector('[data-testid="sessions"]')?.textContent).toContain('Chrome on Linux');
    click(el, 'Sign out');
    await vi.waitFor(() =>
      http.expectOne({ method: 'DELETE', url: '/api/account/sessions/s1' }).flush(null),
    );
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(el.textContent).toContain('No other sessions');
    });
  });

  it('describes user agents', () => {
    expect(describeUserAgent(null)).toBe('Unknown client');
    expect(
      describeUserAgent(
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) Gecko/20100101 Firefox/131.0',
      ),
    ).toBe('Firefox on macOS');
    expect(describeUserAgent('curl/8.5.0')).toBe('curl');
  });
});

describe('TwoFactorSettingsComponent', () => {
  it('enrols: QR code and key, confirm with a code, recovery codes shown once', async () => {
    setup();
    const fixture = TestBed.createComponent(TwoFactorSettingsComponent);
    fixture.detectChanges();
    http
      .expectOne('/api/account/2fa')
      .flush({ enabled: false, pending: false, recoveryCodesLeft: 0 });
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    click(el, 'Set up two-factor authentication');
    http.expectOne({ method: 'POST', url: '/api/account/2fa/setup' }).flush({
      secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
      otpauthUri: 'otpauth://totp/KytheraDB:dev?secret=JBSW',
      qrCode: 'data:image/png;base64,iVBORw0KGgo=',
    });
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(el.querySelector('img')?.getAttribute('alt')).toContain('QR code');
    });
    expect(el.querySelector('[data-testid="mfa-secret"]')?.textContent).toContain('JBSW Y3DP');

    type(el, '#enable-code', '12345');
    (el.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(el.querySelector('#code-error')).not.toBeNull();
    http.expectNone('/api/account/2fa/enable');

    type(el, '#enable-code', '123 456');
    (el.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    const enable = http.expectOne({ method: 'POST', url: '/api/account/2fa/enable' });
    expect(enable.request.body).toEqual({ code: '123456' });
    const codes = Array.from({ length: 10 }, (_, i) => `code-${i}`);
    enable.flush({ enabled: true, recoveryCodes: codes });
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(el.querySelectorAll('[data-testid="recovery-codes"] li')).toHaveLength(10);
    });
    const done = [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Done')!;
    expect(done.disabled).toBe(true);
    (el.querySelector('#codes-saved') as HTMLInputElement).click();
    await fixture.whenStable();
    done.click();
    http
      .expectOne('/api/account/2fa')
      .flush({ enabled: true, pending: false, recoveryCodesLeft: 10 });
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="recovery-codes"]')).toBeNull();
    expect(el.textContent).not.toContain('code-3');
    expect(el.querySelector('[data-testid="mfa-on"]')).not.toBeNull();
  });

  it('turns 2FA off with the password and a code', async () => {
    setup();
    const fixture = TestBed.createComponent(TwoFactorSettingsComponent);
    fixture.detectChanges();
    http
      .expectOne('/api/account/2fa')
      .flush({ enabled: true, pending: false, recoveryCodesLeft: 2 });
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.textContent).toContain('2 of 10 recovery codes left');
    type(el, '#disable-password', 'my password 1');
    type(el, '#disable-code', 'aaaa-bbbb-cccc-dddd');
    (el.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    const req = http.expectOne({ method: 'POST', url: '/api/account/2fa/disable' });
    expect(req.request.body).toEqual({ password: 'my password 1', code: 'aaaa-bbbb-cccc-dddd' });
    req.flush(null, { status: 204, statusText: 'No Content' });
    await vi.waitFor(() =>
      http
        .expectOne('/api/account/2fa')
        .flush({ enabled: false, pending: false, recoveryCodesLeft: 0 }),
    );
  });
});

describe('DeleteAccountComponent', () => {
  it('states what happens to owned projects, confirms, deletes and signs out', async () => {
    setup();
    const ask = vi.spyOn(TestBed.inject(ConfirmService), 'ask').mockResolvedValue(true);
    const fixture = TestBed.createComponent(DeleteAccountComponent);
    fixture.detectChanges();
    http.expectOne('/api/account/profile').flush(account({ mfaEnabled: true }));
    http
      .expectOne('/api/projects')
      .flush([project(), project({ id: 'p2', name: 'Shared', ownerId: 'u9' })]);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.textContent).toContain('longest-standing other owner');
    expect(el.querySelector('[data-testid="owned-projects"]')?.textContent).toContain('Billing');
    expect(el.querySelector('[data-testid="owned-projects"]')?.textContent).not.toContain('Shared');

    type(el, '#delete-password', 'my password 1');
    (el.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(el.querySelector('#code-error')?.textContent).toContain('required');
    expect(ask).not.toHaveBeenCalled();

    type(el, '#delete-code', '123456');
    (el.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(ask).toHaveBeenCalled());
    expect(ask.mock.calls[0][0].message).toContain('1 owned project');
    const req = await vi.waitFor(() => http.expectOne({ method: 'DELETE', url: '/api/account' }));
    expect(req.request.body).toEqual({ password: 'my password 1', code: '123456' });
    req.flush({
      deleted: true,
      projects: [{ id: 'p1', name: 'Billing', outcome: 'deleted', newOwnerId: null }],
      teams: [{ id: 't1', name: 'Data', outcome: 'handed-over', newAdminId: 'u2' }],
    });
    await vi.waitFor(async () => {
      await fixture.whenStable();
      expect(el.querySelector('[data-testid="deletion-result"]')?.textContent).toContain(
        'Billing: deleted',
      );
    });
    expect(el.textContent).toContain('another member became admin');
    expect(auth.endLocalSession).toHaveBeenCalled();
  });

  it('explains that a super admin cannot delete themself', async () => {
    setup({ ...USER, role: 'super_admin' });
    const fixture = TestBed.createComponent(DeleteAccountComponent);
    fixture.detectChanges();
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toContain('cannot delete themselves');
    http.expectNone('/api/account/profile');
  });
});
