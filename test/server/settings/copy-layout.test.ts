// Each clinician's copy layout for "Copy note" is kept with their settings: the default until they
// change it, their own after, untouched by a settings save that does not mention it, and checked.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addClinician, OWNER, setUpOwner, startTestServer, type TestServer } from '../start-test-server.ts';

describe('the copy layout setting', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(async () => {
    await t.stop();
  });

  it('starts as every header field, titles as written, plain text; a change is kept per user', async () => {
    const owner = await setUpOwner(t);
    const initial = (await owner.get('/api/settings')).body.settings;
    expect(initial.copyLayout).toEqual({ header: { date: true, time: true, service: true, cpt: true, diagnoses: true }, titles: 'as_written', clipboard: 'plain' });

    const mine = { header: { date: true, time: true, service: false, cpt: false, diagnoses: true }, titles: 'capitals', clipboard: 'rich' };
    const saved = await owner.put('/api/settings', { ...initial, copyLayout: mine });
    expect(saved.status).toBe(200);
    expect(saved.body.settings.copyLayout).toEqual(mine);
    expect((await owner.get('/api/settings')).body.settings.copyLayout).toEqual(mine);

    // A save from a form that does not know the setting keeps it.
    const { copyLayout: _left, ...withoutLayout } = initial;
    expect((await owner.put('/api/settings', { ...withoutLayout, retentionDays: 10 })).body.settings).toMatchObject({ retentionDays: 10, copyLayout: mine });

    // A colleague has their own.
    const colleague = await addClinician(t, owner, { name: 'Lee Other', email: 'lee@practice.test' });
    expect((await colleague.get('/api/settings')).body.settings.copyLayout.titles).toBe('as_written');
  });

  it('refuses a layout it does not know, naming the field', async () => {
    const owner = await setUpOwner(t);
    const settings = (await owner.get('/api/settings')).body.settings;
    const bad = await owner.put('/api/settings', { ...settings, name: OWNER.name, copyLayout: { ...settings.copyLayout, titles: 'shouting' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('body.copyLayout.titles');
    const extra = await owner.put('/api/settings', { ...settings, copyLayout: { ...settings.copyLayout, header: { ...settings.copyLayout.header, clientName: true } } });
    expect(extra.status).toBe(400);
  });
});
