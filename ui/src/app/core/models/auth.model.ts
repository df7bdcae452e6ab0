import { User } from './user.model';

export interface RegisterRequest {
  email: string;
  password: string;
  name?: string;
}

/** `POST /api/auth/register` → 201. */
export interface RegisterResponse {
  id: string;
  email: string;
  emailVerified: boolean;
}

export interface LoginRequest {
  email: string;
  password: string;
}

/** `POST /api/auth/login` and `POST /api/auth/refresh` → 200. */
export interface TokenResponse {
  accessToken: string;
  refreshToken: string;
  tokenType: 'Bearer';
  /** Lifetime of the access token in seconds. */
  expiresIn: number;
  user: User;
}

/** `POST /api/auth/login` when the account has 2FA on: the password was right, a code is needed. */
export interface MfaRequiredResponse {
  mfaRequired: true;
  /** Single use, for `POST /api/auth/login/mfa`. */
  mfaToken: string;
  /** Seconds the challenge stays open (5 minutes). */
  expiresIn: number;
}

/** `POST /api/auth/login/mfa`: the token and either a TOTP code or a recovery code. */
export type MfaLoginRequest =
  { mfaToken: string; code: string } | { mfaToken: string; recoveryCode: string };

/** What a password sign-in led to. */
export type LoginOutcome =
  { kind: 'signed-in'; user: User } | { kind: 'mfa-required'; mfaToken: string; expiresIn: number };

export interface VerifyEmailResponse {
  verified: boolean;
}

/** Password length bounds enforced by the identity service. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
