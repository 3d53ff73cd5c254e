// Accounts a practice can run: changing one's password, the owner's one-time password for a
// colleague who forgot theirs, deactivation and reactivation, unlocking, the password policy,
// unique display names, and signatures that show credentials.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addClinician, type ApiClient, FIRST_PASSWORD, firstSignIn, type Json, OWNER, setUpOwner, soapDocument, startTestServer, type TestServer } from '../start-test-server.ts';

const SAM = { name: 'Sam Ortiz', email: 'sam@practice.test', password: 'another long password' };

async function idOf(owner: ApiClient, email: string): Promise<string> {
  return (await owner.get('/api/users')).body.users.find((u: Json) => u.email === email).id;
}

async function signInAs(t: TestServer, who: { email: string; password: string }): Promise<{ client: ApiClient; status: number; body: Json }> {
  const client = t.client();
  const res = await client.post('/api/auth/login', { email: who.email, password: who.password });
  return { client, status: res.status, body: res.body };
}

describe('accounts a practice can run', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(async () => {
    await t.stop();
  });

  it('a clinician changes their own password with the current one; their other sessions end', async () => {
    const owner = await setUpOwner(t);
    const laptop = await addClinician(t, owner, SAM);
    const phone = (await signInAs(t, SAM)).client;

    const wrongCurrent = await laptop.post('/api/auth/password', { currentPassword: 'not the current one', newPassword: 'maple syrup on tuesdays' });
    expect(wrongCurrent.status).toBe(400);
    expect(wrongCurrent.body.error).toMatchObject({ field: 'body.currentPassword', message: 'Current password not recognised' });

    const changed = await laptop.post('/api/auth/password', { currentPassword: SAM.password, newPassword: 'maple syrup on tuesdays' });
    expect(changed.status).toBe(200);
    expect(changed.body.user).toMatchObject({ email: SAM.email, mustChangePassword: false });
    // This browser stays signed in; the phone's session is over.
    expect((await laptop.get('/api/clients')).status).toBe(200);
    expect((await phone.get('/api/auth/me')).status).toBe(401);

    expect((await signInAs(t, SAM)).status).toBe(401);
    expect((await signInAs(t, { ...SAM, password: 'maple syrup on tuesdays' })).status).toBe(200);
    const events = (await owner.get('/api/audit')).body.events;
    expect(events).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'change', entity: 'user', userName: SAM.name })]));
  });

  it('a colleague’s first password, chosen by the owner, signs in only to choosing their own', async () => {
    const owner = await setUpOwner(t);
    // The owner chose their own password at setup: nothing to change.
    expect((await owner.get('/api/auth/me')).body.user.mustChangePassword).toBe(false);
    const added = await owner.post('/api/users', { name: SAM.name, credentials: 'LPC', email: SAM.email, password: FIRST_PASSWORD, role: 'clinician' });
    expect(added.status).toBe(200);
    expect(added.body.user.mustChangePassword).toBe(true);

    const first = await signInAs(t, { email: SAM.email, password: FIRST_PASSWORD });
    expect(first.status).toBe(200);
    expect(first.body.user.mustChangePassword).toBe(true);
    const sam = first.client;
    // Every other API, read or write, is refused with a 403 that says what to do.
    for (const res of [await sam.get('/api/clients'), await sam.get('/api/notes'), await sam.post('/api/clients', { displayName: 'K.L.' }), await sam.get('/api/settings')]) {
      expect(res.status).toBe(403);
      expect(res.body.error).toEqual({ code: 'password_change_required', message: expect.stringMatching(/^Choose a new password first/) });
    }
    // Keeping the owner's password is not choosing one.
    const same = await sam.post('/api/auth/password', { currentPassword: FIRST_PASSWORD, newPassword: FIRST_PASSWORD });
    expect(same.status).toBe(400);
    expect(same.body.error.field).toBe('body.newPassword');

    const chosen = await sam.post('/api/auth/password', { currentPassword: FIRST_PASSWORD, newPassword: SAM.password });
    expect(chosen.status).toBe(200);
    expect(chosen.body.user.mustChangePassword).toBe(false);
    expect((await sam.get('/api/clients')).status).toBe(200);
    expect((await signInAs(t, { email: SAM.email, password: FIRST_PASSWORD })).status).toBe(401);
    const listed = (await owner.get('/api/users')).body.users.find((u: Json) => u.email === SAM.email);
    expect(listed.mustChangePassword).toBe(false);
  });

  it('the owner gives a colleague a one-time password, which must be changed at the next sign-in', async () => {
    const owner = await setUpOwner(t);
    const sam = await addClinician(t, owner, SAM);
    const samId = await idOf(owner, SAM.email);

    expect((await sam.post(`/api/users/${samId}/reset-password`)).status).toBe(403);
    const own = await owner.post(`/api/users/${(await owner.get('/api/auth/me')).body.user.id}/reset-password`);
    expect(own.status).toBe(400);
    expect(own.body.error.message).toBe('Change your own password in Settings');

    const reset = await owner.post(`/api/users/${samId}/reset-password`);
    expect(reset.status).toBe(200);
    const { temporaryPassword } = reset.body;
    expect(temporaryPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(reset.body.user).toMatchObject({ id: samId, mustChangePassword: true });
    // Sam's open session ended; the old password no longer works.
    expect((await sam.get('/api/auth/me')).status).toBe(401);
    expect((await signInAs(t, SAM)).status).toBe(401);

    // Sign-in with the one-time password answers with the "must change" state...
    const first = await signInAs(t, { ...SAM, password: temporaryPassword });
    expect(first.status).toBe(200);
    expect(first.body.user.mustChangePassword).toBe(true);
    const browser = first.client;
    // ...and nothing but the change is allowed until it is done.
    const blocked = await browser.get('/api/clients');
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.code).toBe('password_change_required');
    expect((await browser.get('/api/auth/me')).body.user.mustChangePassword).toBe(true);

    const weak = await browser.post('/api/auth/password', { currentPassword: temporaryPassword, newPassword: 'qwerty123456' });
    expect(weak.status).toBe(400);
    expect(weak.body.error.field).toBe('body.newPassword');
    const done = await browser.post('/api/auth/password', { currentPassword: temporaryPassword, newPassword: 'paper lanterns at dusk' });
    expect(done.status).toBe(200);
    expect(done.body.user.mustChangePassword).toBe(false);
    expect((await browser.get('/api/clients')).status).toBe(200);
    // The one-time password worked once.
    expect((await signInAs(t, { ...SAM, password: temporaryPassword })).status).toBe(401);
  });

  it('the owner deactivates a colleague (sessions end at once, notes kept, sign-in refused with the reason) and reactivates them', async () => {
    const owner = await setUpOwner(t);
    const sam = await addClinician(t, owner, SAM);
    const samId = await idOf(owner, SAM.email);
    const { client } = (await sam.post('/api/clients', { displayName: 'K.L.' })).body;
    const { note } = (await sam.post('/api/notes', { clientId: client.id, format: 'soap', summary: 'pt reports', document: soapDocument('Client slept well.') })).body;

    const off = await owner.post(`/api/users/${samId}/deactivate`);
    expect(off.status).toBe(200);
    expect(off.body.user.deactivatedAt).toEqual(expect.any(String));
    expect((await sam.get('/api/notes')).status).toBe(401);

    const refused = await signInAs(t, SAM);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'deactivated', message: expect.stringMatching(/deactivated by the practice owner/) });
    // A wrong password still says only "not recognised": deactivation is not revealed to a guesser.
    expect((await signInAs(t, { ...SAM, password: 'a wrong guess here' })).body.error.code).toBe('bad_credentials');
    // The owner cannot deactivate themself.
    expect((await owner.post(`/api/users/${(await owner.get('/api/auth/me')).body.user.id}/deactivate`)).status).toBe(400);

    const on = await owner.post(`/api/users/${samId}/reactivate`);
    expect(on.body.user.deactivatedAt).toBeNull();
    const back = await signInAs(t, SAM);
    expect(back.status).toBe(200);
    // The notes were kept.
    expect((await back.client.get(`/api/notes/${note.id}`)).body.note.document.sections[0].text).toBe('Client slept well.');
  });

  it('the owner sees a locked colleague and unlocks them', async () => {
    const owner = await setUpOwner(t);
    await addClinician(t, owner, SAM);
    const samId = await idOf(owner, SAM.email);
    for (let i = 1; i <= 5; i++) await signInAs(t, { ...SAM, password: `wrong guess number ${i}` });
    expect((await signInAs(t, SAM)).body.error.code).toBe('locked');
    const listed = (await owner.get('/api/users')).body.users.find((u: Json) => u.id === samId);
    expect(Date.parse(listed.lockedUntil)).toBeGreaterThan(t.clock.now.getTime());

    const unlocked = await owner.post(`/api/users/${samId}/unlock`);
    expect(unlocked.status).toBe(200);
    expect(unlocked.body.user.lockedUntil).toBeNull();
    expect((await signInAs(t, SAM)).status).toBe(200);
  });

  it('passwords follow NIST SP 800-63B: 12 characters, not a common password, not the email or name, no composition rules', async () => {
    const owner = await setUpOwner(t);
    const add = (password: string) => owner.post('/api/users', { name: 'Riley Jordan', credentials: 'LPC', email: 'riley.jordan@practice.test', password, role: 'clinician' });
    const messageFor = async (password: string) => {
      const res = await add(password);
      expect(res.status, password).toBe(400);
      expect(res.body.error.field).toBe('body.password');
      return res.body.error.message as string;
    };
    expect(await messageFor('short pass')).toMatch(/at least 12 characters/);
    expect(await messageFor('qwerty123456')).toMatch(/most common passwords/);
    expect(await messageFor('Password1234')).toMatch(/most common passwords/);
    expect(await messageFor('riley.jordan@practice.test')).toMatch(/email/);
    expect(await messageFor('rileyjordan-2024!')).toMatch(/email/);
    expect(await messageFor('jordan family holiday')).toMatch(/your name/);
    expect(await messageFor('xoxoyxoxoyxoxoy')).toMatch(/too few different characters/);
    // No composition rules: lower-case words alone are fine when long and uncommon.
    expect((await add('kettle whistles in the fog')).status).toBe(200);
    // The same policy at setup.
    const fresh = await startTestServer();
    try {
      const setup = await fresh.client().post('/api/setup', { ...OWNER, password: '123456789012' });
      expect(setup.status).toBe(400);
      expect(setup.body.error.message).toMatch(/most common passwords/);
    } finally {
      await fresh.stop();
    }
  });

  it('display names are unique in a practice', async () => {
    const owner = await setUpOwner(t);
    const sam = await addClinician(t, owner, SAM);
    const twin = await owner.post('/api/users', { name: '  sam   ORTIZ ', credentials: 'LMFT', email: 'sam2@practice.test', password: 'a different long one', role: 'clinician' });
    expect(twin.status).toBe(409);
    expect(twin.body.error).toMatchObject({ code: 'conflict', field: 'body.name', message: expect.stringMatching(/already has this name/) });

    // Renaming oneself to a colleague's name in Settings is refused the same way.
    const settings = (await sam.get('/api/settings')).body.settings;
    const rename = await sam.put('/api/settings', { ...settings, name: OWNER.name });
    expect(rename.status).toBe(409);
    expect((await sam.put('/api/settings', { ...settings, name: 'Sam J. Ortiz' })).status).toBe(200);

    // Two colleagues added at the same moment under one name (in different case): the database's
    // unique index holds where the check before the insert could be raced, with the same message.
    const add = (name: string, email: string) => owner.post('/api/users', { name, credentials: 'LPC', email, password: FIRST_PASSWORD, role: 'clinician' });
    const raced = await Promise.all([add('Alex Kim', 'alex1@practice.test'), add('ALEX KIM', 'alex2@practice.test'), add('alex   kim', 'alex3@practice.test')]);
    expect(raced.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    for (const refused of raced.filter((r) => r.status === 409)) {
      expect(refused.body.error).toMatchObject({ code: 'conflict', field: 'body.name', message: expect.stringMatching(/already has this name/) });
    }
    // Runs of spaces are stored as one, so the name on a signature is the name that was compared.
    expect((await add('Robin   Vale', 'robin@practice.test')).body.user.name).toBe('Robin Vale');
  });

  it('a signature shows the signer’s credentials: signing waits until the account has them', async () => {
    const owner = await setUpOwner(t);
    const added = await owner.post('/api/users', { name: 'Noor Haddad', credentials: '', email: 'noor@practice.test', password: 'quiet library hours', role: 'clinician' });
    expect(added.status).toBe(200);
    const noor = await firstSignIn(t, { email: 'noor@practice.test', givenPassword: 'quiet library hours', ownPassword: 'tea leaves and thunder' });
    const { note } = (await noor.post('/api/notes', { format: 'soap', summary: 'pt reports', document: soapDocument('Client reported calm.') })).body;

    const refused = await noor.post(`/api/notes/${note.id}/sign`);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ field: 'credentials', message: expect.stringMatching(/Add your credentials .* in Settings/) });

    const settings = (await noor.get('/api/settings')).body.settings;
    expect((await noor.put('/api/settings', { ...settings, credentials: 'LCSW' })).status).toBe(200);
    const signed = await noor.post(`/api/notes/${note.id}/sign`);
    expect(signed.status).toBe(200);
    expect(signed.body.note.signedBy).toEqual({ name: 'Noor Haddad', credentials: 'LCSW' });
  });
});
