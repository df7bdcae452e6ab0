import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import {
  AuditEntry,
  GovernUserPatch,
  GovernedUser,
  Page,
  PlatformAuditQuery,
  PlatformStats,
} from '../models';
import { ApiClient } from './api-client.service';

/** `/api/governance/**` (super_admin only): accounts, platform statistics, platform audit log. */
@Injectable({ providedIn: 'root' })
export class GovernanceService {
  private readonly api = inject(ApiClient);

  /** Accounts whose email or name contains `q`, newest first. */
  users(
    q: string | null,
    cursor: string | null = null,
    limit = 50,
  ): Observable<Page<GovernedUser>> {
    return this.api.get<Page<GovernedUser>>('/governance/users', {
      query: { q: q?.trim() || null, cursor, limit },
    });
  }

  /** Changes role, plan and/or enabled; disabling ends the account's sessions. */
  updateUser(userId: string, patch: GovernUserPatch): Observable<GovernedUser> {
    return this.api.patch<GovernedUser>(`/governance/users/${encodeURIComponent(userId)}`, patch);
  }

  stats(): Observable<PlatformStats> {
    return this.api.get<PlatformStats>('/governance/stats');
  }

  audit(query: PlatformAuditQuery = {}): Observable<Page<AuditEntry>> {
    return this.api.get<Page<AuditEntry>>('/governance/audit', { query: { ...query } });
  }
}
