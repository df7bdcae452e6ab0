import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { firstValueFrom } from 'rxjs';
import { MfaSetup, MfaStatus } from '../../core/models';
import { AccountService } from '../../core/services/account.service';
import { ToastService } from '../../core/services/toast.service';
import { toApiError } from '../../core/utils/api-error';
import { AlertComponent } from '../../shared/components/alert/alert.component';
import { IconComponent } from '../../shared/components/icon/icon.component';
import { ErrorStateComponent } from '../../shared/components/states/error-state.component';
import { LoadingStateComponent } from '../../shared/components/states/loading-state.component';
import { FormErrors, applyServerErrors } from '../../shared/forms/form-errors';

const SIX_DIGITS = /^\s*\d{3}\s?\d{3}\s*$/;

/**
 * `/settings/two-factor`: TOTP enrolment (QR code and secret, confirmed with a code; the recovery
 * codes are shown once, then only their count) and turning 2FA off (password and a code).
 */
@Component({
  selector: 'app-two-factor-settings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    AlertComponent,
    IconComponent,
    ErrorStateComponent,
    LoadingStateComponent,
  ],
  template: `
    <section class="card p-6" aria-labelledby="mfa-title" data-testid="two-factor">
      <h2 id="mfa-title" class="section-title">Two-factor authentication</h2>
      <p class="mt-1 text-sm text-muted">
        After your password, KytheraDB asks for a code from an authenticator app (any TOTP app).
        Free on every plan.
      </p>

      @if (recoveryCodes(); as codes) {
        <div class="mt-6" data-testid="recovery-codes">
          <app-alert tone="success" title="Two-factor authentication is on">
            Save these recovery codes now. Each one signs you in once if you lose your phone. They
            are not shown again.
          </app-alert>
          <ul
            class="mt-4 grid max-w-md grid-cols-2 gap-2 rounded-control border border-border bg-surface-muted p-4 font-mono text-sm"
            aria-label="Recovery codes"
          >
            @for (code of codes; track code) {
              <li>{{ code }}</li>
            }
          </ul>
          <div class="mt-4 flex flex-wrap gap-2">
            <button type="button" class="btn btn-secondary btn-sm" (click)="copyCodes(codes)">
              <app-icon name="copy" [size]="16" /> Copy
            </button>
            <button type="button" class="btn btn-secondary btn-sm" (click)="downloadCodes(codes)">
              <app-icon name="download" [size]="16" /> Download
            </button>
          </div>
          <div class="mt-4 flex items-center gap-2">
            <input
              id="codes-saved"
              type="checkbox"
              class="h-4 w-4"
              [checked]="codesSaved()"
              (change)="codesSaved.set($any($event.target).checked)"
            />
            <label for="codes-saved" class="text-sm text-fg">I have saved my recovery codes</label>
          </div>
          <button
            type="button"
            class="btn btn-primary mt-4"
            [disabled]="!codesSaved()"
            (click)="finish()"
          >
            Done
          </button>
        </div>
      } @else if (loading() && !status()) {
        <app-loading-state message="Loading…" />
      } @else if (loadError() && !status()) {
        <app-error-state
          class="mt-4 block"
          title="The 2FA status could not be loaded"
          [message]="loadError()!"
          (retry)="load()"
        />
      } @else if (status(); as s) {
        @if (s.enabled) {
          <div class="mt-6 space-y-4">
            <p
              class="flex items-center gap-2 text-sm font-semibold text-success"
              data-testid="mfa-on"
            >
              <app-icon name="shield" [size]="18" /> Two-factor authentication is on
            </p>
            <p
              class="text-sm"
              [class.text-warning]="s.recoveryCodesLeft <= 3"
              [class.text-muted]="s.recoveryCodesLeft > 3"
            >
              {{ s.recoveryCodesLeft }} of 10 recovery codes left.
              @if (s.recoveryCodesLeft <= 3) {
                Turn 2FA off and on again to get new ones.
              }
            </p>
            <form
              [formGroup]="disableForm"
              (ngSubmit)="disable()"
              novalidate
              class="max-w-md space-y-4 border-t border-border pt-4"
              aria-labelledby="disable-title"
            >
              <h3 id="disable-title" class="font-semibold text-fg">
                Turn two-factor authentication off
              </h3>
              @if (disableError(); as e) {
                <app-alert tone="error">{{ e }}</app-alert>
              }
              <div>
                <label for="disable-password" class="field-label">Password</label>
                <input
                  id="disable-password"
                  type="password"
                  class="input"
                  formControlName="password"
                  autocomplete="current-password"
                  required
                  [attr.aria-invalid]="disableErrors.show('password')"
                  [attr.aria-describedby]="disableErrors.describedBy('password')"
                />
                @if (disableErrors.show('password')) {
                  <p id="password-error" class="field-error">
                    {{ disableErrors.message('password') }}
                  </p>
                }
              </div>
              <div>
                <label for="disable-code" class="field-label"
                  >Authentication or recovery code</label
                >
                <input
                  id="disable-code"
                  type="text"
                  class="input font-mono"
                  formControlName="code"
                  autocomplete="one-time-code"
                  required
                  [attr.aria-invalid]="disableErrors.show('code')"
                  [attr.aria-describedby]="disableErrors.describedBy('code')"
                />
                @if (disableErrors.show('code')) {
                  <p id="code-error" class="field-error">{{ disableErrors.message('code') }}</p>
                }
              </div>
              <button type="submit" class="btn btn-danger" [disabled]="busy()">
                {{ busy() ? 'Turning off…' : 'Turn off 2FA' }}
              </button>
            </form>
          </div>
        } @else if (setup(); as enrolment) {
          <div class="mt-6 grid gap-6 md:grid-cols-[auto_minmax(0,1fr)]" data-testid="mfa-setup">
            <div>
              <img
                [src]="enrolment.qrCode"
                width="200"
                height="200"
                class="rounded-control border border-border bg-white p-2"
                alt="QR code to add KytheraDB to your authenticator app"
              />
            </div>
            <div class="min-w-0 space-y-4">
              <ol class="list-decimal space-y-1 pl-5 text-sm text-fg">
                <li>Scan the QR code with your authenticator app.</li>
                <li>Or type this key into the app instead:</li>
              </ol>
              <div class="flex flex-wrap items-center gap-2">
                <code
                  class="break-all rounded-control bg-surface-muted px-3 py-2 font-mono text-sm"
                  data-testid="mfa-secret"
                  >{{ grouped(enrolment.secret) }}</code
                >
                <button
                  type="button"
                  class="btn btn-ghost btn-sm"
                  (click)="copy(enrolment.secret, 'Key copied.')"
                >
                  <app-icon name="copy" [size]="16" /> Copy key
                </button>
              </div>
              <form
                [formGroup]="enableForm"
                (ngSubmit)="enable()"
                novalidate
                class="max-w-xs space-y-3"
              >
                @if (enableError(); as e) {
                  <app-alert tone="error">{{ e }}</app-alert>
                }
                <div>
                  <label for="enable-code" class="field-label">Code from the app</label>
                  <input
                    #enableCode
                    id="enable-code"
                    type="text"
                    inputmode="numeric"
                    autocomplete="one-time-code"
                    maxlength="7"
                    class="input font-mono tracking-widest"
                    formControlName="code"
                    required
                    [attr.aria-invalid]="enableErrors.show('code')"
                    [attr.aria-describedby]="enableErrors.describedBy('code')"
                  />
                  @if (enableErrors.show('code')) {
                    <p id="code-error" class="field-error">{{ enableErrors.message('code') }}</p>
                  }
                </div>
                <div class="flex gap-2">
                  <button type="submit" class="btn btn-primary" [disabled]="busy()">
                    {{ busy() ? 'Checking…' : 'Turn on 2FA' }}
                  </button>
                  <button type="button" class="btn btn-ghost" (click)="cancelSetup()">
                    Cancel
                  </button>
                </div>
              </form>
            </div>
          </div>
        } @else {
          <div class="mt-6 space-y-3">
            <p class="text-sm text-fg">Two-factor authentication is <strong>off</strong>.</p>
            @if (s.pending) {
              <p class="text-sm text-muted">
                A set-up was started but not confirmed; starting again replaces it.
              </p>
            }
            @if (setupError(); as e) {
              <app-alert tone="error">{{ e }}</app-alert>
            }
            <button
              type="button"
              class="btn btn-primary"
              (click)="startSetup()"
              [disabled]="busy()"
            >
              <app-icon name="shield" [size]="16" />
              {{ busy() ? 'Preparing…' : 'Set up two-factor authentication' }}
            </button>
          </div>
        }
      }
    </section>
  `,
})
export class TwoFactorSettingsComponent {
  private readonly accounts = inject(AccountService);
  private readonly toasts = inject(ToastService);
  private readonly injector = inject(Injector);
  private readonly fb = inject(FormBuilder).nonNullable;
  private readonly enableCode = viewChild<ElementRef<HTMLInputElement>>('enableCode');

  protected readonly status = signal<MfaStatus | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly busy = signal(false);
  /** The enrolment in progress (secret and QR code: kept in memory only, never stored). */
  protected readonly setup = signal<MfaSetup | null>(null);
  protected readonly setupError = signal<string | null>(null);
  protected readonly enableError = signal<string | null>(null);
  protected readonly disableError = signal<string | null>(null);
  /** Shown once, right after enabling. */
  protected readonly recoveryCodes = signal<string[] | null>(null);
  protected readonly codesSaved = signal(false);
  private readonly enableSubmitted = signal(false);
  private readonly disableSubmitted = signal(false);

  protected readonly enableForm = this.fb.group({
    code: ['', [Validators.required, Validators.pattern(SIX_DIGITS)]],
  });
  protected readonly enableErrors = new FormErrors(this.enableForm, this.enableSubmitted, {
    code: 'The 6-digit code',
  });
  protected readonly disableForm = this.fb.group({
    password: ['', [Validators.required]],
    code: ['', [Validators.required]],
  });
  protected readonly disableErrors = new FormErrors(this.disableForm, this.disableSubmitted, {
    password: 'Password',
    code: 'Code',
  });

  constructor() {
    this.load();
  }

  load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.accounts.mfaStatus().subscribe({
      next: (status) => {
        this.status.set(status);
        this.loading.set(false);
      },
      error: (e) => {
        this.loadError.set(toApiError(e).message);
        this.loading.set(false);
      },
    });
  }

  async startSetup(): Promise<void> {
    this.busy.set(true);
    this.setupError.set(null);
    try {
      this.setup.set(await firstValueFrom(this.accounts.mfaSetup()));
      this.enableForm.reset();
      this.enableSubmitted.set(false);
      this.enableError.set(null);
      afterNextRender(() => this.enableCode()?.nativeElement.focus(), { injector: this.injector });
    } catch (e) {
      const apiError = toApiError(e);
      this.setupError.set(apiError.message);
      if (apiError.status === 409) this.load(); // already on (another tab)
    } finally {
      this.busy.set(false);
    }
  }

  protected cancelSetup(): void {
    this.setup.set(null);
    this.load();
  }

  async enable(): Promise<void> {
    this.enableSubmitted.set(true);
    this.enableError.set(null);
    if (this.enableForm.invalid) {
      this.enableForm.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    try {
      const result = await firstValueFrom(
        this.accounts.mfaEnable(this.enableForm.controls.code.value.replace(/\s+/g, '')),
      );
      this.setup.set(null);
      this.codesSaved.set(false);
      this.recoveryCodes.set(result.recoveryCodes);
      this.status.set({
        enabled: true,
        pending: false,
        recoveryCodesLeft: result.recoveryCodes.length,
      });
    } catch (e) {
      const apiError = toApiError(e);
      if (apiError.status === 400 && !apiError.fieldErrors.length) {
        this.enableForm.controls.code.setErrors({
          server: 'That code is not right. Check the time on your phone and try the next code.',
        });
      } else {
        applyServerErrors(this.enableForm, apiError);
      }
      this.enableError.set(apiError.status === 409 ? 'Start the set-up again.' : apiError.message);
      if (apiError.status === 409) this.setup.set(null);
    } finally {
      this.busy.set(false);
    }
  }

  protected finish(): void {
    this.recoveryCodes.set(null);
    this.toasts.success('Two-factor authentication is on.');
    this.load();
  }

  async disable(): Promise<void> {
    this.disableSubmitted.set(true);
    this.disableError.set(null);
    if (this.disableForm.invalid) {
      this.disableForm.markAllAsTouched();
      return;
    }
    const { password, code } = this.disableForm.getRawValue();
    this.busy.set(true);
    try {
      await firstValueFrom(this.accounts.mfaDisable(password, code.trim()));
      this.disableForm.reset();
      this.disableSubmitted.set(false);
      this.toasts.success('Two-factor authentication is off.');
      this.load();
    } catch (e) {
      const apiError = toApiError(e);
      const unmatched = applyServerErrors(this.disableForm, apiError);
      this.disableError.set(
        apiError.status === 403
          ? 'The password or the code is not correct.'
          : [apiError.message, ...unmatched].join('\n'),
      );
    } finally {
      this.busy.set(false);
    }
  }

  /** "ABCD EFGH …" for reading and typing. */
  protected grouped(secret: string): string {
    return secret.replace(/(.{4})/g, '$1 ').trim();
  }

  protected copyCodes(codes: string[]): void {
    void this.copy(codes.join('\n'), 'Recovery codes copied.');
  }

  protected downloadCodes(codes: string[]): void {
    const text = `KytheraDB recovery codes (each works once)\n\n${codes.join('\n')}\n`;
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'kytheradb-recovery-codes.txt';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  protected async copy(text: string, done: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.toasts.success(done);
    } catch {
      this.toasts.warning('Copying is not allowed here: select the text and copy it by hand.');
    }
  }
}
