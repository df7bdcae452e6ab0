import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import {
  Annotation,
  Reference,
  ReferenceRequest,
  RelationDecision,
  VirtualRelation,
} from '../models';
import { ApiClient } from './api-client.service';
import { projectPath } from './project-members.service';

/**
 * What people add to a captured schema: annotations on tables and columns, reference definitions
 * (named lists of allowed values) and decisions on relations the schema does not declare. All of
 * them belong to a connection (`/api/projects/{p}/annotations|references|relations`).
 */
@Injectable({ providedIn: 'root' })
export class SchemaNotesService {
  private readonly api = inject(ApiClient);

  annotations(projectId: string, connectionId: string): Observable<Annotation[]> {
    return this.api.get<Annotation[]>(`${projectPath(projectId)}/annotations`, {
      query: { connectionId },
    });
  }

  /** `target` is `schema.table` or `schema.table.column` (400 on `target` when unknown). */
  annotate(
    projectId: string,
    connectionId: string,
    target: string,
    body: string,
  ): Observable<Annotation> {
    return this.api.post<Annotation>(`${projectPath(projectId)}/annotations`, {
      connectionId,
      target,
      body,
    });
  }

  editAnnotation(projectId: string, annotationId: string, body: string): Observable<Annotation> {
    return this.api.put<Annotation>(
      `${projectPath(projectId)}/annotations/${encodeURIComponent(annotationId)}`,
      { body },
    );
  }

  deleteAnnotation(projectId: string, annotationId: string): Observable<void> {
    return this.api.delete<void>(
      `${projectPath(projectId)}/annotations/${encodeURIComponent(annotationId)}`,
    );
  }

  references(projectId: string, connectionId: string): Observable<Reference[]> {
    return this.api.get<Reference[]>(`${projectPath(projectId)}/references`, {
      query: { connectionId },
    });
  }

  /** 409 when the connection already has a reference of this name. */
  createReference(
    projectId: string,
    connectionId: string,
    request: ReferenceRequest,
  ): Observable<Reference> {
    return this.api.post<Reference>(`${projectPath(projectId)}/references`, {
      ...request,
      connectionId,
    });
  }

  updateReference(
    projectId: string,
    referenceId: string,
    request: ReferenceRequest,
  ): Observable<Reference> {
    return this.api.put<Reference>(
      `${projectPath(projectId)}/references/${encodeURIComponent(referenceId)}`,
      request,
    );
  }

  deleteReference(projectId: string, referenceId: string): Observable<void> {
    return this.api.delete<void>(
      `${projectPath(projectId)}/references/${encodeURIComponent(referenceId)}`,
    );
  }

  /** Keeps the references detected in the newest snapshot; answers the ones it added. */
  adoptDetected(projectId: string, connectionId: string): Observable<Reference[]> {
    return this.api.post<Reference[]>(`${projectPath(projectId)}/references/adopt`, {
      connectionId,
    });
  }

  relations(projectId: string, connectionId: string): Observable<VirtualRelation[]> {
    return this.api.get<VirtualRelation[]>(`${projectPath(projectId)}/relations`, {
      query: { connectionId },
    });
  }

  /** Confirms or rejects a relation (replaces an earlier decision on the same columns). */
  decideRelation(projectId: string, decision: RelationDecision): Observable<VirtualRelation> {
    return this.api.put<VirtualRelation>(`${projectPath(projectId)}/relations`, decision);
  }

  forgetRelation(projectId: string, relationId: string): Observable<void> {
    return this.api.delete<void>(
      `${projectPath(projectId)}/relations/${encodeURIComponent(relationId)}`,
    );
  }
}
