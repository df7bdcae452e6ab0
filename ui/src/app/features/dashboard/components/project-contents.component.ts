import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { ConnectionView, ProjectConfig, ProjectMembers, Team } from '../../../core/models';
import { ConnectionsService } from '../../../core/services/connections.service';
import { ProjectConfigService } from '../../../core/services/project-config.service';
import { ProjectMembersService } from '../../../core/services/project-members.service';
import { TeamsService } from '../../../core/services/teams.service';
import { Loader } from '../../../shared/data/loader';

/** The newest snapshot over all connections, with the connection it belongs to. */
export interface LatestSnapshot {
  id: string;
  capturedAt: string;
  tableCount: number;
  connectionId: string;
  connectionName: string;
}

export function latestSnapshotOf(connections: readonly ConnectionView[]): LatestSnapshot | null {
  let latest: LatestSnapshot | null = null;
  for (const c of connections) {
    const s = c.lastSnapshot;
    if (!s) continue;
    if (!latest || s.capturedAt.localeCompare(latest.capturedAt) > 0)
      latest = { ...s, connectionId: c.id, connectionName: c.name };
  }
  return latest;
}

/**
 * The dashboard's "what the project has": its team, members, environments (project config),
 * connections and newest schema snapshot (introspection). Each part loads on its own and says
 * so when its service does not answer, without hiding the others.
 */
@Component({
  selector: 'app-project-contents',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink],
  template: `
    <section
      class="mt-5 border-t border-border pt-5"
      aria-labelledby="project-contents-title"
      data-testid="project-contents"
    >
      <div class="flex items-center justify-between gap-3">
        <h3 id="project-contents-title" class="text-sm font-semibold text-fg">In this project</h3>
        @if (anyFailed()) {
          <button type="button" class="btn btn-ghost btn-sm" (click)="retry()">Retry</button>
        }
      </div>
      <dl class="mt-3 grid gap-3 text-sm sm:grid-cols-2 xl:grid-cols-1">
        <div data-testid="contents-team">
          <dt class="text-muted">Team</dt>
          <dd class="font-medium text-fg">
            @if (!teamId()) {
              Personal project
            } @else if (team.value(); as t) {
              <a [routerLink]="['/teams', t.id]">{{ t.name }}</a>
            } @else if (team.loading()) {
              <span class="font-normal text-muted">Loading…</span>
            } @else if (team.failure()?.status === 404 || team.failure()?.status === 403) {
              <span class="font-normal">A team you are not a member of</span>
            } @else {
              <span class="font-normal text-muted" [title]="team.error() ?? ''"
                >In a team (details unavailable)</span
              >
            }
          </dd>
        </div>

        <div data-testid="contents-members">
          <dt class="text-muted">Members</dt>
          <dd class="font-medium text-fg">
            @if (members.value(); as m) {
              <a [routerLink]="['/projects', projectId(), 'members']">{{
                count(m.members.length, 'member')
              }}</a>
              @if (m.invitations.length) {
                <span class="font-normal text-muted">
                  · {{ count(m.invitations.length, 'pending invitation') }}</span
                >
              }
            } @else if (members.error(); as e) {
              <span class="font-normal text-muted" [title]="e">Unavailable</span>
            } @else {
              <span class="font-normal text-muted">Loading…</span>
            }
          </dd>
        </div>

        <div data-testid="contents-environments">
          <dt class="text-muted">Environments</dt>
          <dd class="text-fg">
            @if (config.value(); as c) {
              @if (c.environments.length) {
                <ul class="mt-1 flex flex-wrap gap-1.5" aria-label="Environments">
                  @for (env of c.environments; track env.name) {
                    <li
                      class="rounded-full border px-2 py-0.5 text-xs font-semibold"
                      [class]="
                        env.production
                          ? 'border-warning/40 bg-warning-soft text-warning'
                          : 'border-border bg-surface-muted text-fg'
                      "
                      [attr.data-environment]="env.name"
                      [title]="env.description ?? ''"
                    >
                      {{ env.name }}
                      @if (env.production) {
                        <span class="sr-only"> (production)</span>
                      }
                    </li>
                  }
                </ul>
              } @else {
                <span class="text-muted">None configured</span>
                @if (canManage()) {
                  ·
                  <a [routerLink]="['/projects', projectId(), 'settings']">Add environments</a>
                }
              }
            } @else if (config.error(); as e) {
              <span class="text-muted" [title]="e">Unavailable</span>
            } @else {
              <span class="text-muted">Loading…</span>
            }
          </dd>
        </div>

        <div data-testid="contents-connections">
          <dt class="text-muted">Database connections</dt>
          <dd class="font-medium text-fg">
            @if (connections.value(); as list) {
              <a [routerLink]="['/projects', projectId(), 'connections']">{{
                list.length ? count(list.length, 'connection') : 'None yet'
              }}</a>
            } @else if (connections.error(); as e) {
              <span class="font-normal text-muted" [title]="e">Unavailable</span>
            } @else {
              <span class="font-normal text-muted">Loading…</span>
            }
          </dd>
        </div>

        <div data-testid="contents-snapshot">
          <dt class="text-muted">Latest schema snapshot</dt>
          <dd class="text-fg">
            @if (connections.value()) {
              @if (latestSnapshot(); as s) {
                <a
                  class="font-medium"
                  [routerLink]="['/projects', projectId(), 'schema']"
                  [queryParams]="{ connectionId: s.connectionId, snapshotId: s.id }"
                  >{{ s.capturedAt | date: 'medium' }}</a
                >
                <span class="block text-xs text-muted"
                  >{{ count(s.tableCount, 'table') }} · {{ s.connectionName }}</span
                >
              } @else {
                <span class="text-muted">None captured yet</span>
              }
            } @else if (connections.error()) {
              <span class="text-muted">Unavailable</span>
            } @else {
              <span class="text-muted">Loading…</span>
            }
          </dd>
        </div>
      </dl>
    </section>
  `,
})
export class ProjectContentsComponent {
  private readonly membersService = inject(ProjectMembersService);
  private readonly configService = inject(ProjectConfigService);
  private readonly connectionsService = inject(ConnectionsService);
  private readonly teamsService = inject(TeamsService);

  readonly projectId = input.required<string>();
  /** The project's team, null for a personal project. */
  readonly teamId = input<string | null>(null);
  /** Project admins get a link to add environments when there are none. */
  readonly canManage = input(false);

  private readonly destroyRef = inject(DestroyRef);
  protected readonly members = new Loader<ProjectMembers>(this.destroyRef);
  protected readonly config = new Loader<ProjectConfig>(this.destroyRef);
  protected readonly connections = new Loader<ConnectionView[]>(this.destroyRef);
  protected readonly team = new Loader<Team>(this.destroyRef);

  protected readonly latestSnapshot = computed(() =>
    latestSnapshotOf(this.connections.value() ?? []),
  );
  protected readonly anyFailed = computed(
    () =>
      !!this.members.error() ||
      !!this.config.error() ||
      !!this.connections.error() ||
      (!!this.team.error() && ![403, 404].includes(this.team.failure()?.status ?? 0)),
  );

  constructor() {
    effect(() => {
      const id = this.projectId();
      untracked(() => this.loadProjectParts(id));
    });
    effect(() => {
      const teamId = this.teamId();
      untracked(() => (teamId ? this.team.load(this.teamsService.get(teamId)) : this.team.reset()));
    });
  }

  /** Loads again every part that failed. */
  retry(): void {
    const id = this.projectId();
    if (this.members.error()) this.members.load(this.membersService.list(id));
    if (this.config.error()) this.config.load(this.configService.get(id));
    if (this.connections.error()) this.connections.load(this.connectionsService.list(id));
    const teamId = this.teamId();
    if (teamId && this.team.error()) this.team.load(this.teamsService.get(teamId));
  }

  protected count(n: number, noun: string): string {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
  }

  private loadProjectParts(id: string): void {
    this.members.load(this.membersService.list(id));
    this.config.load(this.configService.get(id));
    this.connections.load(this.connectionsService.list(id));
  }
}
