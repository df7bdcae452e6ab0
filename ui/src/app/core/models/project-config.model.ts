/** One environment of a project (e.g. dev, staging, prod). */
export interface ProjectEnvironment {
  name: string;
  production: boolean;
  description: string | null;
}

/** `GET|PUT /api/projects/{id}/config`; `updatedAt` is null while nobody configured the project. */
export interface ProjectConfig {
  projectId: string;
  environments: ProjectEnvironment[];
  defaults: Record<string, unknown>;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface ProjectConfigUpdate {
  environments: ProjectEnvironment[];
  defaults: Record<string, unknown>;
}

/** Limits checked by the identity service (`domain/config/Environment`, `ProjectConfig`). */
export const ENVIRONMENT_LIMITS = {
  maxEnvironments: 20,
  nameMaxLength: 40,
  descriptionMaxLength: 200,
  namePattern: /^[a-z0-9][a-z0-9_-]*$/,
  defaultsMaxBytes: 64 * 1024,
} as const;
