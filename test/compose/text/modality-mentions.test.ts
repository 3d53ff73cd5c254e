// A fact's text is plain text: the modalities it names are mentions beside it, which the reader
// and the worksheet record and the writer spells out on first use.
import { describe, expect, it } from 'vitest';
import { composeNote } from '../../../src/compose/index.ts';
import { readSummary } from '../../../src/compose/read/read-summary.ts';
import { liftModalities, markModalities } from '../../../src/compose/text/modality-mentions.ts';
import { worksheetFacts } from '../../../src/worksheet/index.ts';

describe('modality mentions', () => {
  it('lifts marks out of a text, each mention at its acronym, and puts them back exactly', () => {
    const marked = 'I used ⟪CBT⟫ thought records and ⟪TF-CBT⟫ narrative work; ⟪CBT⟫ again';
    const lifted = liftModalities(marked);
    expect(lifted.text).toBe('I used CBT thought records and TF-CBT narrative work; CBT again');
    for (const m of lifted.modalities) expect(lifted.text.slice(m.start, m.start + m.acronym.length)).toBe(m.acronym);
    expect(lifted.modalities.map((m) => m.acronym)).toEqual(['CBT', 'TF-CBT', 'CBT']);
    expect(markModalities(lifted)).toBe(marked);
  });

  it('gives the record plain text: no writer markup in any fact, the modality beside it', () => {
    const record = readSummary('50 min indiv. I used CBT thought record; pt receptive. plan: cont EFT wkly. denies SI/HI.');
    for (const fact of record.facts) expect(fact.text).not.toMatch(/[⟪⟫]/);
    const used = record.facts.find((f) => f.modalities?.some((m) => m.acronym === 'CBT'))!;
    expect(used.text).toContain('CBT thought record');
    expect(record.facts.flatMap((f) => f.modalities ?? []).map((m) => m.acronym)).toEqual(['CBT', 'EFT']);
  });

  it('gives a worksheet modality as a mention, which the note spells out on first use', () => {
    const worksheet = { interventions: [{ modality: 'CBT' as const, name: 'Cognitive restructuring' }] };
    const [fact] = worksheetFacts(worksheet);
    expect(fact!.text).toBe('Therapist used Cognitive restructuring from CBT');
    expect(fact!.modalities).toEqual([{ start: fact!.text.length - 3, acronym: 'CBT' }]);
    const note = composeNote({ worksheet, format: 'soap' });
    expect(note.sections.map((s) => s.text).join('\n')).toContain('cognitive behavioral therapy (CBT)');
  });
});
