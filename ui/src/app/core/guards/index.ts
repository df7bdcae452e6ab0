export * from './auth.guard';
export * from './project-access.guard';
export * from './role.guards';
