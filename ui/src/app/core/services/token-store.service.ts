import { Injectable } from '@angular/core';

const REFRESH_TOKEN_KEY = 'kythera.refreshToken';

/**
 * Where the tokens live.
 *
 * - The access token stays in memory only (this object): an XSS payload cannot read it from
 *   storage after the fact and it is gone when the tab closes. It is short-lived anyway.
 * - The refresh token is kept in localStorage so a reload or a new tab can restore the session.
 *   Trade-off: script running in the page could read it; the identity service limits the damage
 *   by rotating it on every use (a replayed old token revokes the family) and by expiry. An
 *   HttpOnly cookie would be stronger and is the planned hardening once the gateway sets one.
 */
@Injectable({ providedIn: 'root' })
export class TokenStore {
  private accessToken: string | null = null;
  private accessTokenExpiresAt = 0;

  static readonly REFRESH_TOKEN_KEY = REFRESH_TOKEN_KEY;

  getAccessToken(): string | null {
    return this.accessToken;
  }

  /** True when there is an access token that stays valid for at least `marginMs`. */
  hasFreshAccessToken(marginMs = 15_000, now = Date.now()): boolean {
    return this.accessToken !== null && this.accessTokenExpiresAt - marginMs > now;
  }

  setAccessToken(token: string, expiresInSeconds: number, now = Date.now()): void {
    this.accessToken = token;
    const seconds =
      Number.isFinite(expiresInSeconds) && expiresInSeconds > 0 ? expiresInSeconds : 300;
    this.accessTokenExpiresAt = now + seconds * 1000;
  }

  getRefreshToken(): string | null {
    try {
      return localStorage.getItem(REFRESH_TOKEN_KEY);
    } catch {
      return null;
    }
  }

  setRefreshToken(token: string): void {
    try {
      localStorage.setItem(REFRESH_TOKEN_KEY, token);
    } catch {
      // Storage unavailable (private mode quota): the session simply won't survive a reload.
    }
  }

  clear(): void {
    this.accessToken = null;
    this.accessTokenExpiresAt = 0;
    try {
      localStorage.removeItem(REFRESH_TOKEN_KEY);
    } catch {
      // ignore
    }
  }
}
