// Treatment plans over real HTTP: a clinician drafts a plan from an intake summary, picks a
// suggestion, saves it as the client's draft, edits and signs it; the supervisor reads it; another
// clinician is told it does not exist; every read and change is in the audit log.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addClinician, firstSignIn, type Json, setUpOwner, startTestServer, type TestServer } from '../start-test-server.ts';

const SUMMARY = 'Dx: F41.1. Presenting problem: constant worry about work, missed 3 days of work this month. Goal: sleep through the night. Objective: GAD-7 below 10 by 2027-03-01. CBT weekly.';

describe('treatment plans API', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(async () => {
    await t.stop();
  });

  it('drafts, saves, edits, signs and lists a client’s plan, with the active version and an overdue review', async () => {
    const owner = await setUpOwner(t);
    const sam = await addClinician(t, owner, { name: 'Sam Ortiz', email: 'sam@practice.test' });
    const { client } = (await sam.post('/api/clients', { displayName: 'K.L.' })).body;

    // Drafting stores nothing: the plan holds the summary's pieces and a picked suggestion, and asks for the rest.
    const drafted = await sam.post('/api/plans/draft', { summary: SUMMARY, worksheet: { picks: [{ id: 'gad.int.relaxation', frequency: 'daily' }] }, date: '2026-12-01' });
    expect(drafted.status, JSON.stringify(drafted.body)).toBe(200);
    const { plan: content, prompts, suggestions } = drafted.body;
    expect(content.diagnoses).toEqual([{ code: 'F41.1', name: 'Generalized anxiety disorder', source: { origin: 'summary', spans: [{ start: 4, end: 9 }] } }]);
    expect(content.goals.map((g: Json) => g.text)).toEqual(['sleep through the night']);
    // The objective's measure, target and date have their own fields; it names no behaviour, so the plan asks.
    expect(content.objectives).toEqual([expect.objectContaining({ behaviour: '', measure: 'GAD-7', target: 'below 10', date: '2027-03-01' })]);
    expect(prompts).toContainEqual({ field: 'objectives[0].behaviour', message: 'Say what the client will do or show for objective 1 (measured by GAD-7).' });
    expect(content.interventions.map((v: Json) => [v.modality, v.frequency, v.source.origin])).toEqual([
      ['CBT', 'weekly', 'summary'],
      ['CBT', 'daily', 'library'],
    ]);
    expect(prompts.map((p: Json) => p.field)).toEqual(expect.arrayContaining(['sessionFrequency', 'reviewDate', 'targetDate']));
    expect(suggestions[0]).toMatchObject({ key: 'generalized-anxiety', reason: 'diagnosis F41.1' });
    expect((await sam.get(`/api/clients/${client.id}/plans`)).body.plans).toEqual([]);

    const created = await sam.post(`/api/clients/${client.id}/plans`, { content, summary: SUMMARY });
    expect(created.status).toBe(200);
    const plan = created.body.plan;
    expect(plan).toMatchObject({ version: 1, status: 'draft', summary: SUMMARY, reviewOverdue: false });
    expect((await sam.get(`/api/clients/${client.id}/plans/active`)).body).toEqual({ plan: null });

    const unsigned = await sam.post(`/api/plans/${plan.id}/sign`);
    expect(unsigned.status).toBe(400);
    expect(unsigned.body.error).toMatchObject({ field: 'reviewDate', message: 'Give the plan a review date before signing it' });

    const edited = await sam.patch(`/api/plans/${plan.id}`, { content: { ...content, reviewDate: '2027-03-01', sessionFrequency: { text: 'Weekly, 50 minutes', source: { origin: 'clinician' } } } });
    expect(edited.status).toBe(200);
    expect(edited.body.plan.prompts.map((p: Json) => p.field)).not.toContain('sessionFrequency');

    const noBehaviour = await sam.post(`/api/plans/${plan.id}/sign`);
    expect(noBehaviour.status).toBe(400);
    expect(noBehaviour.body.error).toMatchObject({ field: 'objectives[0].behaviour', message: 'Say what the client will do or show for objective 1 before signing the plan' });
    const objectives = [{ ...content.objectives[0], behaviour: 'Report fewer worry symptoms' }];
    expect((await sam.patch(`/api/plans/${plan.id}`, { content: { ...edited.body.plan.content, objectives } })).status).toBe(200);

    const signed = await sam.post(`/api/plans/${plan.id}/sign`);
    expect(signed.status).toBe(200);
    expect(signed.body.plan).toMatchObject({ status: 'signed', signedByName: 'Sam Ortiz', signedByCredentials: 'LPC', reviewDate: '2027-03-01' });
    expect((await sam.patch(`/api/plans/${plan.id}`, { content })).status).toBe(409);

    const active = (await sam.get(`/api/clients/${client.id}/plans/active`)).body.plan;
    expect(active).toMatchObject({ id: plan.id, version: 1, reviewOverdue: false });
    t.clock.now = new Date('2027-03-02T12:00:00Z');
    // Months later the session has long timed out: Sam signs in again.
    expect((await sam.post('/api/auth/login', { email: 'sam@practice.test', password: 'another long password' })).status).toBe(200);
    expect((await sam.get(`/api/clients/${client.id}/plans/active`)).body.plan.reviewOverdue).toBe(true);

    expect((await owner.post('/api/auth/login', { email: 'dana@practice.test', password: 'correct horse battery' })).status).toBe(200);
    const audit = (await owner.get('/api/audit')).body.events.filter((e: Json) => e.entity === 'plan' || e.entity === 'plan_list');
    expect(audit.map((e: Json) => e.action)).toEqual(expect.arrayContaining(['create', 'change', 'sign', 'view']));
    expect(JSON.stringify(audit)).not.toContain('worry');
  });

  it('refuses bad input with a message naming the field', async () => {
    const owner = await setUpOwner(t);
    const bad = await owner.post('/api/plans/draft', { worksheet: { goals: ['ok', ''] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toEqual({ code: 'bad_request', field: 'body.worksheet', message: 'The plan worksheet is not valid: goals[1]: must not be empty.' });
    const empty = await owner.post('/api/plans/draft', { summary: ' ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.field).toBe('body.summary');
    const { client } = (await owner.post('/api/clients', { displayName: 'A.B.' })).body;
    const noGoalText = await owner.post(`/api/clients/${client.id}/plans`, { content: { diagnoses: [], problems: [], goals: [{ id: 'g1', text: '', source: { origin: 'clinician' } }], objectives: [], interventions: [], sessionFrequency: null, strengths: [], barriers: [], targetDate: null, reviewDate: null } });
    expect(noGoalText.status).toBe(400);
    expect(noGoalText.body.error.field).toBe('body.content.goals.0.text');
  });

  it('gives the supervisor read-only access and tells another clinician the plan does not exist', async () => {
    const owner = await setUpOwner(t);
    const sam = await addClinician(t, owner, { name: 'Sam Ortiz', email: 'sam@practice.test' });
    const lee = await addClinician(t, owner, { name: 'Lee Park', email: 'lee@practice.test' });
    const supervisor = await owner.post('/api/users', { name: 'Morgan Reyes', credentials: 'PhD', email: 'morgan@practice.test', password: 'supervises carefully', role: 'supervisor' });
    const samId = (await owner.get('/api/users')).body.users.find((u: Json) => u.email === 'sam@practice.test').id;
    expect((await owner.patch(`/api/users/${samId}`, { supervisorId: supervisor.body.user.id })).status).toBe(200);
    const morgan = await firstSignIn(t, { email: 'morgan@practice.test', givenPassword: 'supervises carefully', ownPassword: 'my own supervision passphrase' });

    const { client } = (await sam.post('/api/clients', { displayName: 'K.L.' })).body;
    const { plan: content } = (await sam.post('/api/plans/draft', { summary: SUMMARY })).body;
    const plan = (await sam.post(`/api/clients/${client.id}/plans`, { content })).body.plan;

    expect((await morgan.get(`/api/plans/${plan.id}`)).body.plan).toMatchObject({ id: plan.id, access: 'supervisor' });
    expect((await morgan.get(`/api/clients/${client.id}/plans`)).body.plans).toHaveLength(1);
    expect((await morgan.patch(`/api/plans/${plan.id}`, { content })).status).toBe(403);
    expect((await morgan.post(`/api/plans/${plan.id}/sign`)).status).toBe(403);

    for (const response of [await lee.get(`/api/plans/${plan.id}`), await lee.get(`/api/clients/${client.id}/plans`), await lee.get(`/api/clients/${client.id}/plans/active`), await lee.post(`/api/plans/${plan.id}/sign`)]) {
      expect(response.status).toBe(404);
    }
    const refusals = (await owner.get('/api/audit')).body.events.filter((e: Json) => e.action === 'refuse' && e.entityId === plan.id);
    expect(refusals.length).toBeGreaterThanOrEqual(3);
  });
});
