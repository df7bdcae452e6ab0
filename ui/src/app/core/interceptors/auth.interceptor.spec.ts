import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { USER, tokens } from '../../testing/fixtures';
import { AuthService } from '../services/auth.service';
import { TokenStore } from '../services/token-store.service';
import { ApiError } from '../utils/api-error';
import { authInterceptor, isApiRequest } from './auth.interceptor';
import { problemInterceptor } from './problem.interceptor';

describe('authInterceptor + problemInterceptor', () => {
  let http: HttpTestingController;
  let client: HttpClient;
  let auth: AuthService;

  async function signIn(): Promise<void> {
    const login = auth.login({ email: USER.email, password: 'x' });
    http.expectOne('/api/auth/login').flush(tokens(1));
    await login;
  }

  /** Lets the interceptor's promise-based token lookup run before asserting on requests. */
  const settle = () => new Promise((r) => setTimeout(r, 0));

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
    client = TestBed.inject(HttpClient);
    auth = TestBed.inject(AuthService);
    vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  });

  afterEach(() => http.verify());

  it('adds the bearer token to API calls only', async () => {
    await signIn();
    const api = firstValueFrom(client.get('/api/projects'));
    const other = firstValueFrom(client.get('https://cdn.example.com/x.json'));
    await settle();
    const apiReq = http.expectOne('/api/projects');
    const otherReq = http.expectOne('https://cdn.example.com/x.json');
    expect(apiReq.request.headers.get('Authorization')).toBe('Bearer access-1');
    expect(otherReq.request.headers.has('Authorization')).toBe(false);
    apiReq.flush([]);
    otherReq.flush([]);
    await Promise.all([api, other]);
  });

  it('on 401 refreshes once and replays the request with the new token', async () => {
    await signIn();
    const result = firstValueFrom(client.get<string[]>('/api/projects'));
    await settle();
    http
      .expectOne('/api/projects')
      .flush({ detail: 'expired' }, { status: 401, statusText: 'Unauthorized' });
    await settle();
    const refresh = http.expectOne('/api/auth/refresh');
    expect(refresh.request.body).toEqual({ refreshToken: 'refresh-1' });
    refresh.flush(tokens(2));
    await settle();
    const retry = http.expectOne('/api/projects');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer access-2');
    retry.flush(['ok']);
    await expect(result).resolves.toEqual(['ok']);
    expect(localStorage.getItem(TokenStore.REFRESH_TOKEN_KEY)).toBe('refresh-2');
  });

  it('does not loop: a second 401 after the refresh is reported', async () => {
    await signIn();
    const result = firstValueFrom(client.get('/api/projects'));
    await settle();
    http.expectOne('/api/projects').flush({}, { status: 401, statusText: 'Unauthorized' });
    await settle();
    http.expectOne('/api/auth/refresh').flush(tokens(2));
    await settle();
    http
      .expectOne('/api/projects')
      .flush({ detail: 'still no' }, { status: 401, statusText: 'Unauthorized' });
    const error = await result.catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toBe('still no');
  });

  it('signs out when the refresh is refused and reports the original error', async () => {
    await signIn();
    const result = firstValueFrom(client.get('/api/projects'));
    await settle();
    http
      .expectOne('/api/projects')
      .flush({ detail: 'expired' }, { status: 401, statusText: 'Unauthorized' });
    await settle();
    http
      .expectOne('/api/auth/refresh')
      .flush({ detail: 'revoked' }, { status: 401, statusText: 'Unauthorized' });
    const error = await result.catch((e) => e);
    expect(error).toMatchObject({ status: 401, message: 'expired' });
    expect(auth.isAuthenticated()).toBe(false);
  });

  it('never tries to refresh for a failed login', async () => {
    const login = auth.login({ email: USER.email, password: 'wrong' });
    http
      .expectOne('/api/auth/login')
      .flush(
        { detail: 'Invalid email or password.', code: 'INVALID_CREDENTIALS' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await expect(login).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    http.expectNone('/api/auth/refresh');
  });

  it('turns problem+json field errors into ApiError.fieldErrors', async () => {
    await signIn();
    const result = firstValueFrom(client.post('/api/projects', { name: '' }));
    await settle();
    http.expectOne('/api/projects').flush(
      {
        title: 'Bad Request',
        status: 400,
        detail: 'The request is not valid.',
        errors: [{ field: 'name', message: 'must not be blank' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    const error: ApiError = await result.catch((e) => e);
    expect(error.message).toBe('The request is not valid.');
    expect(error.fieldError('name')).toBe('must not be blank');
  });

  it('recognises same-origin API URLs', () => {
    expect(isApiRequest('/api/projects', '/api')).toBe(true);
    expect(isApiRequest(`${location.origin}/api/x`, '/api')).toBe(true);
    expect(isApiRequest('/apiary', '/api')).toBe(false);
    expect(isApiRequest('https://evil.example/api/x', '/api')).toBe(false);
  });
});
