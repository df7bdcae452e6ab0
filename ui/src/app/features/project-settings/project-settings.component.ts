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
} from '@angular/core';
import {
  FormArray,
  FormBuilder,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { firstValueFrom } from 'rxjs';
import { ENVIRONMENT_LIMITS, ProjectConfig, ProjectEnvironment, Team } from '../../core/models';
import { AuthService } from '../../core/services/auth.service';
import { ProjectConfigService } from '../../core/services/project-config.service';
import { ProjectsService } from '../../core/services/projects.service';
import { TeamsService } from '../../core/services/teams.service';
import { ToastService } from '../../core/services/toast.service';
import { toApiError } from '../../core/utils/api-error';
import {
  PERMISSION_LABELS,
  hasPermission,
  hasTeamRole,
  projectPermissionOf,
} from '../../core/utils/roles';
import { AlertComponent } from '../../shared/components/alert/alert.component';
import { IconComponent } from '../../shared/components/icon/icon.component';
import { ProjectPageHeaderComponent } from '../../shared/components/page-header/project-page-header.component';
import { ErrorStateComponent } from '../../shared/components/states/error-state.component';
import { LoadingStateComponent } from '../../shared/components/states/loading-state.component';
import { describeValidationErrors } from '../../shared/forms/form-errors';

type EnvironmentForm = FormGroup<{
  name: FormControl<string>;
  production: FormControl<boolean>;
  description: FormControl<string>;
}>;

/** Validator: a JSON object (the project defaults), at most 64 KiB. */
export const jsonObject: ValidatorFn = (control) => {
  const text = String(control.value ?? '').trim();
  if (!text) return null;
  if (new TextEncoder().encode(text).length > ENVIRONMENT_LIMITS.defaultsMaxBytes)
    return { server: 'Defaults must be at most 64 KiB.' };
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? null
      : { server: 'Defaults must be a JSON object, e.g. {"seed": {"rows": 1000}}.' };
  } catch {
    return { server: 'Defaults are not valid JSON.' };
  }
};

/**
 * `/projects/:projectId/settings`: the project's environments (name, production flag,
 * description) and defaults, saved together with `PUT …/config` (project admins; read-only
 * otherwise), and — for owners — the team the project belongs to.
 */
@Component({
  selector: 'app-project-settings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    AlertComponent,
    IconComponent,
    ProjectPageHeaderComponent,
    ErrorStateComponent,
    LoadingStateComponent,
  ],
  template: `
    <div class="mx-auto max-w-5xl px-6 py-8 lg:px-8">
      <app-project-page-header
        [projectId]="projectId()"
        heading="Project settings"
        description="Environments tell KytheraDB's tools which databases are production: guard rails are strictest there."
      />

      @if (loading() && !config()) {
        <app-loading-state message="Loading settings…" />
      } @else if (loadError() && !config()) {
        <app-error-state
          class="mt-6 block"
          title="Settings could not be loaded"
          [message]="loadError()!"
          (retry)="load()"
        />
      } @else if (config(); as c) {
        <form
          class="card mt-6 p-6"
          [formGroup]="form"
          (ngSubmit)="save()"
          novalidate
          aria-labelledby="environments-title"
        >
          <div class="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="environments-title" class="section-title">Environments</h2>
            <p class="text-xs text-muted">
              @if (c.updatedAt) {
                Last changed {{ c.updatedAt | date: 'medium' }}
              } @else {
                Not configured yet
              }
            </p>
          </div>
          @if (!canEdit()) {
            <app-alert tone="info" class="mt-4 block">
              Only project admins and owners change these settings. Your access:
              {{ myPermission() ? permissionLabels[myPermission()!] : 'unknown' }}.
            </app-alert>
          }
          @if (saveError(); as e) {
            <app-alert tone="error" class="mt-4 block" title="The settings were not saved">{{
              e
            }}</app-alert>
          }

          <fieldset class="mt-4 space-y-3" [disabled]="!canEdit() || saving()">
            <legend class="sr-only">Environments</legend>
            @if (!environments.length) {
              <p class="text-sm text-muted">No environments yet.</p>
            }
            <ul class="space-y-3" formArrayName="environments" data-testid="environments">
              @for (env of environments.controls; track env; let i = $index) {
                <li
                  class="grid gap-3 rounded-control border border-border p-4 md:grid-cols-[12rem_minmax(0,1fr)_auto_auto] md:items-start"
                  [formGroupName]="i"
                >
                  <div>
                    <label class="field-label" [attr.for]="'env-name-' + i">Name</label>
                    <input
                      class="input font-mono"
                      [id]="'env-name-' + i"
                      formControlName="name"
                      autocomplete="off"
                      [attr.maxlength]="limits.nameMaxLength"
                      [attr.aria-invalid]="showNameError(env.controls.name)"
                      [attr.aria-describedby]="
                        showNameError(env.controls.name) ? 'env-name-' + i + '-error' : null
                      "
                    />
                    @if (showNameError(env.controls.name)) {
                      <p class="field-error" [id]="'env-name-' + i + '-error'">
                        {{ nameError(env.controls.name) }}
                      </p>
                    }
                  </div>
                  <div>
                    <label class="field-label" [attr.for]="'env-description-' + i"
                      >Description <span class="font-normal text-muted">(optional)</span></label
                    >
                    <input
                      class="input"
                      [id]="'env-description-' + i"
                      formControlName="description"
                      [attr.maxlength]="limits.descriptionMaxLength"
                    />
                  </div>
                  <div class="flex items-center gap-2 md:pt-8">
                    <input
                      type="checkbox"
                      class="h-4 w-4 accent-[var(--kt-danger)]"
                      [id]="'env-production-' + i"
                      formControlName="production"
                    />
                    <label class="text-sm font-medium text-fg" [attr.for]="'env-production-' + i"
                      >Production</label
                    >
                  </div>
                  <div class="md:pt-7">
                    <button
                      type="button"
                      class="btn btn-ghost btn-sm text-danger"
                      (click)="removeEnvironment(i)"
                      [attr.aria-label]="'Remove environment ' + (env.controls.name.value || i + 1)"
                    >
                      <app-icon name="trash" [size]="16" />
                    </button>
                  </div>
                </li>
              }
            </ul>
            <button
              type="button"
              class="btn btn-secondary btn-sm"
              (click)="addEnvironment()"
              [disabled]="environments.length >= limits.maxEnvironments"
            >
              <app-icon name="plus" [size]="16" /> Add environment
            </button>
            <p class="field-hint">
              Names: lower-case letters, digits, “-” and “_”, unique, at most
              {{ limits.nameMaxLength }} characters; up to {{ limits.maxEnvironments }}
              environments.
            </p>

            <details class="mt-4" [open]="defaultsOpen()">
              <summary class="cursor-pointer text-sm font-semibold text-fg">
                Defaults (advanced)
              </summary>
              <label for="config-defaults" class="field-label mt-3"
                >Defaults for the project's tools (JSON object)</label
              >
              <textarea
                id="config-defaults"
                rows="6"
                class="input font-mono text-sm"
                formControlName="defaults"
                spellcheck="false"
                [attr.aria-invalid]="showError(form.controls.defaults)"
                [attr.aria-describedby]="
                  showError(form.controls.defaults) ? 'defaults-error' : null
                "
              ></textarea>
              @if (showError(form.controls.defaults)) {
                <p id="defaults-error" class="field-error">
                  {{ form.controls.defaults.errors?.['server'] }}
                </p>
              }
            </details>
          </fieldset>

          @if (canEdit()) {
            <div class="mt-6 flex gap-3">
              <button type="submit" class="btn btn-primary" [disabled]="saving()">
                {{ saving() ? 'Saving…' : 'Save settings' }}
              </button>
              <button
                type="button"
                class="btn btn-ghost"
                (click)="reset(c)"
                [disabled]="saving() || form.pristine"
              >
                Discard changes
              </button>
            </div>
          }
        </form>

        @if (isOwner()) {
          <section class="card mt-6 p-6" aria-labelledby="team-title">
            <h2 id="team-title" class="section-title">Team</h2>
            <p class="mt-1 text-sm text-muted">
              Members of the project's team get access by their team role. You need the Developer
              role or higher in a team to move a project into it.
            </p>
            @if (teamsError(); as e) {
              <app-alert tone="error" class="mt-4 block">{{ e }}</app-alert>
            }
            <div class="mt-4 flex flex-wrap items-end gap-3">
              <div class="w-72 max-w-full">
                <label for="project-team" class="field-label">Belongs to</label>
                <select
                  id="project-team"
                  class="input"
                  [value]="currentTeamId()"
                  (change)="selectedTeam.set($any($event.target).value)"
                  [disabled]="movingTeam()"
                >
                  <option value="">No team (personal project)</option>
                  @for (team of eligibleTeams(); track team.id) {
                    <option [value]="team.id" [selected]="team.id === currentTeamId()">
                      {{ team.name }}
                    </option>
                  }
                </select>
              </div>
              <button
                type="button"
                class="btn btn-secondary"
                (click)="moveToTeam()"
                [disabled]="
                  movingTeam() || selectedTeam() === null || selectedTeam() === currentTeamId()
                "
              >
                {{ movingTeam() ? 'Saving…' : 'Change team' }}
              </button>
            </div>
          </section>
        }
      }
    </div>
  `,
})
export class ProjectSettingsComponent {
  private readonly configs = inject(ProjectConfigService);
  private readonly projects = inject(ProjectsService);
  private readonly teamsService = inject(TeamsService);
  private readonly auth = inject(AuthService);
  private readonly toasts = inject(ToastService);
  private readonly fb = inject(FormBuilder).nonNullable;

  /** Route parameter (component input binding). */
  readonly projectId = input.required<string>();

  protected readonly limits = ENVIRONMENT_LIMITS;
  protected readonly permissionLabels = PERMISSION_LABELS;
  protected readonly config = signal<ProjectConfig | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly saveError = signal<string | null>(null);
  private readonly submitted = signal(false);
  protected readonly defaultsOpen = signal(false);

  protected readonly myPermission = computed(() =>
    projectPermissionOf(this.projects.known()[this.projectId()], this.auth.user()?.id),
  );
  protected readonly canEdit = computed(() => hasPermission(this.myPermission(), 'admin'));
  protected readonly isOwner = computed(() => this.myPermission() === 'owner');

  protected readonly form = this.fb.group({
    environments: this.fb.array<EnvironmentForm>([], { validators: uniqueNames }),
    defaults: ['{}', [jsonObject]],
  });
  protected get environments(): FormArray<EnvironmentForm> {
    return this.form.controls.environments;
  }

  private readonly teams = signal<Team[]>([]);
  protected readonly teamsError = signal<string | null>(null);
  protected readonly eligibleTeams = computed(() =>
    this.teams().filter((t) => hasTeamRole(t.role, 'dev') || t.id === this.currentTeamId()),
  );
  protected readonly currentTeamId = computed(
    () => this.projects.known()[this.projectId()]?.teamId ?? '',
  );
  protected readonly selectedTeam = signal<string | null>(null);
  protected readonly movingTeam = signal(false);

  constructor() {
    effect(() => {
      this.projectId();
      untracked(() => {
        this.config.set(null);
        this.load();
      });
    });
    effect(() => {
      if (this.isOwner()) untracked(() => this.loadTeams());
    });
  }

  load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.configs.get(this.projectId()).subscribe({
      next: (config) => {
        this.config.set(config);
        this.reset(config);
        this.loading.set(false);
      },
      error: (e) => {
        this.loadError.set(toApiError(e).message);
        this.loading.set(false);
      },
    });
  }

  protected reset(config: ProjectConfig): void {
    this.environments.clear();
    for (const env of config.environments) this.environments.push(this.environmentForm(env));
    const defaults = config.defaults ?? {};
    this.form.controls.defaults.setValue(JSON.stringify(defaults, null, 2));
    this.defaultsOpen.set(Object.keys(defaults).length > 0);
    this.submitted.set(false);
    this.saveError.set(null);
    this.form.markAsPristine();
    this.form.markAsUntouched();
  }

  protected addEnvironment(): void {
    this.environments.push(
      this.environmentForm({ name: '', production: false, description: null }),
    );
    this.form.markAsDirty();
    const index = this.environments.length - 1;
    queueMicrotask(() => document.getElementById(`env-name-${index}`)?.focus());
  }

  protected removeEnvironment(index: number): void {
    this.environments.removeAt(index);
    this.form.markAsDirty();
  }

  protected showError(control: FormControl<unknown>): boolean {
    return control.invalid && (control.touched || this.submitted());
  }

  /** A name is invalid on its own or because another environment has it too. */
  protected showNameError(control: FormControl<string>): boolean {
    return (control.invalid || this.isDuplicate(control)) && (control.touched || this.submitted());
  }

  protected nameError(control: FormControl<string>): string {
    if (control.errors) return describeValidationErrors(control.errors, 'Name');
    return this.isDuplicate(control) ? 'Each environment needs its own name.' : '';
  }

  private isDuplicate(control: FormControl<string>): boolean {
    const duplicates = this.environments.errors?.['duplicate'] as string[] | undefined;
    return !!duplicates?.includes(control.value.trim());
  }

  async save(): Promise<void> {
    this.submitted.set(true);
    this.saveError.set(null);
    this.environments.updateValueAndValidity();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      if (this.form.controls.defaults.invalid) this.defaultsOpen.set(true);
      return;
    }
    const raw = this.form.getRawValue();
    const environments: ProjectEnvironment[] = raw.environments.map((e) => ({
      name: e.name.trim(),
      production: e.production,
      description: e.description.trim() || null,
    }));
    const defaults = raw.defaults.trim() ? JSON.parse(raw.defaults) : {};
    this.saving.set(true);
    try {
      const saved = await firstValueFrom(
        this.configs.replace(this.projectId(), { environments, defaults }),
      );
      this.config.set(saved);
      this.reset(saved);
      this.toasts.success('Project settings saved.');
    } catch (e) {
      const apiError = toApiError(e);
      this.saveError.set(
        [apiError.message, ...apiError.fieldErrors.map((f) => `${f.field}: ${f.message}`)]
          .filter((line, i, all) => all.indexOf(line) === i)
          .join('\n'),
      );
    } finally {
      this.saving.set(false);
    }
  }

  protected async moveToTeam(): Promise<void> {
    const target = this.selectedTeam();
    if (target === null) return;
    this.movingTeam.set(true);
    this.teamsError.set(null);
    try {
      await firstValueFrom(this.projects.update(this.projectId(), { teamId: target || null }));
      this.selectedTeam.set(null);
      this.toasts.success(
        target ? 'The project moved to the team.' : 'The project is personal now.',
      );
    } catch (e) {
      this.teamsError.set(toApiError(e).message);
    } finally {
      this.movingTeam.set(false);
    }
  }

  private loadTeams(): void {
    this.teamsService.list().subscribe({
      next: (teams) => this.teams.set(teams),
      error: (e) => this.teamsError.set(`Teams could not be loaded: ${toApiError(e).message}`),
    });
  }

  private environmentForm(env: ProjectEnvironment): EnvironmentForm {
    return this.fb.group({
      name: [
        env.name ?? '',
        [
          Validators.required,
          Validators.maxLength(ENVIRONMENT_LIMITS.nameMaxLength),
          environmentName,
        ],
      ],
      production: [!!env.production],
      description: [
        env.description ?? '',
        [Validators.maxLength(ENVIRONMENT_LIMITS.descriptionMaxLength)],
      ],
    });
  }
}

/** Validator: the environment name pattern of the identity service. */
export const environmentName: ValidatorFn = (control) => {
  const value = String(control.value ?? '');
  if (!value) return null;
  return ENVIRONMENT_LIMITS.namePattern.test(value)
    ? null
    : { server: 'Use lower-case letters, digits, “-” or “_”, starting with a letter or digit.' };
};

/** Array validator: environment names are unique (`{duplicate: [names]}`). */
export const uniqueNames: ValidatorFn = (array) => {
  const names = (array as FormArray<EnvironmentForm>).controls
    .map((group) => group.controls.name.value.trim())
    .filter(Boolean);
  const duplicates = [...new Set(names.filter((name, i) => names.indexOf(name) !== i))];
  return duplicates.length ? { duplicate: duplicates } : null;
};
