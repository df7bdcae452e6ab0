import { HttpContextToken } from '@angular/common/http';

/**
 * Set on requests that must not trigger the "401 → refresh → retry" dance: the refresh call
 * itself, login, and calls whose 401 means "wrong credentials" rather than "expired token".
 */
export const SKIP_TOKEN_REFRESH = new HttpContextToken<boolean>(() => false);
