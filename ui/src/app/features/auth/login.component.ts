import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  computed,
  inject,
  Injector,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { homePathFor } from '../../core/guards/auth.guard';
import { AuthService } from '../../core/services/auth.service';
import { ApiError, toApiError } from '../../core/utils/api-error';
import { AlertComponent } from '../../shared/components/alert/alert.component';
import { FormErrors, applyServerErrors } from '../../shared/forms/form-errors';
import { AuthLayoutComponent } from './auth-layout.component';

/**
 * `/login`: email + password, then — when the account has 2FA on — a TOTP code or a recovery
 * code. Explains unverified emails and offers to resend the link.
 */
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

      @if (mfa(); as challenge) {
        <form
          [formGroup]="mfaForm"
          (ngSubmit)="submitMfa()"
          novalidate
          class="space-y-5"
          aria-labelledby="mfa-title"
          data-testid="mfa-step"
        >
          <div>
            <h2 id="mfa-title" class="section-title">Two-factor authentication</h2>
            <p class="mt-1 text-sm text-muted">
              @if (useRecovery()) {
                Enter one of the recovery codes you saved when you turned on two-factor
                authentication. Each code works once.
              } @else {
                Enter the 6-digit code from your authenticator app.
              }
            </p>
          </div>
          @if (useRecovery()) {
            <div>
              <label for="recovery-code" class="field-label">Recovery code</label>
              <input
                #codeInput
                id="recovery-code"
                type="text"
                class="input font-mono"
                formControlName="recoveryCode"
                autocomplete="off"
                autocapitalize="off"
                spellcheck="false"
                placeholder="xxxx-xxxx-xxxx-xxxx"
                required
                [attr.aria-invalid]="mfaErrors.show('recoveryCode')"
                [attr.aria-describedby]="mfaErrors.describedBy('recoveryCode')"
              />
              @if (mfaErrors.show('recoveryCode')) {
                <p id="recoveryCode-error" class="field-error">
                  {{ mfaErrors.message('recoveryCode') }}
                </p>
              }
            </div>
          } @else {
            <div>
              <label for="mfa-code" class="field-label">Authentication code</label>
              <input
                #codeInput
                id="mfa-code"
                type="text"
                class="input font-mono tracking-widest"
                formControlName="code"
                inputmode="numeric"
                autocomplete="one-time-code"
                maxlength="7"
                required
                [attr.aria-invalid]="mfaErrors.show('code')"
                [attr.aria-describedby]="mfaErrors.describedBy('code', 'mfa-code-hint')"
              />
              <p id="mfa-code-hint" class="field-hint">
                The code changes every 30 seconds. This step expires
                {{ challenge.expiresInMinutes }} minutes after the password.
              </p>
              @if (mfaErrors.show('code')) {
                <p id="code-error" class="field-error">{{ mfaErrors.message('code') }}</p>
              }
            </div>
          }
          <button type="submit" class="btn btn-primary w-full" [disabled]="busy()">
            {{ busy() ? 'Verifying…' : 'Verify and sign in' }}
          </button>
          <div class="flex flex-wrap justify-between gap-2 text-sm">
            <button type="button" class="btn btn-ghost btn-sm" (click)="toggleRecovery()">
              {{ useRecovery() ? 'Use the authenticator app' : 'Use a recovery code' }}
            </button>
            <button type="button" class="btn btn-ghost btn-sm" (click)="restart()">
              Start over
            </button>
          </div>
        </form>
      } @else {
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
      }
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

  /** The open second step of a 2FA sign-in. */
  protected readonly mfa = signal<{ token: string; expiresInMinutes: number } | null>(null);
  protected readonly useRecovery = signal(false);
  protected readonly mfaForm = inject(FormBuilder).nonNullable.group({
    code: ['', [Validators.required, Validators.pattern(/^\s*\d{3}\s?\d{3}\s*$/)]],
    recoveryCode: ['', [Validators.required]],
  });
  private readonly mfaSubmitted = signal(false);
  protected readonly mfaErrors = new FormErrors(this.mfaForm, this.mfaSubmitted, {
    code: 'Authentication code',
    recoveryCode: 'Recovery code',
  });
  private readonly codeInput = viewChild<ElementRef<HTMLInputElement>>('codeInput');
  private readonly injector = inject(Injector);

  protected readonly errorTitle = computed(() => {
    if (this.mfa()) return this.error()?.code === 'INVALID_CREDENTIALS' ? 'Wrong code' : null;
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
    if (e.code === 'INVALID_CREDENTIALS' && this.mfa())
      return 'That code is not valid or was already used. Try the next code.';
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
      const outcome = await this.auth.login(this.form.getRawValue());
      if (outcome.kind === 'mfa-required') {
        this.openMfaStep(outcome.mfaToken, outcome.expiresIn);
        return;
      }
      await this.goHome(outcome.user.role);
    } catch (e) {
      const apiError = toApiError(e);
      applyServerErrors(this.form, apiError);
      this.error.set(apiError);
    } finally {
      this.busy.set(false);
    }
  }

  async submitMfa(): Promise<void> {
    const challenge = this.mfa();
    if (!challenge) return;
    this.mfaSubmitted.set(true);
    this.error.set(null);
    const recovery = this.useRecovery();
    const control = recovery ? this.mfaForm.controls.recoveryCode : this.mfaForm.controls.code;
    if (control.invalid) {
      control.markAsTouched();
      return;
    }
    const value = control.value.trim();
    this.busy.set(true);
    try {
      const user = await this.auth.completeMfaLogin(
        recovery
          ? { mfaToken: challenge.token, recoveryCode: value }
          : { mfaToken: challenge.token, code: value.replace(/\s+/g, '') },
      );
      await this.goHome(user.role);
    } catch (e) {
      const apiError = toApiError(e);
      if (apiError.code === 'INVALID_TOKEN') {
        // Expired, used, or too many wrong codes: the password step starts again.
        this.restart();
        this.error.set(
          new ApiError(
            'This sign-in attempt expired or had too many wrong codes. Enter your password again.',
            401,
            'MFA_EXPIRED',
          ),
        );
      } else {
        applyServerErrors(this.mfaForm, apiError);
        this.error.set(apiError);
        control.setValue('');
        this.focusCode();
      }
    } finally {
      this.busy.set(false);
    }
  }

  protected toggleRecovery(): void {
    this.useRecovery.update((v) => !v);
    this.mfaSubmitted.set(false);
    this.error.set(null);
    this.focusCode();
  }

  /** Back to the password step (a new sign-in attempt). */
  protected restart(): void {
    this.mfa.set(null);
    this.useRecovery.set(false);
    this.mfaForm.reset();
    this.mfaSubmitted.set(false);
    this.form.controls.password.setValue('');
    this.error.set(null);
  }

  private openMfaStep(token: string, expiresIn: number): void {
    this.mfaForm.reset();
    this.mfaSubmitted.set(false);
    this.useRecovery.set(false);
    this.mfa.set({ token, expiresInMinutes: Math.max(1, Math.round(expiresIn / 60)) });
    this.focusCode();
  }

  private focusCode(): void {
    afterNextRender(() => this.codeInput()?.nativeElement.focus(), { injector: this.injector });
  }

  private async goHome(role: string): Promise<void> {
    await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()) ?? homePathFor(role));
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
