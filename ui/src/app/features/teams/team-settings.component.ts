import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { TEAM_NAME_MAX_LENGTH, Team } from '../../core/models';
import { ConfirmService } from '../../core/services/confirm.service';
import { TeamsService } from '../../core/services/teams.service';
import { ToastService } from '../../core/services/toast.service';
import { toApiError } from '../../core/utils/api-error';
import { AlertComponent } from '../../shared/components/alert/alert.component';
import { ErrorStateComponent } from '../../shared/components/states/error-state.component';
import { LoadingStateComponent } from '../../shared/components/states/loading-state.component';
import { FormErrors, applyServerErrors, notBlank } from '../../shared/forms/form-errors';

/** `/teams/:teamId/settings` (teamAdminGuard): rename the team or delete it. */
@Component({
  selector: 'app-team-settings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    AlertComponent,
    ErrorStateComponent,
    LoadingStateComponent,
  ],
  template: `
    <div class="mx-auto max-w-3xl px-6 py-8 lg:px-8">
      <nav aria-label="Breadcrumb" class="text-sm text-muted">
        <a routerLink="/teams">Teams</a>
        <span aria-hidden="true"> / </span>
        <a [routerLink]="['/teams', teamId()]">{{ team()?.name ?? 'Team' }}</a>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">Settings</span>
      </nav>
      <h1 class="page-title mt-3">Team settings</h1>

      @if (loading() && !team()) {
        <app-loading-state message="Loading team…" />
      } @else if (loadError() && !team()) {
        <app-error-state
          class="mt-6 block"
          title="The team could not be loaded"
          [message]="loadError()!"
          (retry)="load()"
        />
      } @else if (team(); as t) {
        <section class="card mt-6 p-6" aria-labelledby="rename-title">
          <h2 id="rename-title" class="section-title">Name</h2>
          @if (renameError(); as e) {
            <app-alert tone="error" class="mt-4 block">{{ e }}</app-alert>
          }
          <form
            [formGroup]="form"
            (ngSubmit)="rename()"
            novalidate
            class="mt-4 flex flex-wrap items-start gap-3"
          >
            <div class="min-w-64 flex-1">
              <label for="team-rename" class="field-label">Team name</label>
              <input
                id="team-rename"
                type="text"
                class="input"
                formControlName="name"
                required
                [attr.maxlength]="nameMax"
                [attr.aria-invalid]="errors.show('name')"
                [attr.aria-describedby]="errors.describedBy('name')"
              />
              @if (errors.show('name')) {
                <p id="name-error" class="field-error">{{ errors.message('name') }}</p>
              }
            </div>
            <button
              type="submit"
              class="btn btn-primary mt-[1.625rem]"
              [disabled]="saving() || form.pristine"
            >
              {{ saving() ? 'Saving…' : 'Rename' }}
            </button>
          </form>
        </section>

        <section class="card mt-6 border-danger/40 p-6" aria-labelledby="delete-team-title">
          <h2 id="delete-team-title" class="section-title text-danger">Delete the team</h2>
          <p class="mt-2 text-sm text-muted">
            The team's projects become personal projects of their owners; access that came from the
            team ends at once. Direct project grants stay.
          </p>
          <button
            type="button"
            class="btn btn-danger mt-4"
            (click)="remove(t)"
            [disabled]="deleting()"
          >
            {{ deleting() ? 'Deleting…' : 'Delete team' }}
          </button>
        </section>
      }
    </div>
  `,
})
export class TeamSettingsComponent {
  private readonly service = inject(TeamsService);
  private readonly confirm = inject(ConfirmService);
  private readonly toasts = inject(ToastService);
  private readonly router = inject(Router);

  /** Route parameter (component input binding). */
  readonly teamId = input.required<string>();

  protected readonly nameMax = TEAM_NAME_MAX_LENGTH;
  protected readonly team = signal<Team | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly renameError = signal<string | null>(null);
  protected readonly deleting = signal(false);
  private readonly submitted = signal(false);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: ['', [Validators.required, Validators.maxLength(TEAM_NAME_MAX_LENGTH), notBlank]],
  });
  protected readonly errors = new FormErrors(this.form, this.submitted, { name: 'Team name' });

  constructor() {
    effect(() => {
      this.teamId();
      untracked(() => this.load());
    });
  }

  load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.service.get(this.teamId()).subscribe({
      next: (team) => {
        this.team.set(team);
        this.form.reset({ name: team.name });
        this.loading.set(false);
      },
      error: (e) => {
        this.loadError.set(toApiError(e).message);
        this.loading.set(false);
      },
    });
  }

  async rename(): Promise<void> {
    this.submitted.set(true);
    this.renameError.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    try {
      const team = await firstValueFrom(
        this.service.rename(this.teamId(), this.form.controls.name.value.trim()),
      );
      this.team.set(team);
      this.form.reset({ name: team.name });
      this.submitted.set(false);
      this.toasts.success('Team renamed.');
    } catch (e) {
      const apiError = toApiError(e);
      const unmatched = applyServerErrors(this.form, apiError);
      this.renameError.set([apiError.message, ...unmatched].join('\n'));
    } finally {
      this.saving.set(false);
    }
  }

  async remove(team: Team): Promise<void> {
    const ok = await this.confirm.ask({
      title: `Delete “${team.name}”?`,
      message:
        'Its projects become personal projects of their owners and team members lose the access the team gave them. This cannot be undone.',
      confirmText: 'Delete team',
      tone: 'danger',
    });
    if (!ok) return;
    this.deleting.set(true);
    try {
      await firstValueFrom(this.service.remove(team.id));
      this.toasts.success(`Team “${team.name}” deleted.`);
      await this.router.navigate(['/teams']);
    } catch (e) {
      this.toasts.error(toApiError(e).message, 'Could not delete the team');
    } finally {
      this.deleting.set(false);
    }
  }
}
