import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { ProjectsService } from '../services/projects.service';
import { ToastService } from '../services/toast.service';
import { toApiError } from '../utils/api-error';

/**
 * Validates access to `:projectId` (owner, team membership or a direct permission: the server
 * decides) by loading the project. 403/404 go back to /projects with a message; other failures
 * (network, 5xx) let the screen open and show its own error state with a retry.
 */
export const projectAccessGuard: CanActivateFn = async (route) => {
  const router = inject(Router);
  const projects = inject(ProjectsService);
  const toasts = inject(ToastService);
  const projectId = route.paramMap.get('projectId');
  if (!projectId) return router.createUrlTree(['/projects']);
  try {
    await firstValueFrom(projects.get(projectId));
    return true;
  } catch (error) {
    const apiError = toApiError(error);
    if (apiError.status === 403) {
      toasts.warning('You do not have access to this project.');
      return router.createUrlTree(['/projects']);
    }
    if (apiError.status === 404 || apiError.status === 400) {
      toasts.warning('This project does not exist or was deleted.');
      return router.createUrlTree(['/projects']);
    }
    return true;
  }
};
