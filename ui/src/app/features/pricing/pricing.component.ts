import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Plan, PlanLimit, PlanLimits } from '../../core/models';
import { AuthService } from '../../core/services/auth.service';
import { PlansService } from '../../core/services/plans.service';
import { toApiError } from '../../core/utils/api-error';
import { EmptyStateComponent } from '../../shared/components/states/empty-state.component';
import { ErrorStateComponent } from '../../shared/components/states/error-state.component';
import { LoadingStateComponent } from '../../shared/components/states/loading-state.component';
import { IconComponent } from '../../shared/components/icon/icon.component';

/** Presentation copy per plan id (the catalogue itself, with its limits, comes from the API). */
const TAGLINES: Record<string, string> = {
  starter: 'For one developer exploring a database.',
  pro: 'For teams that change production data safely.',
  enterprise: 'For organisations with compliance duties.',
};

/** `/pricing`: the plan catalogue from `GET /api/plans` (public) with each plan's limits. */
@Component({
  selector: 'app-pricing',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    IconComponent,
    LoadingStateComponent,
    ErrorStateComponent,
    EmptyStateComponent,
  ],
  template: `
    <div class="mx-auto max-w-6xl px-6 py-10">
      <header class="max-w-2xl">
        <h1 class="page-title">Plans & pricing</h1>
        <p class="mt-2 text-muted">
          Start free, upgrade when your team needs safer changes and compliance.
        </p>
      </header>

      @if (loading()) {
        <app-loading-state message="Loading plans…" />
      } @else if (error()) {
        <app-error-state
          class="mt-8 block"
          title="Plans could not be loaded"
          [message]="error()!"
          (retry)="load()"
        />
      } @else if (!plans().length) {
        <app-empty-state
          class="mt-8 block"
          title="No plans are available right now"
          message="Please check back later."
        />
      } @else {
        <ul class="mt-8 grid gap-6 md:grid-cols-3">
          @for (plan of plans(); track plan.id) {
            <li
              class="card flex flex-col p-6"
              [class.ring-2]="plan.id === highlighted"
              [class.ring-primary]="plan.id === highlighted"
              [attr.aria-labelledby]="'plan-' + plan.id"
              [attr.data-plan]="plan.id"
            >
              <div class="flex items-center justify-between gap-2">
                <h2 [id]="'plan-' + plan.id" class="text-lg font-bold text-fg">{{ plan.name }}</h2>
                @if (currentPlan() === plan.id) {
                  <span
                    class="rounded-full bg-success-soft px-2.5 py-0.5 text-xs font-semibold text-success"
                    >Your plan</span
                  >
                } @else if (plan.id === highlighted) {
                  <span
                    class="rounded-full bg-primary-soft px-2.5 py-0.5 text-xs font-semibold text-primary"
                    >For teams</span
                  >
                }
              </div>
              <p class="mt-1 min-h-10 text-sm text-muted">{{ tagline(plan) }}</p>

              <dl class="mt-6 space-y-2 border-t border-border pt-4 text-sm">
                @for (row of limitRows; track row.key) {
                  <div class="flex justify-between gap-3">
                    <dt class="text-muted">{{ row.label }}</dt>
                    <dd class="font-semibold text-fg tabular-nums">
                      {{ formatLimit(plan.limits[row.key]) }}
                    </dd>
                  </div>
                }
              </dl>

              <ul class="mt-6 flex-1 space-y-2 text-sm">
                <li class="flex gap-2 text-fg">
                  <span class="mt-0.5 text-success"><app-icon name="check" [size]="16" /></span
                  >Two-factor authentication
                </li>
                <li class="flex gap-2 text-fg">
                  <span class="mt-0.5 text-success"><app-icon name="check" [size]="16" /></span
                  >Teams, project members and the activity log
                </li>
              </ul>

              <div class="mt-6">
                @if (!auth.isAuthenticated()) {
                  <a
                    routerLink="/register"
                    class="btn w-full"
                    [class.btn-primary]="plan.id === highlighted"
                    [class.btn-secondary]="plan.id !== highlighted"
                  >
                    {{ plan.rank === 0 ? 'Start with ' + plan.name : 'Create an account' }}
                  </a>
                } @else if (currentPlan() === plan.id) {
                  <p
                    class="rounded-control bg-surface-muted px-3 py-2 text-center text-sm font-medium text-muted"
                  >
                    This is your current plan
                  </p>
                } @else {
                  <p
                    class="rounded-control bg-surface-muted px-3 py-2 text-center text-sm text-muted"
                  >
                    A platform administrator changes plans until billing opens.
                  </p>
                }
              </div>
            </li>
          }
        </ul>
        <p class="mt-6 text-xs text-muted">
          Limits apply to the account that acts: projects you own, members a team admin adds. Prices
          are announced with billing.
        </p>
      }
    </div>
  `,
})
export class PricingComponent {
  protected readonly auth = inject(AuthService);
  private readonly plansService = inject(PlansService);

  protected readonly plans = signal<readonly Plan[]>([]);
  protected readonly highlighted = 'pro';
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly currentPlan = () => this.auth.user()?.plan ?? null;

  protected readonly limitRows: { key: keyof PlanLimits; label: string }[] = [
    { key: 'projectsPerUser', label: 'Projects you own' },
    { key: 'connectionsPerProject', label: 'Connections per project' },
    { key: 'membersPerTeam', label: 'Members per team' },
    { key: 'rowsPerSeedJob', label: 'Rows per seed job' },
    { key: 'scheduledScans', label: 'Scheduled scans' },
  ];

  private readonly number = new DecimalPipe('en-US');

  constructor() {
    this.load();
  }

  load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.plansService.catalogue().subscribe({
      next: (plans) => {
        this.plans.set(plans);
        this.loading.set(false);
      },
      error: (e) => {
        this.error.set(toApiError(e).message);
        this.loading.set(false);
      },
    });
  }

  protected formatLimit(limit: PlanLimit | undefined): string {
    if (limit === undefined) return '—';
    if (limit === null) return 'Unlimited';
    if (limit === 0) return 'Not included';
    return this.number.transform(limit) ?? String(limit);
  }

  protected tagline(plan: Plan): string {
    return TAGLINES[plan.id] ?? '';
  }
}
