import {
  hasPermission,
  hasPlan,
  hasRole,
  hasTeamRole,
  projectPermissionOf,
  roleRank,
} from './roles';

describe('role and plan hierarchy', () => {
  it('orders roles viewer < qa < dev < admin < super_admin', () => {
    expect(roleRank('viewer')).toBeLessThan(roleRank('qa'));
    expect(roleRank('qa')).toBeLessThan(roleRank('dev'));
    expect(roleRank('dev')).toBeLessThan(roleRank('admin'));
    expect(roleRank('admin')).toBeLessThan(roleRank('super_admin'));
  });

  it('checks minimum roles, super_admin passing every check', () => {
    expect(hasRole('admin', 'dev')).toBe(true);
    expect(hasRole('qa', 'dev')).toBe(false);
    expect(hasRole('super_admin', 'admin')).toBe(true);
    expect(hasRole(undefined, 'viewer')).toBe(false);
    expect(hasRole('hacker', 'viewer')).toBe(false);
  });

  it('checks minimum plans starter < pro < enterprise', () => {
    expect(hasPlan('pro', 'starter')).toBe(true);
    expect(hasPlan('pro', 'enterprise')).toBe(false);
    expect(hasPlan('enterprise', 'pro')).toBe(true);
    expect(hasPlan(null, 'starter')).toBe(false);
  });
});

describe('project permissions and team roles', () => {
  it('ranks permissions read < write < admin < owner', () => {
    expect(hasPermission('owner', 'admin')).toBe(true);
    expect(hasPermission('WRITE', 'admin')).toBe(false);
    expect(hasPermission(null, 'read')).toBe(false);
    expect(projectPermissionOf({ ownerId: 'u1', permission: 'ADMIN' }, 'u2')).toBe('admin');
    expect(projectPermissionOf({ ownerId: 'u1', permission: null }, 'u1')).toBe('owner');
    expect(projectPermissionOf({ ownerId: 'u1' }, 'u2')).toBeNull();
    expect(hasTeamRole('dev', 'dev')).toBe(true);
    expect(hasTeamRole('qa', 'dev')).toBe(false);
  });
});
