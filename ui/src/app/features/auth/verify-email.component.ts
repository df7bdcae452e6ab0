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
import { RouterLink } from '@angular/router';
import { AuthService } from '../../core/services/auth.service';
import { toApiError } from '../../core/utils/api-error';
import { AlertComponent } from '../../shared/components/alert/alert.component';
import { LoadingStateComponent } from '../../shared/components/states/loading-state.component';
import { FormErrors } from '../../shared/forms/form-errors';
import { AuthLayoutComponent } from './auth-layout.component';

type VerifyState = 'verifying' | 'verified' | 'failed' | 'missing';

/** `/verify-email?token=…`: submits the token on arrival; on failure offers a new link. */
@Component({
  selector: 'app-verify-email',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    AuthLayoutComponent,
    AlertComponent,
    LoadingStateComponent,
  ],
  template: `
    <app-auth-layout heading="Verify your email">
      @switch (state()) {
        @case ('verifying') {
          <app-loading-state message="Verifying your email…" />
        }
        @case ('verified') {
          <app-alert tone="success" title="Email verified">Your account is active.</app-alert>
          <a routerLink="/login" [queryParams]="{ verified: 1 }" class="btn btn-primary mt-6 w-full"
            >Continue to sign in</a
          >
        }
        @default {
          <app-alert
            tone="error"
            [title]="
              state() === 'missing' ? 'This link is incomplete' : 'We could not verify your email'
            "
          >
            {{ failure() }}
          </app-alert>
          <form [formGroup]="form" (ngSubmit)="resend()" novalidate class="mt-6 space-y-4">
            <p class="text-sm text-muted">
              Enter your email and we will send a fresh verification link.
            </p>
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
            @if (resendMessage(); as m) {
              <app-alert [tone]="resendFailed() ? 'error' : 'success'">{{ m }}</app-alert>
            }
            <button type="submit" class="btn btn-secondary w-full" [disabled]="sending()">
              {{ sending() ? 'Sending…' : 'Send a new link' }}
            </button>
          </form>
        }
      }
    </app-auth-layout>
  `,
})
export class VerifyEmailComponent {
  private readonly auth = inject(AuthService);
  /** `?token=` (component input binding). */
  readonly token = input<string | undefined>();

  protected readonly state = signal<VerifyState>('verifying');
  protected readonly failure = signal('');
  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
  });
  protected readonly submitted = signal(false);
  protected readonly sending = signal(false);
  protected readonly resendMessage = signal<string | null>(null);
  protected readonly resendFailed = signal(false);
  protected readonly errors = new FormErrors(this.form, this.submitted, { email: 'Email' });

  private lastSubmitted: string | null = null;

  constructor() {
    effect(() => {
      const token = this.token()?.trim();
      untracked(() => this.verify(token));
    });
  }

  private async verify(token: string | undefined): Promise<void> {
    if (!token) {
      this.state.set('missing');
      this.failure.set(
        'The verification link has no token. Open the link from the email again, or ask for a new one.',
      );
      return;
    }
    if (token === this.lastSubmitted) return;
    this.lastSubmitted = token;
    this.state.set('verifying');
    try {
      await this.auth.verifyEmail(token);
      this.state.set('verified');
    } catch (e) {
      this.state.set('failed');
      this.failure.set(toApiError(e).message);
    }
  }

  protected async resend(): Promise<void> {
    this.submitted.set(true);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.sending.set(true);
    this.resendMessage.set(null);
    try {
      await this.auth.resendVerification(this.form.controls.email.value.trim());
      this.resendFailed.set(false);
      this.resendMessage.set(
        'If that address has an account waiting for verification, a new link is on its way.',
      );
    } catch (e) {
      this.resendFailed.set(true);
      this.resendMessage.set(toApiError(e).message);
    } finally {
      this.sending.set(false);
    }
  }
}
