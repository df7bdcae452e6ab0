import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import {
  Account,
  AccountDeletion,
  AccountSession,
  ChangePasswordRequest,
  MfaEnabled,
  MfaSetup,
  MfaStatus,
} from '../models';
import { ApiClient } from './api-client.service';

/** `/api/account/**`: the signed-in user's profile, password, sessions, 2FA and deletion. */
@Injectable({ providedIn: 'root' })
export class AccountService {
  private readonly api = inject(ApiClient);

  profile(): Observable<Account> {
    return this.api.get<Account>('/account/profile');
  }

  /** Sets the display name (blank clears it). */
  rename(name: string): Observable<Account> {
    return this.api.patch<Account>('/account/profile', { name });
  }

  /** Changes the password; the server ends every session, this one included. */
  changePassword(
    request: ChangePasswordRequest,
  ): Observable<{ changed: boolean; sessionsEnded: boolean }> {
    return this.api.post('/account/password', request);
  }

  sessions(): Observable<AccountSession[]> {
    return this.api.get<AccountSession[]>('/account/sessions');
  }

  revokeSession(sessionId: string): Observable<void> {
    return this.api.delete<void>(`/account/sessions/${encodeURIComponent(sessionId)}`);
  }

  /** Deletes the account (password, plus a code when 2FA is on). */
  deleteAccount(password: string, code?: string): Observable<AccountDeletion> {
    return this.api.delete<AccountDeletion>('/account', {
      body: code ? { password, code } : { password },
    });
  }

  mfaStatus(): Observable<MfaStatus> {
    return this.api.get<MfaStatus>('/account/2fa');
  }

  /** Starts enrolment: a new secret, its otpauth URI and a QR code (never stored by the UI). */
  mfaSetup(): Observable<MfaSetup> {
    return this.api.post<MfaSetup>('/account/2fa/setup', {});
  }

  /** Confirms the enrolment with a code from the app; answers the recovery codes, once. */
  mfaEnable(code: string): Observable<MfaEnabled> {
    return this.api.post<MfaEnabled>('/account/2fa/enable', { code });
  }

  /** Turns 2FA off with the password and a TOTP or recovery code. */
  mfaDisable(password: string, code: string): Observable<void> {
    return this.api.post<void>('/account/2fa/disable', { password, code });
  }
}
