export * from './auth.model';
export * from './job.model';
export * from './plan.model';
export * from './problem.model';
export * from './project.model';
export * from './user.model';
