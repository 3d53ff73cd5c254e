// The golden thread from the summary's side, over HTTP: a summary that uses an active plan goal's
// own words names that goal in the note (GIRP's Goal section) with the plan as its source, as a
// ticked goal does but with no progress rating; a summary that does not, or a goal already ticked,
// adds nothing. Reading the plan for it is audited once per compose that used it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addClinician, type Json, setUpOwner, startTestServer, type TestServer } from '../start-test-server.ts';

describe('a summary that uses a goal’s words', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(async () => {
    await t.stop();
  });

  it('links the note to that goal of the active plan', async () => {
    const owner = await setUpOwner(t);
    const sam = await addClinician(t, owner, { name: 'Sam Ortiz', email: 'sam@practice.test' });
    const { client } = (await sam.post('/api/clients', { displayName: 'K.L.' })).body;
    const compose = (summary: string, extra: object = {}) => sam.post('/api/compose', { format: 'girp', summary, clientId: client.id, ...extra });
    const goalSection = (body: Json) => body.sections.find((s: Json) => s.key === 'goal');

    // No plan yet: nothing to link.
    const before = await compose('Client reported sleeping through the night on 4 of 7 nights.');
    expect(goalSection(before.body).text).not.toMatch(/Goal: sleep through the night/i);

    const { plan: content } = (await sam.post('/api/plans/draft', { summary: 'Goal: sleep through the night. Goal: return to work part time. Objective: sleep 7 hours per sleep diary by 2027-03-01. Review 2027-03-01.' })).body;
    expect(content.goals.map((g: Json) => g.text)).toEqual(['sleep through the night', 'return to work part time']);
    const plan = (await sam.post(`/api/clients/${client.id}/plans`, { content: { ...content, objectives: content.objectives.map((o: Json) => ({ ...o, behaviour: o.behaviour || 'Sleep 7 hours' })) } })).body.plan;
    expect((await sam.post(`/api/plans/${plan.id}/sign`)).status).toBe(200);

    const linked = await compose('Client reported sleeping through the night on 4 of 7 nights. Practiced a wind-down routine.');
    expect(linked.status, JSON.stringify(linked.body)).toBe(200);
    const goal = goalSection(linked.body);
    expect(goal.text).toMatch(/Goal: sleep through the night\./i);
    expect(goal.text).not.toMatch(/return to work/i);
    expect(goal.sentences.find((x: Json) => /sleep through the night/i.test(x.text)).source).toEqual([{ origin: 'plan', field: 'goals' }]);
    expect(goal.text).not.toMatch(/Progress/);

    // Words that are not the goal's ("slept", "job") link nothing.
    const unlinked = await compose('Client slept 5 hours most nights and worried about the job.');
    expect(goalSection(unlinked.body).text).not.toMatch(/Goal: (sleep through the night|return to work)/i);

    // A goal ticked on Write is named once, with its rating; another goal's words still link it.
    const ticked = await compose('Sleeping through the night more often. Talked about a return to work part time in March.', { planProgress: { clientId: client.id, items: [{ goalId: 'g1', progress: 'improved' }] } });
    const text = goalSection(ticked.body).text;
    expect(text.match(/Goal: sleep through the night/gi)).toHaveLength(1);
    expect(text).toMatch(/sleep through the night\. Progress: improved/i);
    expect(text).toMatch(/Goal: return to work part time\./i);

    // Each compose that used the plan read it once; the one that used nothing is not a view of it.
    const views = (await owner.get('/api/audit')).body.events.filter((e: Json) => e.entity === 'plan' && e.action === 'view' && e.entityId === plan.id);
    expect(views).toHaveLength(2);
  });
});
