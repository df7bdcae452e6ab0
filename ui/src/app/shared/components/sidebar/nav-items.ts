import { IconName } from '../icon/icon.component';
import { ProjectPermission, Role } from '../../../core/models';
import { hasPermission } from '../../../core/utils/roles';

export interface NavItem {
  label: string;
  /** Router link (absolute). Only routes that exist in app.routes.ts belong here. */
  path: string;
  icon: IconName;
  exact?: boolean;
}

/**
 * Top-level navigation for the signed-in user's role: super_admin governs the platform and has
 * no project or team screens; everyone else has no governance. A unit test checks every path
 * against app.routes.ts (no dead links).
 */
export function mainNavItems(role: Role | null): NavItem[] {
  const items: NavItem[] = [];
  if (role === 'super_admin') {
    items.push({ label: 'Governance', path: '/governance', icon: 'shield' });
  } else {
    items.push({ label: 'Projects', path: '/projects', icon: 'folder', exact: true });
    items.push({ label: 'Teams', path: '/teams', icon: 'users' });
  }
  items.push({ label: 'Settings', path: '/settings', icon: 'settings' });
  items.push({ label: 'Plans & pricing', path: '/pricing', icon: 'tag', exact: true });
  return items;
}

/**
 * Navigation inside the project currently open. Every member may open these pages but Project
 * settings, which needs the admin permission (adminGuard): it is left out when the caller's
 * `permission` is known to be lower; while unknown (null) it stays and the guard decides.
 */
export function projectNavItems(
  projectId: string,
  permission: ProjectPermission | null = null,
): NavItem[] {
  const base = `/projects/${encodeURIComponent(projectId)}`;
  const items: NavItem[] = [
    { label: 'Dashboard', path: base, icon: 'gauge', exact: true },
    { label: 'Connections', path: `${base}/connections`, icon: 'database', exact: true },
    { label: 'Schema', path: `${base}/schema`, icon: 'table', exact: true },
    { label: 'Data', path: `${base}/data`, icon: 'rows' },
    { label: 'Graph', path: `${base}/graph`, icon: 'graph', exact: true },
    { label: 'Health', path: `${base}/health`, icon: 'heart', exact: true },
    { label: 'Schema diff', path: `${base}/schema/diff`, icon: 'diff', exact: true },
    { label: 'References', path: `${base}/references`, icon: 'book', exact: true },
    { label: 'Seed studio', path: `${base}/seed`, icon: 'sprout', exact: true },
    { label: 'Activity', path: `${base}/activity`, icon: 'activity', exact: true },
    { label: 'Members', path: `${base}/members`, icon: 'users', exact: true },
  ];
  if (permission === null || hasPermission(permission, 'admin'))
    items.push({
      label: 'Project settings',
      path: `${base}/settings`,
      icon: 'sliders',
      exact: true,
    });
  return items;
}
