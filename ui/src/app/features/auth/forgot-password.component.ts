import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { AuthService } from '../../core/services/auth.service';
import { toApiError } from '../../core/utils/api-error';
import { AlertComponent } from '../../shared/components/alert/alert.component';
import { FormErrors, applyServerErrors } from '../../shared/forms/form-errors';
import { AuthLayoutComponent } from './auth-layout.component';

/** `/forgot-password`: asks for a reset link (the answer never reveals whether the account exists). */
@Component({
  selector: 'app-forgot-password',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, AuthLayoutComponent, AlertComponent],
  template: `
    <app-auth-layout
      heading="Reset your password"
      subtitle="We will email you a link to choose a new password."
    >
      @if (sentTo(); as email) {
        <app-alert tone="success" title="Check your inbox">
          If an account exists for {{ email }}, a reset link is on its way. The link works once and
          expires soon.
        </app-alert>
        <a routerLink="/login" class="btn btn-secondary mt-6 w-full">Back to sign in</a>
      } @else {
        @if (error(); as e) {
          <app-alert tone="error" class="mb-4 block">{{ e }}</app-alert>
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
          <button type="submit" class="btn btn-primary w-full" [disabled]="busy()">
            {{ busy() ? 'Sending…' : 'Send reset link' }}
          </button>
        </form>
        <p class="mt-6 text-center text-sm text-muted">
          <a routerLink="/login">Back to sign in</a>
        </p>
      }
    </app-auth-layout>
  `,
})
export class ForgotPasswordComponent {
  private readonly auth = inject(AuthService);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
  });
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly sentTo = signal<string | null>(null);
  protected readonly errors = new FormErrors(this.form, this.submitted, { email: 'Email' });

  async submit(): Promise<void> {
    this.submitted.set(true);
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    const email = this.form.controls.email.value.trim();
    try {
      await this.auth.forgotPassword(email);
      this.sentTo.set(email);
    } catch (e) {
      const apiError = toApiError(e);
      applyServerErrors(this.form, apiError);
      this.error.set(apiError.message);
    } finally {
      this.busy.set(false);
    }
  }
}
