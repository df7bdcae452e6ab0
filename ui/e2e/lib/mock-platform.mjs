// In-memory stand-in for the KytheraDB gateway (the API contract the UI uses) plus a
// GreenMail-like mail API, and a static server for the built UI. No dependencies.
//
// Used to exercise the e2e scenario and the screenshots without the Java platform:
//   node e2e/mock-platform.mjs            # API + UI on :8080, mail API on :8081 (ng serve proxies to 8080)
// It is a test double: it follows the documented contract (services/identity/README.md,
// docs/access-model.md), not the services' internals. Like the gateway it records an audit entry
// (`http.<method>`) for every mutating request, and like identity a domain entry
// (`project.created`, …) for every change. A super_admin account is seeded (see SUPER_ADMIN).
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import {
  buildGraph,
  diffModels,
  healthReport,
  shopModel,
  sqliteModel,
  summarize,
  warehouseModel,
} from './mock-schema.mjs';
import {
  MockError,
  createExplorer,
  detectedReferences,
  hasColumns,
  schemaInsights,
  targetExists,
} from './mock-data.mjs';
import {
  SeedProblems,
  planSeed,
  previewSeed,
  resolveTemplate,
  templateProblems,
} from './mock-seed.mjs';
import { pseudoQrDataUri } from './png.mjs';
import { base32Encode, hotp, base32Decode, totpStep } from './totp.mjs';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

const ROLE_FOR_DEMO = 'dev';
const TERMINAL = new Set(['done', 'error', 'cancelled']);
const ROLES = ['viewer', 'qa', 'dev', 'admin', 'super_admin'];
const PLANS = ['starter', 'pro', 'enterprise'];
const PERMISSIONS = ['read', 'write', 'admin', 'owner'];
const TEAM_ROLES = ['viewer', 'qa', 'dev', 'admin'];
const TEAM_TO_PERMISSION = { viewer: 'read', qa: 'write', dev: 'write', admin: 'admin' };
const ENV_NAME = /^[a-z0-9][a-z0-9_-]*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The seeded governance account of the mock (never exists on a real platform). */
export const SUPER_ADMIN = Object.freeze({
  email: 'governor@kythera.local',
  password: 'Governor-Password-1',
  name: 'Grace Governor',
});

/** The plan catalogue of docs/access-model.md (null = unlimited). */
export const PLAN_CATALOGUE = [
  {
    id: 'starter',
    name: 'Starter',
    rank: 0,
    limits: {
      projectsPerUser: 3,
      connectionsPerProject: 2,
      membersPerTeam: 5,
      rowsPerSeedJob: 10000,
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
      rowsPerSeedJob: 1000000,
      scheduledScans: 10,
    },
  },
  {
    id: 'enterprise',
    name: 'Enterprise',
    rank: 2,
    limits: {
      projectsPerUser: null,
      connectionsPerProject: null,
      membersPerTeam: null,
      rowsPerSeedJob: 100000000,
      scheduledScans: null,
    },
  },
];

export async function startMockPlatform({
  port = 0,
  mailPort = 0,
  host = '127.0.0.1',
  staticDir = null,
  accessTtlSeconds = 900,
  log = false,
} = {}) {
  const state = {
    users: new Map(), // email -> user
    verifyTokens: new Map(), // token -> email
    resetTokens: new Map(),
    accessTokens: new Map(), // token -> { userId, exp }
    refreshTokens: new Map(), // token -> { userId, familyId }
    sessions: new Map(), // familyId -> { id, userId, createdAt, lastUsedAt, expiresAt, userAgent }
    mfaChallenges: new Map(), // token -> { userId, exp, attempts }
    projects: new Map(),
    grants: new Map(), // projectId -> Map(userId -> { permission, since })
    invitations: new Map(), // projectId -> Map(invitationId -> invitation)
    configs: new Map(), // projectId -> config
    teams: new Map(), // teamId -> { id, name, createdAt, updatedAt, members: Map(userId -> { role, since }) }
    jobs: new Map(),
    connections: new Map(), // connectionId -> connection with its secrets
    snapshots: new Map(), // snapshotId -> { projectId, summary, model, communities, graph }
    annotations: new Map(), // annotationId -> annotation
    references: new Map(), // referenceId -> reference definition
    relations: new Map(), // relationId -> relation decision
    jobListeners: new Map(), // jobId -> Set<fn>
    seedHistory: [], // oldest first
    templates: new Map(), // templateId -> QA template
    mail: new Map(), // email -> [messages]
    audit: [], // oldest first
  };
  let auditSeq = 0;
  /** In-memory rows of every connection's database (see mock-data.mjs). */
  const explorer = createExplorer();

  const now = () => new Date().toISOString();
  const byId = (id) => [...state.users.values()].find((u) => u.id === id) ?? null;

  const problem = (res, status, code, detail, errors, extra = {}) => {
    const body = {
      type: `https://kythera.dev/problems/${code.toLowerCase().replace(/_/g, '-')}`,
      title: titleFor(status),
      status,
      detail,
      code,
      ...extra,
      ...(errors ? { errors } : {}),
    };
    res.writeHead(status, { 'content-type': 'application/problem+json' });
    res.end(JSON.stringify(body));
  };
  const invalid = (res, errors, detail = 'The request is not valid.') =>
    problem(res, 400, 'VALIDATION_FAILED', detail, errors);
  const json = (res, status, body, headers = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(body === undefined ? '' : JSON.stringify(body));
  };

  const sendMail = (to, subject, text) => {
    const list = state.mail.get(to) ?? [];
    const mimeMessage = `From: KytheraDB <no-reply@kythera.local>\r\nTo: ${to}\r\nSubject: ${subject}\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n${text}`;
    list.push({
      subject,
      from: 'no-reply@kythera.local',
      to,
      mimeMessage,
      contentType: 'text/plain',
      uid: randomUUID(),
    });
    state.mail.set(to, list);
  };

  /** One audit-log row, as identity's projection stores it. */
  const record = ({
    action,
    actor = null,
    projectId = null,
    outcome = 'success',
    details = {},
    source = '/kythera/identity',
    requestId = null,
  }) => {
    state.audit.push({
      id: ++auditSeq,
      eventId: randomUUID(),
      occurredAt: now(),
      source,
      actorId: actor?.id ?? null,
      actorEmail: actor?.email ?? null,
      action,
      projectId,
      outcome,
      requestId,
      details,
    });
  };

  const newUser = (fields) => {
    const at = now();
    const user = {
      id: randomUUID(),
      name: null,
      role: ROLE_FOR_DEMO,
      plan: 'starter',
      emailVerified: false,
      enabled: true,
      createdAt: at,
      updatedAt: at,
      mfa: { enabled: false, secret: null, pendingSecret: null, lastStep: -1, recovery: new Set() },
      ...fields,
    };
    state.users.set(user.email, user);
    return user;
  };
  newUser({
    email: SUPER_ADMIN.email,
    password: SUPER_ADMIN.password,
    name: SUPER_ADMIN.name,
    role: 'super_admin',
    plan: 'enterprise',
    emailVerified: true,
  });

  const issueTokens = (user, { familyId = null, userAgent = null } = {}) => {
    const accessToken = `at_${randomBytes(18).toString('base64url')}`;
    const refreshToken = `rt_${randomBytes(24).toString('base64url')}`;
    state.accessTokens.set(accessToken, {
      userId: user.id,
      exp: Date.now() + accessTtlSeconds * 1000,
    });
    if (!familyId) {
      familyId = randomUUID();
      state.sessions.set(familyId, {
        id: familyId,
        userId: user.id,
        createdAt: now(),
        lastUsedAt: null,
        expiresAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
        userAgent: userAgent ? String(userAgent).slice(0, 255) : null,
      });
    }
    state.refreshTokens.set(refreshToken, { userId: user.id, familyId });
    return {
      accessToken,
      refreshToken,
      tokenType: 'Bearer',
      expiresIn: accessTtlSeconds,
      user: publicUser(user),
    };
  };

  const revokeFamily = (familyId) => {
    state.sessions.delete(familyId);
    for (const [token, entry] of state.refreshTokens)
      if (entry.familyId === familyId) state.refreshTokens.delete(token);
  };
  const revokeAllSessions = (userId) => {
    for (const session of [...state.sessions.values()])
      if (session.userId === userId) revokeFamily(session.id);
  };

  const authUser = (req) => {
    const header = req.headers['authorization'] ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : null;
    const entry = token && state.accessTokens.get(token);
    if (!entry || entry.exp < Date.now()) return null;
    return byId(entry.userId);
  };

  // ---- access model
  const grantsOf = (projectId) => {
    if (!state.grants.has(projectId)) state.grants.set(projectId, new Map());
    return state.grants.get(projectId);
  };
  const teamRoleOf = (teamId, userId) => state.teams.get(teamId)?.members.get(userId)?.role ?? null;
  const rank = (list, value) => list.indexOf(value);
  /** max(direct grant, team-derived permission); null = no access. */
  const effectivePermission = (project, userId) => {
    const direct = grantsOf(project.id).get(userId)?.permission ?? null;
    const teamRole = project.teamId ? teamRoleOf(project.teamId, userId) : null;
    const viaTeam = teamRole ? TEAM_TO_PERMISSION[teamRole] : null;
    if (!direct) return viaTeam;
    if (!viaTeam) return direct;
    return rank(PERMISSIONS, direct) >= rank(PERMISSIONS, viaTeam) ? direct : viaTeam;
  };
  const projectView = (project, userId) => ({
    ...project,
    permission: effectivePermission(project, userId),
  });
  const ownedCount = (userId) =>
    [...state.projects.values()].filter((p) => p.ownerId === userId).length;
  const limitOf = (plan, key) => PLAN_CATALOGUE.find((p) => p.id === plan)?.limits[key] ?? null;

  const claimInvitations = (user) => {
    for (const [projectId, invitations] of state.invitations) {
      for (const [id, invitation] of invitations) {
        if (invitation.email !== user.email) continue;
        invitations.delete(id);
        const grants = grantsOf(projectId);
        const current = grants.get(user.id);
        if (
          !current ||
          rank(PERMISSIONS, current.permission) < rank(PERMISSIONS, invitation.permission)
        )
          grants.set(user.id, {
            permission: invitation.permission,
            since: current?.since ?? now(),
          });
        record({
          action: 'project.invitation_claimed',
          actor: user,
          projectId,
          details: { permission: invitation.permission },
        });
      }
    }
  };

  const updateJob = (job, patch) => {
    Object.assign(job, patch);
    for (const listener of state.jobListeners.get(job.id) ?? []) listener(job);
  };

  const runSelfTest = (job, steps, stepMillis) => {
    let step = 0;
    setTimeout(() => {
      if (job.status !== 'pending') return;
      updateJob(job, {
        status: 'running',
        startedAt: now(),
        message: 'Starting',
      });
      const tick = () => {
        if (job.status !== 'running') return;
        step++;
        if (step >= steps) {
          updateJob(job, {
            status: 'done',
            progress: 1,
            message: `Completed ${steps} steps`,
            result: { steps },
            completedAt: now(),
          });
          return;
        }
        updateJob(job, { progress: step / steps, message: `Step ${step} of ${steps}` });
        setTimeout(tick, stepMillis);
      };
      setTimeout(tick, stepMillis);
    }, 200);
  };

  /** A TOTP code (±1 step) newer than the last accepted one, or a recovery code; used up. */
  const checkSecondFactor = (user, { code, recoveryCode }) => {
    if (recoveryCode) {
      const normalised = String(recoveryCode).trim().toLowerCase();
      if (!user.mfa.recovery.has(normalised)) return false;
      user.mfa.recovery.delete(normalised);
      return true;
    }
    return checkTotp(user, user.mfa.secret, code);
  };
  const checkTotp = (user, secret, code) => {
    if (!secret || !/^\d{6}$/.test(String(code ?? '').trim())) return false;
    const key = base32Decode(secret);
    const current = totpStep();
    for (const step of [current - 1, current, current + 1]) {
      if (step > user.mfa.lastStep && hotp(key, step) === String(code).trim()) {
        user.mfa.lastStep = step;
        return true;
      }
    }
    return false;
  };

  const page = (items, url, res) => {
    const limitText = url.searchParams.get('limit');
    const limit = limitText ? Number(limitText) : 50;
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) {
      invalid(res, [{ field: 'limit', message: 'must be a number 1..200' }]);
      return null;
    }
    const cursor = url.searchParams.get('cursor');
    const offset = cursor ? Number(Buffer.from(cursor, 'base64url').toString()) || 0 : 0;
    const slice = items.slice(offset, offset + limit);
    const next =
      offset + limit < items.length
        ? Buffer.from(String(offset + limit)).toString('base64url')
        : null;
    return { items: slice, nextCursor: next };
  };

  /** Audit entries filtered as `GET …/activity` and `GET /api/governance/audit` do. */
  const auditQuery = (url, res, projectId) => {
    const errors = [];
    const instant = (name) => {
      const text = url.searchParams.get(name);
      if (!text) return null;
      const time = Date.parse(text);
      if (Number.isNaN(time) || !/T/.test(text)) {
        errors.push({
          field: name,
          message: 'must be an ISO-8601 instant like 2026-01-31T12:00:00Z',
        });
        return null;
      }
      return time;
    };
    const from = instant('from');
    const to = instant('to');
    const user = url.searchParams.get('user');
    const project = projectId ?? url.searchParams.get('project');
    for (const [name, value] of [
      ['user', user],
      ['project', projectId ? null : project],
    ])
      if (value && !UUID.test(value)) errors.push({ field: name, message: 'must be a UUID' });
    const outcome = url.searchParams.get('outcome');
    if (outcome && !['success', 'failure', 'denied'].includes(outcome))
      errors.push({ field: 'outcome', message: 'must be success, failure or denied' });
    if (errors.length) {
      invalid(res, errors);
      return null;
    }
    const action = url.searchParams.get('action')?.trim();
    const matchesAction = (a) =>
      !action ? true : action.endsWith('*') ? a.startsWith(action.slice(0, -1)) : a === action;
    const items = [...state.audit]
      .reverse()
      .filter(
        (e) =>
          (!project || e.projectId === project) &&
          (!user || e.actorId === user) &&
          (!outcome || e.outcome === outcome) &&
          matchesAction(e.action) &&
          (from === null || Date.parse(e.occurredAt) >= from) &&
          (to === null || Date.parse(e.occurredAt) < to),
      );
    return page(items, url, res);
  };

  async function api(req, res, url) {
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const method = req.method ?? 'GET';
    const body = ['POST', 'PATCH', 'PUT', 'DELETE'].includes(method) ? await readJson(req) : {};
    if (body === INVALID)
      return problem(res, 400, 'MALFORMED_REQUEST', 'The request body is not valid JSON.');

    // ---- public
    if (method === 'GET' && path === '/api/plans')
      return json(res, 200, PLAN_CATALOGUE, { 'cache-control': 'max-age=300' });

    // ---- auth
    if (method === 'POST' && path === '/api/auth/register') {
      const errors = [];
      const email = String(body.email ?? '')
        .trim()
        .toLowerCase();
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
        errors.push({ field: 'email', message: 'must be a well-formed email address' });
      const password = String(body.password ?? '');
      if (password.length < 10 || password.length > 128)
        errors.push({ field: 'password', message: 'size must be between 10 and 128' });
      if (errors.length) return invalid(res, errors);
      if (state.users.has(email))
        return problem(res, 409, 'EMAIL_TAKEN', 'An account with this email already exists.', [
          { field: 'email', message: 'is already registered' },
        ]);
      const user = newUser({ email, name: body.name ?? null, password });
      record({ action: 'user.registered', actor: user });
      const token = randomBytes(24).toString('base64url');
      state.verifyTokens.set(token, email);
      sendMail(
        email,
        'Verify your KytheraDB email',
        `Welcome to KytheraDB.\r\n\r\nVerification code: ${token}\r\n\r\nOr open http://${host}/verify-email?token=${token}\r\n`,
      );
      return json(res, 201, { id: user.id, email, emailVerified: false });
    }
    if (method === 'POST' && path === '/api/auth/verify-email') {
      const email = state.verifyTokens.get(String(body.token ?? ''));
      if (!email)
        return problem(
          res,
          400,
          'INVALID_TOKEN',
          'This verification link is invalid or has expired.',
        );
      state.verifyTokens.delete(String(body.token));
      const user = state.users.get(email);
      user.emailVerified = true;
      record({ action: 'user.email_verified', actor: user });
      claimInvitations(user);
      return json(res, 200, { verified: true });
    }
    if (method === 'POST' && path === '/api/auth/resend-verification') {
      const user = state.users.get(String(body.email ?? '').toLowerCase());
      if (user && !user.emailVerified) {
        const token = randomBytes(24).toString('base64url');
        state.verifyTokens.set(token, user.email);
        sendMail(user.email, 'Verify your KytheraDB email', `Verification code: ${token}\r\n`);
      }
      return json(res, 202);
    }
    if (method === 'POST' && path === '/api/auth/login') {
      const user = state.users.get(
        String(body.email ?? '')
          .trim()
          .toLowerCase(),
      );
      if (!user || user.password !== body.password)
        return problem(res, 401, 'INVALID_CREDENTIALS', 'Invalid email or password.');
      if (!user.emailVerified)
        return problem(
          res,
          403,
          'EMAIL_NOT_VERIFIED',
          'Verify your email address before signing in.',
        );
      if (!user.enabled) return problem(res, 403, 'ACCOUNT_DISABLED', 'This account is disabled.');
      if (user.mfa.enabled) {
        const mfaToken = randomBytes(24).toString('base64url');
        state.mfaChallenges.set(mfaToken, {
          userId: user.id,
          exp: Date.now() + 300_000,
          attempts: 0,
          userAgent: req.headers['user-agent'],
        });
        return json(res, 200, { mfaRequired: true, mfaToken, expiresIn: 300 });
      }
      return json(res, 200, issueTokens(user, { userAgent: req.headers['user-agent'] }));
    }
    if (method === 'POST' && path === '/api/auth/login/mfa') {
      const hasCode = !!body.code;
      const hasRecovery = !!body.recoveryCode;
      if (hasCode === hasRecovery)
        return invalid(res, [{ field: 'code', message: 'give either a code or a recovery code' }]);
      const challenge = state.mfaChallenges.get(String(body.mfaToken ?? ''));
      if (!challenge || challenge.exp < Date.now() || challenge.attempts >= 5) {
        state.mfaChallenges.delete(String(body.mfaToken ?? ''));
        return problem(res, 401, 'INVALID_TOKEN', 'This sign-in attempt expired. Sign in again.');
      }
      const user = byId(challenge.userId);
      if (!user || !checkSecondFactor(user, body)) {
        challenge.attempts++;
        return problem(res, 401, 'INVALID_CREDENTIALS', 'The code is not valid.');
      }
      state.mfaChallenges.delete(String(body.mfaToken));
      return json(res, 200, issueTokens(user, { userAgent: challenge.userAgent }));
    }
    if (method === 'POST' && path === '/api/auth/refresh') {
      const entry = state.refreshTokens.get(String(body.refreshToken ?? ''));
      const user = entry && byId(entry.userId);
      if (!entry || !user || !user.enabled)
        return problem(res, 401, 'INVALID_TOKEN', 'The session has expired.');
      state.refreshTokens.delete(String(body.refreshToken));
      const session = state.sessions.get(entry.familyId);
      if (session) session.lastUsedAt = now();
      return json(res, 200, issueTokens(user, { familyId: entry.familyId }));
    }
    if (method === 'POST' && path === '/api/auth/logout') {
      const entry = state.refreshTokens.get(String(body.refreshToken ?? ''));
      if (entry) revokeFamily(entry.familyId);
      return json(res, 204);
    }
    if (method === 'POST' && path === '/api/auth/forgot-password') {
      const user = state.users.get(String(body.email ?? '').toLowerCase());
      if (user) {
        const token = randomBytes(24).toString('base64url');
        state.resetTokens.set(token, user.email);
        sendMail(user.email, 'Reset your KytheraDB password', `Reset code: ${token}\r\n`);
      }
      return json(res, 202);
    }
    if (method === 'POST' && path === '/api/auth/reset-password') {
      const email = state.resetTokens.get(String(body.token ?? ''));
      if (!email)
        return problem(res, 400, 'INVALID_TOKEN', 'This reset link is invalid or has expired.');
      const password = String(body.password ?? '');
      if (password.length < 10 || password.length > 128)
        return invalid(res, [{ field: 'password', message: 'size must be between 10 and 128' }]);
      state.resetTokens.delete(String(body.token));
      const user = state.users.get(email);
      user.password = password;
      user.emailVerified = true;
      revokeAllSessions(user.id);
      record({ action: 'user.password_reset', actor: user });
      claimInvitations(user);
      return json(res, 200, { reset: true });
    }

    const user = authUser(req);
    if (!user) return problem(res, 401, 'UNAUTHENTICATED', 'Authentication is required.');
    if (!user.enabled) return problem(res, 403, 'ACCOUNT_DISABLED', 'This account is disabled.');
    if (method === 'GET' && path === '/api/auth/me')
      return json(res, 200, { ...publicUser(user), emailVerified: user.emailVerified });

    if (path.startsWith('/api/account')) return account(req, res, url, path, method, body, user);
    if (path.startsWith('/api/governance')) return governance(res, url, path, method, body, user);

    const isProjectOrTeam = path.startsWith('/api/projects') || path.startsWith('/api/teams');
    if (isProjectOrTeam && user.role === 'super_admin')
      return problem(res, 403, 'FORBIDDEN', 'Super admins do not use projects or teams.');
    if (path.startsWith('/api/teams')) return teams(res, path, method, body, user);

    // ---- projects
    if (path === '/api/projects') {
      if (method === 'GET')
        return json(
          res,
          200,
          [...state.projects.values()]
            .filter((p) => effectivePermission(p, user.id))
            .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
            .map((p) => projectView(p, user.id)),
        );
      if (method === 'POST') {
        const name = String(body.name ?? '').trim();
        if (!name || name.length > 100)
          return invalid(res, [{ field: 'name', message: 'size must be between 1 and 100' }]);
        const limit = limitOf(user.plan, 'projectsPerUser');
        if (limit !== null && ownedCount(user.id) >= limit)
          return problem(
            res,
            402,
            'PLAN_REQUIRED',
            `Your ${user.plan} plan allows ${limit} projects. Upgrade to create more.`,
            null,
            {
              requiredPlan: 'pro',
              currentPlan: user.plan,
              limit: 'projectsPerUser',
              allowed: limit,
            },
          );
        if (body.teamId) {
          const role = teamRoleOf(body.teamId, user.id);
          if (!role) return problem(res, 404, 'NOT_FOUND', 'No such team.');
          if (rank(TEAM_ROLES, role) < rank(TEAM_ROLES, 'dev'))
            return problem(
              res,
              403,
              'FORBIDDEN',
              'Creating projects in this team needs the dev role.',
            );
        }
        const at = now();
        const project = {
          id: randomUUID(),
          name,
          description: body.description ?? null,
          ownerId: user.id,
          teamId: body.teamId ?? null,
          createdAt: at,
          updatedAt: at,
        };
        state.projects.set(project.id, project);
        grantsOf(project.id).set(user.id, { permission: 'owner', since: at });
        record({
          action: 'project.created',
          actor: user,
          projectId: project.id,
          details: { name },
        });
        return json(res, 201, projectView(project, user.id), {
          location: `/api/projects/${project.id}`,
        });
      }
    }
    const projectMatch = /^\/api\/projects\/([^/]+)(\/.*)?$/.exec(path);
    if (projectMatch) {
      const project = state.projects.get(decodeURIComponent(projectMatch[1]));
      const permission = project ? effectivePermission(project, user.id) : null;
      if (!project || !permission)
        return problem(res, 404, 'NOT_FOUND', 'This project does not exist.');
      const need = (minimum) => {
        if (rank(PERMISSIONS, permission) >= rank(PERMISSIONS, minimum)) return true;
        problem(res, 403, 'FORBIDDEN', `This needs the ${minimum} permission on the project.`);
        return false;
      };
      const rest = projectMatch[2] ?? '';
      if (rest === '') {
        if (method === 'GET') return json(res, 200, projectView(project, user.id));
        if (method === 'PATCH') {
          if (!need('owner')) return;
          if (body.name !== undefined) project.name = String(body.name);
          if (body.description !== undefined) project.description = body.description;
          if (body.teamId !== undefined) {
            if (body.teamId !== null) {
              const role = teamRoleOf(body.teamId, user.id);
              if (!role) return problem(res, 404, 'NOT_FOUND', 'No such team.');
              if (rank(TEAM_ROLES, role) < rank(TEAM_ROLES, 'dev'))
                return problem(
                  res,
                  403,
                  'FORBIDDEN',
                  'Moving a project into a team needs the dev role in it.',
                );
            }
            project.teamId = body.teamId;
            record({
              action: 'project.team_changed',
              actor: user,
              projectId: project.id,
              details: { teamId: body.teamId },
            });
          }
          project.updatedAt = now();
          record({ action: 'project.updated', actor: user, projectId: project.id });
          return json(res, 200, projectView(project, user.id));
        }
        if (method === 'DELETE') {
          if (!need('owner')) return;
          state.projects.delete(project.id);
          state.grants.delete(project.id);
          state.invitations.delete(project.id);
          record({ action: 'project.deleted', actor: user, projectId: project.id });
          return json(res, 204);
        }
      }
      if (rest.startsWith('/members') || rest.startsWith('/invitations'))
        return projectMembers(res, project, rest, method, body, user, permission, need);
      if (rest === '/config') return projectConfig(res, project, method, body, user, need);
      if (method === 'GET' && rest === '/activity') {
        const result = auditQuery(url, res, project.id);
        return result && json(res, 200, result);
      }
      if (method === 'POST' && rest === '/diagnostics/selftest') {
        if (!need('write')) return;
        const steps = body.steps ?? 20;
        const stepMillis = body.stepMillis ?? 250;
        const errors = [];
        if (!Number.isInteger(steps) || steps < 1 || steps > 1000)
          errors.push({ field: 'steps', message: 'must be between 1 and 1000' });
        if (!Number.isInteger(stepMillis) || stepMillis < 0 || stepMillis > 10000)
          errors.push({ field: 'stepMillis', message: 'must be between 0 and 10000' });
        if (errors.length) return invalid(res, errors);
        const job = {
          id: randomUUID(),
          projectId: project.id,
          userId: user.id,
          service: 'generation',
          type: 'diagnostics.selftest',
          label: `Pipeline self-test (${steps} steps)`,
          status: 'pending',
          progress: 0,
          message: 'Queued',
          result: null,
          error: null,
          createdAt: now(),
          startedAt: null,
          completedAt: null,
        };
        state.jobs.set(job.id, job);
        runSelfTest(job, steps, stepMillis);
        return json(res, 202, job);
      }
      if (
        rest.startsWith('/seed/') ||
        rest === '/qa-templates' ||
        rest.startsWith('/qa-templates/')
      )
        return seedRoutes(res, url, project, rest, method, body, user, need);
      if (
        rest.startsWith('/connections') ||
        rest.startsWith('/schema/') ||
        rest === '/graph' ||
        rest.startsWith('/data/') ||
        rest.startsWith('/annotations') ||
        rest.startsWith('/references') ||
        rest.startsWith('/relations')
      )
        return schemaRoutes(req, res, url, project, rest, method, body, user, need);
      if (method === 'GET' && rest === '/jobs') {
        const status = url.searchParams.get('status');
        const limit = Number(url.searchParams.get('limit') ?? 50);
        const jobs = [...state.jobs.values()]
          .filter((j) => j.projectId === project.id && (!status || j.status === status))
          .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
          .slice(0, limit);
        return json(res, 200, jobs);
      }
      const jobMatch = /^\/jobs\/([^/]+)(\/stream|\/cancel)?$/.exec(rest);
      if (jobMatch) {
        const job = state.jobs.get(decodeURIComponent(jobMatch[1]));
        if (!job || job.projectId !== project.id)
          return problem(res, 404, 'JOB_NOT_FOUND', 'This job does not exist.');
        if (method === 'GET' && !jobMatch[2]) return json(res, 200, job);
        if (method === 'POST' && jobMatch[2] === '/cancel') {
          if (!need('write')) return;
          if (TERMINAL.has(job.status))
            return problem(res, 409, 'JOB_ALREADY_ENDED', 'This job has already ended.');
          updateJob(job, {
            status: 'cancelled',
            message: 'Cancelled by user',
            completedAt: now(),
          });
          return json(res, 202, job);
        }
        if (method === 'GET' && jobMatch[2] === '/stream') return streamJob(req, res, job);
      }
    }
    return problem(res, 404, 'NOT_FOUND', `No route for ${method} ${path}.`);
  }

  // ---- connections, schema snapshots, diff, health, graph (introspection's API)
  // Mock behaviour: a database named like "warehouse" has 1,200 generated tables, an engine of
  // sqlite a tiny file, anything else the shop fixture (its second capture is the migrated
  // version, for the diff). Connecting fails on purpose for password "wrong" (password), a host
  // containing "unreachable" (host), database "missing" (database) and SSH host "bad-bastion"
  // (ssh.host); an SSH tunnel needs a trusted host key or trustOnFirstUse.
  function schemaRoutes(req, res, url, project, rest, method, body, user, need) {
    const connections = () =>
      [...state.connections.values()].filter((c) => c.projectId === project.id);
    const connectionView = (c) => {
      const last = [...state.snapshots.values()]
        .filter((s) => s.summary.connectionId === c.id)
        .sort((a, b) => b.summary.capturedAt.localeCompare(a.summary.capturedAt))[0];
      return {
        id: c.id,
        projectId: c.projectId,
        name: c.name,
        engine: c.engine,
        host: c.host,
        port: c.port,
        database: c.database,
        username: c.username,
        sslMode: c.sslMode,
        environment: c.environment,
        ssh: c.ssh
          ? {
              host: c.ssh.host,
              port: c.ssh.port,
              username: c.ssh.username,
              authMethod: c.ssh.authMethod,
              hostKeyFingerprint: c.ssh.hostKey ? fingerprintOf(c.ssh.hostKey) : null,
            }
          : null,
        hasPassword: !!c.password,
        createdAt: c.createdAt,
        updatedAt: c.updatedAt,
        lastSnapshot: last
          ? {
              id: last.summary.id,
              capturedAt: last.summary.capturedAt,
              tableCount: last.summary.tableCount,
            }
          : null,
      };
    };
    /** Validates a ConnectionRequest (400) and merges it over `stored` (PUT keeps secrets). */
    const parse = (stored) => {
      const errors = [];
      const engine = body.engine;
      if (!['postgresql', 'mysql', 'sqlite'].includes(engine))
        errors.push({ field: 'engine', message: 'must be postgresql, mysql or sqlite' });
      const name = String(body.name ?? '').trim();
      if (!name || name.length > 100)
        errors.push({ field: 'name', message: 'must be 1 to 100 characters' });
      const sqlite = engine === 'sqlite';
      const database = String(body.database ?? '').trim();
      if (!database) errors.push({ field: 'database', message: 'must not be blank' });
      if (!sqlite) {
        if (!String(body.host ?? '').trim())
          errors.push({ field: 'host', message: 'must not be blank' });
        if (!Number.isInteger(body.port) || body.port < 1 || body.port > 65535)
          errors.push({ field: 'port', message: 'must be between 1 and 65535' });
        if (!String(body.username ?? '').trim())
          errors.push({ field: 'username', message: 'must not be blank' });
        if (
          body.sslMode != null &&
          !['disable', 'prefer', 'require', 'verify-full'].includes(body.sslMode)
        )
          errors.push({
            field: 'sslMode',
            message: 'must be disable, prefer, require or verify-full',
          });
      }
      if (!['development', 'staging', 'production'].includes(body.environment))
        errors.push({
          field: 'environment',
          message: 'must be development, staging or production',
        });
      let ssh = null;
      if (!sqlite && body.ssh) {
        const s = body.ssh;
        const keep = stored?.ssh && stored.ssh.authMethod === s.authMethod ? stored.ssh : null;
        if (!String(s.host ?? '').trim())
          errors.push({ field: 'ssh.host', message: 'must not be blank' });
        if (!Number.isInteger(s.port) || s.port < 1 || s.port > 65535)
          errors.push({ field: 'ssh.port', message: 'must be between 1 and 65535' });
        if (!String(s.username ?? '').trim())
          errors.push({ field: 'ssh.username', message: 'must not be blank' });
        if (!['password', 'privateKey'].includes(s.authMethod))
          errors.push({ field: 'ssh.authMethod', message: 'must be password or privateKey' });
        const password = s.password ?? keep?.password ?? null;
        const privateKey = s.privateKey ?? keep?.privateKey ?? null;
        if (s.authMethod === 'password' && !password)
          errors.push({
            field: 'ssh.password',
            message: 'is required for password authentication',
          });
        if (s.authMethod === 'privateKey' && !privateKey)
          errors.push({ field: 'ssh.privateKey', message: 'is required for key authentication' });
        const sameHost = stored?.ssh && stored.ssh.host === s.host && stored.ssh.port === s.port;
        ssh = {
          host: String(s.host ?? '').trim(),
          port: s.port,
          username: String(s.username ?? '').trim(),
          authMethod: s.authMethod,
          password: s.authMethod === 'password' ? password : null,
          privateKey: s.authMethod === 'privateKey' ? privateKey : null,
          passphrase:
            s.authMethod === 'privateKey' ? (s.passphrase ?? keep?.passphrase ?? null) : null,
          hostKey: s.hostKey ?? (sameHost ? stored.ssh.hostKey : null),
          trustOnFirstUse: s.trustOnFirstUse === true,
        };
      } else if (!sqlite && body.ssh === undefined && stored?.ssh) {
        ssh = stored.ssh;
      }
      if (errors.length) {
        invalid(res, errors);
        return null;
      }
      return {
        name,
        engine,
        host: sqlite ? null : String(body.host).trim(),
        port: sqlite ? null : body.port,
        database,
        username: sqlite ? null : String(body.username).trim(),
        password: sqlite ? null : (body.password ?? stored?.password ?? null),
        sslMode: sqlite ? null : (body.sslMode ?? 'prefer'),
        environment: body.environment,
        ssh,
      };
    };
    /** "Connects": null when it works, else sends the 422 and returns true. */
    const connectFails = (settings) => {
      const fail = (field, message, detail) => {
        problem(res, 422, 'CONNECTION_FAILED', detail, [{ field, message }]);
        return true;
      };
      if (settings.ssh) {
        if (settings.ssh.host.includes('bad-bastion'))
          return fail(
            'ssh.host',
            `could not reach ${settings.ssh.host}:${settings.ssh.port}`,
            'The SSH tunnel could not be opened.',
          );
        if (!settings.ssh.hostKey && !settings.ssh.trustOnFirstUse)
          return fail(
            'ssh.hostKey',
            'fetch and trust the host key, or allow trust on first use',
            'The SSH host key is not trusted.',
          );
        if (
          settings.ssh.hostKey &&
          settings.ssh.hostKey !== hostKeyOf(settings.ssh.host, settings.ssh.port).key
        )
          return fail(
            'ssh.hostKey',
            'the server presented a different host key',
            'The SSH host key does not match.',
          );
        if (settings.ssh.trustOnFirstUse && !settings.ssh.hostKey)
          settings.ssh.hostKey = hostKeyOf(settings.ssh.host, settings.ssh.port).key;
      }
      if (settings.engine === 'sqlite') return false;
      if (settings.host.includes('unreachable'))
        return fail(
          'host',
          `could not connect to ${settings.host}:${settings.port}`,
          'KytheraDB could not connect to the database.',
        );
      if (settings.password === 'wrong')
        return fail(
          'password',
          `password authentication failed for user "${settings.username}"`,
          'The database refused the credentials.',
        );
      if (settings.database === 'missing')
        return fail(
          'database',
          `database "missing" does not exist`,
          'The database does not exist on this server.',
        );
      return false;
    };
    const testResult = (settings) => ({
      engine: settings.engine,
      serverVersion: modelFor(settings, 0).serverVersion,
      latencyMs: settings.ssh ? 38 : 7,
    });
    const findConnection = (cid) => {
      const c = state.connections.get(cid);
      return c && c.projectId === project.id ? c : null;
    };

    if (rest === '/connections') {
      if (method === 'GET') return json(res, 200, connections().map(connectionView));
      if (method === 'POST') {
        if (!need('write')) return;
        const owner = byId(project.ownerId) ?? user;
        const limit = limitOf(owner.plan, 'connectionsPerProject');
        if (limit !== null && connections().length >= limit)
          return problem(
            res,
            402,
            'PLAN_REQUIRED',
            `The ${owner.plan} plan allows ${limit} connections per project. Upgrade to add more.`,
            null,
            {
              requiredPlan: 'pro',
              currentPlan: owner.plan,
              limit: 'connectionsPerProject',
              allowed: limit,
            },
          );
        const settings = parse(null);
        if (!settings || connectFails(settings)) return;
        const at = now();
        const c = {
          id: randomUUID(),
          projectId: project.id,
          ...settings,
          createdAt: at,
          updatedAt: at,
        };
        state.connections.set(c.id, c);
        record({
          action: 'connection.created',
          actor: user,
          projectId: project.id,
          details: { name: c.name },
          source: '/kythera/introspection',
        });
        return json(res, 201, connectionView(c), {
          location: `/api/projects/${project.id}/connections/${c.id}`,
        });
      }
    }
    if (method === 'POST' && rest === '/connections/test') {
      if (!need('write')) return;
      const settings = parse(null);
      if (!settings || connectFails(settings)) return;
      return json(res, 200, testResult(settings));
    }
    if (method === 'POST' && rest === '/connections/ssh-host-key') {
      if (!need('write')) return;
      const host = String(body.host ?? '').trim();
      const errors = [];
      if (!host) errors.push({ field: 'host', message: 'must not be blank' });
      if (!Number.isInteger(body.port) || body.port < 1 || body.port > 65535)
        errors.push({ field: 'port', message: 'must be between 1 and 65535' });
      if (errors.length) return invalid(res, errors);
      if (host.includes('bad-bastion'))
        return problem(
          res,
          422,
          'CONNECTION_FAILED',
          `No SSH server answered at ${host}:${body.port}.`,
          [{ field: 'host', message: 'no SSH server answered' }],
        );
      return json(res, 200, hostKeyOf(host, body.port));
    }
    const connectionMatch = /^\/connections\/([^/]+)(\/test)?$/.exec(rest);
    if (connectionMatch) {
      const c = findConnection(decodeURIComponent(connectionMatch[1]));
      if (!c) return problem(res, 404, 'NOT_FOUND', 'This connection does not exist.');
      if (connectionMatch[2]) {
        if (method !== 'POST') return problem(res, 405, 'METHOD_NOT_ALLOWED', 'Use POST.');
        if (!need('write')) return;
        if (connectFails({ ...c, ssh: c.ssh && { ...c.ssh } })) return;
        return json(res, 200, testResult(c));
      }
      if (method === 'GET') return json(res, 200, connectionView(c));
      if (method === 'PUT') {
        if (!need('write')) return;
        const settings = parse(c);
        if (!settings || connectFails(settings)) return;
        Object.assign(c, settings, { updatedAt: now() });
        record({
          action: 'connection.updated',
          actor: user,
          projectId: project.id,
          details: { name: c.name },
          source: '/kythera/introspection',
        });
        return json(res, 200, connectionView(c));
      }
      if (method === 'DELETE') {
        if (!need('write')) return;
        state.connections.delete(c.id);
        for (const [sid, s] of state.snapshots)
          if (s.summary.connectionId === c.id) state.snapshots.delete(sid);
        for (const store of [state.annotations, state.references, state.relations])
          for (const [key, item] of store) if (item.connectionId === c.id) store.delete(key);
        record({
          action: 'connection.deleted',
          actor: user,
          projectId: project.id,
          details: { name: c.name },
          source: '/kythera/introspection',
        });
        return json(res, 204);
      }
    }

    const snapshotOf = (sid) => {
      const s = state.snapshots.get(sid);
      return s && s.projectId === project.id ? s : null;
    };
    if (rest === '/schema/snapshots') {
      if (method === 'GET') {
        const cid = url.searchParams.get('connectionId');
        const list = [...state.snapshots.values()]
          .filter((s) => s.projectId === project.id && (!cid || s.summary.connectionId === cid))
          .map((s) => s.summary)
          .sort((a, b) => b.capturedAt.localeCompare(a.capturedAt));
        return json(res, 200, list);
      }
      if (method === 'POST') {
        if (!need('write')) return;
        const c = findConnection(String(body.connectionId ?? ''));
        if (!c)
          return invalid(res, [
            { field: 'connectionId', message: 'no such connection in this project' },
          ]);
        const job = {
          id: randomUUID(),
          projectId: project.id,
          userId: user.id,
          service: 'introspection',
          type: 'schema.snapshot',
          label: `Schema snapshot of ${c.name}`,
          status: 'pending',
          progress: 0,
          message: 'Queued',
          result: null,
          error: null,
          createdAt: now(),
          startedAt: null,
          completedAt: null,
        };
        state.jobs.set(job.id, job);
        runCapture(job, c, project, user);
        return json(res, 202, job);
      }
    }
    const snapshotMatch = /^\/schema\/snapshots\/([^/]+)$/.exec(rest);
    if (snapshotMatch) {
      const s = snapshotOf(decodeURIComponent(snapshotMatch[1]));
      if (!s) return problem(res, 404, 'NOT_FOUND', 'This snapshot does not exist.');
      if (method === 'GET') return json(res, 200, { summary: s.summary, model: s.model });
      if (method === 'DELETE') {
        if (!need('write')) return;
        state.snapshots.delete(s.summary.id);
        return json(res, 204);
      }
    }
    if (method === 'GET' && rest === '/schema/diff') {
      const from = snapshotOf(url.searchParams.get('from') ?? '');
      const to = snapshotOf(url.searchParams.get('to') ?? '');
      const errors = [];
      if (!from) errors.push({ field: 'from', message: 'no such snapshot' });
      if (!to) errors.push({ field: 'to', message: 'no such snapshot' });
      if (errors.length) return invalid(res, errors);
      return json(res, 200, {
        from: from.summary,
        to: to.summary,
        ...diffModels(from.model, to.model),
      });
    }
    if (method === 'GET' && (rest === '/schema/health' || rest === '/graph')) {
      const s = snapshotOf(url.searchParams.get('snapshotId') ?? '');
      if (!s) return invalid(res, [{ field: 'snapshotId', message: 'no such snapshot' }]);
      s.graph ??= buildGraph(s.summary.id, s.model, s.communities);
      if (rest === '/graph') return json(res, 200, s.graph);
      return json(res, 200, healthReport(s.summary.id, s.model, s.graph));
    }
    if (method === 'GET' && rest === '/schema/insights') {
      const s = snapshotOf(url.searchParams.get('snapshotId') ?? '');
      if (!s) return invalid(res, [{ field: 'snapshotId', message: 'no such snapshot' }]);
      return json(res, 200, schemaInsights(s.summary.id, s.model));
    }
    try {
      return dataAndNotes(res, url, project, rest, method, body, user, need, findConnection);
    } catch (e) {
      if (e instanceof MockError) return problem(res, e.status, e.code, e.detail, e.errors);
      throw e;
    }
  }

  // ---- seed generation and QA templates (generation's API, docs/api.md "Seed generation")
  // Mock behaviour: plans come from the connection's newest snapshot (or `snapshotId`) with the
  // problems the service reports (lib/mock-seed.mjs: an unknown table is `tables.<name>`, a spec
  // error `tables[0].rows`…); above the caller's plan's rows per seed job 402; a run is a job
  // that writes table after table (progress per table, cancellable: rolled back) and leaves a
  // history entry. Nothing is written into the explorer's rows.
  function seedRoutes(res, url, project, rest, method, body, user, need) {
    const rowLimitOf = (plan) => limitOf(plan, 'rowsPerSeedJob') ?? -1;
    /** The plan of a spec, or null after sending 400/402/409. */
    const planned = (spec) => {
      const c = spec?.connectionId ? state.connections.get(String(spec.connectionId)) : null;
      if (spec?.connectionId && (!c || c.projectId !== project.id)) {
        invalid(res, [{ field: 'connectionId', message: 'no such connection in this project' }]);
        return null;
      }
      let snapshot = null;
      if (c && spec.snapshotId) {
        snapshot = state.snapshots.get(String(spec.snapshotId));
        if (!snapshot || snapshot.projectId !== project.id) {
          invalid(res, [{ field: 'snapshotId', message: 'no such snapshot' }]);
          return null;
        }
        if (snapshot.summary.connectionId !== c.id) {
          invalid(res, [{ field: 'snapshotId', message: 'belongs to another connection' }]);
          return null;
        }
      } else if (c) {
        snapshot = newestSnapshot(c.id);
        if (!snapshot) {
          problem(
            res,
            409,
            'CONFLICT',
            'The connection has no snapshot yet: capture a snapshot first',
          );
          return null;
        }
      }
      const rowLimit = rowLimitOf(user.plan);
      let plan;
      try {
        plan = planSeed(snapshot?.model ?? { engine: 'postgresql', tables: [] }, spec ?? {}, {
          snapshotId: snapshot?.summary.id ?? null,
          connectionId: c?.id ?? null,
          rowLimit,
          today: now().slice(0, 10),
        });
      } catch (e) {
        if (e instanceof SeedProblems) {
          problem(res, 400, 'VALIDATION_FAILED', e.message, e.errors);
          return null;
        }
        throw e;
      }
      if (rowLimit >= 0 && plan.totalRows > rowLimit) {
        const required =
          PLAN_CATALOGUE.find(
            (p) => p.limits.rowsPerSeedJob === null || p.limits.rowsPerSeedJob >= plan.totalRows,
          )?.id ?? null;
        problem(
          res,
          402,
          'PLAN_REQUIRED',
          `Your ${user.plan} plan allows ${rowLimit} rows per seed job; ` +
            (required ? `the ${required} plan allows more` : 'no plan allows more'),
          null,
          {
            requiredPlan: required,
            currentPlan: user.plan,
            limit: 'rowsPerSeedJob',
            allowed: rowLimit,
          },
        );
        return null;
      }
      return { plan, snapshot, connection: c };
    };

    /** Submits the seed job and records its history entry. */
    const startRun = (spec, result, scenarioId = null) => {
      const { plan, snapshot, connection } = result;
      const mode = spec.mode === 'truncate' ? 'truncate' : 'append';
      const fixed = {
        ...spec,
        connectionId: connection.id,
        snapshotId: snapshot.summary.id,
        seed: plan.seed,
        locale: plan.locale,
        anchor: plan.anchor,
        mode,
        verify: spec.verify !== false,
      };
      const job = {
        id: randomUUID(),
        projectId: project.id,
        userId: user.id,
        service: 'generation',
        type: 'generation.seed',
        label: `Seed ${plan.totalRows} rows into ${plan.tables.length} tables (${mode})`,
        status: 'pending',
        progress: 0,
        message: 'Queued',
        result: null,
        error: null,
        createdAt: now(),
        startedAt: null,
        completedAt: null,
      };
      state.jobs.set(job.id, job);
      const history = {
        id: randomUUID(),
        projectId: project.id,
        connectionId: connection.id,
        snapshotId: snapshot.summary.id,
        jobId: job.id,
        scenarioId,
        strategy: spec.entity ? 'entity' : scenarioId ? 'template' : 'standard',
        mode,
        seed: plan.seed,
        status: 'running',
        outcome: null,
        totalRows: plan.totalRows,
        tables: [],
        request: JSON.stringify(fixed),
        integrity: null,
        error: null,
        createdBy: user.id,
        startedAt: now(),
        finishedAt: null,
      };
      state.seedHistory.push(history);
      runSeed(job, plan, snapshot.model, history, fixed.verify, user);
      return job;
    };

    if (method === 'POST' && (rest === '/seed/plan' || rest === '/seed/preview')) {
      let rows = 10;
      if (rest === '/seed/preview') {
        rows = Number(url.searchParams.get('rows') ?? 10);
        if (!Number.isInteger(rows) || rows < 1 || rows > 100)
          return invalid(res, [{ field: 'rows', message: 'must be between 1 and 100' }]);
      }
      const result = planned(body);
      if (!result) return;
      if (rest === '/seed/plan') return json(res, 200, result.plan);
      return json(res, 200, {
        plan: result.plan,
        tables: previewSeed(result.snapshot.model, result.plan, body, rows),
      });
    }
    if (method === 'POST' && rest === '/seed/runs') {
      if (!need('write')) return;
      const result = planned(body);
      if (!result) return;
      return json(res, 202, startRun(body, result));
    }
    if (method === 'GET' && rest === '/seed/history') {
      const limit = Math.max(1, Math.min(Number(url.searchParams.get('limit') ?? 50) || 50, 200));
      return json(
        res,
        200,
        state.seedHistory
          .filter((h) => h.projectId === project.id)
          .slice()
          .reverse()
          .slice(0, limit),
      );
    }
    const historyMatch = /^\/seed\/history\/([^/]+)$/.exec(rest);
    if (method === 'GET' && historyMatch) {
      const entry = state.seedHistory.find(
        (h) => h.id === decodeURIComponent(historyMatch[1]) && h.projectId === project.id,
      );
      if (!entry) return problem(res, 404, 'NOT_FOUND', `No seed run ${historyMatch[1]}`);
      return json(res, 200, entry);
    }

    // -- QA templates
    const templates = () =>
      [...state.templates.values()]
        .filter((t) => t.projectId === project.id)
        .sort((a, b) => a.name.localeCompare(b.name));
    /** Validates a draft: the stored template, or null after sending 400/409. */
    const draftOf = (existing) => {
      const errors = templateProblems(body);
      if (errors.length) {
        invalid(res, errors);
        return null;
      }
      const name = String(body.name).trim();
      if (templates().some((t) => t.name === name && t.id !== existing?.id)) {
        problem(res, 409, 'CONFLICT', `A template named ${name} exists`, [
          { field: 'name', message: 'is taken' },
        ]);
        return null;
      }
      const at = now();
      const template = {
        id: existing?.id ?? randomUUID(),
        projectId: project.id,
        name,
        description: body.description ?? null,
        version: (existing?.version ?? 0) + 1,
        parameters: (body.parameters ?? []).map((p) => ({
          name: p.name,
          description: p.description ?? null,
          defaultValue: p.defaultValue ?? null,
        })),
        spec: JSON.stringify(body.spec),
        createdBy: existing?.createdBy ?? user.id,
        createdAt: existing?.createdAt ?? at,
        updatedAt: at,
      };
      // the spec must read as a seed spec with the defaults (stand-ins for the others)
      try {
        resolveTemplate({
          ...template,
          parameters: template.parameters.map((p) => ({
            ...p,
            defaultValue: p.defaultValue ?? '1',
          })),
        });
      } catch (e) {
        if (!(e instanceof SeedProblems)) throw e;
        invalid(res, e.errors, e.message);
        return null;
      }
      return template;
    };
    if (rest === '/qa-templates') {
      if (method === 'GET') return json(res, 200, templates());
      if (method === 'POST') {
        if (!need('write')) return;
        const template = draftOf(null);
        if (!template) return;
        state.templates.set(template.id, template);
        return json(res, 201, template);
      }
    }
    const templateMatch = /^\/qa-templates\/([^/]+)(\/resolve|\/run)?$/.exec(rest);
    if (templateMatch) {
      const template = state.templates.get(decodeURIComponent(templateMatch[1]));
      if (!template || template.projectId !== project.id)
        return problem(res, 404, 'NOT_FOUND', `Template ${templateMatch[1]}`);
      if (!templateMatch[2]) {
        if (method === 'GET') return json(res, 200, template);
        if (method === 'PUT') {
          if (!need('write')) return;
          const updated = draftOf(template);
          if (!updated) return;
          state.templates.set(updated.id, updated);
          return json(res, 200, updated);
        }
        if (method === 'DELETE') {
          if (!need('write')) return;
          state.templates.delete(template.id);
          return json(res, 204);
        }
        return problem(res, 405, 'METHOD_NOT_ALLOWED', `${method} is not supported here.`);
      }
      if (method !== 'POST') return problem(res, 405, 'METHOD_NOT_ALLOWED', 'Use POST.');
      if (templateMatch[2] === '/run' && !need('write')) return;
      let spec;
      try {
        spec = resolveTemplate(template, body.parameters ?? {});
      } catch (e) {
        if (!(e instanceof SeedProblems)) throw e;
        return invalid(res, e.errors, e.message);
      }
      if (body.connectionId) {
        spec.connectionId = body.connectionId;
        spec.snapshotId = null;
      }
      if (body.seed !== undefined && body.seed !== null) spec.seed = body.seed;
      if (body.mode) spec.mode = body.mode;
      if (templateMatch[2] === '/resolve') return json(res, 200, spec);
      const result = planned(spec);
      if (!result) return;
      return json(res, 202, startRun(spec, result, template.id));
    }
    return problem(res, 404, 'NOT_FOUND', `No route for ${method} ${rest}.`);
  }

  /** The seed job: a table at a time, then the integrity check; cancellable (rolled back). */
  function runSeed(job, plan, model, history, verify, user) {
    const stepMillis = 150;
    const steps = plan.tables.flatMap((t) => [
      { table: t, written: Math.floor(t.rows / 2) },
      { table: t, written: t.rows },
    ]);
    if (verify) steps.push({ check: true });
    const started = Date.now();
    const written = new Map();
    const counts = () =>
      plan.tables.map((t) => ({
        table: t.table,
        planned: t.rows,
        written: written.get(t.table) ?? 0,
      }));
    const finish = (status, outcome, error = null, integrity = null) =>
      Object.assign(history, {
        status,
        outcome,
        tables: counts(),
        integrity: integrity ? JSON.stringify(integrity) : null,
        error,
        finishedAt: now(),
      });
    let step = 0;
    setTimeout(() => {
      if (job.status !== 'pending') return finish('cancelled', 'rolled back');
      updateJob(job, {
        status: 'running',
        startedAt: now(),
        progress: 0.02,
        message: `Connected; writing ${plan.totalRows} rows`,
      });
      const tick = () => {
        if (job.status !== 'running') return finish('cancelled', 'rolled back');
        if (step >= steps.length) {
          const tablesByName = new Map(
            model.tables.map((t) => [`${t.name.schema}.${t.name.name}`, t]),
          );
          const integrity = verify
            ? {
                checked: plan.tables.reduce((sum, t) => {
                  const table = tablesByName.get(t.table);
                  return (
                    sum +
                    (table.primaryKey ? 1 : 0) +
                    table.uniqueConstraints.length +
                    table.foreignKeys.length +
                    table.checks.length +
                    table.columns.filter((c) => !c.nullable).length
                  );
                }, 0),
                violations: [],
                skipped: plan.warnings
                  .filter((w) => w.field.includes('.checks.'))
                  .map((w) => `${w.field.replace(/^tables\./, '')}: not evaluated as SQL`),
              }
            : null;
          finish('done', 'committed', null, integrity);
          const durationMs = Math.max(1, Date.now() - started);
          const rows = plan.totalRows;
          record({
            action: 'seed.run_finished',
            actor: user,
            projectId: job.projectId,
            details: { rows, tables: plan.tables.length, mode: history.mode },
            source: '/kythera/generation',
          });
          updateJob(job, {
            status: 'done',
            progress: 1,
            message: `Wrote ${rows} rows into ${plan.tables.length} tables`,
            result: {
              historyId: history.id,
              seed: plan.seed,
              mode: history.mode,
              rows,
              durationMs,
              rowsPerSecond: Math.round((rows * 1000) / durationMs),
              tables: counts(),
              ...(integrity ? { integrity } : {}),
            },
            completedAt: now(),
          });
          return;
        }
        const current = steps[step++];
        if (current.check) {
          updateJob(job, { progress: 0.97, message: 'Checking integrity' });
        } else {
          written.set(current.table.table, current.written);
          history.tables = counts();
          updateJob(job, {
            progress: 0.02 + (0.93 * step) / steps.length,
            message: `Writing ${current.table.table}: ${current.written} of ${current.table.rows} rows`,
          });
        }
        setTimeout(tick, stepMillis);
      };
      setTimeout(tick, stepMillis);
    }, 200);
  }

  /** The newest snapshot of a connection (the one the explorer and notes resolve names in). */
  function newestSnapshot(connectionId) {
    return (
      [...state.snapshots.values()]
        .filter((s) => s.summary.connectionId === connectionId)
        .sort((a, b) => b.summary.capturedAt.localeCompare(a.summary.capturedAt))[0] ?? null
    );
  }

  // ---- data explorer, annotations, references and relation decisions (introspection's API)
  // Rows live in memory per connection (mock-data.mjs); writes to a production connection need
  // the admin role (403 below), like the service.
  function dataAndNotes(res, url, project, rest, method, body, user, need, findConnection) {
    const noSnapshot = () =>
      problem(res, 409, 'CONFLICT', 'The connection has no snapshot yet: capture a snapshot first');
    /** The connection named in the query or body; a 400 (sent) and null when unknown. */
    const connectionFrom = (value) => {
      const c = value ? findConnection(String(value)) : null;
      if (!c) {
        invalid(res, [
          {
            field: 'connectionId',
            message: value ? 'no such connection in this project' : 'is required',
          },
        ]);
        return null;
      }
      return c;
    };

    const dataMatch = /^\/data\/([^/]+)\/tables\/([^/]+)\/(rows|related)$/.exec(rest);
    if (dataMatch) {
      const c = findConnection(decodeURIComponent(dataMatch[1]));
      if (!c) return problem(res, 404, 'NOT_FOUND', 'This connection does not exist.');
      const snapshot = newestSnapshot(c.id);
      if (!snapshot) return noSnapshot();
      const table = decodeURIComponent(dataMatch[2]);
      const q = url.searchParams;
      if (dataMatch[3] === 'related') {
        if (method !== 'GET') return problem(res, 405, 'METHOD_NOT_ALLOWED', 'Use GET.');
        return json(res, 200, explorer.related(c.id, snapshot, table, q.get('key') ?? ''));
      }
      if (method === 'GET')
        return json(
          res,
          200,
          explorer.browse(c.id, snapshot, table, {
            page: q.get('page'),
            size: q.get('size'),
            sort: q.getAll('sort'),
            filters: q.getAll('filter'),
            count: q.get('count') === 'true',
          }),
        );
      if (!need('write')) return;
      if (c.environment === 'production' && !['admin', 'super_admin'].includes(user.role))
        return problem(
          res,
          403,
          'FORBIDDEN',
          `'${c.name}' is a production connection: its data is read-only below the admin role`,
        );
      if (method === 'POST')
        return json(res, 201, explorer.insert(c.id, snapshot, table, body.values));
      if (method === 'PATCH')
        return json(res, 200, explorer.update(c.id, snapshot, table, body.key, body.values));
      if (method === 'DELETE') {
        explorer.remove(c.id, snapshot, table, q.get('key') ?? '');
        return json(res, 204);
      }
      return problem(res, 405, 'METHOD_NOT_ALLOWED', `${method} is not supported here.`);
    }

    // -- annotations
    if (rest === '/annotations') {
      if (method === 'GET') {
        const c = connectionFrom(url.searchParams.get('connectionId'));
        if (!c) return;
        return json(
          res,
          200,
          [...state.annotations.values()]
            .filter((a) => a.connectionId === c.id)
            .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
        );
      }
      if (method === 'POST') {
        if (!need('write')) return;
        const c = connectionFrom(body.connectionId);
        if (!c) return;
        const snapshot = newestSnapshot(c.id);
        if (!snapshot) return noSnapshot();
        const errors = [];
        if (!targetExists(snapshot.model, body.target))
          errors.push({
            field: 'target',
            message: 'is not a table or column of the newest snapshot (schema.table[.column])',
          });
        const text = String(body.body ?? '').trim();
        if (!text || text.length > 4000)
          errors.push({ field: 'body', message: 'must be 1 to 4000 characters' });
        if (errors.length) return invalid(res, errors);
        const at = now();
        const annotation = {
          id: randomUUID(),
          projectId: project.id,
          connectionId: c.id,
          target: body.target,
          body: text,
          createdBy: user.id,
          createdAt: at,
          updatedAt: at,
        };
        state.annotations.set(annotation.id, annotation);
        return json(res, 201, annotation);
      }
    }
    const annotationMatch = /^\/annotations\/([^/]+)$/.exec(rest);
    if (annotationMatch) {
      const a = state.annotations.get(decodeURIComponent(annotationMatch[1]));
      if (!a || a.projectId !== project.id)
        return problem(res, 404, 'NOT_FOUND', 'This annotation does not exist.');
      if (!need('write')) return;
      if (method === 'PUT') {
        const text = String(body.body ?? '').trim();
        if (!text || text.length > 4000)
          return invalid(res, [{ field: 'body', message: 'must be 1 to 4000 characters' }]);
        Object.assign(a, { body: text, updatedAt: now() });
        return json(res, 200, a);
      }
      if (method === 'DELETE') {
        state.annotations.delete(a.id);
        return json(res, 204);
      }
    }

    // -- reference definitions
    const referenceKinds = ['enum_type', 'check_list', 'lookup_table', 'manual'];
    /** Validates a ReferenceRequest (400 sent and null when invalid). */
    const referenceInput = (connectionId, excludeId = null) => {
      const errors = [];
      const name = String(body.name ?? '').trim();
      if (!name || name.length > 100)
        errors.push({ field: 'name', message: 'must be 1 to 100 characters' });
      const kind = body.kind ?? 'manual';
      if (!referenceKinds.includes(kind))
        errors.push({ field: 'kind', message: `must be one of ${referenceKinds.join(', ')}` });
      const values = body.values;
      if (!Array.isArray(values) || values.length > 1000)
        errors.push({ field: 'values', message: 'must be a list of at most 1000 values' });
      else if (values.some((v) => typeof v !== 'string' || !v.trim() || v.length > 500))
        errors.push({ field: 'values', message: 'each value must be 1 to 500 characters' });
      if (errors.length) {
        invalid(res, errors);
        return null;
      }
      const duplicate = [...state.references.values()].some(
        (r) =>
          r.connectionId === connectionId &&
          r.id !== excludeId &&
          r.name.toLowerCase() === name.toLowerCase(),
      );
      if (duplicate) {
        problem(
          res,
          409,
          'CONFLICT',
          `A reference named ${name} exists already for this connection.`,
        );
        return null;
      }
      return { name, kind, source: body.source ?? null, values: values.map((v) => v.trim()) };
    };
    const newReference = (c, input) => {
      const at = now();
      const reference = {
        id: randomUUID(),
        projectId: project.id,
        connectionId: c.id,
        ...input,
        createdBy: user.id,
        createdAt: at,
        updatedAt: at,
      };
      state.references.set(reference.id, reference);
      return reference;
    };
    if (rest === '/references') {
      if (method === 'GET') {
        const c = connectionFrom(url.searchParams.get('connectionId'));
        if (!c) return;
        return json(
          res,
          200,
          [...state.references.values()]
            .filter((r) => r.connectionId === c.id)
            .sort((a, b) => a.name.localeCompare(b.name)),
        );
      }
      if (method === 'POST') {
        if (!need('write')) return;
        const c = connectionFrom(body.connectionId);
        if (!c) return;
        const input = referenceInput(c.id);
        if (!input) return;
        return json(res, 201, newReference(c, input));
      }
    }
    if (method === 'POST' && rest === '/references/adopt') {
      if (!need('write')) return;
      const c = connectionFrom(body.connectionId);
      if (!c) return;
      const snapshot = newestSnapshot(c.id);
      if (!snapshot) return noSnapshot();
      const kept = [...state.references.values()].filter((r) => r.connectionId === c.id);
      const added = [];
      for (const d of detectedReferences(snapshot.model)) {
        const kind = d.kind.toLowerCase();
        if (
          kept.some(
            (r) =>
              (r.kind === kind && r.source === d.source) ||
              r.name.toLowerCase() === d.name.toLowerCase(),
          )
        )
          continue;
        const reference = newReference(c, {
          name: d.name,
          kind,
          source: d.source,
          values: d.values,
        });
        kept.push(reference);
        added.push(reference);
      }
      return json(res, 200, added);
    }
    const referenceMatch = /^\/references\/([^/]+)$/.exec(rest);
    if (referenceMatch) {
      const r = state.references.get(decodeURIComponent(referenceMatch[1]));
      if (!r || r.projectId !== project.id)
        return problem(res, 404, 'NOT_FOUND', 'This reference does not exist.');
      if (!need('write')) return;
      if (method === 'PUT') {
        const input = referenceInput(r.connectionId, r.id);
        if (!input) return;
        Object.assign(r, input, { updatedAt: now() });
        return json(res, 200, r);
      }
      if (method === 'DELETE') {
        state.references.delete(r.id);
        return json(res, 204);
      }
    }

    // -- relation decisions
    if (rest === '/relations') {
      if (method === 'GET') {
        const c = connectionFrom(url.searchParams.get('connectionId'));
        if (!c) return;
        return json(
          res,
          200,
          [...state.relations.values()]
            .filter((r) => r.connectionId === c.id)
            .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
        );
      }
      if (method === 'PUT') {
        if (!need('write')) return;
        const c = connectionFrom(body.connectionId);
        if (!c) return;
        const snapshot = newestSnapshot(c.id);
        if (!snapshot) return noSnapshot();
        const errors = [];
        if (!hasColumns(snapshot.model, body.fromTable, body.fromColumns))
          errors.push({ field: 'fromColumns', message: 'must be columns of fromTable' });
        if (!hasColumns(snapshot.model, body.toTable, body.toColumns))
          errors.push({ field: 'toColumns', message: 'must be columns of toTable' });
        if (!['confirmed', 'rejected'].includes(body.status))
          errors.push({ field: 'status', message: 'must be confirmed or rejected' });
        if (errors.length) return invalid(res, errors);
        const sameRelation = (r) =>
          r.connectionId === c.id &&
          r.fromTable === body.fromTable &&
          r.toTable === body.toTable &&
          r.fromColumns.join() === body.fromColumns.join() &&
          r.toColumns.join() === body.toColumns.join();
        let relation = [...state.relations.values()].find(sameRelation);
        if (relation) relation.status = body.status.toUpperCase();
        else {
          relation = {
            id: randomUUID(),
            projectId: project.id,
            connectionId: c.id,
            fromTable: body.fromTable,
            fromColumns: body.fromColumns,
            toTable: body.toTable,
            toColumns: body.toColumns,
            status: body.status.toUpperCase(),
            createdBy: user.id,
            createdAt: now(),
          };
          state.relations.set(relation.id, relation);
        }
        return json(res, 200, relation);
      }
    }
    const relationMatch = /^\/relations\/([^/]+)$/.exec(rest);
    if (relationMatch && method === 'DELETE') {
      const r = state.relations.get(decodeURIComponent(relationMatch[1]));
      if (!r || r.projectId !== project.id)
        return problem(res, 404, 'NOT_FOUND', 'This relation decision does not exist.');
      if (!need('write')) return;
      state.relations.delete(r.id);
      return json(res, 204);
    }
    return problem(res, 404, 'NOT_FOUND', `No route for ${method} ${rest}.`);
  }

  /** The schema a connection "has"; `captures` earlier snapshots pick the migrated shop. */
  function modelFor(c, captures) {
    if (c.engine === 'sqlite') return sqliteModel(c.database);
    if (/warehouse|big/i.test(c.database)) return warehouseModel(c.database).model;
    return shopModel(captures > 0 ? 2 : 1, c.database);
  }

  function runCapture(job, c, project, user) {
    const captures = [...state.snapshots.values()].filter(
      (s) => s.summary.connectionId === c.id,
    ).length;
    const big = /warehouse|big/i.test(c.database) && c.engine !== 'sqlite';
    const steps = big ? 12 : 6;
    const stepMillis = 150;
    const started = Date.now();
    let step = 0;
    setTimeout(() => {
      if (job.status !== 'pending') return;
      updateJob(job, { status: 'running', startedAt: now(), message: `Connecting to ${c.name}` });
      const tick = () => {
        if (job.status !== 'running') return;
        step++;
        if (step >= steps) {
          const generated = big ? warehouseModel(c.database) : null;
          const model = generated?.model ?? modelFor(c, captures);
          const sid = randomUUID();
          const summary = {
            id: sid,
            connectionId: c.id,
            capturedAt: now(),
            engine: model.engine,
            serverVersion: model.serverVersion,
            database: model.database,
            ...summarize(model),
            durationMs: Date.now() - started,
          };
          state.snapshots.set(sid, {
            projectId: project.id,
            summary,
            model,
            communities: generated?.communities ?? null,
            graph: null,
          });
          record({
            action: 'schema.snapshot_captured',
            actor: user,
            projectId: project.id,
            details: { connection: c.name, tables: summary.tableCount },
            source: '/kythera/introspection',
          });
          updateJob(job, {
            status: 'done',
            progress: 1,
            message: `Captured ${summary.tableCount} tables`,
            result: {
              snapshotId: sid,
              tableCount: summary.tableCount,
              durationMs: summary.durationMs,
            },
            completedAt: now(),
          });
          return;
        }
        const phases = [
          'Reading tables',
          'Reading columns',
          'Reading keys',
          'Reading indexes',
          'Reading statistics',
        ];
        updateJob(job, {
          progress: step / steps,
          message: phases[Math.min(phases.length - 1, Math.floor((step / steps) * phases.length))],
        });
        setTimeout(tick, stepMillis);
      };
      setTimeout(tick, stepMillis);
    }, 200);
  }

  // ---- project members and invitations
  function projectMembers(res, project, rest, method, body, user, permission, need) {
    const grants = grantsOf(project.id);
    if (!state.invitations.has(project.id)) state.invitations.set(project.id, new Map());
    const invitations = state.invitations.get(project.id);
    const memberView = (userId) => {
      const account = byId(userId);
      if (!account) return null;
      const direct = grants.get(userId) ?? null;
      const teamMember = project.teamId
        ? state.teams.get(project.teamId)?.members.get(userId)
        : null;
      return {
        userId,
        email: account.email,
        name: account.name,
        permission: effectivePermission(project, userId),
        direct: direct?.permission ?? null,
        teamRole: teamMember?.role ?? null,
        since: direct?.since ?? teamMember?.since ?? project.createdAt,
      };
    };
    const isAdmin = rank(PERMISSIONS, permission) >= rank(PERMISSIONS, 'admin');
    if (rest === '/members' && method === 'GET') {
      const ids = new Set(grants.keys());
      if (project.teamId)
        for (const id of state.teams.get(project.teamId)?.members.keys() ?? []) ids.add(id);
      const members = [...ids]
        .map(memberView)
        .filter(Boolean)
        .sort(
          (a, b) =>
            rank(PERMISSIONS, b.permission) - rank(PERMISSIONS, a.permission) ||
            a.since.localeCompare(b.since),
        );
      return json(res, 200, { members, invitations: isAdmin ? [...invitations.values()] : [] });
    }
    if (rest === '/members' && method === 'POST') {
      if (!need('admin')) return;
      const email = String(body.email ?? '')
        .trim()
        .toLowerCase();
      const errors = [];
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
        errors.push({ field: 'email', message: 'must be a well-formed email address' });
      if (!PERMISSIONS.includes(body.permission))
        errors.push({ field: 'permission', message: 'must be read, write, admin or owner' });
      if (errors.length) return invalid(res, errors);
      if (body.permission === 'owner' && permission !== 'owner')
        return problem(res, 403, 'FORBIDDEN', 'Only owners grant the owner permission.');
      const account = state.users.get(email);
      if (account?.role === 'super_admin')
        return problem(res, 409, 'CONFLICT', 'Super admins cannot be added to projects.');
      if (account) {
        if (grants.has(account.id))
          return problem(res, 409, 'CONFLICT', `${email} is already a member.`, [
            { field: 'email', message: 'is already a member' },
          ]);
        grants.set(account.id, { permission: body.permission, since: now() });
        sendMail(
          email,
          'You were added to a KytheraDB project',
          `You now have access to ${project.name}.\r\n`,
        );
        record({
          action: 'project.member_added',
          actor: user,
          projectId: project.id,
          details: { userId: account.id, permission: body.permission },
        });
        return json(res, 201, {
          status: 'member',
          email,
          permission: body.permission,
          userId: account.id,
          invitationId: null,
        });
      }
      if ([...invitations.values()].some((i) => i.email === email))
        return problem(res, 409, 'CONFLICT', `${email} is already invited.`, [
          { field: 'email', message: 'is already invited' },
        ]);
      const invitation = {
        id: randomUUID(),
        email,
        permission: body.permission,
        invitedBy: user.id,
        createdAt: now(),
      };
      invitations.set(invitation.id, invitation);
      sendMail(
        email,
        'You are invited to a KytheraDB project',
        `Register with this address to join ${project.name}.\r\n`,
      );
      record({
        action: 'project.member_invited',
        actor: user,
        projectId: project.id,
        details: { permission: body.permission },
      });
      return json(res, 201, {
        status: 'invited',
        email,
        permission: body.permission,
        userId: null,
        invitationId: invitation.id,
      });
    }
    const memberMatch = /^\/members\/([^/]+)$/.exec(rest);
    if (memberMatch) {
      const userId = decodeURIComponent(memberMatch[1]);
      const grant = grants.get(userId);
      const owners = [...grants.values()].filter((g) => g.permission === 'owner').length;
      if (method === 'PATCH') {
        if (!need('admin')) return;
        if (!PERMISSIONS.includes(body.permission))
          return invalid(res, [
            { field: 'permission', message: 'must be read, write, admin or owner' },
          ]);
        if (!grant) return problem(res, 404, 'NOT_FOUND', 'This person has no direct grant.');
        if ((grant.permission === 'owner' || body.permission === 'owner') && permission !== 'owner')
          return problem(res, 403, 'FORBIDDEN', 'Only owners change owners.');
        if (grant.permission === 'owner' && body.permission !== 'owner' && owners <= 1)
          return problem(res, 409, 'CONFLICT', 'The project needs at least one owner.');
        grant.permission = body.permission;
        record({
          action: 'project.member_permission_changed',
          actor: user,
          projectId: project.id,
          details: { userId, permission: body.permission },
        });
        return json(res, 200, memberView(userId));
      }
      if (method === 'DELETE') {
        const self = userId === user.id;
        if (!self && !need('admin')) return;
        if (!grant) return problem(res, 404, 'NOT_FOUND', 'This person has no direct grant.');
        if (!self && grant.permission === 'owner' && permission !== 'owner')
          return problem(res, 403, 'FORBIDDEN', 'Only owners remove owners.');
        if (grant.permission === 'owner' && owners <= 1)
          return problem(res, 409, 'CONFLICT', 'The last owner cannot leave or be removed.');
        grants.delete(userId);
        if (project.ownerId === userId) {
          const next = [...grants.entries()].find(([, g]) => g.permission === 'owner');
          if (next) project.ownerId = next[0];
        }
        record({
          action: self ? 'project.member_left' : 'project.member_removed',
          actor: user,
          projectId: project.id,
          details: { userId },
        });
        return json(res, 204);
      }
    }
    const invitationMatch = /^\/invitations\/([^/]+)$/.exec(rest);
    if (invitationMatch && method === 'DELETE') {
      if (!need('admin')) return;
      const id = decodeURIComponent(invitationMatch[1]);
      if (!invitations.delete(id)) return problem(res, 404, 'NOT_FOUND', 'No such invitation.');
      record({ action: 'project.invitation_cancelled', actor: user, projectId: project.id });
      return json(res, 204);
    }
    return problem(res, 404, 'NOT_FOUND', 'No such route.');
  }

  // ---- project configuration
  function projectConfig(res, project, method, body, user, need) {
    const current = state.configs.get(project.id) ?? {
      projectId: project.id,
      environments: [],
      defaults: {},
      updatedAt: null,
      updatedBy: null,
    };
    if (method === 'GET') return json(res, 200, current);
    if (method !== 'PUT') return problem(res, 405, 'METHOD_NOT_ALLOWED', 'Method not allowed.');
    if (!need('admin')) return;
    const errors = [];
    for (const key of Object.keys(body))
      if (!['environments', 'defaults'].includes(key))
        errors.push({ field: key, message: `Unknown field '${key}'` });
    const list = body.environments ?? [];
    if (!Array.isArray(list))
      errors.push({ field: 'environments', message: 'environments must be an array' });
    if (
      body.defaults != null &&
      (typeof body.defaults !== 'object' || Array.isArray(body.defaults))
    )
      errors.push({ field: 'defaults', message: 'defaults must be a JSON object' });
    const environments = [];
    const seen = new Set();
    (Array.isArray(list) ? list : []).forEach((entry, i) => {
      const env = typeof entry === 'string' ? { name: entry } : (entry ?? {});
      const name = env.name;
      const field = `environments[${i}].name`;
      if (!name) errors.push({ field, message: 'is required' });
      else if (name.length > 40) errors.push({ field, message: 'must be at most 40 characters' });
      else if (!ENV_NAME.test(name))
        errors.push({ field, message: "must be lower-case letters, digits, '-' or '_'" });
      else if (seen.has(name)) errors.push({ field, message: 'must be unique' });
      seen.add(name);
      if (env.description && String(env.description).length > 200)
        errors.push({
          field: `environments[${i}].description`,
          message: 'must be at most 200 characters',
        });
      environments.push({
        name,
        production: !!env.production,
        description: env.description ?? null,
      });
    });
    if (environments.length > 20)
      errors.push({ field: 'environments', message: 'at most 20 environments' });
    if (errors.length) return invalid(res, errors, errors[0].message);
    const saved = {
      projectId: project.id,
      environments,
      defaults: body.defaults ?? {},
      updatedAt: now(),
      updatedBy: user.id,
    };
    state.configs.set(project.id, saved);
    record({
      action: 'project.config_updated',
      actor: user,
      projectId: project.id,
      details: { environments: environments.length },
    });
    return json(res, 200, saved);
  }

  // ---- teams
  function teams(res, path, method, body, user) {
    const teamView = (team, withMembers = false) => ({
      id: team.id,
      name: team.name,
      role: team.members.get(user.id)?.role,
      memberCount: team.members.size,
      createdAt: team.createdAt,
      updatedAt: team.updatedAt,
      ...(withMembers ? { members: membersOf(team) } : {}),
    });
    const memberView = (team, userId) => {
      const account = byId(userId);
      const member = team.members.get(userId);
      return account && member
        ? {
            userId,
            email: account.email,
            name: account.name,
            role: member.role,
            since: member.since,
          }
        : null;
    };
    const membersOf = (team) =>
      [...team.members.keys()]
        .map((id) => memberView(team, id))
        .filter(Boolean)
        .sort((a, b) => a.since.localeCompare(b.since));
    const checkName = (name) =>
      !name || name.length > 100
        ? [{ field: 'name', message: 'size must be between 1 and 100' }]
        : null;

    if (path === '/api/teams') {
      if (method === 'GET')
        return json(
          res,
          200,
          [...state.teams.values()]
            .filter((t) => t.members.has(user.id))
            .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
            .map((t) => teamView(t)),
        );
      if (method === 'POST') {
        if (rank(ROLES, user.role) < rank(ROLES, 'dev'))
          return problem(res, 403, 'FORBIDDEN', 'Creating teams needs the dev role or higher.');
        const name = String(body.name ?? '').trim();
        const errors = checkName(name);
        if (errors) return invalid(res, errors);
        const at = now();
        const team = {
          id: randomUUID(),
          name,
          createdAt: at,
          updatedAt: at,
          members: new Map([[user.id, { role: 'admin', since: at }]]),
        };
        state.teams.set(team.id, team);
        record({ action: 'team.created', actor: user, details: { teamId: team.id, name } });
        return json(res, 201, teamView(team), { location: `/api/teams/${team.id}` });
      }
    }
    const match = /^\/api\/teams\/([^/]+)(\/members(?:\/([^/]+))?)?$/.exec(path);
    if (!match) return problem(res, 404, 'NOT_FOUND', 'No such route.');
    const team = state.teams.get(decodeURIComponent(match[1]));
    if (!team || !team.members.has(user.id)) return problem(res, 404, 'NOT_FOUND', 'No such team.');
    const isAdmin = team.members.get(user.id).role === 'admin';
    const admins = () => [...team.members.values()].filter((m) => m.role === 'admin').length;
    const denied = () => problem(res, 403, 'FORBIDDEN', 'This needs the team admin role.');
    if (!match[2]) {
      if (method === 'GET') return json(res, 200, teamView(team, true));
      if (method === 'PATCH') {
        if (!isAdmin) return denied();
        const name = String(body.name ?? '').trim();
        const errors = checkName(name);
        if (errors) return invalid(res, errors);
        team.name = name;
        team.updatedAt = now();
        record({ action: 'team.renamed', actor: user, details: { teamId: team.id, name } });
        return json(res, 200, teamView(team));
      }
      if (method === 'DELETE') {
        if (!isAdmin) return denied();
        state.teams.delete(team.id);
        for (const project of state.projects.values())
          if (project.teamId === team.id) project.teamId = null;
        record({ action: 'team.deleted', actor: user, details: { teamId: team.id } });
        return json(res, 204);
      }
    }
    if (match[2] && !match[3]) {
      if (method === 'GET') return json(res, 200, membersOf(team));
      if (method === 'POST') {
        if (!isAdmin) return denied();
        const email = String(body.email ?? '')
          .trim()
          .toLowerCase();
        const errors = [];
        if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))
          errors.push({ field: 'email', message: 'must be a well-formed email address' });
        if (!TEAM_ROLES.includes(body.role))
          errors.push({ field: 'role', message: 'must be viewer, qa, dev or admin' });
        if (errors.length) return invalid(res, errors);
        const account = state.users.get(email);
        if (!account || account.role === 'super_admin')
          return problem(res, 404, 'NOT_FOUND', 'No account uses this address.', [
            { field: 'email', message: 'no account uses this address' },
          ]);
        if (team.members.has(account.id))
          return problem(res, 409, 'CONFLICT', `${email} is already a member.`, [
            { field: 'email', message: 'is already a member' },
          ]);
        const limit = limitOf(user.plan, 'membersPerTeam');
        if (limit !== null && team.members.size >= limit)
          return problem(
            res,
            402,
            'PLAN_REQUIRED',
            `Your ${user.plan} plan allows ${limit} members per team.`,
            null,
            {
              requiredPlan: 'pro',
              currentPlan: user.plan,
              limit: 'membersPerTeam',
              allowed: limit,
            },
          );
        team.members.set(account.id, { role: body.role, since: now() });
        sendMail(
          email,
          'You were added to a KytheraDB team',
          `You are now a member of ${team.name}.\r\n`,
        );
        record({
          action: 'team.member_added',
          actor: user,
          details: { teamId: team.id, userId: account.id, role: body.role },
        });
        return json(res, 201, memberView(team, account.id));
      }
    }
    if (match[3]) {
      const userId = decodeURIComponent(match[3]);
      const member = team.members.get(userId);
      if (!member) return problem(res, 404, 'NOT_FOUND', 'Not a member of this team.');
      if (method === 'PATCH') {
        if (!isAdmin) return denied();
        if (!TEAM_ROLES.includes(body.role))
          return invalid(res, [{ field: 'role', message: 'must be viewer, qa, dev or admin' }]);
        if (member.role === 'admin' && body.role !== 'admin' && admins() <= 1)
          return problem(res, 409, 'CONFLICT', 'The team needs at least one admin.');
        member.role = body.role;
        record({
          action: 'team.member_role_changed',
          actor: user,
          details: { teamId: team.id, userId, role: body.role },
        });
        return json(res, 200, memberView(team, userId));
      }
      if (method === 'DELETE') {
        const self = userId === user.id;
        if (!self && !isAdmin) return denied();
        if (member.role === 'admin' && admins() <= 1 && team.members.size > 1)
          return problem(
            res,
            409,
            'CONFLICT',
            'The last admin cannot leave; make someone else admin first.',
          );
        team.members.delete(userId);
        if (!team.members.size) state.teams.delete(team.id);
        record({
          action: self ? 'team.member_left' : 'team.member_removed',
          actor: user,
          details: { teamId: team.id, userId },
        });
        return json(res, 204);
      }
    }
    return problem(res, 405, 'METHOD_NOT_ALLOWED', 'Method not allowed.');
  }

  // ---- the signed-in user's account
  function account(req, res, url, path, method, body, user) {
    const view = () => ({
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      plan: user.plan,
      emailVerified: user.emailVerified,
      mfaEnabled: user.mfa.enabled,
      createdAt: user.createdAt,
    });
    if (path === '/api/account/profile') {
      if (method === 'GET') return json(res, 200, view());
      if (method === 'PATCH') {
        const name = body.name == null ? null : String(body.name).trim();
        if (name && name.length > 100)
          return invalid(res, [{ field: 'name', message: 'must be at most 100 characters' }]);
        user.name = name || null;
        user.updatedAt = now();
        record({ action: 'account.profile_updated', actor: user });
        return json(res, 200, view());
      }
    }
    if (method === 'POST' && path === '/api/account/password') {
      const errors = [];
      if (!body.currentPassword) errors.push({ field: 'currentPassword', message: 'is required' });
      const next = String(body.newPassword ?? '');
      if (next.length < 10 || next.length > 128)
        errors.push({ field: 'newPassword', message: 'size must be between 10 and 128' });
      if (errors.length) return invalid(res, errors);
      if (body.currentPassword !== user.password)
        return problem(res, 403, 'FORBIDDEN', 'The current password is not correct.');
      user.password = next;
      revokeAllSessions(user.id);
      record({ action: 'account.password_changed', actor: user });
      return json(res, 200, { changed: true, sessionsEnded: true });
    }
    if (method === 'GET' && path === '/api/account/sessions')
      return json(
        res,
        200,
        [...state.sessions.values()]
          .filter((s) => s.userId === user.id)
          .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
          .map(({ userId: _userId, ...session }) => session),
      );
    const sessionMatch = /^\/api\/account\/sessions\/([^/]+)$/.exec(path);
    if (method === 'DELETE' && sessionMatch) {
      const session = state.sessions.get(decodeURIComponent(sessionMatch[1]));
      if (!session || session.userId !== user.id)
        return problem(res, 404, 'NOT_FOUND', 'No such session.');
      revokeFamily(session.id);
      record({ action: 'account.session_revoked', actor: user });
      return json(res, 204);
    }
    if (method === 'DELETE' && path === '/api/account') return deleteAccount(res, body, user);
    if (path === '/api/account/2fa' && method === 'GET')
      return json(res, 200, {
        enabled: user.mfa.enabled,
        pending: !user.mfa.enabled && !!user.mfa.pendingSecret,
        recoveryCodesLeft: user.mfa.enabled ? user.mfa.recovery.size : 0,
      });
    if (path === '/api/account/2fa/setup' && method === 'POST') {
      if (user.mfa.enabled)
        return problem(res, 409, 'CONFLICT', 'Two-factor authentication is already on.');
      const secret = base32Encode(randomBytes(20));
      user.mfa.pendingSecret = secret;
      const otpauthUri = `otpauth://totp/KytheraDB:${encodeURIComponent(user.email)}?secret=${secret}&issuer=KytheraDB&algorithm=SHA1&digits=6&period=30`;
      return json(
        res,
        200,
        { secret, otpauthUri, qrCode: pseudoQrDataUri(otpauthUri) },
        { 'cache-control': 'no-store' },
      );
    }
    if (path === '/api/account/2fa/enable' && method === 'POST') {
      if (user.mfa.enabled || !user.mfa.pendingSecret)
        return problem(res, 409, 'CONFLICT', 'Start the set-up first.');
      if (!checkTotp(user, user.mfa.pendingSecret, body.code))
        return problem(res, 400, 'VALIDATION_FAILED', 'The code is not valid.', [
          { field: 'code', message: 'is not the current code of the authenticator app' },
        ]);
      user.mfa.secret = user.mfa.pendingSecret;
      user.mfa.pendingSecret = null;
      user.mfa.enabled = true;
      const codes = Array.from({ length: 10 }, () =>
        randomBytes(8)
          .toString('hex')
          .replace(/(.{4})(?!$)/g, '$1-'),
      );
      user.mfa.recovery = new Set(codes);
      record({ action: 'account.mfa_enabled', actor: user });
      return json(
        res,
        200,
        { enabled: true, recoveryCodes: codes },
        { 'cache-control': 'no-store' },
      );
    }
    if (path === '/api/account/2fa/disable' && method === 'POST') {
      if (!user.mfa.enabled)
        return problem(res, 409, 'CONFLICT', 'Two-factor authentication is off.');
      const code = String(body.code ?? '').trim();
      const ok =
        body.password === user.password &&
        checkSecondFactor(user, /^\d{6}$/.test(code) ? { code } : { recoveryCode: code });
      if (!ok) return problem(res, 403, 'FORBIDDEN', 'The password or the code is not correct.');
      user.mfa = {
        enabled: false,
        secret: null,
        pendingSecret: null,
        lastStep: user.mfa.lastStep,
        recovery: new Set(),
      };
      record({ action: 'account.mfa_disabled', actor: user });
      return json(res, 204);
    }
    return problem(res, 404, 'NOT_FOUND', 'No such route.');
  }

  function deleteAccount(res, body, user) {
    if (user.role === 'super_admin')
      return problem(res, 403, 'FORBIDDEN', 'Super admins cannot delete themselves.');
    if (body.password !== user.password)
      return problem(res, 403, 'FORBIDDEN', 'The password is not correct.');
    if (user.mfa.enabled) {
      const code = String(body.code ?? '').trim();
      if (!code) return invalid(res, [{ field: 'code', message: 'is required while 2FA is on' }]);
      if (!checkSecondFactor(user, /^\d{6}$/.test(code) ? { code } : { recoveryCode: code }))
        return problem(res, 403, 'FORBIDDEN', 'The code is not correct.');
    }
    const projects = [];
    for (const project of [...state.projects.values()]) {
      const grants = grantsOf(project.id);
      if (project.ownerId === user.id) {
        const next = [...grants.entries()]
          .filter(([id, g]) => id !== user.id && g.permission === 'owner')
          .sort((a, b) => a[1].since.localeCompare(b[1].since))[0];
        if (next) {
          project.ownerId = next[0];
          projects.push({
            id: project.id,
            name: project.name,
            outcome: 'transferred',
            newOwnerId: next[0],
          });
        } else {
          state.projects.delete(project.id);
          state.grants.delete(project.id);
          projects.push({
            id: project.id,
            name: project.name,
            outcome: 'deleted',
            newOwnerId: null,
          });
          continue;
        }
      }
      grants.delete(user.id);
    }
    const teamsOutcome = [];
    for (const team of [...state.teams.values()]) {
      const member = team.members.get(user.id);
      if (!member) continue;
      team.members.delete(user.id);
      if (!team.members.size) {
        state.teams.delete(team.id);
        teamsOutcome.push({ id: team.id, name: team.name, outcome: 'deleted', newAdminId: null });
      } else if (
        member.role === 'admin' &&
        ![...team.members.values()].some((m) => m.role === 'admin')
      ) {
        const [nextId, next] = [...team.members.entries()].sort((a, b) =>
          a[1].since.localeCompare(b[1].since),
        )[0];
        next.role = 'admin';
        teamsOutcome.push({
          id: team.id,
          name: team.name,
          outcome: 'handed-over',
          newAdminId: nextId,
        });
      } else {
        teamsOutcome.push({ id: team.id, name: team.name, outcome: 'left', newAdminId: null });
      }
    }
    revokeAllSessions(user.id);
    for (const [token, entry] of state.accessTokens)
      if (entry.userId === user.id) state.accessTokens.delete(token);
    state.users.delete(user.email);
    record({ action: 'account.deleted', actor: user, details: { projects: projects.length } });
    return json(res, 200, { deleted: true, projects, teams: teamsOutcome });
  }

  // ---- governance (super_admin)
  function governance(res, url, path, method, body, user) {
    if (user.role !== 'super_admin')
      return problem(res, 403, 'FORBIDDEN', 'Governance is reserved for super admins.');
    const governed = (u) => ({
      id: u.id,
      email: u.email,
      name: u.name,
      role: u.role,
      plan: u.plan,
      enabled: u.enabled,
      emailVerified: u.emailVerified,
      createdAt: u.createdAt,
      updatedAt: u.updatedAt,
    });
    if (method === 'GET' && path === '/api/governance/users') {
      const q = (url.searchParams.get('q') ?? '').trim().toLowerCase();
      const users = [...state.users.values()]
        .filter((u) => !q || u.email.includes(q) || (u.name ?? '').toLowerCase().includes(q))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .map(governed);
      const result = page(users, url, res);
      return result && json(res, 200, result);
    }
    const userMatch = /^\/api\/governance\/users\/([^/]+)$/.exec(path);
    if (method === 'PATCH' && userMatch) {
      const target = byId(decodeURIComponent(userMatch[1]));
      if (!target) return problem(res, 404, 'NOT_FOUND', 'No such account.');
      const errors = [];
      if (body.role != null && !ROLES.includes(body.role))
        errors.push({ field: 'role', message: 'must be viewer, qa, dev, admin or super_admin' });
      if (body.plan != null && !PLANS.includes(body.plan))
        errors.push({ field: 'plan', message: 'must be starter, pro or enterprise' });
      if (errors.length) return invalid(res, errors);
      if (
        target.id === user.id &&
        ((body.role && body.role !== 'super_admin') || body.enabled === false)
      )
        return problem(res, 409, 'CONFLICT', 'You cannot demote or disable yourself.');
      if (body.role) target.role = body.role;
      if (body.plan) target.plan = body.plan;
      if (typeof body.enabled === 'boolean') {
        target.enabled = body.enabled;
        if (!body.enabled) revokeAllSessions(target.id);
      }
      target.updatedAt = now();
      record({
        action: 'governance.user_updated',
        actor: user,
        details: { userId: target.id, ...body },
      });
      return json(res, 200, governed(target));
    }
    if (method === 'GET' && path === '/api/governance/stats') {
      const users = [...state.users.values()];
      const count = (key) =>
        users.reduce((acc, u) => ({ ...acc, [u[key]]: (acc[u[key]] ?? 0) + 1 }), {});
      const jobsByStatus = [...state.jobs.values()].reduce(
        (acc, j) => ({ ...acc, [j.status]: (acc[j.status] ?? 0) + 1 }),
        {},
      );
      return json(res, 200, {
        users: {
          total: users.length,
          enabled: users.filter((u) => u.enabled).length,
          disabled: users.filter((u) => !u.enabled).length,
          verified: users.filter((u) => u.emailVerified).length,
          withMfa: users.filter((u) => u.mfa.enabled).length,
          byRole: count('role'),
          byPlan: count('plan'),
        },
        projects: state.projects.size,
        teams: state.teams.size,
        connections: 0,
        connectionsNote: 'Connections are counted once introspection reports them.',
        jobsByStatus,
      });
    }
    if (method === 'GET' && path === '/api/governance/audit') {
      const result = auditQuery(url, res, null);
      return result && json(res, 200, result);
    }
    return problem(res, 404, 'NOT_FOUND', 'No such route.');
  }

  function streamJob(req, res, job) {
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    const send = (j) => {
      res.write(`data: ${JSON.stringify(j)}\n\n`);
      if (TERMINAL.has(j.status)) close();
    };
    const listeners = state.jobListeners.get(job.id) ?? new Set();
    state.jobListeners.set(job.id, listeners);
    const ping = setInterval(() => res.write(': ping\n\n'), 15000);
    const close = () => {
      clearInterval(ping);
      listeners.delete(send);
      res.end();
    };
    listeners.add(send);
    req.on('close', close);
    send(job);
  }

  function serveStatic(req, res, url) {
    if (!staticDir) return problem(res, 404, 'NOT_FOUND', 'No UI build is served by this mock.');
    const root = resolve(staticDir);
    let file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) return problem(res, 400, 'BAD_PATH', 'Bad path.');
    if (!existsSync(file) || statSync(file).isDirectory()) {
      if (extname(url.pathname)) return problem(res, 404, 'NOT_FOUND', 'Not found.');
      file = join(root, 'index.html'); // SPA fallback, as Quinoa does
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  }

  /** The gateway's per-request audit event (`http.<method>`) for mutating API calls. */
  function recordRequest(req, res, url, actor) {
    const method = req.method ?? 'GET';
    if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) return;
    const started = Date.now();
    const requestId = randomUUID();
    res.on('finish', () => {
      const status = res.statusCode;
      const projectId = /^\/api\/projects\/([0-9a-f-]{36})(\/|$)/i.exec(url.pathname)?.[1] ?? null;
      record({
        action: `http.${method.toLowerCase()}`,
        actor,
        projectId:
          projectId && (state.projects.has(projectId) || method === 'DELETE') ? projectId : null,
        outcome: status < 400 ? 'success' : [401, 402, 403].includes(status) ? 'denied' : 'failure',
        source: '/kythera/gateway',
        requestId,
        details: { method, path: url.pathname, status, durationMillis: Date.now() - started },
      });
    });
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (log) console.log(`[mock] ${req.method} ${url.pathname}`);
    const isApi = url.pathname.startsWith('/api/') || url.pathname === '/api';
    if (isApi) recordRequest(req, res, url, authUser(req));
    const handler = isApi ? api(req, res, url) : serveStatic(req, res, url);
    Promise.resolve(handler).catch((e) => {
      console.error('[mock] handler failed', e);
      if (!res.headersSent) problem(res, 500, 'INTERNAL', 'Mock failure.');
    });
  });

  // GreenMail-like HTTP API: GET /api/user/{email}/messages/
  const mailServer = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = /^\/api\/user\/([^/]+)\/messages\/?$/.exec(url.pathname);
    if (req.method === 'GET' && match)
      return json(res, 200, state.mail.get(decodeURIComponent(match[1]).toLowerCase()) ?? []);
    json(res, 404, { error: 'not found' });
  });

  await listen(server, port, host);
  await listen(mailServer, mailPort, host);
  const baseUrl = `http://${host}:${server.address().port}`;
  const mailApi = `http://${host}:${mailServer.address().port}`;
  return {
    baseUrl,
    mailApi,
    state,
    superAdmin: { email: SUPER_ADMIN.email, password: SUPER_ADMIN.password },
    async close() {
      server.closeAllConnections?.();
      mailServer.closeAllConnections?.();
      await Promise.all([
        new Promise((r) => server.close(r)),
        new Promise((r) => mailServer.close(r)),
      ]);
    },
  };
}

const INVALID = Symbol('invalid');

function readJson(req) {
  return new Promise((resolveBody) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => {
      if (!data) return resolveBody({});
      try {
        const value = JSON.parse(data);
        resolveBody(value && typeof value === 'object' ? value : INVALID);
      } catch {
        resolveBody(INVALID);
      }
    });
  });
}

function listen(server, port, host) {
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveListen());
  });
}

function publicUser(user) {
  return { id: user.id, email: user.email, name: user.name, role: user.role, plan: user.plan };
}

function titleFor(status) {
  return (
    {
      400: 'Bad Request',
      401: 'Unauthorized',
      402: 'Payment Required',
      403: 'Forbidden',
      404: 'Not Found',
      405: 'Method Not Allowed',
      409: 'Conflict',
      422: 'Unprocessable Content',
    }[status] ?? 'Error'
  );
}

/** A stable fake SSH host key per host and port (the mock has no SSH server). */
function hostKeyOf(host, port) {
  const body = createHash('sha256').update(`ssh-host-key:${host}:${port}`).digest('base64');
  const key = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5${body.replace(/=+$/, '')}`;
  return { key, fingerprint: fingerprintOf(key) };
}

function fingerprintOf(key) {
  const blob = Buffer.from(key.split(' ')[1] ?? key, 'base64');
  return `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
}
