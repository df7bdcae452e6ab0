import { HttpContext } from '@angular/common/http';
import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import {
  LoginOutcome,
  LoginRequest,
  MfaLoginRequest,
  MfaRequiredResponse,
  RegisterRequest,
  RegisterResponse,
  TokenResponse,
  User,
  VerifyEmailResponse,
} from '../models';
import { SKIP_TOKEN_REFRESH } from '../interceptors/http-context';
import { ApiError, toApiError } from '../utils/api-error';
import { ApiClient } from './api-client.service';
import { TokenStore } from './token-store.service';
import { ToastService } from './toast.service';

const NO_REFRESH = () => new HttpContext().set(SKIP_TOKEN_REFRESH, true);
const REFRESH_LOCK = 'kythera-auth-refresh';

/**
 * Session state and every `/api/auth/**` call.
 *
 * The access token lives in memory (TokenStore), the refresh token in localStorage. A reload
 * restores the session with one `POST /api/auth/refresh` ({@link whenReady}, awaited by the
 * guards). Refreshes are single-flight inside a tab and serialised across tabs with the Web Locks
 * API, because the identity service rotates refresh tokens: two concurrent refreshes with the same
 * token would look like a replay.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly api = inject(ApiClient);
  private readonly tokens = inject(TokenStore);
  private readonly router = inject(Router);
  private readonly toasts = inject(ToastService);

  private readonly _user = signal<User | null>(null);
  readonly user = this._user.asReadonly();
  readonly isAuthenticated = computed(() => this._user() !== null);

  private ready: Promise<void> | null = null;
  private refreshInFlight: Promise<TokenResponse> | null = null;

  constructor() {
    // Another tab signed out (refresh token removed): follow it.
    const onStorage = (event: StorageEvent) => {
      if (
        event.key === TokenStore.REFRESH_TOKEN_KEY &&
        event.newValue === null &&
        this.isAuthenticated()
      ) {
        this.clearSession();
        void this.router.navigate(['/login']);
      }
    };
    if (typeof window !== 'undefined') {
      window.addEventListener('storage', onStorage);
      inject(DestroyRef).onDestroy(() => window.removeEventListener('storage', onStorage));
    }
  }

  /** Resolves once the stored session (if any) has been restored or discarded. Never rejects. */
  whenReady(): Promise<void> {
    this.ready ??= this.restoreSession();
    return this.ready;
  }

  private async restoreSession(): Promise<void> {
    if (!this.tokens.getRefreshToken()) return;
    try {
      await this.refresh();
    } catch {
      // refresh() already dropped a rejected token; on a network error the user can retry later.
    }
  }

  accessToken(): string | null {
    return this.tokens.getAccessToken();
  }

  hasRefreshToken(): boolean {
    return this.tokens.getRefreshToken() !== null;
  }

  /**
   * An access token that is valid for at least a few more seconds, refreshing first if needed.
   * Null when signed out.
   */
  async freshAccessToken(): Promise<string | null> {
    if (this.tokens.hasFreshAccessToken()) return this.tokens.getAccessToken();
    if (!this.tokens.getRefreshToken()) return this.tokens.getAccessToken();
    const response = await this.refresh();
    return response.accessToken;
  }

  /**
   * Password step of a sign-in. With 2FA on, the server answers `{mfaRequired, mfaToken}`
   * instead of tokens: the caller then asks for a code and calls {@link completeMfaLogin}.
   */
  async login(request: LoginRequest): Promise<LoginOutcome> {
    const response = await firstValueFrom(
      this.api.post<TokenResponse | MfaRequiredResponse>('/auth/login', request, {
        context: NO_REFRESH(),
      }),
    );
    if (isMfaRequired(response)) {
      return {
        kind: 'mfa-required',
        mfaToken: response.mfaToken,
        expiresIn: response.expiresIn,
      };
    }
    this.startSession(response);
    return { kind: 'signed-in', user: response.user };
  }

  /** Second step of a 2FA sign-in: the challenge token and a TOTP or recovery code. */
  async completeMfaLogin(request: MfaLoginRequest): Promise<User> {
    const response = await firstValueFrom(
      this.api.post<TokenResponse>('/auth/login/mfa', request, { context: NO_REFRESH() }),
    );
    this.startSession(response);
    return response.user;
  }

  private startSession(response: TokenResponse): void {
    this.applyTokens(response);
    this.ready = Promise.resolve();
  }

  /** Updates the signed-in user's fields shown by the shell (e.g. after a profile change). */
  patchUser(changes: Partial<Pick<User, 'name' | 'role' | 'plan'>>): void {
    this._user.update((user) => (user ? { ...user, ...changes } : user));
  }

  /**
   * The server ended every session of this account (password changed, account deleted): forget
   * the local one without calling logout (the refresh token is already revoked).
   */
  endLocalSession(): void {
    this.clearSession();
  }

  register(request: RegisterRequest): Promise<RegisterResponse> {
    return firstValueFrom(
      this.api.post<RegisterResponse>('/auth/register', request, { context: NO_REFRESH() }),
    );
  }

  verifyEmail(token: string): Promise<VerifyEmailResponse> {
    return firstValueFrom(
      this.api.post<VerifyEmailResponse>(
        '/auth/verify-email',
        { token },
        { context: NO_REFRESH() },
      ),
    );
  }

  async resendVerification(email: string): Promise<void> {
    await firstValueFrom(
      this.api.post<unknown>('/auth/resend-verification', { email }, { context: NO_REFRESH() }),
    );
  }

  async forgotPassword(email: string): Promise<void> {
    await firstValueFrom(
      this.api.post<unknown>('/auth/forgot-password', { email }, { context: NO_REFRESH() }),
    );
  }

  async resetPassword(token: string, password: string): Promise<void> {
    await firstValueFrom(
      this.api.post<unknown>(
        '/auth/reset-password',
        { token, password },
        { context: NO_REFRESH() },
      ),
    );
  }

  /** Reloads the user (role, plan) from `GET /api/auth/me`. */
  async reloadUser(): Promise<User> {
    const user = await firstValueFrom(this.api.get<User>('/auth/me'));
    this._user.set(user);
    return user;
  }

  /**
   * Exchanges the stored refresh token for a new token pair. Single-flight: concurrent callers
   * share one request. A 400/401/403 answer means the refresh token is dead: the session is
   * cleared. Network errors keep it, so a flaky connection does not sign the user out.
   */
  refresh(): Promise<TokenResponse> {
    this.refreshInFlight ??= withCrossTabLock(REFRESH_LOCK, () => this.doRefresh()).finally(() => {
      this.refreshInFlight = null;
    });
    return this.refreshInFlight;
  }

  private async doRefresh(): Promise<TokenResponse> {
    const refreshToken = this.tokens.getRefreshToken();
    if (!refreshToken) {
      this.clearSession();
      throw new ApiError('You are not signed in.', 401, 'NOT_AUTHENTICATED');
    }
    try {
      const response = await firstValueFrom(
        this.api.post<TokenResponse>('/auth/refresh', { refreshToken }, { context: NO_REFRESH() }),
      );
      this.applyTokens(response);
      return response;
    } catch (error) {
      const apiError = toApiError(error);
      if ([400, 401, 403].includes(apiError.status)) {
        const wasSignedIn = this.isAuthenticated();
        this.clearSession();
        if (wasSignedIn) this.notifySessionExpired();
      }
      throw apiError;
    }
  }

  /** Revokes the refresh token (best effort) and forgets the session. */
  async logout(): Promise<void> {
    const refreshToken = this.tokens.getRefreshToken();
    if (refreshToken) {
      try {
        await firstValueFrom(
          this.api.post<void>('/auth/logout', { refreshToken }, { context: NO_REFRESH() }),
        );
      } catch {
        // Signing out locally matters more than the server's answer.
      }
    }
    this.clearSession();
    await this.router.navigate(['/login']);
  }

  /** The server no longer accepts this session: clear it and send the user to the login page. */
  sessionExpired(): void {
    if (!this.isAuthenticated() && !this.tokens.getRefreshToken()) return;
    this.clearSession();
    this.notifySessionExpired();
  }

  private notifySessionExpired(): void {
    this.toasts.warning('Your session has expired. Please sign in again.');
    const returnUrl = this.router.url;
    void this.router.navigate(['/login'], {
      queryParams: returnUrl && !returnUrl.startsWith('/login') ? { returnUrl } : {},
    });
  }

  private applyTokens(response: TokenResponse): void {
    this.tokens.setAccessToken(response.accessToken, response.expiresIn);
    this.tokens.setRefreshToken(response.refreshToken);
    this._user.set(response.user);
  }

  private clearSession(): void {
    this.tokens.clear();
    this._user.set(null);
  }
}

function isMfaRequired(
  response: TokenResponse | MfaRequiredResponse,
): response is MfaRequiredResponse {
  return (response as MfaRequiredResponse).mfaRequired === true;
}

/** Runs `task` under a Web Lock when the browser has them (serialises refreshes across tabs). */
function withCrossTabLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks =
    typeof navigator !== 'undefined'
      ? (navigator as Navigator & { locks?: LockManager }).locks
      : undefined;
  if (!locks?.request) return task();
  return locks.request(name, () => task()) as Promise<T>;
}
