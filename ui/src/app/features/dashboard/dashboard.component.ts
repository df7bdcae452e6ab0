import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import {
  Job,
  PROJECT_NAME_MAX_LENGTH,
  Project,
  SELFTEST_LIMITS,
  isTerminal,
} from '../../core/models';
import { AuthService } from '../../core/services/auth.service';
import { ProjectsService } from '../../core/services/projects.service';
import { ToastService } from '../../core/services/toast.service';
import { toApiError } from '../../core/utils/api-error';
import { hasPermission, projectPermissionOf } from '../../core/utils/roles';
import { AlertComponent } from '../../shared/components/alert/alert.component';
import { IconComponent } from '../../shared/components/icon/icon.component';
import { JobCardComponent } from '../../shared/components/job-card/job-card.component';
import { ErrorStateComponent } from '../../shared/components/states/error-state.component';
import { LoadingStateComponent } from '../../shared/components/states/loading-state.component';
import { FormErrors, applyServerErrors, integer, notBlank } from '../../shared/forms/form-errors';
import { JobsPanelComponent } from './components/jobs-panel.component';
import { ProjectContentsComponent } from './components/project-contents.component';
import { RecentActivityComponent } from './components/recent-activity.component';
import { ProjectJobsStore } from './project-jobs.store';

/**
 * `/projects/:projectId`: project info (editable) with what the project has (team, members,
 * environments, connections, latest snapshot), the pipeline self-test with its live progress,
 * the recent jobs panel and the project's recent activity.
 */
@Component({
  selector: 'app-dashboard',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ProjectJobsStore],
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    AlertComponent,
    IconComponent,
    JobCardComponent,
    JobsPanelComponent,
    ProjectContentsComponent,
    RecentActivityComponent,
    ErrorStateComponent,
    LoadingStateComponent,
  ],
  template: `
    <div class="mx-auto max-w-7xl px-6 py-8 lg:px-8">
      <nav aria-label="Breadcrumb" class="text-sm text-muted">
        <a routerLink="/projects">Projects</a>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{{ project()?.name ?? '…' }}</span>
      </nav>

      @if (!project() && loading()) {
        <app-loading-state message="Loading project…" />
      } @else if (!project() && loadError()) {
        <app-error-state
          class="mt-6 block"
          title="The project could not be loaded"
          [message]="loadError()!"
          (retry)="loadProject()"
        />
      } @else if (project(); as p) {
        <header class="mt-3 flex flex-wrap items-start justify-between gap-4">
          <div class="min-w-0">
            <h1 class="page-title break-words">{{ p.name }}</h1>
            <p class="mt-1 max-w-3xl text-sm text-muted">
              {{ p.description || 'No description yet.' }}
            </p>
          </div>
          @if (!editing() && canEdit()) {
            <button type="button" class="btn btn-secondary btn-sm" (click)="startEdit(p)">
              Edit details
            </button>
          }
        </header>

        @if (editing()) {
          <section class="card mt-6 p-6" aria-labelledby="edit-project-title">
            <h2 id="edit-project-title" class="section-title">Edit project</h2>
            @if (editError(); as e) {
              <app-alert tone="error" class="mt-4 block">{{ e }}</app-alert>
            }
            <form
              [formGroup]="editForm"
              (ngSubmit)="saveEdit()"
              novalidate
              class="mt-4 grid gap-4 lg:grid-cols-2"
            >
              <div>
                <label for="edit-name" class="field-label">Name</label>
                <input
                  id="edit-name"
                  type="text"
                  class="input"
                  formControlName="name"
                  required
                  [attr.maxlength]="nameMax"
                  [attr.aria-invalid]="editErrors.show('name')"
                  [attr.aria-describedby]="editErrors.describedBy('name')"
                />
                @if (editErrors.show('name')) {
                  <p id="name-error" class="field-error">{{ editErrors.message('name') }}</p>
                }
              </div>
              <div>
                <label for="edit-description" class="field-label">Description</label>
                <input
                  id="edit-description"
                  type="text"
                  class="input"
                  formControlName="description"
                  [attr.aria-invalid]="editErrors.show('description')"
                  [attr.aria-describedby]="editErrors.describedBy('description')"
                />
                @if (editErrors.show('description')) {
                  <p id="description-error" class="field-error">
                    {{ editErrors.message('description') }}
                  </p>
                }
              </div>
              <div class="flex gap-3 lg:col-span-2">
                <button type="submit" class="btn btn-primary btn-sm" [disabled]="saving()">
                  {{ saving() ? 'Saving…' : 'Save' }}
                </button>
                <button type="button" class="btn btn-ghost btn-sm" (click)="editing.set(false)">
                  Cancel
                </button>
              </div>
            </form>
          </section>
        }

        <div
          class="mt-6 grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_20rem] 2xl:grid-cols-[minmax(0,1fr)_22rem]"
        >
          <div class="min-w-0 space-y-6">
            <section class="card p-6" aria-labelledby="selftest-title" data-testid="selftest">
              <h2 id="selftest-title" class="section-title">Pipeline self-test</h2>
              <p class="mt-1 max-w-2xl text-sm text-muted">
                Runs a diagnostic job through the whole job pipeline (queue, worker, progress
                events, live stream) so you can check that long operations will work for this
                project.
              </p>

              <form
                [formGroup]="selfTestForm"
                (ngSubmit)="runSelfTest()"
                novalidate
                class="mt-4 flex flex-wrap items-start gap-4"
              >
                <div class="w-28">
                  <label for="selftest-steps" class="field-label">Steps</label>
                  <input
                    id="selftest-steps"
                    type="number"
                    class="input"
                    formControlName="steps"
                    [min]="limits.steps.min"
                    [max]="limits.steps.max"
                    step="1"
                    [attr.aria-invalid]="selfTestErrors.show('steps')"
                    [attr.aria-describedby]="selfTestErrors.describedBy('steps')"
                  />
                  @if (selfTestErrors.show('steps')) {
                    <p id="steps-error" class="field-error">
                      {{ selfTestErrors.message('steps') }}
                    </p>
                  }
                </div>
                <div class="w-40">
                  <label for="selftest-step-millis" class="field-label">Step duration (ms)</label>
                  <input
                    id="selftest-step-millis"
                    type="number"
                    class="input"
                    formControlName="stepMillis"
                    [min]="limits.stepMillis.min"
                    [max]="limits.stepMillis.max"
                    step="50"
                    [attr.aria-invalid]="selfTestErrors.show('stepMillis')"
                    [attr.aria-describedby]="selfTestErrors.describedBy('stepMillis')"
                  />
                  @if (selfTestErrors.show('stepMillis')) {
                    <p id="stepMillis-error" class="field-error">
                      {{ selfTestErrors.message('stepMillis') }}
                    </p>
                  }
                </div>
                <div class="flex flex-wrap items-center gap-3 pt-[1.625rem]">
                  <button
                    type="submit"
                    class="btn btn-primary min-h-10"
                    [disabled]="starting() || jobs.selfTestActive()"
                    [attr.aria-describedby]="jobs.selfTestActive() ? 'selftest-busy' : null"
                  >
                    <app-icon name="play" [size]="16" />
                    {{ starting() ? 'Starting…' : 'Run pipeline self-test' }}
                  </button>
                  @if (jobs.selfTestActive()) {
                    <span id="selftest-busy" class="text-sm text-muted"
                      >A run is in progress: wait for it or cancel it.</span
                    >
                  }
                </div>
              </form>

              @if (startError(); as e) {
                <app-alert tone="error" class="mt-4 block" title="The self-test could not start">{{
                  e
                }}</app-alert>
              }

              <div class="mt-5" aria-live="polite">
                @if (jobs.selfTest(); as job) {
                  <div
                    class="rounded-control border border-border bg-surface-muted/50 p-4"
                    data-testid="selftest-job"
                  >
                    <app-job-card
                      [job]="job"
                      [cancelling]="jobs.cancelling().has(job.id)"
                      [streamError]="jobs.streamErrors()[job.id] ?? null"
                      (cancel)="cancel($event)"
                    />
                    @if (job.status === 'done') {
                      <p class="mt-3 text-sm font-medium text-success">
                        The job pipeline works end to end.
                      </p>
                    }
                  </div>
                } @else if (!jobs.loading()) {
                  <p class="text-sm text-muted">No self-test has run in this project yet.</p>
                }
              </div>
            </section>

            <app-jobs-panel [projectId]="p.id" />
          </div>

          <div class="min-w-0 space-y-6">
            <aside class="card p-6" aria-labelledby="project-info-title">
              <h2 id="project-info-title" class="section-title">Project</h2>
              <dl class="mt-4 grid gap-3 text-sm sm:grid-cols-2 xl:grid-cols-1">
                <div>
                  <dt class="text-muted">Your access</dt>
                  <dd class="font-medium text-fg">{{ access() }}</dd>
                </div>
                <div>
                  <dt class="text-muted">Created</dt>
                  <dd class="font-medium text-fg">{{ p.createdAt | date: 'medium' }}</dd>
                </div>
                <div>
                  <dt class="text-muted">Last updated</dt>
                  <dd class="font-medium text-fg">{{ p.updatedAt | date: 'medium' }}</dd>
                </div>
                <div>
                  <dt class="text-muted">Project id</dt>
                  <dd class="break-all font-mono text-xs text-fg">{{ p.id }}</dd>
                </div>
              </dl>
              <app-project-contents
                [projectId]="p.id"
                [teamId]="p.teamId ?? null"
                [canManage]="canManage()"
              />
              @if (loadError()) {
                <p class="mt-4 text-xs text-warning" role="status">
                  Showing saved details: {{ loadError() }}
                </p>
              }
            </aside>
            <app-recent-activity [projectId]="p.id" />
          </div>
        </div>
      }
    </div>
  `,
})
export class DashboardComponent {
  private readonly projects = inject(ProjectsService);
  private readonly auth = inject(AuthService);
  private readonly toasts = inject(ToastService);
  protected readonly jobs = inject(ProjectJobsStore);
  private readonly fb = inject(FormBuilder);

  /** Route parameter (component input binding). */
  readonly projectId = input.required<string>();

  protected readonly limits = SELFTEST_LIMITS;
  protected readonly nameMax = PROJECT_NAME_MAX_LENGTH;
  private readonly fresh = signal<Project | null>(null);
  protected readonly project = computed(
    () => this.fresh() ?? this.projects.known()[this.projectId()] ?? null,
  );
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  /** Renaming and re-describing a project is for its owners (`PATCH /api/projects/{id}`). */
  protected readonly canEdit = computed(
    () => projectPermissionOf(this.project(), this.auth.user()?.id) === 'owner',
  );
  /** Project admins and owners manage members and the configuration. */
  protected readonly canManage = computed(() =>
    hasPermission(projectPermissionOf(this.project(), this.auth.user()?.id), 'admin'),
  );
  protected readonly access = computed(() => {
    const p = this.project();
    if (!p) return '';
    if (p.ownerId === this.auth.user()?.id) return 'Owner';
    return p.permission
      ? p.permission.charAt(0).toUpperCase() + p.permission.slice(1).toLowerCase()
      : 'Shared with you';
  });

  protected readonly selfTestForm = this.fb.nonNullable.group({
    steps: [
      SELFTEST_LIMITS.steps.default as number,
      [
        Validators.required,
        Validators.min(SELFTEST_LIMITS.steps.min),
        Validators.max(SELFTEST_LIMITS.steps.max),
        integer,
      ],
    ],
    stepMillis: [
      SELFTEST_LIMITS.stepMillis.default as number,
      [
        Validators.required,
        Validators.min(SELFTEST_LIMITS.stepMillis.min),
        Validators.max(SELFTEST_LIMITS.stepMillis.max),
        integer,
      ],
    ],
  });
  private readonly selfTestSubmitted = signal(false);
  protected readonly selfTestErrors = new FormErrors(this.selfTestForm, this.selfTestSubmitted, {
    steps: 'Steps',
    stepMillis: 'Step duration',
  });
  protected readonly starting = signal(false);
  protected readonly startError = signal<string | null>(null);

  protected readonly editing = signal(false);
  protected readonly saving = signal(false);
  protected readonly editError = signal<string | null>(null);
  private readonly editSubmitted = signal(false);
  protected readonly editForm = this.fb.nonNullable.group({
    name: ['', [Validators.required, Validators.maxLength(PROJECT_NAME_MAX_LENGTH), notBlank]],
    description: [''],
  });
  protected readonly editErrors = new FormErrors(this.editForm, this.editSubmitted, {
    name: 'Name',
    description: 'Description',
  });

  private readonly recentActivity = viewChild(RecentActivityComponent);
  private lastSelfTest: { id: string; status: string } | null = null;

  constructor() {
    // A self-test that ends while the page is open: its requests are in the activity now.
    effect(() => {
      const job = this.jobs.selfTest();
      const previous = this.lastSelfTest;
      this.lastSelfTest = job ? { id: job.id, status: job.status } : null;
      if (job && previous?.id === job.id && !isTerminal(previous.status as Job['status'])) {
        if (isTerminal(job.status)) untracked(() => this.recentActivity()?.refresh());
      }
    });
    effect(() => {
      const id = this.projectId();
      untracked(() => {
        this.fresh.set(null);
        this.editing.set(false);
        this.loadProject();
        void this.jobs.load(id);
      });
    });
  }

  loadProject(): void {
    const id = this.projectId();
    this.loading.set(true);
    this.loadError.set(null);
    this.projects.get(id).subscribe({
      next: (project) => {
        this.fresh.set(project);
        this.loading.set(false);
      },
      error: (e) => {
        this.loadError.set(toApiError(e).message);
        this.loading.set(false);
      },
    });
  }

  protected async runSelfTest(): Promise<void> {
    this.selfTestSubmitted.set(true);
    this.startError.set(null);
    if (this.selfTestForm.invalid || this.starting() || this.jobs.selfTestActive()) {
      this.selfTestForm.markAllAsTouched();
      return;
    }
    const { steps, stepMillis } = this.selfTestForm.getRawValue();
    this.starting.set(true);
    try {
      await this.jobs.startSelfTest({ steps: Number(steps), stepMillis: Number(stepMillis) });
    } catch (e) {
      const apiError = toApiError(e);
      const unmatched = applyServerErrors(this.selfTestForm, apiError);
      this.startError.set([apiError.message, ...unmatched].join('\n'));
    } finally {
      this.starting.set(false);
    }
  }

  protected cancel(job: Job): void {
    void this.jobs.cancel(job);
  }

  protected startEdit(project: Project): void {
    this.editForm.setValue({ name: project.name, description: project.description ?? '' });
    this.editSubmitted.set(false);
    this.editError.set(null);
    this.editing.set(true);
  }

  protected async saveEdit(): Promise<void> {
    this.editSubmitted.set(true);
    this.editError.set(null);
    if (this.editForm.invalid) {
      this.editForm.markAllAsTouched();
      return;
    }
    const { name, description } = this.editForm.getRawValue();
    this.saving.set(true);
    try {
      const updated = await firstValueFrom(
        this.projects.update(this.projectId(), {
          name: name.trim(),
          description: description.trim(),
        }),
      );
      this.fresh.set(updated);
      this.editing.set(false);
      this.toasts.success('Project details saved.');
    } catch (e) {
      const apiError = toApiError(e);
      const unmatched = applyServerErrors(this.editForm, apiError);
      this.editError.set([apiError.message, ...unmatched].join('\n'));
    } finally {
      this.saving.set(false);
    }
  }
}
