/** A project as returned by `/api/projects`. */
export interface Project {
  id: string;
  name: string;
  description: string | null;
  ownerId: string;
  /** The team the project belongs to, null for a personal project. */
  teamId?: string | null;
  createdAt: string;
  updatedAt: string;
  /** The caller's effective permission (`owner`, `admin`, `write`, `read`). */
  permission?: string | null;
}

export interface CreateProjectRequest {
  name: string;
  description?: string;
  teamId?: string;
}

export interface UpdateProjectRequest {
  name?: string;
  description?: string;
  /** A team id moves the project into that team; null makes it personal. */
  teamId?: string | null;
}

export const PROJECT_NAME_MAX_LENGTH = 100;
