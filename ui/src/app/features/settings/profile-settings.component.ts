import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { Account } from '../../core/models';
import { AccountService } from '../../core/services/account.service';
import { AuthService } from '../../core/services/auth.service';
import { ToastService } from '../../core/services/toast.service';
import { toApiError } from '../../core/utils/api-error';
import { PLAN_LABELS, ROLE_LABELS } from '../../core/utils/roles';
import { AlertComponent } from '../../shared/components/alert/alert.component';
import { ErrorStateComponent } from '../../shared/components/states/error-state.component';
import { LoadingStateComponent } from '../../shared/components/states/loading-state.component';
import { FormErrors, applyServerErrors } from '../../shared/forms/form-errors';

/** `/settings/profile`: the account's details and its display name. */
@Component({
  selector: 'app-profile-settings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    AlertComponent,
    ErrorStateComponent,
    LoadingStateComponent,
  ],
  template: `
    <section class="card p-6" aria-labelledby="profile-title">
      <h2 id="profile-title" class="section-title">Profile</h2>
      @if (loading() && !account()) {
        <app-loading-state message="Loading your profile…" />
      } @else if (loadError() && !account()) {
        <app-error-state
          class="mt-4 block"
          title="Your profile could not be loaded"
          [message]="loadError()!"
          (retry)="load()"
        />
      } @else if (account(); as a) {
        @if (saveError(); as e) {
          <app-alert tone="error" class="mt-4 block">{{ e }}</app-alert>
        }
        <form [formGroup]="form" (ngSubmit)="save()" novalidate class="mt-4 max-w-md space-y-4">
          <div>
            <label for="profile-email" class="field-label">Email</label>
            <input
              id="profile-email"
              type="email"
              class="input"
              [value]="a.email"
              readonly
              aria-describedby="profile-email-hint"
            />
            <p id="profile-email-hint" class="field-hint">
              {{ a.emailVerified ? 'Verified.' : 'Not verified yet.' }} The address cannot be
              changed here.
            </p>
          </div>
          <div>
            <label for="profile-name" class="field-label">Display name</label>
            <input
              id="profile-name"
              type="text"
              class="input"
              formControlName="name"
              autocomplete="name"
              maxlength="100"
              [attr.aria-invalid]="errors.show('name')"
              [attr.aria-describedby]="errors.describedBy('name', 'profile-name-hint')"
            />
            <p id="profile-name-hint" class="field-hint">
              Shown to your teams. Leave empty to show your email.
            </p>
            @if (errors.show('name')) {
              <p id="name-error" class="field-error">{{ errors.message('name') }}</p>
            }
          </div>
          <button type="submit" class="btn btn-primary" [disabled]="saving() || form.pristine">
            {{ saving() ? 'Saving…' : 'Save profile' }}
          </button>
        </form>

        <dl class="mt-8 grid gap-4 border-t border-border pt-6 text-sm sm:grid-cols-2">
          <div>
            <dt class="text-muted">Platform role</dt>
            <dd class="font-medium text-fg">{{ roleLabels[a.role] }}</dd>
          </div>
          <div>
            <dt class="text-muted">Plan</dt>
            <dd class="font-medium text-fg">
              {{ planLabels[a.plan] }} · <a routerLink="/pricing">compare plans</a>
            </dd>
          </div>
          <div>
            <dt class="text-muted">Two-factor authentication</dt>
            <dd class="font-medium text-fg">
              {{ a.mfaEnabled ? 'On' : 'Off' }} · <a routerLink="/settings/two-factor">manage</a>
            </dd>
          </div>
          <div>
            <dt class="text-muted">Member since</dt>
            <dd class="font-medium text-fg">{{ a.createdAt | date: 'mediumDate' }}</dd>
          </div>
        </dl>
      }
    </section>
  `,
})
export class ProfileSettingsComponent {
  private readonly accounts = inject(AccountService);
  private readonly auth = inject(AuthService);
  private readonly toasts = inject(ToastService);

  protected readonly roleLabels = ROLE_LABELS;
  protected readonly planLabels = PLAN_LABELS;
  protected readonly account = signal<Account | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly saveError = signal<string | null>(null);
  private readonly submitted = signal(false);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: ['', [Validators.maxLength(100)]],
  });
  protected readonly errors = new FormErrors(this.form, this.submitted, { name: 'Display name' });

  constructor() {
    this.load();
  }

  load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.accounts.profile().subscribe({
      next: (account) => {
        this.account.set(account);
        this.form.reset({ name: account.name ?? '' });
        this.loading.set(false);
      },
      error: (e) => {
        this.loadError.set(toApiError(e).message);
        this.loading.set(false);
      },
    });
  }

  async save(): Promise<void> {
    this.submitted.set(true);
    this.saveError.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    try {
      const account = await firstValueFrom(
        this.accounts.rename(this.form.controls.name.value.trim()),
      );
      this.account.set(account);
      this.form.reset({ name: account.name ?? '' });
      this.submitted.set(false);
      this.auth.patchUser({ name: account.name });
      this.toasts.success('Profile saved.');
    } catch (e) {
      const apiError = toApiError(e);
      const unmatched = applyServerErrors(this.form, apiError);
      this.saveError.set([apiError.message, ...unmatched].join('\n'));
    } finally {
      this.saving.set(false);
    }
  }
}
