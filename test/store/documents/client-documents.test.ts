// Documents written from templates, kept with a client as a record like a note: a draft is edited,
// signed with the clinician's name and credentials (the notes' signing code), then never changed or
// deleted, only marked entered in error with a reason; the supervisor reads and changes nothing;
// anyone else is told it does not exist; the text is encrypted at rest. Runs on SQLite and, in the
// 'postgres' project, on PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TTemplateDocument } from '#documents';
import {
  assignSupervisor,
  createClient,
  createUser,
  deleteClient,
  deleteClientDocument,
  getClientDocument,
  listClientDocuments,
  markClientDocumentEnteredInError,
  saveClientDocument,
  signClientDocument,
  updateClientDocument,
} from '#store';
import { openTempStore, type TempStore } from '../open-temp-store.ts';

const WRITTEN: TTemplateDocument = {
  title: 'Termination summary',
  audience: 'clinician',
  sections: [
    { key: 's1', title: 'Course of treatment', text: 'Client reported fewer panic attacks at the marmalade lighthouse.', sentences: [{ text: 'Client reported fewer panic attacks at the marmalade lighthouse.', source: [{ origin: 'summary', start: 0, end: 30 }] }] },
    { key: 's2', title: 'Plan', text: '[Not documented: add the plan.]', sentences: [{ text: '[Not documented: add the plan.]', source: [] }] },
  ],
  warnings: [],
};

describe('documents kept with a client', () => {
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

  it('keeps a draft with its template, takes edits, signs it like a note, then refuses every change but "entered in error"', async () => {
    const draft = await saveClientDocument(t.store, { userId: clinicianId, clientId, document: WRITTEN, templateTitle: 'Termination (discharge) summary' });
    expect(draft).toMatchObject({ status: 'draft', templateTitle: 'Termination (discharge) summary', signedBy: null, signedAt: null, access: 'author', enteredInErrorAt: null });

    t.clock.now = new Date('2026-03-02T11:00:00.000Z');
    const plan = { key: 's2', title: 'Plan', text: 'Discharged; return if panic returns.', sentences: [{ text: 'Discharged; return if panic returns.', source: [], edited: true }] };
    const edited = await updateClientDocument(t.store, clinicianId, draft.id, { ...WRITTEN, sections: [WRITTEN.sections[0]!, plan] });
    expect(edited.document.sections[1]).toEqual(plan);
    expect(edited.updatedAt).toBe('2026-03-02T11:00:00.000Z');
    expect((await listClientDocuments(t.store, clinicianId, clientId)).map((d) => [d.id, d.status, d.document.title, d.templateTitle])).toEqual([[draft.id, 'draft', 'Termination summary', 'Termination (discharge) summary']]);
    await expect(markClientDocumentEnteredInError(t.store, { userId: clinicianId, documentId: draft.id, reason: 'wrong client' })).rejects.toMatchObject({ code: 'conflict' });

    const signed = await signClientDocument(t.store, clinicianId, draft.id);
    expect(signed).toMatchObject({ status: 'signed', signedBy: { name: 'Dr C', credentials: 'LCSW' }, signedAt: '2026-03-02T11:00:00.000Z' });
    await expect(signClientDocument(t.store, clinicianId, draft.id)).rejects.toMatchObject({ code: 'conflict' });
    await expect(updateClientDocument(t.store, clinicianId, draft.id, WRITTEN)).rejects.toMatchObject({ code: 'conflict' });
    await expect(deleteClientDocument(t.store, clinicianId, draft.id)).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/entered in error/) });
    // A client with a signed document is kept, as with signed notes.
    await expect(deleteClient(t.store, clinicianId, clientId)).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/signed document/) });

    const marked = await markClientDocumentEnteredInError(t.store, { userId: clinicianId, documentId: draft.id, reason: 'Written for the wrong client' });
    expect(marked).toMatchObject({ status: 'signed', enteredInErrorReason: 'Written for the wrong client', enteredInErrorAt: '2026-03-02T11:00:00.000Z' });
    expect(marked.document.sections[1]?.text).toBe('Discharged; return if panic returns.');
    await expect(markClientDocumentEnteredInError(t.store, { userId: clinicianId, documentId: draft.id, reason: 'again' })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('refuses to sign without credentials, as for notes', async () => {
    const noCredentials = (await createUser(t.store, { email: 'n@example.org', name: 'Dr N', credentials: '', role: 'clinician', passwordHash: 'x' })).id;
    const theirs = (await createClient(t.store, noCredentials, { displayName: 'A.B.' })).id;
    const draft = await saveClientDocument(t.store, { userId: noCredentials, clientId: theirs, document: WRITTEN });
    expect(draft.templateTitle).toBeNull();
    await expect(signClientDocument(t.store, noCredentials, draft.id)).rejects.toMatchObject({ code: 'bad_request', field: 'credentials' });
    expect((await getClientDocument(t.store, noCredentials, draft.id)).status).toBe('draft');
  });

  it('deletes a draft (and drafts with the client), lets the supervisor read only, and hides it from anyone else', async () => {
    const supervisorId = (await createUser(t.store, { email: 's@example.org', name: 'Dr S', credentials: 'PhD', role: 'supervisor', passwordHash: 'x' })).id;
    const otherId = (await createUser(t.store, { email: 'o@example.org', name: 'Dr O', credentials: 'PsyD', role: 'clinician', passwordHash: 'x' })).id;
    await assignSupervisor(t.store, { clinicianId, supervisorId });
    const first = await saveClientDocument(t.store, { userId: clinicianId, clientId, document: WRITTEN });
    const second = await saveClientDocument(t.store, { userId: clinicianId, clientId, document: { ...WRITTEN, title: 'Second' } });

    expect((await getClientDocument(t.store, supervisorId, first.id)).access).toBe('supervisor');
    await expect(updateClientDocument(t.store, supervisorId, first.id, WRITTEN)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(signClientDocument(t.store, supervisorId, first.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(deleteClientDocument(t.store, supervisorId, first.id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(getClientDocument(t.store, otherId, first.id)).rejects.toMatchObject({ code: 'not_found', message: 'Document not found' });
    await expect(signClientDocument(t.store, otherId, first.id)).rejects.toMatchObject({ code: 'not_found' });

    await deleteClientDocument(t.store, clinicianId, first.id);
    await expect(getClientDocument(t.store, clinicianId, first.id)).rejects.toMatchObject({ code: 'not_found' });
    await deleteClient(t.store, clinicianId, clientId);
    await expect(getClientDocument(t.store, clinicianId, second.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('keeps the text, the template title and the reason encrypted at rest', async () => {
    const draft = await saveClientDocument(t.store, { userId: clinicianId, clientId, document: WRITTEN, templateTitle: 'Lighthouse template' });
    await signClientDocument(t.store, clinicianId, draft.id);
    await markClientDocumentEnteredInError(t.store, { userId: clinicianId, documentId: draft.id, reason: 'Duplicate of the marmalade note' });
    const row = await t.store.db.selectFrom('client_documents').selectAll().where('id', '=', draft.id).executeTakeFirstOrThrow();
    const raw = JSON.stringify(row);
    for (const clinical of ['marmalade', 'Lighthouse', 'panic']) expect(raw).not.toContain(clinical);
    expect(row).toMatchObject({ status: 'signed', signed_by_name: 'Dr C' });
  });
});
