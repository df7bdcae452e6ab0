import { Injectable } from '@angular/core';
import { Observable, of } from 'rxjs';
import { PlanDefinition } from '../models';
import { PLACEHOLDER_PLAN_CATALOGUE } from './plan-catalogue';

/** The plan catalogue. Today a constant; tomorrow `GET /api/plans` (same Observable contract). */
@Injectable({ providedIn: 'root' })
export class PlansService {
  catalogue(): Observable<readonly PlanDefinition[]> {
    // TODO(api): return this.api.get<PlanDefinition[]>('/plans');
    return of(PLACEHOLDER_PLAN_CATALOGUE);
  }
}
