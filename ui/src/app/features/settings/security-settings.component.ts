import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { AccountSession, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../core/models';
import { AccountService } from '../../core/services/account.service';
import { AuthService } from '../../core/services/auth.service';
import { ConfirmService } from '../../core/services/confirm.service';
import { ToastService } from '../../core/services/toast.service';
import { toApiError } from '../../core/utils/api-error';
import { relativeTime } from '../../core/utils/audit';
import { AlertComponent } from '../../shared/components/alert/alert.component';
import { IconComponent } from '../../shared/components/icon/icon.component';
import { EmptyStateComponent } from '../../shared/components/states/empty-state.component';
import { ErrorStateComponent } from '../../shared/components/states/error-state.component';
import { LoadingStateComponent } from '../../shared/components/states/loading-state.component';
import { FormErrors, applyServerErrors, matchesControl } from '../../shared/forms/form-errors';

/**
 * `/settings/security`: change the password (every session ends, this one too: the user signs in
 * again) and the list of live sessions with "sign out".
 */
@Component({
  selector: 'app-security-settings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    AlertComponent,
    IconComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
  ],
  template: `
    <section class="card p-6" aria-labelledby="password-title">
      <h2 id="password-title" class="section-title">Change password</h2>
      <p class="mt-1 text-sm text-muted">
        Every session of your account ends, this one included: you sign in again with the new
        password.
      </p>
      @if (passwordError(); as e) {
        <app-alert tone="error" class="mt-4 block">{{ e }}</app-alert>
      }
      <form
        [formGroup]="passwordForm"
        (ngSubmit)="changePassword()"
        novalidate
        class="mt-4 max-w-md space-y-4"
      >
        <div>
          <label for="current-password" class="field-label">Current password</label>
          <input
            id="current-password"
            type="password"
            class="input"
            formControlName="currentPassword"
            autocomplete="current-password"
            required
            [attr.aria-invalid]="errors.show('currentPassword')"
            [attr.aria-describedby]="errors.describedBy('currentPassword')"
          />
          @if (errors.show('currentPassword')) {
            <p id="currentPassword-error" class="field-error">
              {{ errors.message('currentPassword') }}
            </p>
          }
        </div>
        <div>
          <label for="new-password" class="field-label">New password</label>
          <input
            id="new-password"
            type="password"
            class="input"
            formControlName="newPassword"
            autocomplete="new-password"
            required
            [attr.aria-invalid]="errors.show('newPassword')"
            [attr.aria-describedby]="errors.describedBy('newPassword', 'new-password-hint')"
          />
          <p id="new-password-hint" class="field-hint">
            {{ minLength }} to {{ maxLength }} characters.
          </p>
          @if (errors.show('newPassword')) {
            <p id="newPassword-error" class="field-error">{{ errors.message('newPassword') }}</p>
          }
        </div>
        <div>
          <label for="confirm-new-password" class="field-label">Confirm new password</label>
          <input
            id="confirm-new-password"
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
        <button type="submit" class="btn btn-primary" [disabled]="changing()">
          {{ changing() ? 'Changing…' : 'Change password' }}
        </button>
      </form>
    </section>

    <section class="card mt-6 p-6" aria-labelledby="sessions-title">
      <div class="flex items-center justify-between gap-3">
        <h2 id="sessions-title" class="section-title">Sessions</h2>
        <button
          type="button"
          class="btn btn-ghost btn-sm"
          (click)="loadSessions()"
          [disabled]="sessionsLoading()"
        >
          <app-icon name="refresh" [size]="16" /> Refresh
        </button>
      </div>
      <p class="mt-1 text-sm text-muted">
        Browsers and devices signed in to your account, newest first. Signing a session out stops it
        within 15 minutes at the latest.
      </p>
      <div class="mt-4">
        @if (sessionsLoading() && !sessions().length) {
          <app-loading-state message="Loading sessions…" [compact]="true" />
        } @else if (sessionsError()) {
          <app-error-state
            title="Sessions could not be loaded"
            [message]="sessionsError()!"
            (retry)="loadSessions()"
          />
        } @else if (!sessions().length) {
          <app-empty-state title="No other sessions" />
        } @else {
          <ul class="divide-y divide-border" data-testid="sessions">
            @for (session of sessions(); track session.id) {
              <li class="flex flex-wrap items-center justify-between gap-3 py-3">
                <div class="min-w-0">
                  <p class="truncate text-sm font-medium text-fg" [title]="session.userAgent ?? ''">
                    {{ client(session.userAgent) }}
                  </p>
                  <p class="text-xs text-muted">
                    Signed in {{ session.createdAt | date: 'medium' }} · last active
                    {{ session.lastUsedAt ? ago(session.lastUsedAt) : 'never refreshed' }} · expires
                    {{ session.expiresAt | date: 'mediumDate' }}
                  </p>
                </div>
                <button
                  type="button"
                  class="btn btn-ghost btn-sm text-danger"
                  (click)="revoke(session)"
                  [disabled]="revoking() === session.id"
                >
                  Sign out
                </button>
              </li>
            }
          </ul>
        }
      </div>
    </section>
  `,
})
export class SecuritySettingsComponent {
  private readonly accounts = inject(AccountService);
  private readonly auth = inject(AuthService);
  private readonly confirm = inject(ConfirmService);
  private readonly toasts = inject(ToastService);
  private readonly router = inject(Router);

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly maxLength = PASSWORD_MAX_LENGTH;
  protected readonly changing = signal(false);
  protected readonly passwordError = signal<string | null>(null);
  private readonly submitted = signal(false);
  protected readonly passwordForm = inject(FormBuilder).nonNullable.group({
    currentPassword: ['', [Validators.required]],
    newPassword: [
      '',
      [
        Validators.required,
        Validators.minLength(PASSWORD_MIN_LENGTH),
        Validators.maxLength(PASSWORD_MAX_LENGTH),
      ],
    ],
    confirmPassword: ['', [Validators.required, matchesControl('newPassword')]],
  });
  protected readonly errors = new FormErrors(this.passwordForm, this.submitted, {
    currentPassword: 'Current password',
    newPassword: 'New password',
    confirmPassword: 'Confirmation',
  });

  protected readonly sessions = signal<AccountSession[]>([]);
  protected readonly sessionsLoading = signal(false);
  protected readonly sessionsError = signal<string | null>(null);
  protected readonly revoking = signal<string | null>(null);

  constructor() {
    this.loadSessions();
  }

  loadSessions(): void {
    this.sessionsLoading.set(true);
    this.sessionsError.set(null);
    this.accounts.sessions().subscribe({
      next: (sessions) => {
        this.sessions.set(sessions);
        this.sessionsLoading.set(false);
      },
      error: (e) => {
        this.sessionsError.set(toApiError(e).message);
        this.sessionsLoading.set(false);
      },
    });
  }

  async changePassword(): Promise<void> {
    this.submitted.set(true);
    this.passwordError.set(null);
    this.passwordForm.controls.confirmPassword.updateValueAndValidity();
    if (this.passwordForm.invalid) {
      this.passwordForm.markAllAsTouched();
      return;
    }
    const { currentPassword, newPassword } = this.passwordForm.getRawValue();
    this.changing.set(true);
    try {
      await firstValueFrom(this.accounts.changePassword({ currentPassword, newPassword }));
      this.auth.endLocalSession();
      this.toasts.success('Password changed. Sign in again with the new password.');
      await this.router.navigate(['/login'], { queryParams: { reset: 1 } });
    } catch (e) {
      const apiError = toApiError(e);
      if (apiError.status === 403) {
        this.passwordForm.controls.currentPassword.setErrors({
          server: 'The current password is not correct.',
        });
        this.passwordError.set('The password was not changed.');
      } else {
        const unmatched = applyServerErrors(this.passwordForm, apiError);
        this.passwordError.set([apiError.message, ...unmatched].join('\n'));
      }
    } finally {
      this.changing.set(false);
    }
  }

  async revoke(session: AccountSession): Promise<void> {
    const ok = await this.confirm.ask({
      title: 'Sign out this session?',
      message: `${this.client(session.userAgent)}, signed in ${new Date(session.createdAt).toLocaleString('en')}. If it is the browser you are using now, you will have to sign in again here too.`,
      confirmText: 'Sign out session',
      tone: 'danger',
    });
    if (!ok) return;
    this.revoking.set(session.id);
    try {
      await firstValueFrom(this.accounts.revokeSession(session.id));
      this.sessions.update((list) => list.filter((s) => s.id !== session.id));
      this.toasts.success('The session was signed out.');
    } catch (e) {
      this.toasts.error(toApiError(e).message, 'Could not sign the session out');
    } finally {
      this.revoking.set(null);
    }
  }

  protected ago(iso: string): string {
    return relativeTime(iso);
  }

  /** "Chrome on Linux" from a User-Agent, else the raw text (or "Unknown client"). */
  protected client(userAgent: string | null): string {
    return describeUserAgent(userAgent);
  }
}

export function describeUserAgent(userAgent: string | null | undefined): string {
  if (!userAgent) return 'Unknown client';
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : /curl\//.test(userAgent)
            ? 'curl'
            : null;
  const os = /Windows/.test(userAgent)
    ? 'Windows'
    : /Mac OS X|Macintosh/.test(userAgent)
      ? 'macOS'
      : /Android/.test(userAgent)
        ? 'Android'
        : /iPhone|iPad/.test(userAgent)
          ? 'iOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : null;
  if (browser && os) return `${browser} on ${os}`;
  return browser ?? (userAgent.length > 60 ? `${userAgent.slice(0, 57)}…` : userAgent);
}
