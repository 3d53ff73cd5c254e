// The lockout holds under a burst of parallel sign-ins over real HTTP: each attempt is counted
// atomically before its password is checked, so no more than the limit (5) of 200 parallel
// guesses is ever evaluated, and the right password is refused afterwards. "Evaluated" is
// counted at the password hash itself: every call to argon2's verify in this process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OWNER, setUpOwner, startTestServer, type TestServer } from '../start-test-server.ts';

const verified = vi.hoisted(() => ({ count: 0 }));
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const original = await importOriginal<typeof import('@node-rs/argon2')>();
  return {
    ...original,
    verify: (...args: Parameters<typeof original.verify>) => {
      verified.count++;
      return original.verify(...args);
    },
  };
});

const BURST = 200;

describe('lockout under a burst of parallel sign-ins', () => {
  let t: TestServer;
  beforeEach(async () => {
    // The per-address rate limit would answer most of the burst by itself; it is lifted here so
    // the test measures the account lockout alone.
    t = await startTestServer({ config: { loginRatePerMinute: 100_000 } });
  });
  afterEach(async () => {
    await t.stop();
  });

  it(`evaluates at most 5 of ${BURST} parallel wrong guesses, then refuses the right password`, async () => {
    const owner = await setUpOwner(t);
    const ownerId = (await owner.get('/api/auth/me')).body.user.id;
    verified.count = 0;
    const login = (password: string) =>
      fetch(`${t.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: OWNER.email, password }) });
    const answers = await Promise.all(Array.from({ length: BURST }, (_, i) => login(`wrong guess number ${i}`)));
    const statuses = answers.map((a) => a.status);
    const evaluated = verified.count;
    console.log(`lockout burst: ${BURST} parallel wrong sign-ins, ${evaluated} guesses evaluated, ${statuses.filter((s) => s === 401).length} answered 401, ${statuses.filter((s) => s === 429).length} answered 429 (${t.server.store.dialect})`);
    expect(evaluated).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 401)).toHaveLength(4);
    expect(statuses.filter((s) => s === 429)).toHaveLength(BURST - 4);

    // The right password, straight after, is refused without being checked.
    const right = await login(OWNER.password);
    expect(right.status).toBe(429);
    expect(verified.count).toBe(evaluated);

    // Every refused attempt is on the audit chain, and the one that reached the limit locked once.
    const events = (await owner.get('/api/audit?limit=5000')).body.events as Array<{ action: string; entityId: string | null }>;
    expect(events.filter((e) => e.action === 'sign_in_failed' && e.entityId === ownerId)).toHaveLength(BURST + 1);
    expect(events.filter((e) => e.action === 'lock').map((e) => e.entityId)).toEqual([ownerId]);
    expect((await owner.get('/api/audit/verify')).body.ok).toBe(true);

    // After the lockout window the owner gets in.
    t.clock.advance(16 * 60 * 1000);
    expect((await login(OWNER.password)).status).toBe(200);
  });

  it('keeps a keyed hash of the email, not the email, and prunes it after the lockout window', async () => {
    await setUpOwner(t);
    const typed = 'Someone.Else@Example.test';
    await fetch(`${t.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: typed, password: 'a wrong guess here' }) });
    const rows = await t.server.store.db.selectFrom('login_attempts').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows).toLowerCase()).not.toContain('someone');
    if (t.server.store.dialect === 'sqlite') {
      const file = readFileSync(join(t.dataDir, 'afterword.db')).toString('latin1') + readFileSync(join(t.dataDir, 'afterword.db-wal')).toString('latin1');
      expect(file.toLowerCase()).not.toContain('someone.else');
    }

    t.clock.advance(14 * 60 * 1000);
    await t.server.purgeNow();
    expect(await t.server.store.db.selectFrom('login_attempts').selectAll().execute()).toHaveLength(1);
    t.clock.advance(2 * 60 * 1000);
    await t.server.purgeNow();
    expect(await t.server.store.db.selectFrom('login_attempts').selectAll().execute()).toHaveLength(0);
  });
});
