// Getting a signed note into the EHR as a PDF, over real HTTP: the clinician downloads it and
// gets a PDF with the note's header, body, signature, addenda and page footers; a draft, a
// stranger and a signed-out browser get none; every download is in the audit log.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flatText, readPdf } from '../../support/read-pdf.ts';
import { addClinician, type ApiClient, firstSignIn, OWNER, setUpOwner, soapDocument, startTestServer, type TestServer } from '../start-test-server.ts';

interface Download {
  status: number;
  type: string | null;
  disposition: string | null;
  bytes: Buffer;
}

/** GET as the browser does (its cookie), keeping the body as bytes. */
async function download(t: TestServer, who: ApiClient | null, path: string): Promise<Download> {
  const response = await fetch(`${t.url}${path}`, { headers: who?.cookie ? { cookie: who.cookie } : {} });
  return { status: response.status, type: response.headers.get('content-type'), disposition: response.headers.get('content-disposition'), bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('the PDF of a signed note', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(async () => {
    await t.stop();
  });

  async function signedNote(owner: ApiClient, options: { sentences?: number } = {}): Promise<string> {
    const { client } = (await owner.post('/api/clients', { displayName: 'Rosa T.', diagnoses: [{ code: 'F43.23', label: 'Adjustment disorder with mixed anxiety and depressed mood' }] })).body;
    const document = {
      ...soapDocument('Client reported poor sleep for two weeks.'),
      cpt: { code: '90834', description: 'Individual psychotherapy, 45 minutes', reason: '45 minutes of individual psychotherapy' },
    };
    const extra = Array.from({ length: options.sentences ?? 0 }, (_, i) => ({ text: `Client described what happened on day ${i + 1} and how it affected sleep and work.`, source: [] }));
    document.sections[0]!.sentences.push(...extra);
    const { note } = (
      await owner.post('/api/notes', {
        clientId: client.id,
        format: 'soap',
        summary: 'pt reports poor sleep x2 wks',
        worksheet: { date: '2026-03-01', startTime: '14:00', endTime: '14:45', minutes: 45, serviceType: 'individual', modality: 'in_person', diagnoses: ['F41.1', 'F43.23'] },
        document,
      })
    ).body;
    expect((await owner.post(`/api/notes/${note.id}/sign`)).status).toBe(200);
    return note.id;
  }

  it('downloads as a one-page PDF with the header, body, signature, addendum and footer', async () => {
    const owner = await setUpOwner(t);
    t.clock.now = new Date('2026-03-01T20:00:00.000Z');
    const id = await signedNote(owner);
    t.clock.advance(30 * 60_000);
    expect((await owner.post(`/api/notes/${id}/addenda`, { text: 'Correction: the client slept four hours, not five.' })).status).toBe(200);

    const pdf = await download(t, owner, `/api/notes/${id}/pdf?tz=America/Chicago`);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.disposition).toBe('attachment; filename="progress-note-2026-03-01.pdf"');
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const read = await readPdf(pdf.bytes);
    expect(read.pages).toHaveLength(1);
    const text = flatText(read);
    for (const expected of [
      'SOAP progress note',
      'Date of service Mar 1, 2026',
      'Time 2:00 pm to 2:45 pm (45 minutes)',
      'Service Individual psychotherapy, in person',
      'CPT code 90834 Individual psychotherapy, 45 minutes (suggested',
      // The session's codes, named from the client's file and the ICD-10 list.
      'Diagnoses (ICD-10) F41.1 Generalized anxiety disorder; F43.23 Adjustment disorder with mixed anxiety and depressed mood',
      'Subjective Client reported poor sleep for two weeks.',
      'Plan Client will complete a thought record daily.',
      // Times in the zone the browser asked for.
      `Electronically signed by ${OWNER.name}, ${OWNER.credentials} on Mar 1, 2026, 2:00 PM CST`,
      `Addendum signed by ${OWNER.name}, ${OWNER.credentials} on Mar 1, 2026, 2:30 PM CST`,
      'Correction: the client slept four hours, not five.',
      'Client R.T.',
      'Page 1 of 1',
    ]) {
      expect(text).toContain(expected);
    }
    // The footer and the file carry initials, never the client's name.
    expect(text).not.toContain('Rosa');

    // To print, the same PDF opens in the browser instead of downloading.
    const inline = await download(t, owner, `/api/notes/${id}/pdf?disposition=inline`);
    expect(inline.disposition).toBe('inline; filename="progress-note-2026-03-01.pdf"');

    // Each download is an export in the audit log, naming the note and who took it.
    const events = (await owner.get('/api/audit')).body.events as { action: string; entity: string; entityId: string; userName: string }[];
    expect(events.filter((e) => e.action === 'export' && e.entity === 'note' && e.entityId === id)).toHaveLength(2);
  });

  it('a long note runs to several pages, each numbered "Page x of y"', async () => {
    const owner = await setUpOwner(t);
    const id = await signedNote(owner, { sentences: 90 });
    const read = await readPdf((await download(t, owner, `/api/notes/${id}/pdf`)).bytes);
    expect(read.pages.length).toBeGreaterThan(1);
    for (const [i, page] of read.pages.entries()) expect(page).toContain(`Page ${i + 1} of ${read.pages.length}`);
  });

  it('a note marked entered in error says so in its PDF', async () => {
    const owner = await setUpOwner(t);
    const id = await signedNote(owner);
    await owner.post(`/api/notes/${id}/entered-in-error`, { reason: 'Written for the wrong client' });
    const text = flatText(await readPdf((await download(t, owner, `/api/notes/${id}/pdf`)).bytes));
    expect(text).toMatch(/ENTERED IN ERROR: marked on .+\. Reason: Written for the wrong client/);
  });

  it('the author’s supervisor downloads the co-signed note, with both signatures, as their own export', async () => {
    const owner = await setUpOwner(t);
    const clinician = await addClinician(t, owner, { name: 'Sam Ortiz', email: 'sam@practice.test' });
    const added = await owner.post('/api/users', { name: 'Morgan Reyes', credentials: 'PhD', email: 'morgan@practice.test', password: 'supervises carefully', role: 'supervisor' });
    const supervisor = await firstSignIn(t, { email: 'morgan@practice.test', givenPassword: 'supervises carefully', ownPassword: 'reads every note twice' });
    const samId = (await owner.get('/api/users')).body.users.find((u: { email: string }) => u.email === 'sam@practice.test').id;
    expect((await owner.patch(`/api/users/${samId}`, { supervisorId: added.body.user.id })).status).toBe(200);
    const id = await signedNote(clinician);
    expect((await supervisor.post(`/api/notes/${id}/cosign`)).status).toBe(200);

    const pdf = await download(t, supervisor, `/api/notes/${id}/pdf?tz=UTC`);
    expect(pdf.status).toBe(200);
    const text = flatText(await readPdf(pdf.bytes));
    expect(text).toMatch(/Electronically signed by Sam Ortiz, LPC on .+ UTC (?:Late entry: session on .+?, signed on .+? )?Co-signed by Morgan Reyes, PhD on .+ UTC/);
    const events = (await owner.get('/api/audit')).body.events as { action: string; entityId: string; userId: string }[];
    expect(events.filter((e) => e.action === 'export' && e.entityId === id).map((e) => e.userId)).toEqual([added.body.user.id]);
  });

  it('no PDF of a draft, for another clinician, or without signing in; a bad time zone is named', async () => {
    const owner = await setUpOwner(t);
    const { note: draft } = (await owner.post('/api/notes', { format: 'soap', summary: 's', document: soapDocument('Client reported a calm week.') })).body;
    const refused = await download(t, owner, `/api/notes/${draft.id}/pdf`);
    expect(refused.status).toBe(409);
    expect(JSON.parse(refused.bytes.toString()).error.message).toBe('Only a signed note can be exported as a PDF: sign it first, or copy the draft.');

    const id = await signedNote(owner);
    const other = await addClinician(t, owner, { name: 'Lee Other', email: 'lee@practice.test' });
    expect((await download(t, other, `/api/notes/${id}/pdf`)).status).toBe(404);
    expect((await download(t, null, `/api/notes/${id}/pdf`)).status).toBe(401);

    const badZone = await download(t, owner, `/api/notes/${id}/pdf?tz=Mars/Olympus`);
    expect(badZone.status).toBe(400);
    expect(JSON.parse(badZone.bytes.toString()).error.message).toContain('use an IANA time zone');
    // Nothing was exported by any of these.
    const events = (await owner.get('/api/audit')).body.events as { action: string }[];
    expect(events.filter((e) => e.action === 'export')).toHaveLength(0);
  });
});
