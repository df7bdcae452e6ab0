import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { AuditEntry, AuditQuery, Page } from '../models';
import { ApiClient } from './api-client.service';
import { projectPath } from './project-members.service';

/** `GET /api/projects/{id}/activity`: the project's audit trail, newest first, cursor-paged. */
@Injectable({ providedIn: 'root' })
export class ActivityService {
  private readonly api = inject(ApiClient);

  page(projectId: string, query: AuditQuery = {}): Observable<Page<AuditEntry>> {
    return this.api.get<Page<AuditEntry>>(`${projectPath(projectId)}/activity`, {
      query: { ...query },
    });
  }
}
