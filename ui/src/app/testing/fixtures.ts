import { signal } from '@angular/core';
import {
  Account,
  AuditEntry,
  Job,
  Plan,
  Project,
  ProjectMember,
  Team,
  TeamMember,
  TokenResponse,
  User,
} from '../core/models';

export const USER: User = {
  id: 'u1',
  email: 'dev@example.test',
  name: 'Dev',
  role: 'dev',
  plan: 'starter',
};

export function tokens(n = 1, user: User = USER): TokenResponse {
  return {
    accessToken: `access-${n}`,
    refreshToken: `refresh-${n}`,
    tokenType: 'Bearer',
    expiresIn: 900,
    user,
  };
}

export function project(overrides: Partial<Project> = {}): Project {
  return {
    id: 'p1',
    name: 'Billing',
    description: 'Invoices',
    ownerId: USER.id,
    createdAt: '2026-01-01T10:00:00Z',
    updatedAt: '2026-01-02T10:00:00Z',
    ...overrides,
  };
}

export function job(overrides: Partial<Job> = {}): Job {
  return {
    id: 'j1',
    projectId: 'p1',
    userId: USER.id,
    service: 'identity',
    type: 'diagnostics.selftest',
    label: 'Pipeline self-test',
    status: 'pending',
    progress: 0,
    message: null,
    result: null,
    error: null,
    createdAt: '2026-01-01T10:00:00Z',
    startedAt: null,
    completedAt: null,
    ...overrides,
  };
}

/** A fetch Response whose body streams the given chunks (then closes). */
export function sseResponse(chunks: string[], status = 200): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return new Response(body, { status, headers: { 'content-type': 'text/event-stream' } });
}

export function sse(job: Job): string {
  return `data: ${JSON.stringify(job)}\n\n`;
}

/** `GET /api/plans`, deliberately not sorted by rank. */
export const PLANS_FIXTURE: Plan[] = [
  {
    id: 'enterprise',
    name: 'Enterprise',
    rank: 2,
    limits: {
      projectsPerUser: null,
      connectionsPerProject: null,
      membersPerTeam: null,
      rowsPerSeedJob: 100_000_000,
      scheduledScans: null,
    },
  },
  {
    id: 'starter',
    name: 'Starter',
    rank: 0,
    limits: {
      projectsPerUser: 3,
      connectionsPerProject: 2,
      membersPerTeam: 5,
      rowsPerSeedJob: 10_000,
      scheduledScans: 0,
    },
  },
  {
    id: 'pro',
    name: 'Pro',
    rank: 1,
    limits: {
      projectsPerUser: 25,
      connectionsPerProject: 10,
      membersPerTeam: 25,
      rowsPerSeedJob: 1_000_000,
      scheduledScans: 10,
    },
  },
];

export function auditEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: 1,
    eventId: 'e1',
    occurredAt: '2026-01-01T10:00:00Z',
    source: '/kythera/identity',
    actorId: USER.id,
    actorEmail: USER.email,
    action: 'project.created',
    projectId: 'p1',
    outcome: 'success',
    requestId: 'r1',
    details: {},
    ...overrides,
  };
}

export function member(overrides: Partial<ProjectMember> = {}): ProjectMember {
  return {
    userId: USER.id,
    email: USER.email,
    name: USER.name,
    permission: 'owner',
    direct: 'owner',
    teamRole: null,
    since: '2026-01-01T10:00:00Z',
    ...overrides,
  };
}

export function team(overrides: Partial<Team> = {}): Team {
  return {
    id: 't1',
    name: 'Data platform',
    role: 'admin',
    memberCount: 1,
    createdAt: '2026-01-01T10:00:00Z',
    updatedAt: '2026-01-01T10:00:00Z',
    ...overrides,
  };
}

export function teamMember(overrides: Partial<TeamMember> = {}): TeamMember {
  return {
    userId: USER.id,
    email: USER.email,
    name: USER.name,
    role: 'admin',
    since: '2026-01-01T10:00:00Z',
    ...overrides,
  };
}

export function account(overrides: Partial<Account> = {}): Account {
  return {
    id: USER.id,
    email: USER.email,
    name: USER.name,
    role: USER.role,
    plan: USER.plan,
    emailVerified: true,
    mfaEnabled: false,
    createdAt: '2026-01-01T10:00:00Z',
    ...overrides,
  };
}

/** A stand-in for AuthService in component tests (signed in as `user`). */
export function authStub(user: User | null = USER) {
  const current = signal<User | null>(user);
  return {
    user: current,
    isAuthenticated: () => current() !== null,
    whenReady: () => Promise.resolve(),
    patchUser: vi.fn((changes: Partial<User>) =>
      current.update((u) => (u ? { ...u, ...changes } : u)),
    ),
    endLocalSession: vi.fn(() => current.set(null)),
    logout: vi.fn(),
  };
}
