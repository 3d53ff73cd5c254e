// Copy note: the plain text a clinician pastes into their EHR. It starts with the header an
// auditor looks for, then the body with section titles, then who signed and when, the
// co-signature, and every addendum with its author and time.
import { describe, expect, test } from 'vitest';
import { DEFAULT_COPY_LAYOUT, type ExportableNote, layoutNote, renderNoteHtml, renderNoteText, renderSectionText, resolveDiagnoses } from '../../src/note-export/index.ts';

// A fixed, readable clock: the edges format times in the reader's zone; here it is shown as given.
const formatInstant = (iso: string): string => `<${iso}>`;

function signedNote(overrides: Partial<ExportableNote> = {}): ExportableNote {
  return {
    document: {
      format: 'soap',
      sections: [
        { key: 'session', title: 'Session', sentences: [{ text: 'Individual psychotherapy, 2:00 pm to 2:53 pm, 53 minutes, telehealth (video).' }] },
        { key: 'subjective', title: 'Subjective', sentences: [{ text: 'Client reported better sleep.' }, { text: 'Client reported worry about work.' }] },
        { key: 'plan', title: 'Plan', sentences: [{ text: 'Follow up in one week.' }] },
      ],
      cpt: { code: '90837', description: 'Individual psychotherapy, 60 minutes' },
      session: { startTime: '14:00', endTime: '14:53', minutes: 53, serviceType: 'individual', modality: 'video' },
    },
    status: 'signed',
    worksheet: { date: '2026-11-30' },
    clientName: 'Jane Marie Doe',
    diagnoses: [{ code: 'F41.1', label: 'Generalized anxiety disorder' }],
    signedAt: '2026-12-01T14:44:00.000Z',
    signedBy: { name: 'Dana Whitfield', credentials: 'LCSW' },
    addenda: [],
    ...overrides,
  };
}

describe('the header', () => {
  test('date of service, time with minutes, service and modality, CPT and diagnoses come first, in that order', () => {
    const text = renderNoteText(layoutNote(signedNote(), { formatInstant }));
    expect(text.split('\n\n')[0]).toBe(
      [
        'Date of service: Nov 30, 2026',
        'Time: 2:00 pm to 2:53 pm (53 minutes)',
        'Service: Individual psychotherapy, telehealth (video)',
        'CPT code: 90837 Individual psychotherapy, 60 minutes (suggested by Afterword from the session length)',
        'Diagnosis (ICD-10): F41.1 Generalized anxiety disorder',
      ].join('\n'),
    );
  });

  test('the worksheet wins over what was read from the summary, and nothing unknown is filled in', () => {
    const note = signedNote({ worksheet: { minutes: 45 }, sessionDate: null, diagnoses: [] });
    note.document = { ...note.document, session: { minutes: 53 } };
    delete note.document.cpt;
    const header = renderNoteText(layoutNote(note, { formatInstant })).split('\n\n')[0];
    expect(header).toBe('Date of service: not recorded\nTime: 45 minutes');
  });

  test('after the clinician edits the session details, the header no longer repeats the composer’s reading of them', () => {
    const note = signedNote({ worksheet: null, sessionDate: '2026-11-30' });
    note.document = { ...note.document, sections: [{ key: 'session', title: 'Session', sentences: [{ text: 'Individual psychotherapy, 45 minutes, video.', edited: true }] }] };
    const header = renderNoteText(layoutNote(note, { formatInstant })).split('\n\n')[0]!;
    expect(header).toContain('Date of service: Nov 30, 2026');
    expect(header).not.toContain('53 minutes');
    expect(header).not.toContain('90837');
  });

  test('diagnoses: the session’s codes named from the client’s file or the reference list, else the file’s', () => {
    const onFile = [{ code: 'F43.23', label: 'Adjustment disorder with mixed anxiety and depressed mood' }];
    const reference = [{ code: 'F41.1', label: 'Generalized anxiety disorder' }];
    expect(resolveDiagnoses({ codes: ['f41.1', 'F43.23', 'Z99.9'], onFile, reference })).toEqual([
      { code: 'F41.1', label: 'Generalized anxiety disorder' },
      { code: 'F43.23', label: 'Adjustment disorder with mixed anxiety and depressed mood' },
      { code: 'Z99.9', label: '' },
    ]);
    expect(resolveDiagnoses({ codes: [], onFile, reference })).toEqual(onFile);
    const text = renderNoteText(layoutNote(signedNote({ diagnoses: resolveDiagnoses({ codes: ['F41.1', 'Z99.9'], reference }) }), { formatInstant }));
    expect(text).toContain('Diagnoses (ICD-10): F41.1 Generalized anxiety disorder; Z99.9\n');
  });

  test('the layout setting leaves out the header fields the clinician switched off', () => {
    const layout = { ...DEFAULT_COPY_LAYOUT, header: { date: true, time: false, service: false, cpt: false, diagnoses: true } };
    const header = renderNoteText(layoutNote(signedNote(), { formatInstant }), { layout }).split('\n\n')[0];
    expect(header).toBe('Date of service: Nov 30, 2026\nDiagnosis (ICD-10): F41.1 Generalized anxiety disorder');
  });
});

describe('the body and the signatures', () => {
  test('each section title on its own line above its text; the signature after the body', () => {
    const blocks = renderNoteText(layoutNote(signedNote(), { formatInstant })).split('\n\n');
    expect(blocks.slice(1)).toEqual([
      'Session\nIndividual psychotherapy, 2:00 pm to 2:53 pm, 53 minutes, telehealth (video).',
      'Subjective\nClient reported better sleep. Client reported worry about work.',
      'Plan\nFollow up in one week.',
      'Electronically signed by Dana Whitfield, LCSW on <2026-12-01T14:44:00.000Z>',
    ]);
  });

  test('section titles in capitals when the clinician asks for it; the text is unchanged', () => {
    const layout = { ...DEFAULT_COPY_LAYOUT, titles: 'capitals' as const };
    const text = renderNoteText(layoutNote(signedNote(), { formatInstant }), { layout });
    expect(text).toContain('\n\nSUBJECTIVE\nClient reported better sleep.');
    expect(text).toContain('\n\nPLAN\nFollow up in one week.');
    expect(text).not.toContain('\nSubjective\n');
    expect(renderSectionText({ title: 'Plan', text: 'Follow up.' }, { layout })).toBe('PLAN\nFollow up.');
  });

  test('the co-signature follows the signature, and each addendum follows with its author and time', () => {
    const note = signedNote({
      cosignedBy: { name: 'Sam Ortiz', credentials: 'PhD' },
      cosignedAt: '2026-12-02T10:00:00.000Z',
      addenda: [
        { text: 'Correction: the session was 45 minutes.', signedAt: '2026-12-01T16:00:00.000Z', signedBy: { name: 'Dana Whitfield', credentials: 'LCSW' } },
        { text: 'Client called to confirm the next appointment.', signedAt: '2026-12-03T09:00:00.000Z', signedBy: { name: 'Dana Whitfield', credentials: 'LCSW' } },
      ],
    });
    const text = renderNoteText(layoutNote(note, { formatInstant }));
    expect(text.endsWith(
      [
        'Electronically signed by Dana Whitfield, LCSW on <2026-12-01T14:44:00.000Z>\nCo-signed by Sam Ortiz, PhD on <2026-12-02T10:00:00.000Z>',
        'Addendum signed by Dana Whitfield, LCSW on <2026-12-01T16:00:00.000Z>\nCorrection: the session was 45 minutes.',
        'Addendum signed by Dana Whitfield, LCSW on <2026-12-03T09:00:00.000Z>\nClient called to confirm the next appointment.',
      ].join('\n\n'),
    )).toBe(true);
  });

  test('a note entered in error says so first, with when and why', () => {
    const note = signedNote({ enteredInErrorAt: '2026-12-04T09:00:00.000Z', enteredInErrorReason: 'Written for the wrong client' });
    const text = renderNoteText(layoutNote(note, { formatInstant }));
    expect(text.split('\n\n')[0]).toBe('ENTERED IN ERROR: marked on <2026-12-04T09:00:00.000Z>. Reason: Written for the wrong client');
    expect(text).toContain('Electronically signed by Dana Whitfield');
  });

  test('a draft has no signature line', () => {
    const layout = layoutNote(signedNote({ status: 'draft', signedAt: null, signedBy: null }), { formatInstant });
    expect(layout.draft).toBe(true);
    expect(renderNoteText(layout)).not.toContain('signed');
  });
});

describe('rich text', () => {
  test('HTML carries the same header, titles, signature and addenda, with the clinician’s text escaped', () => {
    const note = signedNote({ addenda: [{ text: 'Score <10 & improving', signedAt: '2026-12-01T16:00:00.000Z', signedBy: { name: 'Dana Whitfield' } }] });
    const html = renderNoteHtml(layoutNote(note, { formatInstant }), { layout: { ...DEFAULT_COPY_LAYOUT, titles: 'capitals' } });
    expect(html).toContain('<strong>Date of service:</strong> Nov 30, 2026<br>');
    expect(html).toContain('<p><strong>SUBJECTIVE</strong><br>Client reported better sleep. Client reported worry about work.</p>');
    expect(html).toContain('Electronically signed by Dana Whitfield, LCSW on &lt;2026-12-01T14:44:00.000Z&gt;');
    expect(html).toContain('<em>Addendum signed by Dana Whitfield on &lt;2026-12-01T16:00:00.000Z&gt;</em><br>Score &lt;10 &amp; improving</p>');
    expect(html).not.toMatch(/<(script|style|img|a)\b/);
  });
});

describe('the page footer', () => {
  test('client initials, and nothing more of the name', () => {
    expect(layoutNote(signedNote(), { formatInstant }).clientInitials).toBe('J.M.D.');
    expect(layoutNote(signedNote({ clientName: 'J.M.' }), { formatInstant }).clientInitials).toBe('J.M.');
    expect(layoutNote(signedNote({ clientName: 'RT' }), { formatInstant }).clientInitials).toBe('R.T.');
    expect(layoutNote(signedNote({ clientName: null }), { formatInstant }).clientInitials).toBe('');
  });
});
