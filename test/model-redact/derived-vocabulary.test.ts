// The redactor keeps what the composer writes from its own tables: a format, section or
// instrument added to those tables is kept with no edit to the redactor's vocabulary. The tables
// are extended here as a new entry would extend them; the redactor is then loaded fresh.
import { describe, expect, it, vi } from 'vitest';
import type { Instrument } from '#measures';

vi.mock('#measures', async (importOriginal) => {
  const original = await importOriginal<typeof import('#measures')>();
  const added: Instrument = {
    name: 'Q-LES-Q-SF',
    fullName: 'Quality of Life Enjoyment and Satisfaction Questionnaire-Short Form',
    aliases: ['q-les-q'],
    items: 16,
    min: 14,
    max: 70,
    bands: [],
    lowerIsBetter: false,
    licence: 'test entry',
  };
  return { ...original, INSTRUMENTS: [...original.INSTRUMENTS, added] };
});

vi.mock('#compose', async (importOriginal) => {
  const original = await importOriginal<typeof import('#compose')>();
  const added = {
    ...original.FORMATS.dap,
    name: 'DFP',
    description: 'Data, Formulation, Plan',
    sections: [{ key: 'data', title: 'Data' }, { key: 'formulation', title: 'Formulation' }, { key: 'plan', title: 'Plan' }],
  };
  return { ...original, FORMATS: { ...original.FORMATS, dfp: added } };
});

describe('vocabulary read from the composer and measures tables', () => {
  it('keeps a newly registered instrument and section title, and still replaces a name beside them', async () => {
    const { createRedaction } = await import('#model-redact');
    const draft = 'Client completed the Q-LES-Q-SF with Dana; the Formulation section was reviewed.';
    const sent = createRedaction({ clientNames: [] }).redact(draft);
    expect(sent).toContain('the Q-LES-Q-SF with');
    expect(sent).toContain('the Formulation section');
    expect(sent).not.toContain('Dana');
  });
});
