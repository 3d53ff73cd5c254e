// An audit event commits with the change it records, or neither does; failed sign-ins,
// lockouts and refused accesses are recorded too, without the email typed or any clinical text.
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '#store';
import { type ApiClient, addClinician, type Json, OWNER, setUpOwner, soapDocument, startTestServer, type TestServer } from '../start-test-server.ts';

/** Makes the audit insert for `action` fail: a crash after the change, before the commit. */
async function breakAuditInsert(store: Store, action: string): Promise<void> {
  if (store.dialect === 'sqlite') {
    await sql
      .raw(`CREATE TRIGGER break_audit BEFORE INSERT ON audit_events WHEN NEW.action = '${action}' BEGIN SELECT RAISE(ABORT, 'simulated failure before commit'); END`)
      .execute(store.db);
  } else {
    await sql
      .raw(
        `CREATE FUNCTION break_audit() RETURNS trigger AS $$ BEGIN IF NEW.action = '${action}' THEN RAISE EXCEPTION 'simulated failure before commit'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
      )
      .execute(store.db);
    await sql.raw('CREATE TRIGGER break_audit BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION break_audit()').execute(store.db);
  }
}

async function repairAuditInsert(store: Store): Promise<void> {
  await sql.raw(store.dialect === 'sqlite' ? 'DROP TRIGGER break_audit' : 'DROP TRIGGER break_audit ON audit_events').execute(store.db);
}

async function events(owner: ApiClient): Promise<Json[]> {
  const res = await owner.get('/api/audit?limit=5000');
  expect(res.status).toBe(200);
  return res.body.events;
}

describe('audit events and their changes commit together', () => {
  let t: TestServer;
  let owner: ApiClient;
  beforeEach(async () => {
    t = await startTestServer();
    owner = await setUpOwner(t);
  });
  afterEach(async () => {
    await t.stop();
  });

  it('a failure before commit leaves neither the deletion nor its event; once repaired both land', async () => {
    const { note } = (await owner.post('/api/notes', { format: 'soap', summary: 'keep me', document: soapDocument('Client reported a calm week.') })).body;
    await breakAuditInsert(t.server.store, 'delete');

    const failed = await owner.delete(`/api/notes/${note.id}`);
    expect(failed.status).toBe(500);
    expect(JSON.stringify(failed.body)).not.toContain('simulated');
    expect((await owner.get(`/api/notes/${note.id}`)).status).toBe(200);
    expect((await events(owner)).filter((e) => e.action === 'delete')).toEqual([]);

    await repairAuditInsert(t.server.store);
    expect((await owner.delete(`/api/notes/${note.id}`)).status).toBe(200);
    expect((await owner.get(`/api/notes/${note.id}`)).status).toBe(404);
    expect((await events(owner)).filter((e) => e.action === 'delete').map((e) => e.entityId)).toEqual([note.id]);
    expect((await owner.get('/api/audit/verify')).body.ok).toBe(true);
  });

  it('a read whose view event cannot be written is not answered: a client, a note, and a compose with the client’s profile', async () => {
    const { client } = (await owner.post('/api/clients', { displayName: 'K.L.', context: 'zebra-quartz worry' })).body;
    const { note } = (await owner.post('/api/notes', { clientId: client.id, format: 'soap', summary: 's', document: soapDocument('Client reported zebra-quartz dreams.') })).body;
    await breakAuditInsert(t.server.store, 'view');

    const compose = { format: 'soap', summary: 'pt reports better sleep. denies SI/HI.', clientId: client.id };
    for (const res of [await owner.get(`/api/clients/${client.id}`), await owner.get(`/api/notes/${note.id}`), await owner.post('/api/compose', compose)]) {
      expect(res.status).toBe(500);
      expect(res.body.error.code).toBe('internal');
      expect(JSON.stringify(res.body)).not.toMatch(/zebra-quartz|sleep|simulated/);
    }
    // A compose without a client views no one's record, so it is answered.
    expect((await owner.post('/api/compose', { ...compose, clientId: null })).status).toBe(200);

    await repairAuditInsert(t.server.store);
    expect((await owner.post('/api/compose', compose)).status).toBe(200);
    const views = (await events(owner)).filter((e) => e.action === 'view');
    expect(views.map((e) => [e.entity, e.entityId])).toEqual([['client', client.id]]);
  });

  it('a failure before commit leaves no half-created note or client', async () => {
    await breakAuditInsert(t.server.store, 'create');
    expect((await owner.post('/api/clients', { displayName: 'A.B.' })).status).toBe(500);
    expect((await owner.post('/api/notes', { format: 'soap', summary: 's', document: soapDocument('Client came.') })).status).toBe(500);
    await repairAuditInsert(t.server.store);
    expect((await owner.get('/api/clients')).body.clients).toEqual([]);
    expect((await owner.get('/api/notes')).body.notes).toEqual([]);
  });
});

describe('failed sign-ins, lockouts and refused accesses are audited', () => {
  let t: TestServer;
  let owner: ApiClient;
  beforeEach(async () => {
    t = await startTestServer();
    owner = await setUpOwner(t);
  });
  afterEach(async () => {
    await t.stop();
  });

  it('records failed sign-ins and the lockout by account id, and an unknown email only as a keyed hash', async () => {
    const ownerId = (await owner.get('/api/auth/me')).body.user.id;
    const stranger = t.client();
    for (let i = 0; i < 5; i++) await stranger.post('/api/auth/login', { email: OWNER.email, password: `wrong guess ${i}` });
    expect((await stranger.post('/api/auth/login', { email: OWNER.email, password: OWNER.password })).status).toBe(429);
    expect((await stranger.post('/api/auth/login', { email: 'nobody.here@elsewhere.test', password: 'some password' })).status).toBe(401);

    const all = await events(owner);
    const failed = all.filter((e) => e.action === 'sign_in_failed');
    expect(failed.filter((e) => e.entityId === ownerId)).toHaveLength(6);
    expect(all.filter((e) => e.action === 'lock').map((e) => e.entityId)).toEqual([ownerId]);
    const unknown = failed.filter((e) => e.entityId !== ownerId);
    expect(unknown).toHaveLength(1);
    expect(unknown[0].entityId).toMatch(/^email:[\w-]+$/);
    expect(unknown[0].userId).toBeNull();
    const text = JSON.stringify(all);
    expect(text).not.toContain('nobody.here');
    expect(text).not.toContain(OWNER.email);
    expect(text).not.toContain('wrong guess');
  });

  it("records a clinician's attempt to read another clinician's note, and a non-owner opening the audit log", async () => {
    const { note } = (await owner.post('/api/notes', { format: 'soap', summary: 'owner only', document: soapDocument('Client reported sleeping well.') })).body;
    const sam = await addClinician(t, owner, { name: 'Sam Ortiz', email: 'sam@practice.test' });
    const samId = (await sam.get('/api/auth/me')).body.user.id;

    expect((await sam.get(`/api/notes/${note.id}`)).status).toBe(404);
    expect((await sam.delete(`/api/notes/${note.id}`)).status).toBe(404);
    expect((await sam.get('/api/audit')).status).toBe(403);

    const refused = (await events(owner)).filter((e) => e.action === 'refuse' && e.userId === samId);
    expect(refused.map((e) => [e.entity, e.entityId]).reverse()).toEqual([
      ['note', note.id],
      ['note', note.id],
      ['route', 'GET /api/audit'],
    ]);
    expect((await owner.get('/api/audit/verify')).body.ok).toBe(true);
  });
});

describe("the owner's account actions are audited with the change they record", () => {
  let t: TestServer;
  let owner: ApiClient;
  beforeEach(async () => {
    t = await startTestServer();
    owner = await setUpOwner(t);
  });
  afterEach(async () => {
    await t.stop();
  });

  it('a failed audit insert undoes a reset or a deactivation; once repaired each is one `change user` by the owner, and a deactivated sign-in is refused on the record', async () => {
    const sam = await addClinician(t, owner, { name: 'Sam Ortiz', email: 'sam@practice.test', password: 'another long password' });
    const samId = (await sam.get('/api/auth/me')).body.user.id;
    const ownerId = (await owner.get('/api/auth/me')).body.user.id;

    await breakAuditInsert(t.server.store, 'change');
    expect((await owner.post(`/api/users/${samId}/reset-password`)).status).toBe(500);
    expect((await owner.post(`/api/users/${samId}/deactivate`)).status).toBe(500);
    // Neither happened: Sam is still signed in, with the same password.
    expect((await sam.get('/api/auth/me')).status).toBe(200);
    expect((await t.client().post('/api/auth/login', { email: 'sam@practice.test', password: 'another long password' })).status).toBe(200);
    // (Sam's own first-password change is theirs; none is the owner's.)
    expect((await events(owner)).filter((e) => e.action === 'change' && e.entity === 'user' && e.userId === ownerId)).toEqual([]);

    await repairAuditInsert(t.server.store);
    expect((await owner.post(`/api/users/${samId}/deactivate`)).status).toBe(200);
    expect((await sam.get('/api/auth/me')).status).toBe(401);
    const refused = await t.client().post('/api/auth/login', { email: 'sam@practice.test', password: 'another long password' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('deactivated');
    expect((await owner.post(`/api/users/${samId}/reactivate`)).status).toBe(200);

    const all = await events(owner);
    const changes = all.filter((e) => e.action === 'change' && e.entity === 'user' && e.userId === ownerId);
    expect(changes.map((e) => [e.userId, e.entityId])).toEqual([
      [ownerId, samId],
      [ownerId, samId],
    ]);
    expect(all.filter((e) => e.action === 'refuse' && e.entity === 'user').map((e) => [e.userId, e.entityId])).toEqual([[null, samId]]);
    expect((await owner.get('/api/audit/verify')).body.ok).toBe(true);
  });
});
