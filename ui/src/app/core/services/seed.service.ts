import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import {
  Job,
  QaTemplate,
  QaTemplateDraft,
  QaTemplateRun,
  SeedHistoryEntry,
  SeedPlan,
  SeedPreview,
  SeedSpec,
} from '../models';
import { ApiClient } from './api-client.service';
import { projectPath } from './project-members.service';

/** Rows per table a preview asks for (the API allows 1..100). */
export const PREVIEW_ROWS = 10;

/**
 * The generation service's seed API (`/api/projects/{p}/seed/**`) and QA templates
 * (`/api/projects/{p}/qa-templates/**`). A bad spec answers 400 `validation-failed` with one
 * `{field, message}` per problem before anything runs; above the plan's rows per job 402
 * `plan-required`; without a snapshot 409. Runs are `generation.seed` jobs (202).
 */
@Injectable({ providedIn: 'root' })
export class SeedService {
  private readonly api = inject(ApiClient);

  /** Validates the spec and answers the plan (tables in insert order, generators, warnings). */
  plan(projectId: string, spec: SeedSpec): Observable<SeedPlan> {
    return this.api.post<SeedPlan>(`${seedPath(projectId)}/plan`, spec);
  }

  /** Dry run: the plan and the first `rows` rows of every table; writes nothing. */
  preview(projectId: string, spec: SeedSpec, rows = PREVIEW_ROWS): Observable<SeedPreview> {
    return this.api.post<SeedPreview>(`${seedPath(projectId)}/preview`, spec, {
      query: { rows },
    });
  }

  /** Starts the seed job (202 with the job; its `result` is a SeedRunResult). */
  run(projectId: string, spec: SeedSpec): Observable<Job> {
    return this.api.post<Job>(`${seedPath(projectId)}/runs`, spec);
  }

  /** Seed runs, newest first. */
  history(projectId: string, limit = 50): Observable<SeedHistoryEntry[]> {
    return this.api.get<SeedHistoryEntry[]>(`${seedPath(projectId)}/history`, {
      query: { limit },
    });
  }

  historyEntry(projectId: string, historyId: string): Observable<SeedHistoryEntry> {
    return this.api.get<SeedHistoryEntry>(
      `${seedPath(projectId)}/history/${encodeURIComponent(historyId)}`,
    );
  }

  templates(projectId: string): Observable<QaTemplate[]> {
    return this.api.get<QaTemplate[]>(templatesPath(projectId));
  }

  template(projectId: string, templateId: string): Observable<QaTemplate> {
    return this.api.get<QaTemplate>(templatePath(projectId, templateId));
  }

  createTemplate(projectId: string, draft: QaTemplateDraft): Observable<QaTemplate> {
    return this.api.post<QaTemplate>(templatesPath(projectId), draft);
  }

  /** Replaces a template; the server raises its version. */
  updateTemplate(
    projectId: string,
    templateId: string,
    draft: QaTemplateDraft,
  ): Observable<QaTemplate> {
    return this.api.put<QaTemplate>(templatePath(projectId, templateId), draft);
  }

  deleteTemplate(projectId: string, templateId: string): Observable<void> {
    return this.api.delete<void>(templatePath(projectId, templateId));
  }

  /** The template's seed spec filled with these parameter values. */
  resolveTemplate(projectId: string, templateId: string, run: QaTemplateRun): Observable<SeedSpec> {
    return this.api.post<SeedSpec>(`${templatePath(projectId, templateId)}/resolve`, run);
  }

  /** Runs the template as a seed job (202), recorded in the history with the template's id. */
  runTemplate(projectId: string, templateId: string, run: QaTemplateRun): Observable<Job> {
    return this.api.post<Job>(`${templatePath(projectId, templateId)}/run`, run);
  }
}

function seedPath(projectId: string): string {
  return `${projectPath(projectId)}/seed`;
}

function templatesPath(projectId: string): string {
  return `${projectPath(projectId)}/qa-templates`;
}

function templatePath(projectId: string, templateId: string): string {
  return `${templatesPath(projectId)}/${encodeURIComponent(templateId)}`;
}
