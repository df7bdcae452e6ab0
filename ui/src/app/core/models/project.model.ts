/** A project as returned by `/api/projects`. */
export interface Project {
  id: string;
  name: string;
  description: string | null;
  ownerId: string;
  createdAt: string;
  updatedAt: string;
  /** The caller's permission on the project when it is not the owner (e.g. READ, WRITE, ADMIN). */
  permission?: string | null;
}

export interface CreateProjectRequest {
  name: string;
  description?: string;
}

export type UpdateProjectRequest = Partial<CreateProjectRequest>;

export const PROJECT_NAME_MAX_LENGTH = 100;
