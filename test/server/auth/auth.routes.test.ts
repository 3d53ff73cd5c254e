import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addClinician, OWNER, setUpOwner, startTestServer, type TestServer } from '../start-test-server.ts';

describe('first run, sign-in and sessions', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(async () => {
    await t.stop();
  });

  it('asks for an owner account once, and only once', async () => {
    const browser = t.client();
    expect((await browser.get('/api/setup')).body).toEqual({ needed: true });

    const setup = await browser.post('/api/setup', OWNER);
    expect(setup.status).toBe(200);
    expect(setup.body.user).toMatchObject({ email: OWNER.email, role: 'owner', name: OWNER.name, credentials: 'LCSW', totpEnabled: false });
    expect(setup.body.csrfToken).toBeTruthy();
    expect(setup.body.user).not.toHaveProperty('passwordHash');

    // The cookie is HttpOnly, SameSite=Strict, Path=/.
    const cookie = setup.headers.getSetCookie().find((c) => c.startsWith('aw_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\//);

    // Setup signed the owner in.
    expect((await browser.get('/api/auth/me')).body.user.email).toBe(OWNER.email);

    // Later visitors are sent to sign-in; a second setup is refused.
    const stranger = t.client();
    expect((await stranger.get('/api/setup')).body).toEqual({ needed: false });
    const again = await stranger.post('/api/setup', { ...OWNER, email: 'intruder@x.test' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conflict');
  });

  it('signs in with the right password only, and reports the idle timeout', async () => {
    await setUpOwner(t);
    const browser = t.client();
    const wrong = await browser.post('/api/auth/login', { email: OWNER.email, password: 'not it at all' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('bad_credentials');
    expect(JSON.stringify(wrong.body)).not.toContain('not it at all');

    const unknown = await browser.post('/api/auth/login', { email: 'nobody@x.test', password: 'whatever pw' });
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.code).toBe('bad_credentials');

    const right = await browser.post('/api/auth/login', { email: OWNER.email.toUpperCase(), password: OWNER.password });
    expect(right.status).toBe(200);
    const me = await browser.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.idleTimeoutSeconds).toBe(1800);
    expect(Date.parse(me.body.expiresAt)).toBe(t.clock.now.getTime() + 1800 * 1000);
    expect(me.body.csrfToken).toBe(right.body.csrfToken);

    // Signing in again replaces the session: the old cookie stops working.
    const oldCookie = browser.cookie as string;
    await browser.post('/api/auth/login', { email: OWNER.email, password: OWNER.password });
    expect(browser.cookie).not.toBe(oldCookie);
    expect((await fetch(`${t.url}/api/auth/me`, { headers: { cookie: oldCookie } })).status).toBe(401);
  });

  it('locks an account after 5 failed sign-ins, even against the right password, then unlocks', async () => {
    await setUpOwner(t);
    const attacker = t.client();
    for (let i = 1; i <= 4; i++) {
      expect((await attacker.post('/api/auth/login', { email: OWNER.email, password: `guess number ${i}` })).status).toBe(401);
    }
    const fifth = await attacker.post('/api/auth/login', { email: OWNER.email, password: 'guess number 5' });
    expect(fifth.status).toBe(429);
    expect(fifth.body.error.code).toBe('locked');

    const owner = t.client();
    const locked = await owner.post('/api/auth/login', { email: OWNER.email, password: OWNER.password });
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('locked');

    t.clock.advance(16 * 60 * 1000);
    expect((await owner.post('/api/auth/login', { email: OWNER.email, password: OWNER.password })).status).toBe(200);
  });

  it('refuses a state change without the CSRF token, or with another session\'s token', async () => {
    const owner = await setUpOwner(t);
    const missing = await owner.post('/api/clients', { displayName: 'J.D.' }, { noCsrf: true });
    expect(missing.status).toBe(403);
    expect(missing.body.error.code).toBe('csrf');

    const other = t.client();
    await other.post('/api/auth/login', { email: OWNER.email, password: OWNER.password });
    const foreign = await owner.post('/api/clients', { displayName: 'J.D.' }, { noCsrf: true, headers: { 'x-csrf-token': other.csrfToken as string } });
    expect(foreign.status).toBe(403);

    const crossSite = await owner.post('/api/clients', { displayName: 'J.D.' }, { headers: { origin: 'https://evil.example' } });
    expect(crossSite.status).toBe(403);

    expect((await owner.post('/api/clients', { displayName: 'J.D.' })).status).toBe(200);
    // Reads need no token.
    expect((await owner.get('/api/clients')).status).toBe(200);
  });

  it('ends a session after the idle timeout, unless there was activity', async () => {
    const owner = await setUpOwner(t);
    t.clock.advance(20 * 60 * 1000);
    expect((await owner.get('/api/clients')).status).toBe(200);
    t.clock.advance(20 * 60 * 1000);
    // A passive status poll does not extend the session.
    expect((await owner.get('/api/auth/me?passive=1')).status).toBe(200);
    t.clock.advance(11 * 60 * 1000);
    const expired = await owner.get('/api/clients');
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe('unauthenticated');
  });

  it('keeps sessions in the database: a second server process on the same data accepts the cookie', async () => {
    const owner = await setUpOwner(t);
    const { startServer } = await import('#server');
    const second = await startServer({ port: 0, dataDir: t.dataDir, logger: false, now: () => t.clock.now, ...(t.databaseUrl ? { databaseUrl: t.databaseUrl } : {}) });
    try {
      const res = await fetch(`${second.url}/api/auth/me`, { headers: { cookie: owner.cookie as string } });
      expect(res.status).toBe(200);
    } finally {
      await second.close();
    }
  });

  it('signs out one session, or every session of the user', async () => {
    const owner = await setUpOwner(t);
    const laptop = t.client();
    await laptop.post('/api/auth/login', { email: OWNER.email, password: OWNER.password });
    const tablet = t.client();
    await tablet.post('/api/auth/login', { email: OWNER.email, password: OWNER.password });

    expect((await owner.post('/api/auth/logout')).status).toBe(200);
    expect((await owner.get('/api/auth/me')).status).toBe(401);
    expect((await laptop.get('/api/auth/me')).status).toBe(200);

    expect((await laptop.post('/api/auth/logout-all')).status).toBe(200);
    expect((await laptop.get('/api/auth/me')).status).toBe(401);
    expect((await tablet.get('/api/auth/me')).status).toBe(401);
  });

  it('lets only the owner add and list colleagues', async () => {
    const owner = await setUpOwner(t);
    const clinician = await addClinician(t, owner, { name: 'Sam Lee', email: 'sam@practice.test' });
    expect((await owner.get('/api/users')).body.users.map((u: { email: string }) => u.email)).toEqual([OWNER.email, 'sam@practice.test']);
    expect((await clinician.get('/api/users')).status).toBe(403);
    const denied = await clinician.post('/api/users', { name: 'X', credentials: '', email: 'x@practice.test', password: 'long enough pw', role: 'clinician' });
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('forbidden');
    const duplicate = await owner.post('/api/users', { name: 'Sam 2', credentials: '', email: 'SAM@practice.test', password: 'long enough pw', role: 'clinician' });
    expect(duplicate.status).toBe(409);
  });

  it('answers bad input with a field and no echo of the input', async () => {
    const browser = t.client();
    const res = await browser.post('/api/setup', { ...OWNER, email: 'not an email with secret words' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_request');
    expect(res.body.error.field).toBe('body.email');
    expect(JSON.stringify(res.body)).not.toContain('secret words');

    const broken = await fetch(`${t.url}/api/setup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name": "client disclosed a secret' });
    const text = await broken.text();
    expect(broken.status).toBe(400);
    expect(text).not.toContain('disclosed');
  });
});
