import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { PROJECT_NAME_MAX_LENGTH, Project } from '../../core/models';
import { AuthService } from '../../core/services/auth.service';
import { ConfirmService } from '../../core/services/confirm.service';
import { ProjectsService } from '../../core/services/projects.service';
import { ToastService } from '../../core/services/toast.service';
import { toApiError } from '../../core/utils/api-error';
import { AlertComponent } from '../../shared/components/alert/alert.component';
import { IconComponent } from '../../shared/components/icon/icon.component';
import { EmptyStateComponent } from '../../shared/components/states/empty-state.component';
import { ErrorStateComponent } from '../../shared/components/states/error-state.component';
import { LoadingStateComponent } from '../../shared/components/states/loading-state.component';
import { FormErrors, applyServerErrors, notBlank } from '../../shared/forms/form-errors';

/** `/projects`: the projects the user can open, and a form to create one. */
@Component({
  selector: 'app-projects',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    AlertComponent,
    IconComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
  ],
  template: `
    <div class="mx-auto max-w-7xl px-6 py-8 lg:px-8">
      <header class="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 class="page-title">Projects</h1>
          <p class="mt-1 text-sm text-muted">
            A project groups the database connections of one product or team.
          </p>
        </div>
        <button
          type="button"
          class="btn btn-secondary btn-sm"
          (click)="load()"
          [disabled]="loading()"
        >
          <app-icon name="refresh" [size]="16" /> Refresh
        </button>
      </header>

      <div
        class="mt-6 grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_22rem] lg:grid-cols-[minmax(0,1fr)_20rem]"
      >
        <section aria-labelledby="project-list-title">
          <h2 id="project-list-title" class="sr-only">Your projects</h2>
          @if (loading() && !projects().length) {
            <app-loading-state message="Loading projects…" />
          } @else if (loadError()) {
            <app-error-state
              title="Projects could not be loaded"
              [message]="loadError()!"
              (retry)="load()"
            />
          } @else if (!projects().length) {
            <app-empty-state
              title="No projects yet"
              message="Create your first project to connect a database and run jobs."
            >
              <button type="button" class="btn btn-primary btn-sm" (click)="focusCreate()">
                <app-icon name="plus" [size]="16" /> Create a project
              </button>
            </app-empty-state>
          } @else {
            <ul class="space-y-3" data-testid="project-list">
              @for (project of projects(); track project.id) {
                <li
                  class="card flex items-start justify-between gap-4 p-5"
                  [attr.data-project-id]="project.id"
                >
                  <div class="min-w-0">
                    <h3 class="truncate text-base font-semibold">
                      <a
                        [routerLink]="['/projects', project.id]"
                        class="text-fg no-underline hover:text-primary hover:underline"
                        >{{ project.name }}</a
                      >
                    </h3>
                    @if (project.description) {
                      <p class="mt-1 line-clamp-2 text-sm text-muted">{{ project.description }}</p>
                    }
                    <p class="mt-2 text-xs text-muted">
                      {{ accessLabel(project) }} · updated
                      {{ project.updatedAt | date: 'mediumDate' }}
                    </p>
                  </div>
                  <div class="flex shrink-0 items-center gap-2">
                    <a
                      [routerLink]="['/projects', project.id]"
                      class="btn btn-secondary btn-sm"
                      [attr.aria-label]="'Open ' + project.name"
                      >Open</a
                    >
                    @if (isOwner(project)) {
                      <button
                        type="button"
                        class="btn btn-ghost btn-sm !px-2 text-danger"
                        (click)="remove(project)"
                        [disabled]="deleting() === project.id"
                        [attr.aria-label]="'Delete ' + project.name"
                      >
                        <app-icon name="trash" [size]="16" />
                      </button>
                    }
                  </div>
                </li>
              }
            </ul>
          }
        </section>

        <section class="card p-6 lg:sticky lg:top-6" aria-labelledby="create-project-title">
          <h2 id="create-project-title" class="section-title">New project</h2>
          @if (createError(); as e) {
            <app-alert tone="error" class="mt-4 block">{{ e }}</app-alert>
          }
          <form [formGroup]="form" (ngSubmit)="create()" novalidate class="mt-4 space-y-4">
            <div>
              <label for="project-name" class="field-label">Name</label>
              <input
                #nameInput
                id="project-name"
                type="text"
                class="input"
                formControlName="name"
                required
                [attr.maxlength]="nameMax"
                autocomplete="off"
                [attr.aria-invalid]="errors.show('name')"
                [attr.aria-describedby]="errors.describedBy('name')"
              />
              @if (errors.show('name')) {
                <p id="name-error" class="field-error">{{ errors.message('name') }}</p>
              }
            </div>
            <div>
              <label for="project-description" class="field-label"
                >Description <span class="font-normal text-muted">(optional)</span></label
              >
              <textarea
                id="project-description"
                rows="3"
                class="input"
                formControlName="description"
                [attr.aria-invalid]="errors.show('description')"
                [attr.aria-describedby]="errors.describedBy('description')"
              ></textarea>
              @if (errors.show('description')) {
                <p id="description-error" class="field-error">
                  {{ errors.message('description') }}
                </p>
              }
            </div>
            <button type="submit" class="btn btn-primary w-full" [disabled]="creating()">
              <app-icon name="plus" [size]="16" /> {{ creating() ? 'Creating…' : 'Create project' }}
            </button>
          </form>
        </section>
      </div>
    </div>
  `,
})
export class ProjectsComponent {
  private readonly projectsService = inject(ProjectsService);
  private readonly auth = inject(AuthService);
  private readonly toasts = inject(ToastService);
  private readonly confirm = inject(ConfirmService);
  private readonly nameInput = viewChild<ElementRef<HTMLInputElement>>('nameInput');

  protected readonly nameMax = PROJECT_NAME_MAX_LENGTH;
  protected readonly list = signal<Project[]>([]);
  protected readonly projects = computed(() =>
    [...this.list()].sort((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? '')),
  );
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly creating = signal(false);
  protected readonly createError = signal<string | null>(null);
  protected readonly deleting = signal<string | null>(null);
  protected readonly submitted = signal(false);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: ['', [Validators.required, Validators.maxLength(PROJECT_NAME_MAX_LENGTH), notBlank]],
    description: [''],
  });
  protected readonly errors = new FormErrors(this.form, this.submitted, {
    name: 'Name',
    description: 'Description',
  });

  constructor() {
    this.load();
  }

  load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.projectsService.list().subscribe({
      next: (projects) => {
        this.list.set(projects);
        this.loading.set(false);
      },
      error: (e) => {
        this.loadError.set(toApiError(e).message);
        this.loading.set(false);
      },
    });
  }

  async create(): Promise<void> {
    this.submitted.set(true);
    this.createError.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const name = this.form.controls.name.value.trim();
    const description = this.form.controls.description.value.trim();
    this.creating.set(true);
    try {
      const project = await firstValueFrom(
        this.projectsService.create({ name, ...(description ? { description } : {}) }),
      );
      this.list.update((list) => [project, ...list.filter((p) => p.id !== project.id)]);
      this.loadError.set(null);
      this.form.reset();
      this.submitted.set(false);
      this.toasts.success(`Project “${project.name}” created.`);
    } catch (e) {
      const apiError = toApiError(e);
      const unmatched = applyServerErrors(this.form, apiError);
      this.createError.set([apiError.message, ...unmatched].join('\n'));
    } finally {
      this.creating.set(false);
    }
  }

  async remove(project: Project): Promise<void> {
    const confirmed = await this.confirm.ask({
      title: `Delete “${project.name}”?`,
      message:
        'The project, its connection settings and its job history are removed. Your databases are not touched. This cannot be undone.',
      confirmText: 'Delete project',
      tone: 'danger',
    });
    if (!confirmed) return;
    this.deleting.set(project.id);
    try {
      await firstValueFrom(this.projectsService.remove(project.id));
      this.list.update((list) => list.filter((p) => p.id !== project.id));
      this.toasts.success(`Project “${project.name}” deleted.`);
    } catch (e) {
      this.toasts.error(toApiError(e).message, 'Could not delete the project');
    } finally {
      this.deleting.set(null);
    }
  }

  protected isOwner(project: Project): boolean {
    return project.ownerId === this.auth.user()?.id;
  }

  protected accessLabel(project: Project): string {
    if (this.isOwner(project)) return 'Owner';
    return project.permission ? `Access: ${project.permission.toLowerCase()}` : 'Shared with you';
  }

  protected focusCreate(): void {
    this.nameInput()?.nativeElement.focus();
  }
}
