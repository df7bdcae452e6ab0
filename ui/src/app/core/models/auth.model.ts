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

export interface VerifyEmailResponse {
  verified: boolean;
}

/** Password length bounds enforced by the identity service. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
