import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ProjectsService } from '../../../core/services/projects.service';

/**
 * Breadcrumb (Projects / <project> / <page>) and the page heading of a project sub-page. The
 * project name comes from ProjectsService's cache (projectAccessGuard has just loaded it).
 * Actions are projected next to the heading.
 */
@Component({
  selector: 'app-project-page-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <nav aria-label="Breadcrumb" class="text-sm text-muted">
      <a routerLink="/projects">Projects</a>
      <span aria-hidden="true"> / </span>
      <a [routerLink]="['/projects', projectId()]">{{ projectName() }}</a>
      <span aria-hidden="true"> / </span>
      <span aria-current="page">{{ heading() }}</span>
    </nav>
    <header class="mt-3 flex flex-wrap items-end justify-between gap-4">
      <div class="min-w-0">
        <h1 class="page-title">{{ heading() }}</h1>
        @if (description()) {
          <p class="mt-1 max-w-3xl text-sm text-muted">{{ description() }}</p>
        }
      </div>
      <div class="flex flex-wrap items-center gap-2"><ng-content /></div>
    </header>
  `,
})
export class ProjectPageHeaderComponent {
  private readonly projects = inject(ProjectsService);
  readonly projectId = input.required<string>();
  readonly heading = input.required<string>();
  readonly description = input<string | null>(null);

  protected readonly projectName = computed(
    () => this.projects.known()[this.projectId()]?.name ?? 'Project',
  );
}
