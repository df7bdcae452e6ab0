// In-memory stand-in for the KytheraDB gateway (the API contract the UI uses) plus a
// GreenMail-like mail API, and a static server for the built UI. No dependencies.
//
// Used to exercise the e2e scenario and the screenshots without the Java platform:
//   node e2e/mock-platform.mjs            # API + UI on :8080, mail API on :8081 (ng serve proxies to 8080)
// It is a test double: it follows the documented contract, not the services' internals.
import { randomBytes, randomUUID } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

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
    refreshTokens: new Map(), // token -> userId
    projects: new Map(),
    jobs: new Map(),
    jobListeners: new Map(), // jobId -> Set<fn>
    mail: new Map(), // email -> [messages]
  };

  const problem = (res, status, code, detail, errors) => {
    const body = {
      type: `https://kythera.dev/problems/${code.toLowerCase().replace(/_/g, '-')}`,
      title: titleFor(status),
      status,
      detail,
      code,
      ...(errors ? { errors } : {}),
    };
    res.writeHead(status, { 'content-type': 'application/problem+json' });
    res.end(JSON.stringify(body));
  };
  const json = (res, status, body) => {
    res.writeHead(status, { 'content-type': 'application/json' });
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

  const issueTokens = (user) => {
    const accessToken = `at_${randomBytes(18).toString('base64url')}`;
    const refreshToken = `rt_${randomBytes(24).toString('base64url')}`;
    state.accessTokens.set(accessToken, {
      userId: user.id,
      exp: Date.now() + accessTtlSeconds * 1000,
    });
    state.refreshTokens.set(refreshToken, user.id);
    return {
      accessToken,
      refreshToken,
      tokenType: 'Bearer',
      expiresIn: accessTtlSeconds,
      user: publicUser(user),
    };
  };

  const authUser = (req) => {
    const header = req.headers['authorization'] ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : null;
    const entry = token && state.accessTokens.get(token);
    if (!entry || entry.exp < Date.now()) return null;
    return [...state.users.values()].find((u) => u.id === entry.userId) ?? null;
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
        startedAt: new Date().toISOString(),
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
            completedAt: new Date().toISOString(),
          });
          return;
        }
        updateJob(job, { progress: step / steps, message: `Step ${step} of ${steps}` });
        setTimeout(tick, stepMillis);
      };
      setTimeout(tick, stepMillis);
    }, 200);
  };

  async function api(req, res, url) {
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const method = req.method ?? 'GET';
    const body = ['POST', 'PATCH', 'PUT'].includes(method) ? await readJson(req) : {};
    if (body === INVALID)
      return problem(res, 400, 'INVALID_JSON', 'The request body is not valid JSON.');

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
      if (errors.length)
        return problem(res, 400, 'VALIDATION_FAILED', 'The request is not valid.', errors);
      if (state.users.has(email))
        return problem(res, 409, 'EMAIL_TAKEN', 'An account with this email already exists.', [
          { field: 'email', message: 'is already registered' },
        ]);
      const user = {
        id: randomUUID(),
        email,
        name: body.name ?? null,
        role: ROLE_FOR_DEMO,
        plan: 'starter',
        password,
        emailVerified: false,
      };
      state.users.set(email, user);
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
      state.users.get(email).emailVerified = true;
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
      return json(res, 200, issueTokens(user));
    }
    if (method === 'POST' && path === '/api/auth/refresh') {
      const userId = state.refreshTokens.get(String(body.refreshToken ?? ''));
      if (!userId) return problem(res, 401, 'INVALID_REFRESH_TOKEN', 'The session has expired.');
      state.refreshTokens.delete(String(body.refreshToken));
      return json(res, 200, issueTokens([...state.users.values()].find((u) => u.id === userId)));
    }
    if (method === 'POST' && path === '/api/auth/logout') {
      state.refreshTokens.delete(String(body.refreshToken ?? ''));
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
        return problem(res, 400, 'VALIDATION_FAILED', 'The request is not valid.', [
          { field: 'password', message: 'size must be between 10 and 128' },
        ]);
      state.resetTokens.delete(String(body.token));
      state.users.get(email).password = password;
      return json(res, 200, {});
    }

    const user = authUser(req);
    if (!user) return problem(res, 401, 'UNAUTHENTICATED', 'Authentication is required.');
    if (method === 'GET' && path === '/api/auth/me') return json(res, 200, publicUser(user));

    // ---- projects
    if (path === '/api/projects') {
      if (method === 'GET')
        return json(
          res,
          200,
          [...state.projects.values()].filter((p) => p.ownerId === user.id),
        );
      if (method === 'POST') {
        const name = String(body.name ?? '').trim();
        if (!name || name.length > 100)
          return problem(res, 400, 'VALIDATION_FAILED', 'The request is not valid.', [
            { field: 'name', message: 'size must be between 1 and 100' },
          ]);
        const now = new Date().toISOString();
        const project = {
          id: randomUUID(),
          name,
          description: body.description ?? null,
          ownerId: user.id,
          createdAt: now,
          updatedAt: now,
        };
        state.projects.set(project.id, project);
        return json(res, 201, project);
      }
    }
    const projectMatch = /^\/api\/projects\/([^/]+)(\/.*)?$/.exec(path);
    if (projectMatch) {
      const project = state.projects.get(decodeURIComponent(projectMatch[1]));
      if (!project) return problem(res, 404, 'PROJECT_NOT_FOUND', 'This project does not exist.');
      if (project.ownerId !== user.id)
        return problem(
          res,
          403,
          'PROJECT_ACCESS_DENIED',
          'You do not have access to this project.',
        );
      const rest = projectMatch[2] ?? '';
      if (rest === '') {
        if (method === 'GET') return json(res, 200, project);
        if (method === 'PATCH') {
          if (body.name !== undefined) project.name = String(body.name);
          if (body.description !== undefined) project.description = body.description;
          project.updatedAt = new Date().toISOString();
          return json(res, 200, project);
        }
        if (method === 'DELETE') {
          state.projects.delete(project.id);
          return json(res, 204);
        }
      }
      if (method === 'POST' && rest === '/diagnostics/selftest') {
        const steps = body.steps ?? 20;
        const stepMillis = body.stepMillis ?? 250;
        const errors = [];
        if (!Number.isInteger(steps) || steps < 1 || steps > 1000)
          errors.push({ field: 'steps', message: 'must be between 1 and 1000' });
        if (!Number.isInteger(stepMillis) || stepMillis < 0 || stepMillis > 10000)
          errors.push({ field: 'stepMillis', message: 'must be between 0 and 10000' });
        if (errors.length)
          return problem(res, 400, 'VALIDATION_FAILED', 'The request is not valid.', errors);
        const job = {
          id: randomUUID(),
          projectId: project.id,
          userId: user.id,
          service: 'identity',
          type: 'diagnostics.selftest',
          label: `Pipeline self-test (${steps} steps)`,
          status: 'pending',
          progress: 0,
          message: 'Queued',
          result: null,
          error: null,
          createdAt: new Date().toISOString(),
          startedAt: null,
          completedAt: null,
        };
        state.jobs.set(job.id, job);
        runSelfTest(job, steps, stepMillis);
        return json(res, 202, job);
      }
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
          if (TERMINAL.has(job.status))
            return problem(res, 409, 'JOB_ALREADY_ENDED', 'This job has already ended.');
          updateJob(job, {
            status: 'cancelled',
            message: 'Cancelled by user',
            completedAt: new Date().toISOString(),
          });
          return json(res, 202, job);
        }
        if (method === 'GET' && jobMatch[2] === '/stream') return streamJob(req, res, job);
      }
    }
    return problem(res, 404, 'NOT_FOUND', `No route for ${method} ${path}.`);
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

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (log) console.log(`[mock] ${req.method} ${url.pathname}`);
    const handler =
      url.pathname.startsWith('/api/') || url.pathname === '/api'
        ? api(req, res, url)
        : serveStatic(req, res, url);
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
        resolveBody(JSON.parse(data));
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
      403: 'Forbidden',
      404: 'Not Found',
      409: 'Conflict',
    }[status] ?? 'Error'
  );
}
