import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { homePathFor } from '../../core/guards/auth.guard';
import { AuthService } from '../../core/services/auth.service';
import { ApiError, toApiError } from '../../core/utils/api-error';
import { AlertComponent } from '../../shared/components/alert/alert.component';
import { FormErrors, applyServerErrors } from '../../shared/forms/form-errors';
import { AuthLayoutComponent } from './auth-layout.component';

/** `/login`: email + password. Explains unverified emails and offers to resend the link. */
@Component({
  selector: 'app-login',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, AuthLayoutComponent, AlertComponent],
  template: `
    <app-auth-layout heading="Sign in to KytheraDB">
      @if (verified()) {
        <app-alert tone="success" class="mb-4 block"
          >Your email is verified. You can sign in now.</app-alert
        >
      }
      @if (passwordReset()) {
        <app-alert tone="success" class="mb-4 block"
          >Your password was changed. Sign in with the new one.</app-alert
        >
      }
      @if (error(); as e) {
        <app-alert tone="error" class="mb-4 block" [title]="errorTitle()">
          {{ errorText() }}
          @if (e.code === 'EMAIL_NOT_VERIFIED') {
            <div class="mt-3">
              <button
                type="button"
                class="btn btn-secondary btn-sm"
                (click)="resend()"
                [disabled]="resendState() === 'sending'"
              >
                {{ resendState() === 'sending' ? 'Sending…' : 'Resend verification email' }}
              </button>
            </div>
          }
        </app-alert>
      }
      @if (resendState() === 'sent') {
        <app-alert tone="info" class="mb-4 block">
          We sent a new verification link to {{ form.controls.email.value }}. Open it, then sign in.
        </app-alert>
      }

      <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="space-y-5">
        <div>
          <label for="email" class="field-label">Email</label>
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
          <div class="flex items-baseline justify-between">
            <label for="password" class="field-label">Password</label>
            <a routerLink="/forgot-password" class="text-sm">Forgot password?</a>
          </div>
          <input
            id="password"
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
        <button type="submit" class="btn btn-primary w-full" [disabled]="busy()">
          {{ busy() ? 'Signing in…' : 'Sign in' }}
        </button>
      </form>
      <p class="mt-6 text-center text-sm text-muted">
        New to KytheraDB? <a routerLink="/register">Create an account</a>
      </p>
    </app-auth-layout>
  `,
})
export class LoginComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  /** Query parameters (component input binding). */
  readonly returnUrl = input<string | undefined>();
  readonly email = input<string | undefined>();
  readonly verified = input(false, { transform: flag });
  readonly passwordReset = input(false, { transform: flag, alias: 'reset' });

  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', [Validators.required]],
  });
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly resendState = signal<'idle' | 'sending' | 'sent'>('idle');
  protected readonly errors = new FormErrors(this.form, this.submitted, {
    email: 'Email',
    password: 'Password',
  });

  protected readonly errorTitle = computed(() => {
    switch (this.error()?.code) {
      case 'EMAIL_NOT_VERIFIED':
        return 'Verify your email first';
      case 'INVALID_CREDENTIALS':
        return 'Sign-in failed';
      default:
        return null;
    }
  });
  protected readonly errorText = computed(() => {
    const e = this.error();
    if (!e) return '';
    if (e.code === 'INVALID_CREDENTIALS') return 'The email or password is incorrect.';
    if (e.code === 'EMAIL_NOT_VERIFIED')
      return 'Open the link we emailed you to activate your account.';
    return e.message;
  });

  ngOnInit(): void {
    const email = this.email();
    if (email) this.form.controls.email.setValue(email);
  }

  async submit(): Promise<void> {
    this.submitted.set(true);
    this.error.set(null);
    this.resendState.set('idle');
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    try {
      const user = await this.auth.login(this.form.getRawValue());
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()) ?? homePathFor(user.role));
    } catch (e) {
      const apiError = toApiError(e);
      applyServerErrors(this.form, apiError);
      this.error.set(apiError);
    } finally {
      this.busy.set(false);
    }
  }

  async resend(): Promise<void> {
    this.resendState.set('sending');
    try {
      await this.auth.resendVerification(this.form.controls.email.value);
      this.error.set(null);
      this.resendState.set('sent');
    } catch (e) {
      this.error.set(toApiError(e));
      this.resendState.set('idle');
    }
  }
}

function flag(value: unknown): boolean {
  return value === true || value === '1' || value === 'true' || value === '';
}

/** Only same-site paths (never `//evil` or absolute URLs) are followed after sign-in. */
export function safeReturnUrl(url: string | undefined | null): string | null {
  if (!url || !url.startsWith('/') || url.startsWith('//') || url.startsWith('/\\')) return null;
  if (url.startsWith('/login') || url.startsWith('/register')) return null;
  return url;
}
