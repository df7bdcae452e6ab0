import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { InvitationOutcome, ProjectMember, ProjectMembers, ProjectPermission } from '../models';
import { ApiClient } from './api-client.service';

/** `/api/projects/{id}/members` and `/invitations`: who has access to a project. */
@Injectable({ providedIn: 'root' })
export class ProjectMembersService {
  private readonly api = inject(ApiClient);

  /** Members with their effective permission; invitations are only filled for project admins. */
  list(projectId: string): Observable<ProjectMembers> {
    return this.api.get<ProjectMembers>(`${projectPath(projectId)}/members`);
  }

  /** Existing accounts get access at once; unknown addresses get a pending invitation. */
  invite(
    projectId: string,
    email: string,
    permission: ProjectPermission,
  ): Observable<InvitationOutcome> {
    return this.api.post<InvitationOutcome>(`${projectPath(projectId)}/members`, {
      email,
      permission,
    });
  }

  change(
    projectId: string,
    userId: string,
    permission: ProjectPermission,
  ): Observable<ProjectMember> {
    return this.api.patch<ProjectMember>(
      `${projectPath(projectId)}/members/${encodeURIComponent(userId)}`,
      { permission },
    );
  }

  /** Removes a direct grant (admin) or leaves the project (the caller's own id). */
  remove(projectId: string, userId: string): Observable<void> {
    return this.api.delete<void>(`${projectPath(projectId)}/members/${encodeURIComponent(userId)}`);
  }

  cancelInvitation(projectId: string, invitationId: string): Observable<void> {
    return this.api.delete<void>(
      `${projectPath(projectId)}/invitations/${encodeURIComponent(invitationId)}`,
    );
  }
}

export function projectPath(projectId: string): string {
  return `/projects/${encodeURIComponent(projectId)}`;
}
