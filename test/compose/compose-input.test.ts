import { describe, expect, it } from 'vitest';
import { ComposeError, composeNote } from '../../src/compose/index.ts';

describe('style input', () => {
  it('a bad value names its field and what to use', () => {
    const run = (): unknown => composeNote({ summary: 'pt ok', format: 'soap', style: { tense: 'future' } as never });
    expect(run).toThrow(ComposeError);
    expect(run).toThrow(/Style field "tense"/);
  });

  it('an unknown field is named, not silently ignored', () => {
    expect(() => composeNote({ summary: 'pt ok', format: 'soap', style: { pronoun: 'she' } as never })).toThrow(/Unknown style field "pronoun"/);
  });
});

describe("the client's stored context", () => {
  it('diagnoses on file are stated in the session section, cited to the profile', () => {
    const doc = composeNote({ summary: 'pt reports better sleep. f/u 1 wk', format: 'soap', context: { profile: { diagnoses: ['Generalized anxiety disorder (F41.1)'] } } });
    const session = doc.sections.find((s) => s.key === 'session')!;
    const line = session.sentences.find((s) => s.text.includes('F41.1'))!;
    expect(line.text).toBe('Diagnoses on file: Generalized anxiety disorder (F41.1).');
    expect(line.source).toEqual([{ origin: 'profile', field: 'diagnoses' }]);
  });

  it('"reviewed HW" names the homework set last time, cited to the plan; unmentioned homework is not added', () => {
    const context = { plan: { lastHomework: 'thought record after each panic attack' } };
    const reviewed = composeNote({ summary: 'reviewed HW, did it 3x. pt reports fewer panic attacks.', format: 'dap', context });
    expect(reviewed.sections.map((s) => s.text).join(' ')).toContain('Homework set at the last session: thought record after each panic attack.');
    const silent = composeNote({ summary: 'pt reports fewer panic attacks.', format: 'dap', context });
    expect(silent.sections.map((s) => s.text).join(' ')).not.toContain('thought record');
  });
});
