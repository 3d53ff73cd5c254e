// The text of a composed note, whole or one section, for tests that read notes as a clinician would.
import { composeNote } from '../../src/compose/index.ts';

/** Every section's text, one per line. */
export const note = (summary: string, format = 'soap'): string =>
  composeNote({ summary, format })
    .sections.map((s) => s.text)
    .join('\n');

/** One section's text ('' when the format has no such section). */
export const section = (summary: string, key: string, format = 'soap'): string => composeNote({ summary, format }).sections.find((s) => s.key === key)?.text ?? '';
