import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { USER, tokens } from '../../testing/fixtures';
import { authInterceptor } from '../interceptors/auth.interceptor';
import { problemInterceptor } from '../interceptors/problem.interceptor';
import { ApiError } from '../utils/api-error';
import { AuthService } from './auth.service';
import { TokenStore } from './token-store.service';

describe('AuthService', () => {
  let auth: AuthService;
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
    auth = TestBed.inject(AuthService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('keeps the access token in memory and only the refresh token in localStorage', async () => {
    const login = auth.login({ email: USER.email, password: 'correct horse battery' });
    const req = http.expectOne('/api/auth/login');
    expect(req.request.body).toEqual({ email: USER.email, password: 'correct horse battery' });
    req.flush(tokens(1));
    await expect(login).resolves.toEqual({ kind: 'signed-in', user: USER });

    expect(auth.isAuthenticated()).toBe(true);
    expect(auth.accessToken()).toBe('access-1');
    expect(localStorage.getItem(TokenStore.REFRESH_TOKEN_KEY)).toBe('refresh-1');
    const stored = JSON.stringify({ ...localStorage });
    expect(stored).not.toContain('access-1');
  });

  it('turns a 403 EMAIL_NOT_VERIFIED problem into an ApiError with its code', async () => {
    const login = auth.login({ email: USER.email, password: 'whatever-password' });
    http.expectOne('/api/auth/login').flush(
      {
        title: 'Forbidden',
        status: 403,
        detail: 'Verify your email first.',
        code: 'EMAIL_NOT_VERIFIED',
      },
      {
        status: 403,
        statusText: 'Forbidden',
        headers: { 'content-type': 'application/problem+json' },
      },
    );
    const error = await login.catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('EMAIL_NOT_VERIFIED');
    expect(auth.isAuthenticated()).toBe(false);
  });

  it('restores the session from the stored refresh token once (whenReady)', async () => {
    localStorage.setItem(TokenStore.REFRESH_TOKEN_KEY, 'stored');
    const ready = auth.whenReady();
    expect(auth.whenReady()).toBe(ready);
    const req = http.expectOne('/api/auth/refresh');
    expect(req.request.body).toEqual({ refreshToken: 'stored' });
    req.flush(tokens(2));
    await ready;
    expect(auth.user()).toEqual(USER);
    expect(localStorage.getItem(TokenStore.REFRESH_TOKEN_KEY)).toBe('refresh-2');
  });

  it('shares one refresh request between concurrent callers (rotation-safe)', async () => {
    localStorage.setItem(TokenStore.REFRESH_TOKEN_KEY, 'stored');
    const a = auth.refresh();
    const b = auth.refresh();
    await Promise.resolve();
    await Promise.resolve();
    http.expectOne('/api/auth/refresh').flush(tokens(3));
    await expect(a).resolves.toMatchObject({ accessToken: 'access-3' });
    await expect(b).resolves.toMatchObject({ accessToken: 'access-3' });
  });

  it('drops a rejected refresh token but keeps it on a network failure', async () => {
    localStorage.setItem(TokenStore.REFRESH_TOKEN_KEY, 'stored');
    const offline = auth.refresh();
    await vi.waitFor(() =>
      http.expectOne('/api/auth/refresh').error(new ProgressEvent('error'), { status: 0 }),
    );
    await expect(offline).rejects.toBeInstanceOf(ApiError);
    expect(localStorage.getItem(TokenStore.REFRESH_TOKEN_KEY)).toBe('stored');

    const rejected = auth.refresh();
    await vi.waitFor(() =>
      http
        .expectOne('/api/auth/refresh')
        .flush({ detail: 'expired' }, { status: 401, statusText: 'Unauthorized' }),
    );
    await expect(rejected).rejects.toMatchObject({ status: 401 });
    expect(localStorage.getItem(TokenStore.REFRESH_TOKEN_KEY)).toBeNull();
  });

  it('logs out: revokes the refresh token, clears the session and goes to /login', async () => {
    const router = TestBed.inject(Router);
    const navigate = vi.spyOn(router, 'navigate').mockResolvedValue(true);
    const login = auth.login({ email: USER.email, password: 'x' });
    http.expectOne('/api/auth/login').flush(tokens(1));
    await login;

    const logout = auth.logout();
    const req = http.expectOne('/api/auth/logout');
    expect(req.request.body).toEqual({ refreshToken: 'refresh-1' });
    req.flush(null, { status: 204, statusText: 'No Content' });
    await logout;
    expect(auth.isAuthenticated()).toBe(false);
    expect(auth.accessToken()).toBeNull();
    expect(localStorage.getItem(TokenStore.REFRESH_TOKEN_KEY)).toBeNull();
    expect(navigate).toHaveBeenCalledWith(['/login']);
  });

  it('asks for a second factor when 2FA is on, then starts the session with the code', async () => {
    const login = auth.login({ email: USER.email, password: 'correct horse battery' });
    http
      .expectOne('/api/auth/login')
      .flush({ mfaRequired: true, mfaToken: 'mfa-1', expiresIn: 300 });
    await expect(login).resolves.toEqual({
      kind: 'mfa-required',
      mfaToken: 'mfa-1',
      expiresIn: 300,
    });
    expect(auth.isAuthenticated()).toBe(false);
    expect(localStorage.getItem(TokenStore.REFRESH_TOKEN_KEY)).toBeNull();

    const second = auth.completeMfaLogin({
      mfaToken: 'mfa-1',
      recoveryCode: 'aaaa-bbbb-cccc-dddd',
    });
    const req = http.expectOne('/api/auth/login/mfa');
    expect(req.request.body).toEqual({ mfaToken: 'mfa-1', recoveryCode: 'aaaa-bbbb-cccc-dddd' });
    req.flush(tokens(1));
    await expect(second).resolves.toEqual(USER);
    expect(auth.isAuthenticated()).toBe(true);
    expect(auth.accessToken()).toBe('access-1');
  });

  it('a wrong code does not try a token refresh', async () => {
    const second = auth.completeMfaLogin({ mfaToken: 'mfa-1', code: '000000' });
    http
      .expectOne('/api/auth/login/mfa')
      .flush(
        { status: 401, detail: 'Wrong code.', code: 'INVALID_CREDENTIALS' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await expect(second).rejects.toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS' });
    http.expectNone('/api/auth/refresh');
  });

  it('patches the shown user and ends the local session without a logout call', async () => {
    const login = auth.login({ email: USER.email, password: 'x' });
    http.expectOne('/api/auth/login').flush(tokens(1));
    await login;
    auth.patchUser({ name: 'Renamed' });
    expect(auth.user()?.name).toBe('Renamed');
    auth.endLocalSession();
    expect(auth.isAuthenticated()).toBe(false);
    expect(localStorage.getItem(TokenStore.REFRESH_TOKEN_KEY)).toBeNull();
    http.expectNone('/api/auth/logout');
  });
});
