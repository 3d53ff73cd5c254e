// The golden thread over HTTP: plan goals ticked on the compose request are checked against the
// client's active plan (unknown ids refused, naming the field) and read as a plan view.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addClinician, type Json, setUpOwner, startTestServer, type TestServer } from '../start-test-server.ts';

describe('plan goals on the compose request', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(async () => {
    await t.stop();
  });

  it('accepts goals of the active plan, refuses ids it does not have and a client without a signed plan', async () => {
    const owner = await setUpOwner(t);
    const sam = await addClinician(t, owner, { name: 'Sam Ortiz', email: 'sam@practice.test' });
    const { client } = (await sam.post('/api/clients', { displayName: 'K.L.' })).body;
    const compose = (planProgress: unknown) => sam.post('/api/compose', { format: 'girp', summary: 'Client reported sleeping better.', planProgress });

    const none = await compose({ clientId: client.id, items: [{ goalId: 'g1', progress: 'improved' }] });
    expect(none.status).toBe(400);
    expect(none.body.error.field).toBe('body.planProgress.clientId');

    const { plan: content } = (await sam.post('/api/plans/draft', { summary: 'Goal: sleep through the night. Objective: sleep 7 hours per sleep diary by 2027-03-01. Review 2027-03-01.' })).body;
    const plan = (await sam.post(`/api/clients/${client.id}/plans`, { content })).body.plan;
    expect((await sam.post(`/api/plans/${plan.id}/sign`)).status).toBe(200);

    const ok = await compose({ clientId: client.id, items: [{ goalId: 'g1', objectiveId: 'o1', progress: 'improved', note: 'slept 6 hours on 4 nights' }] });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const badGoal = await compose({ clientId: client.id, items: [{ goalId: 'g9', progress: 'stable' }] });
    expect(badGoal.status).toBe(400);
    expect(badGoal.body.error).toMatchObject({ field: 'body.planProgress.items.0.goalId', message: 'There is no goal g9 in the active plan' });
    const badObjective = await compose({ clientId: client.id, items: [{ goalId: 'g1', objectiveId: 'o7', progress: 'stable' }] });
    expect(badObjective.body.error.field).toBe('body.planProgress.items.0.objectiveId');
    expect((await compose({ clientId: client.id, items: [{ goalId: 'g1', progress: 'better' }] })).status).toBe(400);

    // Another clinician cannot tick goals of a client that is not theirs.
    const lee = await addClinician(t, owner, { name: 'Lee Park', email: 'lee@practice.test' });
    expect((await lee.post('/api/compose', { format: 'girp', summary: 'x y z', planProgress: { clientId: client.id, items: [{ goalId: 'g1', progress: 'stable' }] } })).status).toBe(404);
    const views = (await owner.get('/api/audit')).body.events.filter((e: Json) => e.entity === 'plan' && e.action === 'view' && e.entityId === plan.id);
    // Signing read nothing; the one accepted compose read the plan once.
    expect(views).toHaveLength(1);
  });
});
