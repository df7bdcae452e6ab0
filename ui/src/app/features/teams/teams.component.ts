import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { TEAM_NAME_MAX_LENGTH, Team } from '../../core/models';
import { AuthService } from '../../core/services/auth.service';
import { TeamsService } from '../../core/services/teams.service';
import { ToastService } from '../../core/services/toast.service';
import { toApiError } from '../../core/utils/api-error';
import { TEAM_ROLE_LABELS, hasRole } from '../../core/utils/roles';
import { AlertComponent } from '../../shared/components/alert/alert.component';
import { IconComponent } from '../../shared/components/icon/icon.component';
import { EmptyStateComponent } from '../../shared/components/states/empty-state.component';
import { ErrorStateComponent } from '../../shared/components/states/error-state.component';
import { LoadingStateComponent } from '../../shared/components/states/loading-state.component';
import { FormErrors, applyServerErrors, notBlank } from '../../shared/forms/form-errors';

/** `/teams`: the teams the user belongs to (with their role) and a form to create one. */
@Component({
  selector: 'app-teams',
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
          <h1 class="page-title">Teams</h1>
          <p class="mt-1 text-sm text-muted">
            A team shares its projects: every member reaches them with the access of their team
            role.
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

      <div class="mt-6 grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <section aria-labelledby="team-list-title">
          <h2 id="team-list-title" class="sr-only">Your teams</h2>
          @if (loading() && !teams().length) {
            <app-loading-state message="Loading teams…" />
          } @else if (loadError()) {
            <app-error-state
              title="Teams could not be loaded"
              [message]="loadError()!"
              (retry)="load()"
            />
          } @else if (!teams().length) {
            <app-empty-state
              title="You are not in a team yet"
              [message]="
                canCreate()
                  ? 'Create a team to share projects with colleagues.'
                  : 'A team admin can add you to their team.'
              "
            />
          } @else {
            <ul class="grid gap-3 md:grid-cols-2" data-testid="team-list">
              @for (team of teams(); track team.id) {
                <li class="card p-5" [attr.data-team-id]="team.id">
                  <h3 class="truncate text-base font-semibold">
                    <a
                      [routerLink]="['/teams', team.id]"
                      class="text-fg no-underline hover:text-primary hover:underline"
                      >{{ team.name }}</a
                    >
                  </h3>
                  <p class="mt-2 text-xs text-muted">
                    Your role:
                    <span class="font-semibold text-fg">{{ roleLabels[team.role] }}</span> ·
                    {{ team.memberCount }} {{ team.memberCount === 1 ? 'member' : 'members' }} ·
                    since {{ team.createdAt | date: 'mediumDate' }}
                  </p>
                </li>
              }
            </ul>
          }
        </section>

        <section class="card p-6 lg:sticky lg:top-6" aria-labelledby="create-team-title">
          <h2 id="create-team-title" class="section-title">New team</h2>
          @if (!canCreate()) {
            <p class="mt-2 text-sm text-muted">
              Creating teams needs the Developer role or higher on the platform.
            </p>
          } @else {
            @if (createError(); as e) {
              <app-alert tone="error" class="mt-4 block">{{ e }}</app-alert>
            }
            <form [formGroup]="form" (ngSubmit)="create()" novalidate class="mt-4 space-y-4">
              <div>
                <label for="team-name" class="field-label">Team name</label>
                <input
                  id="team-name"
                  type="text"
                  class="input"
                  formControlName="name"
                  autocomplete="off"
                  required
                  [attr.maxlength]="nameMax"
                  [attr.aria-invalid]="errors.show('name')"
                  [attr.aria-describedby]="errors.describedBy('name')"
                />
                @if (errors.show('name')) {
                  <p id="name-error" class="field-error">{{ errors.message('name') }}</p>
                }
              </div>
              <button type="submit" class="btn btn-primary w-full" [disabled]="creating()">
                <app-icon name="plus" [size]="16" /> {{ creating() ? 'Creating…' : 'Create team' }}
              </button>
              <p class="text-xs text-muted">You become the team's admin.</p>
            </form>
          }
        </section>
      </div>
    </div>
  `,
})
export class TeamsComponent {
  private readonly service = inject(TeamsService);
  private readonly auth = inject(AuthService);
  private readonly toasts = inject(ToastService);

  protected readonly nameMax = TEAM_NAME_MAX_LENGTH;
  protected readonly roleLabels = TEAM_ROLE_LABELS;
  protected readonly teams = signal<Team[]>([]);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly creating = signal(false);
  protected readonly createError = signal<string | null>(null);
  private readonly submitted = signal(false);
  /** Teams are created by role dev or higher (the self-registered default). */
  protected readonly canCreate = computed(() => hasRole(this.auth.user()?.role, 'dev'));

  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: ['', [Validators.required, Validators.maxLength(TEAM_NAME_MAX_LENGTH), notBlank]],
  });
  protected readonly errors = new FormErrors(this.form, this.submitted, { name: 'Team name' });

  constructor() {
    this.load();
  }

  load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.service.list().subscribe({
      next: (teams) => {
        this.teams.set(teams);
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
    this.creating.set(true);
    try {
      const team = await firstValueFrom(this.service.create(this.form.controls.name.value.trim()));
      this.teams.update((list) => [team, ...list.filter((t) => t.id !== team.id)]);
      this.loadError.set(null);
      this.form.reset();
      this.submitted.set(false);
      this.toasts.success(`Team “${team.name}” created. You are its admin.`);
    } catch (e) {
      const apiError = toApiError(e);
      const unmatched = applyServerErrors(this.form, apiError);
      this.createError.set([apiError.message, ...unmatched].join('\n'));
    } finally {
      this.creating.set(false);
    }
  }
}
