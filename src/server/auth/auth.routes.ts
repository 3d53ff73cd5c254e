// Setup of the owner account, sign-in and sign-out, the session probe, and the second factor.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AppError,
  appendAuditEvent,
  countSupervisees,
  countUsers,
  createUser,
  deleteSession,
  deleteUserSessions,
  disableTotp,
  enableTotp,
  findUserById,
  readTotpSecrets,
  replaceRecoveryCodes,
  savePendingTotpSecret,
  setUserPassword,
  toUserView,
} from '#store';
import { checkPasswordPolicy } from './check-password-policy.ts';
import { requireAuth } from './require-auth.ts';
import {
  ZChangePasswordRequest,
  ZLoginRequest,
  ZMe,
  ZMeQuery,
  ZOk,
  ZRecoveryCodes,
  ZSetupRequest,
  ZSetupStatus,
  ZSignedIn,
  ZTotpConfirmRequest,
  ZTotpDisableRequest,
  ZTotpEnrolment,
  ZTotpEnrolRequest,
} from './auth.schema.ts';
import { csrfTokensMatch } from './derive-csrf-token.ts';
import { hashPassword, verifyPassword } from './hash-password.ts';
import { clearSessionCookie } from './session-cookie.ts';
import { signIn } from './sign-in.ts';
import { startSession } from './start-session.ts';
import { checkTotpCode, describeTotpSecret, newRecoveryCodes, newTotpSecret } from './totp-codes.ts';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store } = app;
  const loginRate = { max: app.config.loginRatePerMinute, timeWindow: '1 minute' };

  app.get('/api/setup', { config: { public: true }, schema: { tags: ['auth'], response: { 200: ZSetupStatus } } }, async () => ({
    needed: (await countUsers(store)) === 0,
  }));

  app.post(
    '/api/setup',
    {
      config: {
        public: true,
        csrfExempt: true,
        rateLimit: loginRate,
        audit: [
          { action: 'create', entity: 'user', id: 'result.user.id', by: 'result.user.id' },
          { action: 'sign_in', entity: 'session', id: 'none', by: 'result.user.id' },
        ],
      },
      schema: { tags: ['auth'], body: ZSetupRequest, response: { 200: ZSignedIn } },
    },
    async (request, reply) => {
      if ((await countUsers(store)) > 0) throw new AppError('conflict', 'Setup is already done');
      const { password, ...profile } = request.body;
      checkPasswordPolicy({ password, email: profile.email, name: profile.name });
      const view = await createUser(store, { ...profile, role: 'owner', passwordHash: await hashPassword(password), onlyIfFirst: true });
      const user = await findUserById(store, view.id);
      if (!user) throw new AppError('internal', 'Owner account not readable after setup');
      return startSession(store, reply, user);
    },
  );

  app.post(
    '/api/auth/login',
    { config: { public: true, csrfExempt: true, rateLimit: loginRate }, schema: { tags: ['auth'], body: ZLoginRequest, response: { 200: ZSignedIn } } },
    async (request, reply) => {
      const policy = { maxFailures: app.config.maxLoginFailures, lockSeconds: app.config.lockoutSeconds };
      // Not declared in config.audit: a failed sign-in must commit its count and its event while
      // the request fails, so sign-in.ts audits failures and lockouts itself.
      const user = await signIn(store, request.body, policy);
      return store.transaction(async () => {
        // A fresh session on every sign-in; the one this browser had (if any) ends.
        if (request.auth) await deleteSession(store, request.auth.sessionId);
        const signedIn = await startSession(store, reply, user);
        await appendAuditEvent(store, { userId: user.id, action: 'sign_in', entity: 'session' });
        return signedIn;
      });
    },
  );

  app.post('/api/auth/logout', { config: { public: true, audit: { action: 'sign_out', entity: 'session', id: 'none', onlyIf: 'auth.user.id' } }, schema: { tags: ['auth'], response: { 200: ZOk } } }, async (request, reply) => {
    // Public so an expired session can still clear its cookie; a live one still needs the CSRF header.
    if (request.auth) {
      if (!csrfTokensMatch(request.auth.csrfToken, request.headers['x-csrf-token'])) throw new AppError('csrf', 'Missing or wrong x-csrf-token header; reload the page');
      await deleteSession(store, request.auth.sessionId);
    }
    clearSessionCookie(reply);
    return { ok: true as const };
  });

  app.post(
    '/api/auth/logout-all',
    { config: { duringPasswordChange: true, audit: { action: 'sign_out', entity: 'session', id: 'none' } }, schema: { tags: ['auth'], response: { 200: ZOk } } },
    async (request, reply) => {
      const auth = requireAuth(request);
      await deleteUserSessions(store, auth.user.id);
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  );

  app.get('/api/auth/me', { config: { duringPasswordChange: true }, schema: { tags: ['auth'], querystring: ZMeQuery, response: { 200: ZMe } } }, async (request) => {
    const auth = requireAuth(request);
    return {
      user: toUserView(auth.user),
      csrfToken: auth.csrfToken,
      idleTimeoutSeconds: app.config.idleTimeoutSeconds,
      expiresAt: auth.expiresAt.toISOString(),
      superviseeCount: await countSupervisees(store, auth.user.id),
    };
  });

  app.post(
    '/api/auth/password',
    {
      config: { duringPasswordChange: true, rateLimit: loginRate, audit: { action: 'change', entity: 'user', id: 'auth.user.id' } },
      schema: { tags: ['auth'], body: ZChangePasswordRequest, response: { 200: ZSignedIn } },
    },
    async (request) => {
      const auth = requireAuth(request);
      const { currentPassword, newPassword } = request.body;
      if (!(await verifyPassword(auth.user.password_hash, currentPassword))) {
        throw new AppError('bad_request', 'Current password not recognised', { field: 'body.currentPassword' });
      }
      if (newPassword === currentPassword) throw new AppError('bad_request', 'Choose a new password, not the current one', { field: 'body.newPassword' });
      checkPasswordPolicy({ password: newPassword, email: auth.user.email, name: auth.user.name }, 'body.newPassword');
      // This session stays; every other one (another browser, a stolen cookie) ends.
      await setUserPassword(store, { userId: auth.user.id, passwordHash: await hashPassword(newPassword), mustChange: false, keepSessionId: auth.sessionId });
      return { user: toUserView({ ...auth.user, must_change_password: 0 }), csrfToken: auth.csrfToken };
    },
  );

  app.post(
    '/api/auth/totp/enrol',
    { config: { rateLimit: loginRate }, schema: { tags: ['auth'], body: ZTotpEnrolRequest, response: { 200: ZTotpEnrolment } } },
    async (request) => {
      const auth = requireAuth(request);
      if (!(await verifyPassword(auth.user.password_hash, request.body.password))) throw new AppError('bad_request', 'Password not recognised', { field: 'password' });
      if (auth.user.totp_enabled) throw new AppError('conflict', 'Two-step sign-in is already on; turn it off first');
      const secret = await newTotpSecret();
      await savePendingTotpSecret(store, auth.user.id, secret);
      return { secret, ...(await describeTotpSecret(secret, auth.user.email)) };
    },
  );

  app.post(
    '/api/auth/totp/confirm',
    { config: { rateLimit: loginRate, audit: { action: 'create', entity: 'totp', id: 'auth.user.id' } }, schema: { tags: ['auth'], body: ZTotpConfirmRequest, response: { 200: ZRecoveryCodes } } },
    async (request) => {
      const auth = requireAuth(request);
      const secrets = await readTotpSecrets(store, auth.user.id);
      if (!secrets.pending) throw new AppError('conflict', 'Start enrolment first');
      const step = await checkTotpCode({ secret: secrets.pending, code: request.body.code, nowMs: store.now().getTime(), afterStep: null });
      if (step === null) throw new AppError('bad_request', 'That code does not match; check the time on your phone', { field: 'code' });
      await enableTotp(store, auth.user.id, secrets.pending, step);
      const recoveryCodes = newRecoveryCodes();
      await replaceRecoveryCodes(store, auth.user.id, recoveryCodes);
      return { recoveryCodes };
    },
  );

  app.delete(
    '/api/auth/totp',
    { config: { rateLimit: loginRate, audit: { action: 'delete', entity: 'totp', id: 'auth.user.id' } }, schema: { tags: ['auth'], body: ZTotpDisableRequest, response: { 200: ZOk } } },
    async (request) => {
      const auth = requireAuth(request);
      if (!(await verifyPassword(auth.user.password_hash, request.body.password))) throw new AppError('bad_request', 'Password not recognised', { field: 'password' });
      await disableTotp(store, auth.user.id);
      return { ok: true as const };
    },
  );
};
