import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { Team, TeamMember, TeamRole } from '../models';
import { ApiClient } from './api-client.service';

/** `/api/teams/**`: the caller's teams, one team with its members, and member management. */
@Injectable({ providedIn: 'root' })
export class TeamsService {
  private readonly api = inject(ApiClient);

  list(): Observable<Team[]> {
    return this.api.get<Team[]>('/teams');
  }

  create(name: string): Observable<Team> {
    return this.api.post<Team>('/teams', { name });
  }

  /** One team with `members` (members only; 404 for anyone else). */
  get(teamId: string): Observable<Team> {
    return this.api.get<Team>(teamPath(teamId));
  }

  rename(teamId: string, name: string): Observable<Team> {
    return this.api.patch<Team>(teamPath(teamId), { name });
  }

  remove(teamId: string): Observable<void> {
    return this.api.delete<void>(teamPath(teamId));
  }

  members(teamId: string): Observable<TeamMember[]> {
    return this.api.get<TeamMember[]>(`${teamPath(teamId)}/members`);
  }

  /** Adds an existing account by email (team admin); 404 when no account has that address. */
  addMember(teamId: string, email: string, role: TeamRole): Observable<TeamMember> {
    return this.api.post<TeamMember>(`${teamPath(teamId)}/members`, { email, role });
  }

  changeRole(teamId: string, userId: string, role: TeamRole): Observable<TeamMember> {
    return this.api.patch<TeamMember>(memberPath(teamId, userId), { role });
  }

  /** Removes a member (team admin) or leaves the team (the caller's own id). */
  removeMember(teamId: string, userId: string): Observable<void> {
    return this.api.delete<void>(memberPath(teamId, userId));
  }
}

function teamPath(teamId: string): string {
  return `/teams/${encodeURIComponent(teamId)}`;
}

function memberPath(teamId: string, userId: string): string {
  return `${teamPath(teamId)}/members/${encodeURIComponent(userId)}`;
}
