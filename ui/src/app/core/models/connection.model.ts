/** Database engines KytheraDB connects to. */
export const ENGINES = ['postgresql', 'mysql', 'sqlite'] as const;
export type Engine = (typeof ENGINES)[number];

export const ENGINE_LABELS: Record<Engine, string> = {
  postgresql: 'PostgreSQL',
  mysql: 'MySQL / MariaDB',
  sqlite: 'SQLite',
};

/** Default TCP port per engine (SQLite has none). */
export const DEFAULT_PORTS: Record<Engine, number | null> = {
  postgresql: 5432,
  mysql: 3306,
  sqlite: null,
};

export const SSL_MODES = ['disable', 'prefer', 'require', 'verify-full'] as const;
export type SslMode = (typeof SSL_MODES)[number];

export const CONNECTION_ENVIRONMENTS = ['development', 'staging', 'production'] as const;
export type ConnectionEnvironment = (typeof CONNECTION_ENVIRONMENTS)[number];

export type SshAuthMethod = 'password' | 'privateKey';

/** The SSH tunnel of a saved connection (secrets are never returned). */
export interface SshTunnelView {
  host: string;
  port: number;
  username: string;
  authMethod: SshAuthMethod;
  /** `SHA256:…` of the trusted host key, null while none is pinned (trust on first use). */
  hostKeyFingerprint: string | null;
}

/** `GET /api/projects/{p}/connections[/{c}]`. */
export interface ConnectionView {
  id: string;
  projectId: string;
  name: string;
  engine: Engine;
  host: string | null;
  port: number | null;
  database: string;
  username: string | null;
  sslMode: SslMode | null;
  environment: ConnectionEnvironment;
  ssh: SshTunnelView | null;
  hasPassword: boolean;
  createdAt: string;
  updatedAt: string;
  lastSnapshot: { id: string; capturedAt: string; tableCount: number } | null;
}

/** SSH part of a create/replace request; omitted secrets on PUT keep the stored ones. */
export interface SshTunnelRequest {
  host: string;
  port: number;
  username: string;
  authMethod: SshAuthMethod;
  password?: string;
  privateKey?: string;
  passphrase?: string;
  /** The host key to pin (the `key` from `POST …/connections/ssh-host-key`). */
  hostKey?: string;
  trustOnFirstUse?: boolean;
}

/** `POST /api/projects/{p}/connections` and `PUT …/{c}` body (and `POST …/connections/test`). */
export interface ConnectionRequest {
  name: string;
  engine: Engine;
  host: string | null;
  port: number | null;
  database: string;
  username: string | null;
  /** Omitted on PUT = keep the stored password. */
  password?: string;
  sslMode?: SslMode | null;
  environment: ConnectionEnvironment;
  /** null removes the tunnel. */
  ssh?: SshTunnelRequest | null;
}

/** `POST …/connections/test` and `POST …/connections/{c}/test`. */
export interface ConnectionTestResult {
  engine: Engine;
  serverVersion: string;
  latencyMs: number;
}

/** `POST …/connections/ssh-host-key`. */
export interface SshHostKey {
  /** The key as in a known_hosts line without the host (`ssh-ed25519 AAAA…`). */
  key: string;
  /** `SHA256:…` */
  fingerprint: string;
}
