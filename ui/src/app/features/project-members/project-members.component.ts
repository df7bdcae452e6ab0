import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import {
  PERMISSION_HELP,
  PROJECT_PERMISSIONS,
  ProjectInvitation,
  ProjectMember,
  ProjectMembers,
  ProjectPermission,
} from '../../core/models';
import { AuthService } from '../../core/services/auth.service';
import { ConfirmService } from '../../core/services/confirm.service';
import { ProjectMembersService } from '../../core/services/project-members.service';
import { ProjectsService } from '../../core/services/projects.service';
import { ToastService } from '../../core/services/toast.service';
import { toApiError } from '../../core/utils/api-error';
import {
  PERMISSION_LABELS,
  TEAM_ROLE_LABELS,
  hasPermission,
  projectPermissionOf,
} from '../../core/utils/roles';
import { AlertComponent } from '../../shared/components/alert/alert.component';
import { IconComponent } from '../../shared/components/icon/icon.component';
import { ProjectPageHeaderComponent } from '../../shared/components/page-header/project-page-header.component';
import { EmptyStateComponent } from '../../shared/components/states/empty-state.component';
import { ErrorStateComponent } from '../../shared/components/states/error-state.component';
import { LoadingStateComponent } from '../../shared/components/states/loading-state.component';
import { FormErrors, applyServerErrors } from '../../shared/forms/form-errors';

/**
 * `/projects/:projectId/members`: everyone with access (effective permission, direct grant, team
 * role), invitations by email, permission changes and removals for project admins (owner grants
 * for owners), pending invitations, and "leave" for yourself.
 */
@Component({
  selector: 'app-project-members',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    AlertComponent,
    IconComponent,
    ProjectPageHeaderComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
  ],
  template: `
    <div class="mx-auto max-w-6xl px-6 py-8 lg:px-8">
      <app-project-page-header
        [projectId]="projectId()"
        heading="Members & permissions"
        description="Who can use this project. Access comes from a direct grant or from the project's team; the higher one applies."
      >
        <button
          type="button"
          class="btn btn-secondary btn-sm"
          (click)="load()"
          [disabled]="loading()"
        >
          <app-icon name="refresh" [size]="16" /> Refresh
        </button>
      </app-project-page-header>

      <div class="mt-6 grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div class="min-w-0 space-y-6">
          <section class="card p-6" aria-labelledby="members-title">
            <h2 id="members-title" class="section-title">Members</h2>
            <div class="mt-4">
              @if (loading() && !data()) {
                <app-loading-state message="Loading members…" />
              } @else if (loadError() && !data()) {
                <app-error-state
                  title="Members could not be loaded"
                  [message]="loadError()!"
                  (retry)="load()"
                />
              } @else if (data(); as d) {
                @if (!d.members.length) {
                  <app-empty-state title="No members" message="Nobody has access yet." />
                } @else {
                  <div class="overflow-x-auto">
                    <table class="w-full text-left text-sm" data-testid="members-table">
                      <thead class="text-xs uppercase tracking-wide text-muted">
                        <tr>
                          <th scope="col" class="py-2 pr-4 font-semibold">Member</th>
                          <th scope="col" class="py-2 pr-4 font-semibold">Access</th>
                          <th scope="col" class="py-2 pr-4 font-semibold">Since</th>
                          <th scope="col" class="py-2 font-semibold">
                            <span class="sr-only">Actions</span>
                          </th>
                        </tr>
                      </thead>
                      <tbody class="divide-y divide-border">
                        @for (member of d.members; track member.userId) {
                          <tr [attr.data-member]="member.email">
                            <td class="py-3 pr-4 align-top">
                              <p class="font-medium text-fg">
                                {{ member.name || member.email }}
                                @if (member.userId === myId()) {
                                  <span
                                    class="ml-1 rounded-full bg-primary-soft px-2 py-0.5 text-xs font-semibold text-primary"
                                    >You</span
                                  >
                                }
                              </p>
                              @if (member.name) {
                                <p class="text-xs text-muted">{{ member.email }}</p>
                              }
                            </td>
                            <td class="py-3 pr-4 align-top">
                              @if (canChange(member)) {
                                <label class="sr-only" [attr.for]="'perm-' + member.userId"
                                  >Permission of {{ member.name || member.email }}</label
                                >
                                <select
                                  class="input !min-h-8 !w-auto !py-1 text-sm"
                                  [id]="'perm-' + member.userId"
                                  [attr.aria-busy]="busy() === member.userId"
                                  (change)="changePermission(member, $any($event.target))"
                                >
                                  @for (p of grantable(); track p) {
                                    <option [value]="p" [selected]="p === member.direct">
                                      {{ labels[p] }}
                                    </option>
                                  }
                                </select>
                              } @else {
                                <span class="font-medium text-fg">{{
                                  labels[member.permission]
                                }}</span>
                              }
                              <p class="mt-1 text-xs text-muted">{{ source(member) }}</p>
                            </td>
                            <td class="py-3 pr-4 align-top text-muted">
                              {{ member.since | date: 'mediumDate' }}
                            </td>
                            <td class="py-3 text-right align-top">
                              @if (member.userId === myId()) {
                                @if (member.direct && !isLastOwner(member)) {
                                  <button
                                    type="button"
                                    class="btn btn-ghost btn-sm"
                                    (click)="leave(member)"
                                    [disabled]="busy() === member.userId"
                                  >
                                    Leave
                                  </button>
                                }
                              } @else if (canRemove(member)) {
                                <button
                                  type="button"
                                  class="btn btn-ghost btn-sm text-danger"
                                  (click)="remove(member)"
                                  [disabled]="busy() === member.userId"
                                  [attr.aria-label]="'Remove ' + (member.name || member.email)"
                                >
                                  <app-icon name="trash" [size]="16" /> Remove
                                </button>
                              }
                            </td>
                          </tr>
                        }
                      </tbody>
                    </table>
                  </div>
                }
                @if (loadError()) {
                  <p class="mt-3 text-xs text-warning" role="status">
                    Could not refresh: {{ loadError() }}
                  </p>
                }
              }
            </div>
          </section>

          @if (isAdmin()) {
            <section class="card p-6" aria-labelledby="invitations-title">
              <h2 id="invitations-title" class="section-title">Pending invitations</h2>
              <p class="mt-1 text-sm text-muted">
                Addresses without an account. The access starts when someone verifies that address.
              </p>
              <div class="mt-4">
                @if (!data()) {
                  <app-loading-state message="Loading invitations…" [compact]="true" />
                } @else if (!data()!.invitations.length) {
                  <p class="text-sm text-muted">No pending invitations.</p>
                } @else {
                  <ul class="divide-y divide-border" data-testid="invitations">
                    @for (invitation of data()!.invitations; track invitation.id) {
                      <li class="flex flex-wrap items-center justify-between gap-3 py-3">
                        <div class="min-w-0">
                          <p class="truncate font-medium text-fg">{{ invitation.email }}</p>
                          <p class="text-xs text-muted">
                            {{ labels[invitation.permission] }} · invited
                            {{ invitation.createdAt | date: 'medium' }}
                          </p>
                        </div>
                        <button
                          type="button"
                          class="btn btn-ghost btn-sm text-danger"
                          (click)="cancelInvitation(invitation)"
                          [disabled]="busy() === invitation.id"
                          [attr.aria-label]="'Cancel the invitation of ' + invitation.email"
                        >
                          Cancel invitation
                        </button>
                      </li>
                    }
                  </ul>
                }
              </div>
            </section>
          }
        </div>

        <section class="card p-6 lg:sticky lg:top-6" aria-labelledby="invite-title">
          <h2 id="invite-title" class="section-title">Invite someone</h2>
          @if (!isAdmin()) {
            <p class="mt-2 text-sm text-muted">
              Only project admins and owners invite people or change permissions. Your access:
              <strong class="text-fg">{{ myPermission() ? labels[myPermission()!] : '…' }}</strong>.
            </p>
          } @else {
            @if (inviteError(); as e) {
              <app-alert tone="error" class="mt-4 block">{{ e }}</app-alert>
            }
            <form [formGroup]="inviteForm" (ngSubmit)="invite()" novalidate class="mt-4 space-y-4">
              <div>
                <label for="invite-email" class="field-label">Email</label>
                <input
                  id="invite-email"
                  type="email"
                  class="input"
                  formControlName="email"
                  autocomplete="off"
                  required
                  [attr.aria-invalid]="inviteErrors.show('email')"
                  [attr.aria-describedby]="inviteErrors.describedBy('email')"
                />
                @if (inviteErrors.show('email')) {
                  <p id="email-error" class="field-error">{{ inviteErrors.message('email') }}</p>
                }
              </div>
              <div>
                <label for="invite-permission" class="field-label">Permission</label>
                <select
                  id="invite-permission"
                  class="input"
                  formControlName="permission"
                  aria-describedby="invite-permission-hint"
                >
                  @for (p of grantable(); track p) {
                    <option [value]="p">{{ labels[p] }}</option>
                  }
                </select>
                <p id="invite-permission-hint" class="field-hint">
                  {{ help[inviteForm.controls.permission.value] }}
                </p>
              </div>
              <button type="submit" class="btn btn-primary w-full" [disabled]="inviting()">
                <app-icon name="plus" [size]="16" /> {{ inviting() ? 'Inviting…' : 'Invite' }}
              </button>
              <p class="text-xs text-muted">
                People with an account get access at once; others get an invitation email.
              </p>
            </form>
          }
        </section>
      </div>
    </div>
  `,
})
export class ProjectMembersComponent {
  private readonly service = inject(ProjectMembersService);
  private readonly projects = inject(ProjectsService);
  private readonly auth = inject(AuthService);
  private readonly confirm = inject(ConfirmService);
  private readonly toasts = inject(ToastService);
  private readonly router = inject(Router);

  /** Route parameter (component input binding). */
  readonly projectId = input.required<string>();

  protected readonly labels = PERMISSION_LABELS;
  protected readonly help = PERMISSION_HELP;
  protected readonly data = signal<ProjectMembers | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  /** The member or invitation whose change is in flight. */
  protected readonly busy = signal<string | null>(null);
  protected readonly inviting = signal(false);
  protected readonly inviteError = signal<string | null>(null);
  private readonly inviteSubmitted = signal(false);

  protected readonly myId = computed(() => this.auth.user()?.id ?? null);
  protected readonly myPermission = computed<ProjectPermission | null>(() => {
    const me = this.data()?.members.find((m) => m.userId === this.myId());
    return (
      me?.permission ?? projectPermissionOf(this.projects.known()[this.projectId()], this.myId())
    );
  });
  protected readonly isAdmin = computed(() => hasPermission(this.myPermission(), 'admin'));
  protected readonly isOwner = computed(() => this.myPermission() === 'owner');
  /** Permissions the caller may hand out: up to admin, owner only for owners. */
  protected readonly grantable = computed<ProjectPermission[]>(() =>
    PROJECT_PERMISSIONS.filter((p) => p !== 'owner' || this.isOwner()),
  );

  protected readonly inviteForm = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    permission: ['read' as ProjectPermission, [Validators.required]],
  });
  protected readonly inviteErrors = new FormErrors(this.inviteForm, this.inviteSubmitted, {
    email: 'Email',
    permission: 'Permission',
  });

  constructor() {
    effect(() => {
      this.projectId();
      untracked(() => {
        this.data.set(null);
        this.load();
      });
    });
  }

  load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.service.list(this.projectId()).subscribe({
      next: (data) => {
        this.data.set(data);
        this.loading.set(false);
      },
      error: (e) => {
        this.loadError.set(toApiError(e).message);
        this.loading.set(false);
      },
    });
  }

  protected source(member: ProjectMember): string {
    const parts: string[] = [];
    if (member.direct) parts.push(`direct ${PERMISSION_LABELS[member.direct].toLowerCase()}`);
    if (member.teamRole) parts.push(`team ${TEAM_ROLE_LABELS[member.teamRole].toLowerCase()}`);
    return parts.length ? `From ${parts.join(' and ')}` : '';
  }

  /** A direct grant the caller may change (admins; owner grants only by owners; not oneself). */
  protected canChange(member: ProjectMember): boolean {
    if (!this.isAdmin() || !member.direct || member.userId === this.myId()) return false;
    return member.direct !== 'owner' || this.isOwner();
  }

  /** The last direct owner can neither leave nor be removed (the server answers 409). */
  protected isLastOwner(member: ProjectMember): boolean {
    const owners = this.data()?.members.filter((m) => m.direct === 'owner').length ?? 0;
    return member.direct === 'owner' && owners <= 1;
  }

  protected canRemove(member: ProjectMember): boolean {
    return this.canChange(member);
  }

  async invite(): Promise<void> {
    this.inviteSubmitted.set(true);
    this.inviteError.set(null);
    if (this.inviteForm.invalid) {
      this.inviteForm.markAllAsTouched();
      return;
    }
    const { email, permission } = this.inviteForm.getRawValue();
    this.inviting.set(true);
    try {
      const outcome = await firstValueFrom(
        this.service.invite(this.projectId(), email.trim(), permission),
      );
      this.toasts.success(
        outcome.status === 'member'
          ? `${outcome.email} now has ${PERMISSION_LABELS[outcome.permission].toLowerCase()} access.`
          : `Invitation sent to ${outcome.email}. Access starts when they verify that address.`,
      );
      this.inviteForm.reset({ email: '', permission });
      this.inviteSubmitted.set(false);
      this.load();
    } catch (e) {
      const apiError = toApiError(e);
      const unmatched = applyServerErrors(this.inviteForm, apiError);
      this.inviteError.set([apiError.message, ...unmatched].join('\n'));
    } finally {
      this.inviting.set(false);
    }
  }

  /** A permission picked in a member's select; the select is put back when nothing changes. */
  async changePermission(member: ProjectMember, select: HTMLSelectElement): Promise<void> {
    const permission = select.value as ProjectPermission;
    if (permission === member.direct) return;
    const restore = () => (select.value = member.direct ?? '');
    const who = member.name || member.email;
    if (permission === 'owner') {
      const ok = await this.confirm.ask({
        title: `Make ${who} an owner?`,
        message:
          'Owners can rename, move and delete the project and manage other owners. Only an owner can undo this.',
        confirmText: 'Make owner',
      });
      if (!ok) {
        restore();
        return;
      }
    }
    const saved = await this.run(member.userId, async () => {
      await firstValueFrom(this.service.change(this.projectId(), member.userId, permission));
      this.toasts.success(`${who} now has ${PERMISSION_LABELS[permission].toLowerCase()} access.`);
    });
    if (!saved) restore();
  }

  async remove(member: ProjectMember): Promise<void> {
    const who = member.name || member.email;
    const ok = await this.confirm.ask({
      title: `Remove ${who}?`,
      message: member.teamRole
        ? `Their direct access ends. They keep the access their team role gives (${TEAM_ROLE_LABELS[member.teamRole].toLowerCase()}).`
        : 'They lose access to this project at once.',
      confirmText: 'Remove',
      tone: 'danger',
    });
    if (!ok) return;
    await this.run(member.userId, async () => {
      await firstValueFrom(this.service.remove(this.projectId(), member.userId));
      this.toasts.success(`${who} was removed.`);
    });
  }

  async leave(member: ProjectMember): Promise<void> {
    const ok = await this.confirm.ask({
      title: 'Leave this project?',
      message: member.teamRole
        ? 'Your direct access ends; you keep what your team role gives.'
        : 'You lose access at once. Someone with admin access has to invite you again.',
      confirmText: 'Leave project',
      tone: 'danger',
    });
    if (!ok) return;
    this.busy.set(member.userId);
    try {
      await firstValueFrom(this.service.remove(this.projectId(), member.userId));
      this.toasts.success('You left the project.');
      if (member.teamRole) this.load();
      else await this.router.navigate(['/projects']);
    } catch (e) {
      this.toasts.error(toApiError(e).message, 'Could not leave the project');
    } finally {
      this.busy.set(null);
    }
  }

  async cancelInvitation(invitation: ProjectInvitation): Promise<void> {
    const ok = await this.confirm.ask({
      title: `Cancel the invitation of ${invitation.email}?`,
      message: 'The link in their email stops giving access.',
      confirmText: 'Cancel invitation',
      cancelText: 'Keep it',
      tone: 'danger',
    });
    if (!ok) return;
    await this.run(invitation.id, async () => {
      await firstValueFrom(this.service.cancelInvitation(this.projectId(), invitation.id));
      this.toasts.success(`The invitation of ${invitation.email} was cancelled.`);
    });
  }

  /** Runs one change with its row marked busy, then reloads (errors become a toast). */
  private async run(key: string, change: () => Promise<void>): Promise<boolean> {
    this.busy.set(key);
    try {
      await change();
      return true;
    } catch (e) {
      this.toasts.error(toApiError(e).message, 'The change was not saved');
      return false;
    } finally {
      this.busy.set(null);
      this.load();
    }
  }
}
