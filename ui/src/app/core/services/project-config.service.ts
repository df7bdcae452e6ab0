import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { ProjectConfig, ProjectConfigUpdate } from '../models';
import { ApiClient } from './api-client.service';
import { projectPath } from './project-members.service';

/** `GET|PUT /api/projects/{id}/config`: environments and defaults (PUT replaces both). */
@Injectable({ providedIn: 'root' })
export class ProjectConfigService {
  private readonly api = inject(ApiClient);

  get(projectId: string): Observable<ProjectConfig> {
    return this.api.get<ProjectConfig>(`${projectPath(projectId)}/config`);
  }

  replace(projectId: string, config: ProjectConfigUpdate): Observable<ProjectConfig> {
    return this.api.put<ProjectConfig>(`${projectPath(projectId)}/config`, config);
  }
}
