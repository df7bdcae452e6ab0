import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../core/models';
import { AuthService } from '../../core/services/auth.service';
import { ApiError, toApiError } from '../../core/utils/api-error';
import { AlertComponent } from '../../shared/components/alert/alert.component';
import {
  FormErrors,
  applyServerErrors,
  matchesControl,
  notBlank,
} from '../../shared/forms/form-errors';
import { AuthLayoutComponent } from './auth-layout.component';

/** `/register`: creates the account, then asks the user to open the verification email. */
@Component({
  selector: 'app-register',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, AuthLayoutComponent, AlertComponent],
  template: `
    @if (registeredEmail(); as email) {
      <app-auth-layout heading="Check your inbox">
        <app-alert tone="success" title="Account created">
          We sent a verification link to <strong>{{ email }}</strong>. Open it to activate your
          account, then sign in.
        </app-alert>
        @if (resendState() === 'sent') {
          <app-alert tone="info" class="mt-4 block">A new link is on its way.</app-alert>
        }
        @if (resendError()) {
          <app-alert tone="error" class="mt-4 block">{{ resendError() }}</app-alert>
        }
        <div class="mt-6 flex flex-wrap items-center gap-3">
          <button
            type="button"
            class="btn btn-secondary"
            (click)="resend(email)"
            [disabled]="resendState() === 'sending'"
          >
            {{ resendState() === 'sending' ? 'Sending…' : 'Resend the email' }}
          </button>
          <a routerLink="/login" [queryParams]="{ email }" class="btn btn-ghost">Go to sign in</a>
        </div>
      </app-auth-layout>
    } @else {
      <app-auth-layout
        heading="Create your account"
        subtitle="Start on the Starter plan. No card needed."
      >
        @if (error(); as e) {
          <app-alert tone="error" class="mb-4 block">{{ e }}</app-alert>
        }
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="space-y-5">
          <div>
            <label for="name" class="field-label"
              >Name <span class="font-normal text-muted">(optional)</span></label
            >
            <input
              id="name"
              type="text"
              class="input"
              formControlName="name"
              autocomplete="name"
              maxlength="120"
              [attr.aria-invalid]="errors.show('name')"
              [attr.aria-describedby]="errors.describedBy('name')"
            />
            @if (errors.show('name')) {
              <p id="name-error" class="field-error">{{ errors.message('name') }}</p>
            }
          </div>
          <div>
            <label for="email" class="field-label">Work email</label>
            <input
              id="email"
              type="email"
              class="input"
              formControlName="email"
              autocomplete="email"
              required
              [attr.aria-invalid]="errors.show('email')"
              [attr.aria-describedby]="errors.describedBy('email')"
            />
            @if (errors.show('email')) {
              <p id="email-error" class="field-error">{{ errors.message('email') }}</p>
            }
          </div>
          <div>
            <label for="password" class="field-label">Password</label>
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
              {{ minLength }} to {{ maxLength }} characters. A passphrase works well.
            </p>
            @if (errors.show('password')) {
              <p id="password-error" class="field-error">{{ errors.message('password') }}</p>
            }
          </div>
          <div>
            <label for="confirmPassword" class="field-label">Confirm password</label>
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
            {{ busy() ? 'Creating account…' : 'Create account' }}
          </button>
        </form>
        <p class="mt-6 text-center text-sm text-muted">
          Already have an account? <a routerLink="/login">Sign in</a>
        </p>
      </app-auth-layout>
    }
  `,
})
export class RegisterComponent {
  private readonly auth = inject(AuthService);
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly maxLength = PASSWORD_MAX_LENGTH;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: ['', [Validators.maxLength(120), notBlank]],
    email: ['', [Validators.required, Validators.email]],
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
  protected readonly registeredEmail = signal<string | null>(null);
  protected readonly resendState = signal<'idle' | 'sending' | 'sent'>('idle');
  protected readonly resendError = signal<string | null>(null);
  protected readonly errors = new FormErrors(this.form, this.submitted, {
    name: 'Name',
    email: 'Email',
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
    const { name, email, password } = this.form.getRawValue();
    this.busy.set(true);
    try {
      const created = await this.auth.register({
        email: email.trim(),
        password,
        ...(name.trim() ? { name: name.trim() } : {}),
      });
      this.registeredEmail.set(created.email ?? email.trim());
    } catch (e) {
      const apiError: ApiError = toApiError(e);
      const unmatched = applyServerErrors(this.form, apiError);
      this.error.set(
        apiError.fieldErrors.length && !unmatched.length
          ? 'Please correct the highlighted fields.'
          : [apiError.message, ...unmatched].join('\n'),
      );
    } finally {
      this.busy.set(false);
    }
  }

  async resend(email: string): Promise<void> {
    this.resendState.set('sending');
    this.resendError.set(null);
    try {
      await this.auth.resendVerification(email);
      this.resendState.set('sent');
    } catch (e) {
      this.resendError.set(toApiError(e).message);
      this.resendState.set('idle');
    }
  }
}
