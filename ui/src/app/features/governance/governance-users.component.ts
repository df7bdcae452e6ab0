import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { firstValueFrom } from 'rxjs';
import { GovernUserPatch, GovernedUser, PLANS, ROLES } from '../../core/models';
import { AuthService } from '../../core/services/auth.service';
import { ConfirmService } from '../../core/services/confirm.service';
import { GovernanceService } from '../../core/services/governance.service';
import { ToastService } from '../../core/services/toast.service';
import { toApiError } from '../../core/utils/api-error';
import { PLAN_LABELS, ROLE_LABELS } from '../../core/utils/roles';
import { IconComponent } from '../../shared/components/icon/icon.component';
import { EmptyStateComponent } from '../../shared/components/states/empty-state.component';
import { ErrorStateComponent } from '../../shared/components/states/error-state.component';
import { LoadingStateComponent } from '../../shared/components/states/loading-state.component';
import { CursorFeed } from '../../shared/data/cursor-feed';

/**
 * `/governance/users`: search accounts by email or name, change role and plan, enable or disable
 * (disabling ends the account's sessions at once). Your own role and enabled flag are fixed (the
 * platform keeps a governor).
 */
@Component({
  selector: 'app-governance-users',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    IconComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
  ],
  template: `
    <form
      role="search"
      aria-label="Search accounts"
      class="flex flex-wrap items-end gap-3"
      [formGroup]="search"
      (ngSubmit)="apply()"
    >
      <div class="w-80 max-w-full">
        <label for="user-search" class="field-label">Email or name contains</label>
        <input
          id="user-search"
          type="search"
          class="input"
          formControlName="q"
          autocomplete="off"
        />
      </div>
      <button type="submit" class="btn btn-primary">
        <app-icon name="search" [size]="16" /> Search
      </button>
      @if (query()) {
        <button type="button" class="btn btn-ghost" (click)="clear()">Clear</button>
      }
    </form>

    <section class="card mt-6 p-6" aria-labelledby="users-title">
      <div class="flex items-baseline justify-between gap-3">
        <h2 id="users-title" class="section-title">Accounts</h2>
        @if (feed.loaded() && feed.items().length) {
          <p class="text-sm text-muted" role="status">
            {{ feed.items().length }} shown{{ feed.hasMore() ? ', more available' : '' }}
          </p>
        }
      </div>
      <div class="mt-4">
        @if (feed.loading() && !feed.items().length) {
          <app-loading-state message="Loading accounts…" />
        } @else if (feed.error()) {
          <app-error-state
            title="Accounts could not be loaded"
            [message]="feed.error()!"
            (retry)="feed.reload()"
          />
        } @else if (!feed.items().length) {
          <app-empty-state
            [title]="query() ? 'No account matches “' + query() + '”' : 'No accounts yet'"
          />
        } @else {
          <div class="overflow-x-auto">
            <table class="w-full text-left text-sm" data-testid="governance-users">
              <thead class="text-xs uppercase tracking-wide text-muted">
                <tr>
                  <th scope="col" class="py-2 pr-4 font-semibold">Account</th>
                  <th scope="col" class="py-2 pr-4 font-semibold">Role</th>
                  <th scope="col" class="py-2 pr-4 font-semibold">Plan</th>
                  <th scope="col" class="py-2 pr-4 font-semibold">Status</th>
                  <th scope="col" class="py-2 pr-4 font-semibold">Created</th>
                  <th scope="col" class="py-2 font-semibold">
                    <span class="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody class="divide-y divide-border">
                @for (user of feed.items(); track user.id) {
                  <tr [attr.data-user]="user.email">
                    <td class="py-3 pr-4 align-top">
                      <p class="font-medium text-fg">
                        {{ user.email }}
                        @if (user.id === myId()) {
                          <span
                            class="ml-1 rounded-full bg-primary-soft px-2 py-0.5 text-xs font-semibold text-primary"
                            >You</span
                          >
                        }
                      </p>
                      @if (user.name) {
                        <p class="text-xs text-muted">{{ user.name }}</p>
                      }
                    </td>
                    <td class="py-3 pr-4 align-top">
                      <label class="sr-only" [attr.for]="'role-' + user.id"
                        >Role of {{ user.email }}</label
                      >
                      <select
                        class="input !min-h-8 !w-auto !py-1 text-sm"
                        [id]="'role-' + user.id"
                        [disabled]="user.id === myId()"
                        [attr.aria-busy]="busy() === user.id"
                        (change)="change(user, 'role', $any($event.target))"
                      >
                        @for (role of roles; track role) {
                          <option [value]="role" [selected]="role === user.role">
                            {{ roleLabels[role] }}
                          </option>
                        }
                      </select>
                    </td>
                    <td class="py-3 pr-4 align-top">
                      <label class="sr-only" [attr.for]="'plan-' + user.id"
                        >Plan of {{ user.email }}</label
                      >
                      <select
                        class="input !min-h-8 !w-auto !py-1 text-sm"
                        [id]="'plan-' + user.id"
                        [attr.aria-busy]="busy() === user.id"
                        (change)="change(user, 'plan', $any($event.target))"
                      >
                        @for (plan of plans; track plan) {
                          <option [value]="plan" [selected]="plan === user.plan">
                            {{ planLabels[plan] }}
                          </option>
                        }
                      </select>
                    </td>
                    <td class="py-3 pr-4 align-top">
                      <span
                        class="font-medium"
                        [class.text-success]="user.enabled"
                        [class.text-danger]="!user.enabled"
                      >
                        {{ user.enabled ? 'Enabled' : 'Disabled' }}
                      </span>
                      <p class="text-xs text-muted">
                        {{ user.emailVerified ? 'Email verified' : 'Email not verified' }}
                      </p>
                    </td>
                    <td class="py-3 pr-4 align-top text-muted">
                      {{ user.createdAt | date: 'mediumDate' }}
                    </td>
                    <td class="py-3 text-right align-top">
                      @if (user.id !== myId()) {
                        <button
                          type="button"
                          class="btn btn-sm"
                          [class.btn-secondary]="!user.enabled"
                          [class.btn-ghost]="user.enabled"
                          [class.text-danger]="user.enabled"
                          (click)="toggleEnabled(user)"
                          [disabled]="busy() === user.id"
                        >
                          {{ user.enabled ? 'Disable' : 'Enable' }}
                        </button>
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          <div class="mt-5 flex flex-col items-center gap-2">
            @if (feed.moreError(); as e) {
              <p class="text-sm text-danger" role="alert">Could not load more: {{ e }}</p>
            }
            @if (feed.hasMore()) {
              <button
                type="button"
                class="btn btn-secondary btn-sm"
                (click)="feed.loadMore()"
                [disabled]="feed.loadingMore()"
              >
                {{ feed.loadingMore() ? 'Loading…' : 'Load more' }}
              </button>
            }
          </div>
        }
      </div>
    </section>
  `,
})
export class GovernanceUsersComponent {
  private readonly governance = inject(GovernanceService);
  private readonly auth = inject(AuthService);
  private readonly confirm = inject(ConfirmService);
  private readonly toasts = inject(ToastService);

  protected readonly roles = ROLES;
  protected readonly plans = PLANS;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly planLabels = PLAN_LABELS;
  protected readonly myId = computed(() => this.auth.user()?.id ?? null);
  protected readonly query = signal('');
  protected readonly busy = signal<string | null>(null);
  protected readonly search = inject(FormBuilder).nonNullable.group({ q: [''] });
  protected readonly feed = new CursorFeed<GovernedUser>((cursor) =>
    this.governance.users(this.query() || null, cursor, 50),
  );

  constructor() {
    inject(DestroyRef).onDestroy(() => this.feed.cancel());
    this.feed.reload();
  }

  protected apply(): void {
    this.query.set(this.search.controls.q.value.trim());
    this.feed.reload();
  }

  protected clear(): void {
    this.search.reset();
    this.apply();
  }

  /** A role or plan picked in a row's select; the select is put back when nothing changes. */
  async change(
    user: GovernedUser,
    field: 'role' | 'plan',
    select: HTMLSelectElement,
  ): Promise<void> {
    const value = select.value;
    if (value === user[field]) return;
    const patch: GovernUserPatch =
      field === 'role'
        ? { role: value as GovernedUser['role'] }
        : { plan: value as GovernedUser['plan'] };
    if (patch.role === 'super_admin') {
      const ok = await this.confirm.ask({
        title: `Make ${user.email} a super admin?`,
        message:
          'Super admins govern the whole platform (accounts, roles, plans, the audit log) and lose access to projects and teams.',
        confirmText: 'Make super admin',
      });
      if (!ok) {
        select.value = user[field];
        return;
      }
    }
    if (!(await this.update(user, patch))) select.value = user[field];
  }

  async toggleEnabled(user: GovernedUser): Promise<void> {
    if (user.enabled) {
      const ok = await this.confirm.ask({
        title: `Disable ${user.email}?`,
        message:
          'Every session of the account ends now and it can no longer sign in until it is enabled again. Its projects and data stay.',
        confirmText: 'Disable account',
        tone: 'danger',
      });
      if (!ok) return;
    }
    await this.update(user, { enabled: !user.enabled });
  }

  /** Applies a change; false when the server refused it (the error is shown as a toast). */
  private async update(user: GovernedUser, patch: GovernUserPatch): Promise<boolean> {
    this.busy.set(user.id);
    try {
      const updated = await firstValueFrom(this.governance.updateUser(user.id, patch));
      this.feed.replace(updated);
      this.toasts.success(`${updated.email} updated.`);
      return true;
    } catch (e) {
      this.toasts.error(toApiError(e).message, 'The account was not changed');
      return false;
    } finally {
      this.busy.set(null);
    }
  }
}
