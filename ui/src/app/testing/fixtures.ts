import { Job, Project, TokenResponse, User } from '../core/models';

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
