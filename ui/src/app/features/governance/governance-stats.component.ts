import { DecimalPipe, KeyValuePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { PlatformStats } from '../../core/models';
import { GovernanceService } from '../../core/services/governance.service';
import { toApiError } from '../../core/utils/api-error';
import { IconComponent } from '../../shared/components/icon/icon.component';
import { ErrorStateComponent } from '../../shared/components/states/error-state.component';
import { LoadingStateComponent } from '../../shared/components/states/loading-state.component';

/** `/governance/stats`: accounts by state, role and plan; projects, teams, connections, jobs. */
@Component({
  selector: 'app-governance-stats',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe, KeyValuePipe, IconComponent, ErrorStateComponent, LoadingStateComponent],
  template: `
    <div class="flex justify-end">
      <button
        type="button"
        class="btn btn-secondary btn-sm"
        (click)="load()"
        [disabled]="loading()"
      >
        <app-icon name="refresh" [size]="16" /> Refresh
      </button>
    </div>
    @if (loading() && !stats()) {
      <app-loading-state message="Loading statistics…" />
    } @else if (error() && !stats()) {
      <app-error-state
        class="mt-4 block"
        title="Statistics could not be loaded"
        [message]="error()!"
        (retry)="load()"
      />
    } @else if (stats(); as s) {
      <dl class="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4" data-testid="stats">
        @for (tile of tiles(s); track tile.label) {
          <div class="card p-5">
            <dt class="text-sm text-muted">{{ tile.label }}</dt>
            <dd class="mt-1 text-2xl font-bold tabular-nums text-fg">
              {{ tile.value === null ? 'Unavailable' : (tile.value | number) }}
            </dd>
            @if (tile.note) {
              <dd class="mt-1 text-xs text-muted">{{ tile.note }}</dd>
            }
          </div>
        }
      </dl>
      <div class="mt-6 grid gap-6 lg:grid-cols-3">
        @for (group of groups(s); track group.title) {
          <section class="card p-6" [attr.aria-labelledby]="group.id">
            <h2 [id]="group.id" class="section-title">{{ group.title }}</h2>
            @if (!(group.counts | keyvalue).length) {
              <p class="mt-3 text-sm text-muted">None yet.</p>
            } @else {
              <dl class="mt-3 space-y-2 text-sm">
                @for (entry of group.counts | keyvalue; track entry.key) {
                  <div class="flex items-center gap-3">
                    <dt class="w-28 shrink-0 capitalize text-muted">{{ label(entry.key) }}</dt>
                    <dd class="flex flex-1 items-center gap-2">
                      <span
                        class="h-2 rounded-full bg-primary"
                        [style.width.%]="share(entry.value, group.counts)"
                        aria-hidden="true"
                      ></span>
                      <span class="tabular-nums font-semibold text-fg">{{
                        entry.value | number
                      }}</span>
                    </dd>
                  </div>
                }
              </dl>
            }
          </section>
        }
      </div>
    }
  `,
})
export class GovernanceStatsComponent {
  private readonly governance = inject(GovernanceService);
  protected readonly stats = signal<PlatformStats | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    this.load();
  }

  load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.governance.stats().subscribe({
      next: (stats) => {
        this.stats.set(stats);
        this.loading.set(false);
      },
      error: (e) => {
        this.error.set(toApiError(e).message);
        this.loading.set(false);
      },
    });
  }

  protected tiles(
    s: PlatformStats,
  ): { label: string; value: number | null; note?: string | null }[] {
    return [
      {
        label: 'Accounts',
        value: s.users.total,
        note: `${s.users.enabled} enabled, ${s.users.disabled} disabled`,
      },
      { label: 'Verified emails', value: s.users.verified },
      { label: 'Accounts with 2FA', value: s.users.withMfa },
      { label: 'Projects', value: s.projects },
      { label: 'Teams', value: s.teams },
      { label: 'Connections', value: s.connections, note: s.connectionsNote },
    ];
  }

  protected groups(
    s: PlatformStats,
  ): { id: string; title: string; counts: Record<string, number> }[] {
    return [
      { id: 'by-role', title: 'Accounts by role', counts: s.users.byRole ?? {} },
      { id: 'by-plan', title: 'Accounts by plan', counts: s.users.byPlan ?? {} },
      { id: 'jobs', title: 'Jobs by status', counts: s.jobsByStatus ?? {} },
    ];
  }

  protected label(key: string): string {
    return key.replace(/_/g, ' ');
  }

  protected share(value: number, counts: Record<string, number>): number {
    const max = Math.max(...Object.values(counts), 1);
    return Math.max(2, Math.round((value / max) * 70));
  }
}
