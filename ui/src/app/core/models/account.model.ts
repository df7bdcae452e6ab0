import { PlanId, Role } from './user.model';

/** `GET|PATCH /api/account/profile`. */
export interface Account {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  plan: PlanId;
  emailVerified: boolean;
  mfaEnabled: boolean;
  createdAt: string;
}

/** A live session (refresh-token family), `GET /api/account/sessions`. */
export interface AccountSession {
  id: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string;
  userAgent: string | null;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

/** `GET /api/account/2fa`. */
export interface MfaStatus {
  enabled: boolean;
  pending: boolean;
  recoveryCodesLeft: number;
}

/** `POST /api/account/2fa/setup`: shown once, never stored by the UI. */
export interface MfaSetup {
  secret: string;
  otpauthUri: string;
  /** `data:image/png;base64,…` */
  qrCode: string;
}

/** `POST /api/account/2fa/enable`: the recovery codes are shown this once. */
export interface MfaEnabled {
  enabled: true;
  recoveryCodes: string[];
}

/** `DELETE /api/account` → what happened to owned projects and team memberships. */
export interface AccountDeletion {
  deleted: boolean;
  projects: {
    id: string;
    name: string;
    outcome: 'transferred' | 'deleted';
    newOwnerId: string | null;
  }[];
  teams: {
    id: string;
    name: string;
    outcome: 'left' | 'handed-over' | 'deleted';
    newAdminId: string | null;
  }[];
}
