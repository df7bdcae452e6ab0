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
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { Project, TEAM_ROLES, TEAM_ROLE_HELP, Team, TeamMember, TeamRole } from '../../core/models';
import { AuthService } from '../../core/services/auth.service';
import { ConfirmService } from '../../core/services/confirm.service';
import { ProjectsService } from '../../core/services/projects.service';
import { TeamsService } from '../../core/services/teams.service';
import { ToastService } from '../../core/services/toast.service';
import { toApiError } from '../../core/utils/api-error';
import { TEAM_ROLE_LABELS } from '../../core/utils/roles';
import { AlertComponent } from '../../shared/components/alert/alert.component';
import { IconComponent } from '../../shared/components/icon/icon.component';
import { EmptyStateComponent } from '../../shared/components/states/empty-state.component';
import { ErrorStateComponent } from '../../shared/components/states/error-state.component';
import { LoadingStateComponent } from '../../shared/components/states/loading-state.component';
import { FormErrors, applyServerErrors } from '../../shared/forms/form-errors';

/**
 * `/teams/:teamId`: the team's members with their roles and the team's projects. Team admins add
 * members by email, change roles and remove members; everyone may leave.
 */
@Component({
  selector: 'app-team-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    AlertComponent,
    IconComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
  ],
  template: `
    <div class="mx-auto max-w-6xl px-6 py-8 lg:px-8">
      <nav aria-label="Breadcrumb" class="text-sm text-muted">
        <a routerLink="/teams">Teams</a>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{{ team()?.name ?? '…' }}</span>
      </nav>

      @if (loading() && !team()) {
        <app-loading-state message="Loading team…" />
      } @else if (loadError() && !team()) {
        <app-error-state
          class="mt-6 block"
          title="The team could not be loaded"
          [message]="loadError()!"
          (retry)="load()"
        />
      } @else if (team(); as t) {
        <header class="mt-3 flex flex-wrap items-end justify-between gap-4">
          <div class="min-w-0">
            <h1 class="page-title break-words">{{ t.name }}</h1>
            <p class="mt-1 text-sm text-muted">
              Your role: <strong class="text-fg">{{ roleLabels[t.role] }}</strong> ·
              {{ t.memberCount }} {{ t.memberCount === 1 ? 'member' : 'members' }}
            </p>
          </div>
          <div class="flex gap-2">
            <button
              type="button"
              class="btn btn-secondary btn-sm"
              (click)="load()"
              [disabled]="loading()"
            >
              <app-icon name="refresh" [size]="16" /> Refresh
            </button>
            @if (isAdmin()) {
              <a [routerLink]="['/teams', t.id, 'settings']" class="btn btn-secondary btn-sm">
                <app-icon name="settings" [size]="16" /> Team settings
              </a>
            }
          </div>
        </header>

        <div class="mt-6 grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <div class="min-w-0 space-y-6">
            <section class="card p-6" aria-labelledby="team-members-title">
              <h2 id="team-members-title" class="section-title">Members</h2>
              @if (!t.members?.length) {
                <app-empty-state class="mt-4 block" title="No members" />
              } @else {
                <div class="mt-4 overflow-x-auto">
                  <table class="w-full text-left text-sm" data-testid="team-members">
                    <thead class="text-xs uppercase tracking-wide text-muted">
                      <tr>
                        <th scope="col" class="py-2 pr-4 font-semibold">Member</th>
                        <th scope="col" class="py-2 pr-4 font-semibold">Role</th>
                        <th scope="col" class="py-2 pr-4 font-semibold">Since</th>
                        <th scope="col" class="py-2 font-semibold">
                          <span class="sr-only">Actions</span>
                        </th>
                      </tr>
                    </thead>
                    <tbody class="divide-y divide-border">
                      @for (member of t.members; track member.userId) {
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
                            @if (isAdmin() && member.userId !== myId()) {
                              <label class="sr-only" [attr.for]="'role-' + member.userId"
                                >Role of {{ member.name || member.email }}</label
                              >
                              <select
                                class="input !min-h-8 !w-auto !py-1 text-sm"
                                [id]="'role-' + member.userId"
                                [attr.aria-busy]="busy() === member.userId"
                                (change)="changeRole(member, $any($event.target))"
                              >
                                @for (role of roles; track role) {
                                  <option [value]="role" [selected]="role === member.role">
                                    {{ roleLabels[role] }}
                                  </option>
                                }
                              </select>
                            } @else {
                              <span class="font-medium text-fg">{{ roleLabels[member.role] }}</span>
                            }
                          </td>
                          <td class="py-3 pr-4 align-top text-muted">
                            {{ member.since | date: 'mediumDate' }}
                          </td>
                          <td class="py-3 text-right align-top">
                            @if (member.userId === myId()) {
                              @if (isLastAdmin(member)) {
                                <span class="text-xs text-muted">Only admin</span>
                              } @else {
                                <button
                                  type="button"
                                  class="btn btn-ghost btn-sm"
                                  (click)="leave(member)"
                                  [disabled]="busy() === member.userId"
                                >
                                  Leave team
                                </button>
                              }
                            } @else if (isAdmin()) {
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
            </section>

            <section class="card p-6" aria-labelledby="team-projects-title">
              <h2 id="team-projects-title" class="section-title">Projects of this team</h2>
              @if (projectsError()) {
                <p class="mt-3 text-sm text-warning" role="status">
                  Projects could not be loaded: {{ projectsError() }}
                </p>
              } @else if (!teamProjects().length) {
                <p class="mt-3 text-sm text-muted">
                  No projects yet. An owner moves a project into the team from its settings.
                </p>
              } @else {
                <ul class="mt-3 space-y-2">
                  @for (project of teamProjects(); track project.id) {
                    <li>
                      <a [routerLink]="['/projects', project.id]">{{ project.name }}</a>
                    </li>
                  }
                </ul>
              }
            </section>
          </div>

          <section class="card p-6 lg:sticky lg:top-6" aria-labelledby="add-member-title">
            <h2 id="add-member-title" class="section-title">Add a member</h2>
            @if (!isAdmin()) {
              <p class="mt-2 text-sm text-muted">Only team admins add members and change roles.</p>
            } @else {
              @if (addError(); as e) {
                <app-alert tone="error" class="mt-4 block">{{ e }}</app-alert>
              }
              <form [formGroup]="addForm" (ngSubmit)="add()" novalidate class="mt-4 space-y-4">
                <div>
                  <label for="member-email" class="field-label">Email</label>
                  <input
                    id="member-email"
                    type="email"
                    class="input"
                    formControlName="email"
                    autocomplete="off"
                    required
                    [attr.aria-invalid]="addErrors.show('email')"
                    [attr.aria-describedby]="addErrors.describedBy('email', 'member-email-hint')"
                  />
                  <p id="member-email-hint" class="field-hint">
                    The person needs a KytheraDB account.
                  </p>
                  @if (addErrors.show('email')) {
                    <p id="email-error" class="field-error">{{ addErrors.message('email') }}</p>
                  }
                </div>
                <div>
                  <label for="member-role" class="field-label">Role</label>
                  <select
                    id="member-role"
                    class="input"
                    formControlName="role"
                    aria-describedby="member-role-hint"
                  >
                    @for (role of roles; track role) {
                      <option [value]="role">{{ roleLabels[role] }}</option>
                    }
                  </select>
                  <p id="member-role-hint" class="field-hint">
                    {{ roleHelp[addForm.controls.role.value] }}
                  </p>
                </div>
                <button type="submit" class="btn btn-primary w-full" [disabled]="adding()">
                  <app-icon name="plus" [size]="16" /> {{ adding() ? 'Adding…' : 'Add member' }}
                </button>
              </form>
            }
          </section>
        </div>
      }
    </div>
  `,
})
export class TeamDetailComponent {
  private readonly service = inject(TeamsService);
  private readonly projects = inject(ProjectsService);
  private readonly auth = inject(AuthService);
  private readonly confirm = inject(ConfirmService);
  private readonly toasts = inject(ToastService);
  private readonly router = inject(Router);

  /** Route parameter (component input binding). */
  readonly teamId = input.required<string>();

  protected readonly roles = TEAM_ROLES;
  protected readonly roleLabels = TEAM_ROLE_LABELS;
  protected readonly roleHelp = TEAM_ROLE_HELP;
  protected readonly team = signal<Team | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly busy = signal<string | null>(null);
  protected readonly adding = signal(false);
  protected readonly addError = signal<string | null>(null);
  private readonly addSubmitted = signal(false);
  private readonly allProjects = signal<Project[]>([]);
  protected readonly projectsError = signal<string | null>(null);

  protected readonly myId = computed(() => this.auth.user()?.id ?? null);
  protected readonly isAdmin = computed(() => this.team()?.role === 'admin');
  protected readonly teamProjects = computed(() =>
    this.allProjects().filter((p) => p.teamId === this.teamId()),
  );

  protected readonly addForm = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    role: ['dev' as TeamRole, [Validators.required]],
  });
  protected readonly addErrors = new FormErrors(this.addForm, this.addSubmitted, {
    email: 'Email',
    role: 'Role',
  });

  constructor() {
    effect(() => {
      this.teamId();
      untracked(() => {
        this.team.set(null);
        this.load();
      });
    });
  }

  load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    this.service.get(this.teamId()).subscribe({
      next: (team) => {
        this.team.set(team);
        this.loading.set(false);
      },
      error: (e) => {
        const error = toApiError(e);
        this.loadError.set(
          error.status === 404
            ? 'This team does not exist or you are not a member.'
            : error.message,
        );
        this.loading.set(false);
      },
    });
    this.projects.list().subscribe({
      next: (list) => {
        this.allProjects.set(list);
        this.projectsError.set(null);
      },
      error: (e) => this.projectsError.set(toApiError(e).message),
    });
  }

  /** A team keeps one admin: the last one cannot leave (the server answers 409). */
  protected isLastAdmin(member: TeamMember): boolean {
    const admins = this.team()?.members?.filter((m) => m.role === 'admin').length ?? 0;
    return member.role === 'admin' && admins <= 1;
  }

  async add(): Promise<void> {
    this.addSubmitted.set(true);
    this.addError.set(null);
    if (this.addForm.invalid) {
      this.addForm.markAllAsTouched();
      return;
    }
    const { email, role } = this.addForm.getRawValue();
    this.adding.set(true);
    try {
      const member = await firstValueFrom(
        this.service.addMember(this.teamId(), email.trim(), role),
      );
      this.toasts.success(
        `${member.name || member.email} joined the team as ${TEAM_ROLE_LABELS[member.role]}.`,
      );
      this.addForm.reset({ email: '', role });
      this.addSubmitted.set(false);
      this.load();
    } catch (e) {
      const apiError = toApiError(e);
      const unmatched = applyServerErrors(this.addForm, apiError);
      const message =
        apiError.status === 404 && !apiError.fieldErrors.length
          ? 'No KytheraDB account uses this address. Ask them to register first.'
          : apiError.message;
      this.addError.set([message, ...unmatched].join('\n'));
    } finally {
      this.adding.set(false);
    }
  }

  /** A role picked in a member's select; the select is put back when the change fails. */
  async changeRole(member: TeamMember, select: HTMLSelectElement): Promise<void> {
    const role = select.value as TeamRole;
    if (role === member.role) return;
    const saved = await this.run(member.userId, async () => {
      await firstValueFrom(this.service.changeRole(this.teamId(), member.userId, role));
      this.toasts.success(`${member.name || member.email} is now ${TEAM_ROLE_LABELS[role]}.`);
    });
    if (!saved) select.value = member.role;
  }

  async remove(member: TeamMember): Promise<void> {
    const who = member.name || member.email;
    const ok = await this.confirm.ask({
      title: `Remove ${who} from the team?`,
      message:
        'They lose the access the team gives to its projects at once. Direct project grants stay.',
      confirmText: 'Remove',
      tone: 'danger',
    });
    if (!ok) return;
    await this.run(member.userId, async () => {
      await firstValueFrom(this.service.removeMember(this.teamId(), member.userId));
      this.toasts.success(`${who} was removed from the team.`);
    });
  }

  async leave(member: TeamMember): Promise<void> {
    const ok = await this.confirm.ask({
      title: 'Leave this team?',
      message:
        'You lose the access the team gives to its projects. A team admin can add you again.',
      confirmText: 'Leave team',
      tone: 'danger',
    });
    if (!ok) return;
    this.busy.set(member.userId);
    try {
      await firstValueFrom(this.service.removeMember(this.teamId(), member.userId));
      this.toasts.success('You left the team.');
      await this.router.navigate(['/teams']);
    } catch (e) {
      this.toasts.error(toApiError(e).message, 'Could not leave the team');
    } finally {
      this.busy.set(null);
    }
  }

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
