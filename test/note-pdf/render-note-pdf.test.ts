// The PDF of a note, read back as a viewer reads it: header, body, signature block, addenda, and a
// footer on every page with the client's initials and "Page x of y".
import { describe, expect, test } from 'vitest';
import { type ExportableNote, layoutNote } from '../../src/note-export/index.ts';
import { instantFormatter, renderNotePdf, toWinAnsi } from '../../src/note-pdf/index.ts';
import { flatText, readPdf } from '../support/read-pdf.ts';

const formatInstant = instantFormatter('America/New_York');

function note(sentences: number): ExportableNote {
  const body = Array.from({ length: sentences }, (_, i) => ({ text: `Client described step ${i + 1} of the week in some detail, with what helped and what did not.` }));
  return {
    document: { format: 'birp', sections: [{ key: 'behavior', title: 'Behavior', sentences: body }, { key: 'plan', title: 'Plan', sentences: [{ text: 'Follow up in one week.' }] }], session: { minutes: 50, serviceType: 'individual' } },
    status: 'signed',
    sessionDate: '2026-11-30',
    clientName: 'Jane Doe',
    diagnoses: [{ code: 'F41.1', label: 'Generalized anxiety disorder' }],
    signedAt: '2026-12-01T14:44:00.000Z',
    signedBy: { name: 'Dana Whitfield', credentials: 'LCSW' },
    addenda: [{ text: 'Client called to confirm the appointment.', signedAt: '2026-12-01T16:00:00.000Z', signedBy: { name: 'Dana Whitfield', credentials: 'LCSW' } }],
  };
}

describe('the PDF of a note', () => {
  test('one page: title, header, body, signature and addendum, footer with initials and page 1 of 1', async () => {
    const bytes = await renderNotePdf(layoutNote(note(3), { formatInstant }));
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = await readPdf(bytes);
    expect(pdf.pages).toHaveLength(1);
    const text = flatText(pdf);
    for (const expected of [
      'BIRP progress note',
      'Date of service Nov 30, 2026',
      'Time 50 minutes',
      'Service Individual psychotherapy',
      'Diagnosis (ICD-10) F41.1 Generalized anxiety disorder',
      'Behavior Client described step 1 of the week',
      'Plan Follow up in one week.',
      'Electronically signed by Dana Whitfield, LCSW on Dec 1, 2026, 9:44 AM EST',
      'Addendum signed by Dana Whitfield, LCSW on Dec 1, 2026, 11:00 AM EST',
      'Client called to confirm the appointment.',
      'Client J.D.',
      'Page 1 of 1',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Jane');
    expect(pdf.info.Title).toBe('BIRP progress note');
  });

  test('a long note runs onto more pages, each with its own footer', async () => {
    const pdf = await readPdf(await renderNotePdf(layoutNote(note(120), { formatInstant })));
    expect(pdf.pages.length).toBeGreaterThanOrEqual(3);
    pdf.pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pdf.pages.length}`);
      expect(page).toContain('Client J.D.');
    });
    expect(pdf.pages.at(-1)).toContain('Electronically signed by Dana Whitfield');
  });

  test('a note entered in error, and a draft, say so on every page', async () => {
    const marked = await readPdf(await renderNotePdf(layoutNote({ ...note(3), enteredInErrorAt: '2026-12-02T09:00:00.000Z', enteredInErrorReason: 'Wrong client' }, { formatInstant })));
    expect(flatText(marked)).toContain('ENTERED IN ERROR: marked on Dec 2, 2026, 4:00 AM EST. Reason: Wrong client');
    expect(marked.pages[0]).toMatch(/Client J\.D\.\s+\|\s+ENTERED IN ERROR/);
    const draft = await readPdf(await renderNotePdf(layoutNote({ ...note(3), status: 'draft' }, { formatInstant })));
    expect(flatText(draft)).toContain('DRAFT: NOT SIGNED');
    expect(flatText(draft)).not.toContain('Electronically signed');
  });

  test('characters the standard fonts cannot show are spelled out, never printed as wrong glyphs', () => {
    expect(toWinAnsi('PHQ-9 19→12, GAD-7 ≥ 10, sleep ↑')).toBe('PHQ-9 19->12, GAD-7 >= 10, sleep (up)');
    expect(toWinAnsi('Zoë “quoted” – café')).toBe('Zoë “quoted” – café');
    expect(toWinAnsi('Łódź 日本')).toBe('Łódź 日本'.replace('Ł', 'L').replace('ź', 'z').replace('日本', '??'));
  });
});
