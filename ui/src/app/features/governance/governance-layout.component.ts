import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { IconComponent, IconName } from '../../shared/components/icon/icon.component';

/** `/governance/*` (superAdminGuard): accounts, platform statistics and the platform audit log. */
@Component({
  selector: 'app-governance-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive, RouterOutlet, IconComponent],
  template: `
    <div class="mx-auto max-w-7xl px-6 py-8 lg:px-8">
      <h1 class="page-title">Governance</h1>
      <p class="mt-1 text-sm text-muted">
        Platform accounts, roles and plans, statistics and the audit log. Super admins never see
        project data.
      </p>
      <nav aria-label="Governance sections" class="mt-6 border-b border-border">
        <ul class="-mb-px flex gap-1 overflow-x-auto">
          @for (section of sections; track section.path) {
            <li>
              <a
                [routerLink]="section.path"
                routerLinkActive="!border-primary !text-primary"
                ariaCurrentWhenActive="page"
                class="flex items-center gap-2 whitespace-nowrap border-b-2 border-transparent px-4 py-2 text-sm font-medium text-muted no-underline hover:text-fg"
              >
                <app-icon [name]="section.icon" [size]="16" /> {{ section.label }}
              </a>
            </li>
          }
        </ul>
      </nav>
      <div class="mt-6"><router-outlet /></div>
    </div>
  `,
})
export class GovernanceLayoutComponent {
  protected readonly sections: { path: string; label: string; icon: IconName }[] = [
    { path: '/governance/users', label: 'Users', icon: 'users' },
    { path: '/governance/stats', label: 'Statistics', icon: 'chart' },
    { path: '/governance/audit', label: 'Audit log', icon: 'list' },
  ];
}
