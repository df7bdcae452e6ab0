import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { Account, AccountDeletion, Project } from '../../core/models';
import { AccountService } from '../../core/services/account.service';
import { AuthService } from '../../core/services/auth.service';
import { ConfirmService } from '../../core/services/confirm.service';
import { ProjectsService } from '../../core/services/projects.service';
import { toApiError } from '../../core/utils/api-error';
import { AlertComponent } from '../../shared/components/alert/alert.component';
import { ErrorStateComponent } from '../../shared/components/states/error-state.component';
import { LoadingStateComponent } from '../../shared/components/states/loading-state.component';
import { FormErrors, applyServerErrors } from '../../shared/forms/form-errors';

/**
 * `/settings/account`: delete the account. States what happens to owned projects (handed to the
 * longest-standing other owner, or deleted) and to teams, asks for the password (and a code with
 * 2FA), confirms in a dialog, then shows what the server did and ends the session.
 */
@Component({
  selector: 'app-delete-account',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    AlertComponent,
    ErrorStateComponent,
    LoadingStateComponent,
  ],
  template: `
    <section class="card border-danger/40 p-6" aria-labelledby="delete-title">
      <h2 id="delete-title" class="section-title text-danger">Delete account</h2>

      @if (result(); as r) {
        <div class="mt-4 space-y-4" data-testid="deletion-result">
          <app-alert tone="success" title="Your account was deleted"
            >You have been signed out.</app-alert
          >
          @if (r.projects.length) {
            <div>
              <h3 class="font-semibold text-fg">Projects</h3>
              <ul class="mt-2 list-disc space-y-1 pl-5 text-sm">
                @for (p of r.projects; track p.id) {
                  <li>
                    {{ p.name }}:
                    {{ p.outcome === 'transferred' ? 'handed to another owner' : 'deleted' }}
                  </li>
                }
              </ul>
            </div>
          }
          @if (r.teams.length) {
            <div>
              <h3 class="font-semibold text-fg">Teams</h3>
              <ul class="mt-2 list-disc space-y-1 pl-5 text-sm">
                @for (t of r.teams; track t.id) {
                  <li>{{ t.name }}: {{ teamOutcome(t.outcome) }}</li>
                }
              </ul>
            </div>
          }
          <a routerLink="/" class="btn btn-secondary">Go to the home page</a>
        </div>
      } @else if (isSuperAdmin()) {
        <p class="mt-2 text-sm text-muted">
          Super admin accounts cannot delete themselves, so the platform always keeps a governor.
          Ask another super admin to change your role first.
        </p>
      } @else if (loading() && !account()) {
        <app-loading-state message="Loading your account…" />
      } @else if (loadError() && !account()) {
        <app-error-state
          class="mt-4 block"
          title="Your account could not be loaded"
          [message]="loadError()!"
          (retry)="load()"
        />
      } @else if (account(); as a) {
        <div class="mt-2 space-y-3 text-sm text-fg" id="deletion-consequences">
          <p>Deleting your account signs you out everywhere and cannot be undone.</p>
          <ul class="list-disc space-y-1 pl-5">
            <li>
              <strong>Projects you own</strong> go to their longest-standing other owner. A project
              with no other owner is <strong>deleted</strong> with its settings and job history
              (your databases are not touched).
            </li>
            <li>
              <strong>Teams</strong>: you leave them. A team you are alone in is deleted; if you are
              a team's only admin, its longest-standing member becomes admin.
            </li>
            <li>The activity log keeps the entries of what you did.</li>
          </ul>
          @if (ownedProjects().length) {
            <p class="pt-2 font-semibold">
              You own {{ ownedProjects().length }}
              {{ ownedProjects().length === 1 ? 'project' : 'projects' }}:
            </p>
            <ul class="list-disc pl-5" data-testid="owned-projects">
              @for (p of ownedProjects(); track p.id) {
                <li>
                  <a [routerLink]="['/projects', p.id, 'members']">{{ p.name }}</a>
                  <span class="text-muted">
                    — add another owner on its Members page to keep it</span
                  >
                </li>
              }
            </ul>
          } @else if (projectsLoaded()) {
            <p class="pt-2 text-muted">You do not own any project.</p>
          }
        </div>

        @if (deleteError(); as e) {
          <app-alert tone="error" class="mt-4 block">{{ e }}</app-alert>
        }
        <form [formGroup]="form" (ngSubmit)="submit(a)" novalidate class="mt-6 max-w-md space-y-4">
          <div>
            <label for="delete-password" class="field-label">Password</label>
            <input
              id="delete-password"
              type="password"
              class="input"
              formControlName="password"
              autocomplete="current-password"
              required
              [attr.aria-invalid]="errors.show('password')"
              [attr.aria-describedby]="errors.describedBy('password')"
            />
            @if (errors.show('password')) {
              <p id="password-error" class="field-error">{{ errors.message('password') }}</p>
            }
          </div>
          @if (a.mfaEnabled) {
            <div>
              <label for="delete-code" class="field-label">Authentication or recovery code</label>
              <input
                id="delete-code"
                type="text"
                class="input font-mono"
                formControlName="code"
                autocomplete="one-time-code"
                required
                [attr.aria-invalid]="errors.show('code')"
                [attr.aria-describedby]="errors.describedBy('code')"
              />
              @if (errors.show('code')) {
                <p id="code-error" class="field-error">{{ errors.message('code') }}</p>
              }
            </div>
          }
          <button
            type="submit"
            class="btn btn-danger"
            [disabled]="deleting()"
            aria-describedby="deletion-consequences"
          >
            {{ deleting() ? 'Deleting…' : 'Delete my account' }}
          </button>
        </form>
      }
    </section>
  `,
})
export class DeleteAccountComponent {
  private readonly accounts = inject(AccountService);
  private readonly projects = inject(ProjectsService);
  private readonly auth = inject(AuthService);
  private readonly confirm = inject(ConfirmService);

  protected readonly isSuperAdmin = computed(() => this.auth.user()?.role === 'super_admin');
  protected readonly account = signal<Account | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  private readonly allProjects = signal<Project[]>([]);
  protected readonly projectsLoaded = signal(false);
  protected readonly ownedProjects = computed(() =>
    this.allProjects().filter((p) => p.ownerId === this.account()?.id),
  );
  protected readonly deleting = signal(false);
  protected readonly deleteError = signal<string | null>(null);
  protected readonly result = signal<AccountDeletion | null>(null);
  private readonly submitted = signal(false);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    password: ['', [Validators.required]],
    code: [''],
  });
  protected readonly errors = new FormErrors(this.form, this.submitted, {
    password: 'Password',
    code: 'Code',
  });

  constructor() {
    if (!this.isSuperAdmin()) this.load();
  }

  load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.accounts.profile().subscribe({
      next: (account) => {
        this.account.set(account);
        this.form.controls.code.setValidators(account.mfaEnabled ? [Validators.required] : []);
        this.form.controls.code.updateValueAndValidity();
        this.loading.set(false);
      },
      error: (e) => {
        this.loadError.set(toApiError(e).message);
        this.loading.set(false);
      },
    });
    this.projects.list().subscribe({
      next: (list) => {
        this.allProjects.set(list);
        this.projectsLoaded.set(true);
      },
      error: () => this.projectsLoaded.set(false),
    });
  }

  async submit(account: Account): Promise<void> {
    this.submitted.set(true);
    this.deleteError.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const owned = this.ownedProjects().length;
    const ok = await this.confirm.ask({
      title: 'Delete your account?',
      message:
        (owned
          ? `Your ${owned} owned ${owned === 1 ? 'project goes' : 'projects go'} to another owner, or ${owned === 1 ? 'is' : 'are'} deleted when there is none.\n`
          : '') + `${account.email} will be signed out everywhere. This cannot be undone.`,
      confirmText: 'Delete my account',
      tone: 'danger',
    });
    if (!ok) return;
    const { password, code } = this.form.getRawValue();
    this.deleting.set(true);
    try {
      const result = await firstValueFrom(
        this.accounts.deleteAccount(password, account.mfaEnabled ? code.trim() : undefined),
      );
      this.result.set(result);
      this.auth.endLocalSession();
    } catch (e) {
      const apiError = toApiError(e);
      const unmatched = applyServerErrors(this.form, apiError);
      this.deleteError.set(
        apiError.status === 403
          ? account.mfaEnabled
            ? 'The password or the code is not correct. Nothing was deleted.'
            : 'The password is not correct. Nothing was deleted.'
          : [apiError.message, ...unmatched].join('\n'),
      );
    } finally {
      this.deleting.set(false);
    }
  }

  protected teamOutcome(outcome: string): string {
    switch (outcome) {
      case 'deleted':
        return 'deleted (you were its only member)';
      case 'handed-over':
        return 'you left; another member became admin';
      default:
        return 'you left';
    }
  }
}
