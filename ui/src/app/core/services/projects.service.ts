import { Injectable, inject, signal } from '@angular/core';
import { Observable, tap } from 'rxjs';
import { CreateProjectRequest, Project, UpdateProjectRequest } from '../models';
import { ApiClient } from './api-client.service';

/**
 * `/api/projects/**`. Remembers the last seen version of each project (a signal, so the sidebar
 * and the dashboard show the name at once while fresh data loads).
 */
@Injectable({ providedIn: 'root' })
export class ProjectsService {
  private readonly api = inject(ApiClient);
  private readonly _known = signal<Readonly<Partial<Record<string, Project>>>>({});
  readonly known = this._known.asReadonly();

  list(): Observable<Project[]> {
    return this.api
      .get<Project[]>('/projects')
      .pipe(tap((projects) => this._known.set(Object.fromEntries(projects.map((p) => [p.id, p])))));
  }

  get(projectId: string): Observable<Project> {
    return this.api.get<Project>(path(projectId)).pipe(tap((p) => this.remember(p)));
  }

  create(request: CreateProjectRequest): Observable<Project> {
    return this.api.post<Project>('/projects', request).pipe(tap((p) => this.remember(p)));
  }

  update(projectId: string, request: UpdateProjectRequest): Observable<Project> {
    return this.api.patch<Project>(path(projectId), request).pipe(tap((p) => this.remember(p)));
  }

  remove(projectId: string): Observable<void> {
    return this.api.delete<void>(path(projectId)).pipe(
      tap(() =>
        this._known.update((all) => {
          const { [projectId]: _removed, ...rest } = all;
          return rest;
        }),
      ),
    );
  }

  /** The last version of a project this session has seen, if any. */
  cached(projectId: string): Project | null {
    return this._known()[projectId] ?? null;
  }

  private remember(project: Project): void {
    this._known.update((all) => ({ ...all, [project.id]: project }));
  }
}

function path(projectId: string): string {
  return `/projects/${encodeURIComponent(projectId)}`;
}
