import { IconName } from '../icon/icon.component';
import { Role } from '../../../core/models';

export interface NavItem {
  label: string;
  /** Router link (absolute). Only routes that exist in app.routes.ts belong here. */
  path: string;
  icon: IconName;
  exact?: boolean;
}

/**
 * Top-level navigation. Features appear here only once their screens exist; teams, governance,
 * settings and activity are added with their routes.
 */
export function mainNavItems(role: Role | null): NavItem[] {
  const items: NavItem[] = [];
  if (role !== 'super_admin')
    items.push({ label: 'Projects', path: '/projects', icon: 'folder', exact: true });
  items.push({ label: 'Plans & pricing', path: '/pricing', icon: 'tag', exact: true });
  return items;
}

/** Navigation inside the project currently open. */
export function projectNavItems(projectId: string): NavItem[] {
  return [{ label: 'Dashboard', path: `/projects/${projectId}`, icon: 'gauge', exact: true }];
}
