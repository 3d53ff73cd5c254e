// The service and the modality read the same in the note's session line (the composer) and in the
// header of the copied or exported note (note export): both come from one table in the composer's
// lexicon, for every service type and modality the worksheet offers.
import { describe, expect, test } from 'vitest';
import { composeNote, MODALITY_LABELS, SERVICE_LABELS } from '../../src/compose/index.ts';
import { layoutNote, renderNoteText } from '../../src/note-export/index.ts';
import { SERVICE_TYPES, SESSION_MODALITIES } from '../../src/worksheet/index.ts';

const formatInstant = (iso: string): string => iso;

describe('service and modality labels', () => {
  test('the table names every service type and modality the worksheet offers', () => {
    expect(Object.keys(SERVICE_LABELS).sort()).toEqual([...SERVICE_TYPES].sort());
    expect(Object.keys(MODALITY_LABELS).sort()).toEqual([...SESSION_MODALITIES].sort());
  });

  for (const serviceType of SERVICE_TYPES) {
    for (const modality of SESSION_MODALITIES) {
      test(`${serviceType}, ${modality}: the session line and the exported header say the same`, () => {
        const document = composeNote({ format: 'soap', summary: 'Client reported better sleep.', worksheet: { serviceType, modality, minutes: 50 } });
        const sessionLine = document.sections.find((s) => s.key === 'session')?.sentences[0]?.text ?? '';
        expect(sessionLine).toContain(SERVICE_LABELS[serviceType]);
        expect(sessionLine).toContain(MODALITY_LABELS[modality]);
        const text = renderNoteText(layoutNote({ document, status: 'draft' }, { formatInstant }));
        expect(text.split('\n')).toContain(`Service: ${SERVICE_LABELS[serviceType]}, ${MODALITY_LABELS[modality]}`);
      });
    }
  }
});
