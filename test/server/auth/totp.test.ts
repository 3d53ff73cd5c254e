import { generate } from 'otplib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OWNER, setUpOwner, startTestServer, type TestServer } from '../start-test-server.ts';

describe('two-step sign-in (TOTP)', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(async () => {
    await t.stop();
  });

  const codeAt = (secret: string, date: Date) => generate({ secret, epoch: Math.floor(date.getTime() / 1000) });

  it('enrols with a QR code, then asks for a code at sign-in; recovery codes work once', async () => {
    const owner = await setUpOwner(t);

    // Enrolling needs the password again: a session left open on a shared computer cannot add
    // a second factor that locks the clinician out.
    const noPassword = await owner.post('/api/auth/totp/enrol');
    expect(noPassword.status).toBe(400);
    const wrongPassword = await owner.post('/api/auth/totp/enrol', { password: 'not my password at all' });
    expect(wrongPassword.status).toBe(400);
    expect(wrongPassword.body.error).toMatchObject({ code: 'bad_request', field: 'password', message: 'Password not recognised' });

    // Enrol: a secret, an otpauth URL and an SVG QR code.
    const enrol = await owner.post('/api/auth/totp/enrol', { password: OWNER.password });
    expect(enrol.status).toBe(200);
    const { secret, otpauthUrl, qrSvg } = enrol.body;
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\/Afterword:/);
    expect(qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);

    // A wrong code does not switch it on.
    const bad = await owner.post('/api/auth/totp/confirm', { code: '000000' });
    expect(bad.status).toBe(400);

    // The right code does, and gives 10 recovery codes.
    const confirm = await owner.post('/api/auth/totp/confirm', { code: await codeAt(secret, t.clock.now) });
    expect(confirm.status).toBe(200);
    const codes: string[] = confirm.body.recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect((await owner.get('/api/auth/me')).body.user.totpEnabled).toBe(true);

    // Sign-in now needs the code.
    const phone = t.client();
    const noCode = await phone.post('/api/auth/login', { email: OWNER.email, password: OWNER.password });
    expect(noCode.status).toBe(401);
    expect(noCode.body.error.code).toBe('totp_required');

    const wrongCode = await phone.post('/api/auth/login', { email: OWNER.email, password: OWNER.password, totp: '123456' });
    expect(wrongCode.status).toBe(401);
    expect(wrongCode.body.error.code).toBe('bad_credentials');

    t.clock.advance(60_000);
    const code = await codeAt(secret, t.clock.now);
    const withCode = await phone.post('/api/auth/login', { email: OWNER.email, password: OWNER.password, totp: code });
    expect(withCode.status).toBe(200);

    // The same code cannot be replayed.
    const replay = await t.client().post('/api/auth/login', { email: OWNER.email, password: OWNER.password, totp: code });
    expect(replay.status).toBe(401);

    // A recovery code stands in for the authenticator, once.
    const lostPhone = t.client();
    expect((await lostPhone.post('/api/auth/login', { email: OWNER.email, password: OWNER.password, totp: codes[0]?.toUpperCase() })).status).toBe(200);
    expect((await t.client().post('/api/auth/login', { email: OWNER.email, password: OWNER.password, totp: codes[0] })).status).toBe(401);

    // Turning it off needs the password.
    expect((await owner.delete('/api/auth/totp', { password: 'wrong password' })).status).toBe(400);
    expect((await owner.delete('/api/auth/totp', { password: OWNER.password })).status).toBe(200);
    expect((await t.client().post('/api/auth/login', { email: OWNER.email, password: OWNER.password })).status).toBe(200);
  });

  it('keeps the TOTP secret encrypted in the database', async () => {
    const owner = await setUpOwner(t);
    const { secret } = (await owner.post('/api/auth/totp/enrol', { password: OWNER.password })).body;
    const row = await t.server.store.db.selectFrom('users').select(['totp_pending_secret_enc']).executeTakeFirstOrThrow();
    expect(row.totp_pending_secret_enc).toMatch(/^k1\./);
    expect(row.totp_pending_secret_enc).not.toContain(secret);
  });
});
