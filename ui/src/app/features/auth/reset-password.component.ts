import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../core/models';
import { AuthService } from '../../core/services/auth.service';
import { toApiError } from '../../core/utils/api-error';
import { AlertComponent } from '../../shared/components/alert/alert.component';
import { FormErrors, applyServerErrors, matchesControl } from '../../shared/forms/form-errors';
import { AuthLayoutComponent } from './auth-layout.component';

/** `/reset-password?token=…`: sets a new password with the emailed token. */
@Component({
  selector: 'app-reset-password',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, AuthLayoutComponent, AlertComponent],
  template: `
    <app-auth-layout heading="Choose a new password">
      @if (!hasToken()) {
        <app-alert tone="error" title="This link is incomplete">
          The reset link has no token. Open the link from the email again, or ask for a new one.
        </app-alert>
        <a routerLink="/forgot-password" class="btn btn-primary mt-6 w-full">Request a new link</a>
      } @else {
        @if (error(); as e) {
          <app-alert tone="error" class="mb-4 block">
            {{ e }}
            <div class="mt-2"><a routerLink="/forgot-password">Request a new link</a></div>
          </app-alert>
        }
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="space-y-5">
          <div>
            <label for="password" class="field-label">New password</label>
            <input
              id="password"
              type="password"
              class="input"
              formControlName="password"
              autocomplete="new-password"
              required
              [attr.aria-invalid]="errors.show('password')"
              [attr.aria-describedby]="errors.describedBy('password', 'password-hint')"
            />
            <p id="password-hint" class="field-hint">
              {{ minLength }} to {{ maxLength }} characters.
            </p>
            @if (errors.show('password')) {
              <p id="password-error" class="field-error">{{ errors.message('password') }}</p>
            }
          </div>
          <div>
            <label for="confirmPassword" class="field-label">Confirm new password</label>
            <input
              id="confirmPassword"
              type="password"
              class="input"
              formControlName="confirmPassword"
              autocomplete="new-password"
              required
              [attr.aria-invalid]="errors.show('confirmPassword')"
              [attr.aria-describedby]="errors.describedBy('confirmPassword')"
            />
            @if (errors.show('confirmPassword')) {
              <p id="confirmPassword-error" class="field-error">
                {{ errors.message('confirmPassword') }}
              </p>
            }
          </div>
          <button type="submit" class="btn btn-primary w-full" [disabled]="busy()">
            {{ busy() ? 'Saving…' : 'Set new password' }}
          </button>
        </form>
      }
    </app-auth-layout>
  `,
})
export class ResetPasswordComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  readonly token = input<string | undefined>();
  protected readonly hasToken = computed(() => !!this.token()?.trim());
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly maxLength = PASSWORD_MAX_LENGTH;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    password: [
      '',
      [
        Validators.required,
        Validators.minLength(PASSWORD_MIN_LENGTH),
        Validators.maxLength(PASSWORD_MAX_LENGTH),
      ],
    ],
    confirmPassword: ['', [Validators.required, matchesControl('password')]],
  });
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly errors = new FormErrors(this.form, this.submitted, {
    password: 'Password',
    confirmPassword: 'Password confirmation',
  });

  constructor() {
    this.form.controls.password.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() =>
        this.form.controls.confirmPassword.updateValueAndValidity({ emitEvent: false }),
      );
  }

  async submit(): Promise<void> {
    this.submitted.set(true);
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    try {
      await this.auth.resetPassword(this.token()!.trim(), this.form.controls.password.value);
      await this.router.navigate(['/login'], { queryParams: { reset: 1 } });
    } catch (e) {
      const apiError = toApiError(e);
      applyServerErrors(this.form, apiError);
      this.error.set(apiError.message);
    } finally {
      this.busy.set(false);
    }
  }
}
