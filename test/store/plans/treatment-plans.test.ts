// Treatment plans in the store: versions per client, a draft edited then signed like a note, the
// newest signed version active, an overdue review, encryption at rest, and the same access as
// the client's notes. Runs on SQLite and, in the 'postgres' project, on PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftPlan } from '#plans';
import { assignSupervisor, createClient, createPlanDraft, createUser, deleteClient, getActivePlan, getPlan, listPlans, signPlan, updatePlanDraft } from '#store';
import { openTempStore, type TempStore } from '../open-temp-store.ts';

const SUMMARY = 'Dx: F41.1. Presenting problem: worry about the marmalade lighthouse, missed 3 days of work. Goal: sleep through the night. Objective: GAD-7 below 10 by 2026-06-01. CBT weekly.';

describe('treatment plans in the store', () => {
  let t: TempStore;
  let clinicianId: string;
  let clientId: string;
  beforeEach(async () => {
    t = await openTempStore();
    clinicianId = (await createUser(t.store, { email: 'c@example.org', name: 'Dr C', credentials: 'LCSW', role: 'clinician', passwordHash: 'x' })).id;
    clientId = (await createClient(t.store, clinicianId, { displayName: 'J.D.' })).id;
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('keeps a draft, its edits and its signature, and makes the newest signed version active', async () => {
    const { plan: content } = draftPlan({ summary: SUMMARY });
    const draft = await createPlanDraft(t.store, { userId: clinicianId, clientId, content, summary: SUMMARY });
    expect(draft).toMatchObject({ version: 1, status: 'draft', reviewDate: null, summary: SUMMARY, access: 'author' });
    expect(draft.content).toEqual(content);
    expect(draft.prompts.map((p) => p.field)).toContain('reviewDate');
    expect(await getActivePlan(t.store, clinicianId, clientId)).toBeNull();

    await expect(createPlanDraft(t.store, { userId: clinicianId, clientId, content })).rejects.toMatchObject({ code: 'conflict' });
    await expect(signPlan(t.store, clinicianId, draft.id)).rejects.toMatchObject({ code: 'bad_request', field: 'reviewDate' });

    // "GAD-7 below 10 by 2026-06-01" names no behaviour: the plan is not signed until the clinician writes one.
    const withReview = await updatePlanDraft(t.store, clinicianId, draft.id, { ...content, reviewDate: '2026-05-01' });
    await expect(signPlan(t.store, clinicianId, withReview.id)).rejects.toMatchObject({ code: 'bad_request', field: 'objectives[0].behaviour' });
    const objectives = content.objectives.map((o) => ({ ...o, behaviour: 'Report fewer worry symptoms', source: { origin: 'clinician' as const } }));
    const edited = await updatePlanDraft(t.store, clinicianId, draft.id, { ...content, objectives, reviewDate: '2026-05-01', sessionFrequency: { text: 'weekly, 50 minutes', source: { origin: 'clinician' } } });
    expect(edited).toMatchObject({ reviewDate: '2026-05-01', reviewOverdue: false });
    expect(edited.prompts.map((p) => p.field)).not.toContain('reviewDate');

    const signed = await signPlan(t.store, clinicianId, draft.id);
    expect(signed).toMatchObject({ status: 'signed', signedByName: 'Dr C', signedByCredentials: 'LCSW', signedAt: t.clock.now.toISOString() });
    await expect(signPlan(t.store, clinicianId, draft.id)).rejects.toMatchObject({ code: 'conflict' });
    await expect(updatePlanDraft(t.store, clinicianId, draft.id, content)).rejects.toMatchObject({ code: 'conflict' });
    expect((await getActivePlan(t.store, clinicianId, clientId))?.id).toBe(draft.id);

    // Version 2 is a draft: version 1 stays active until it is signed.
    const next = await createPlanDraft(t.store, { userId: clinicianId, clientId, content: { ...edited.content, reviewDate: '2026-09-01' } });
    expect(next.version).toBe(2);
    expect((await getActivePlan(t.store, clinicianId, clientId))?.version).toBe(1);
    await signPlan(t.store, clinicianId, next.id);
    expect((await getActivePlan(t.store, clinicianId, clientId))?.version).toBe(2);
    expect((await listPlans(t.store, clinicianId, clientId)).map((p) => [p.version, p.status])).toEqual([
      [2, 'signed'],
      [1, 'signed'],
    ]);
    expect((await getPlan(t.store, clinicianId, draft.id)).content.sessionFrequency?.text).toBe('weekly, 50 minutes');
  });

  it('flags a review as overdue once its date has passed', async () => {
    const { plan: content } = draftPlan({ summary: SUMMARY });
    const objectives = content.objectives.map((o) => ({ ...o, behaviour: 'Report fewer worry symptoms' }));
    const draft = await createPlanDraft(t.store, { userId: clinicianId, clientId, content: { ...content, objectives, reviewDate: '2026-03-10' } });
    await signPlan(t.store, clinicianId, draft.id);
    expect((await getActivePlan(t.store, clinicianId, clientId))?.reviewOverdue).toBe(false);
    t.clock.now = new Date('2026-03-11T09:00:00.000Z');
    expect((await getActivePlan(t.store, clinicianId, clientId))?.reviewOverdue).toBe(true);
  });

  it('keeps the plan and the summary encrypted; only dates, version and status are plain', async () => {
    const { plan: content } = draftPlan({ summary: SUMMARY });
    const draft = await createPlanDraft(t.store, { userId: clinicianId, clientId, content: { ...content, reviewDate: '2026-05-01' }, summary: SUMMARY });
    const row = await t.store.db.selectFrom('treatment_plans').selectAll().where('id', '=', draft.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain('marmalade');
    expect(JSON.stringify(row)).not.toContain('sleep through');
    expect(row).toMatchObject({ review_date: '2026-05-01', status: 'draft' });
    expect(Number(row.version)).toBe(1);
  });

  it('lets the supervisor read but not change, and tells anyone else the client does not exist', async () => {
    const supervisorId = (await createUser(t.store, { email: 's@example.org', name: 'Dr S', credentials: 'PhD', role: 'supervisor', passwordHash: 'x' })).id;
    const otherId = (await createUser(t.store, { email: 'o@example.org', name: 'Dr O', credentials: 'LMFT', role: 'clinician', passwordHash: 'x' })).id;
    await assignSupervisor(t.store, { clinicianId, supervisorId });
    const draft = await createPlanDraft(t.store, { userId: clinicianId, clientId, content: draftPlan({ summary: SUMMARY }).plan });

    expect((await listPlans(t.store, supervisorId, clientId)).map((p) => p.access)).toEqual(['supervisor']);
    await expect(updatePlanDraft(t.store, supervisorId, draft.id, draft.content)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(signPlan(t.store, supervisorId, draft.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(createPlanDraft(t.store, { userId: supervisorId, clientId, content: draft.content })).rejects.toMatchObject({ code: 'forbidden' });

    await expect(listPlans(t.store, otherId, clientId)).rejects.toMatchObject({ code: 'not_found' });
    await expect(getPlan(t.store, otherId, draft.id)).rejects.toMatchObject({ code: 'not_found', message: 'Plan not found' });
    await expect(getActivePlan(t.store, otherId, clientId)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('keeps a client with a plan: deleting the client is refused', async () => {
    await createPlanDraft(t.store, { userId: clinicianId, clientId, content: draftPlan({ summary: SUMMARY }).plan });
    await expect(deleteClient(t.store, clinicianId, clientId)).rejects.toMatchObject({ code: 'conflict' });
  });
});
