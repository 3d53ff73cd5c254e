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

describe('the golden thread: plan goals ticked on the Write page', () => {
  const goal = 'Goal: Reduce panic attacks. Objective: no more than 1 panic attack per week by March. Progress: improved. Down from 5 to 2 this week.';
  it.each([['girp', 'goal'], ['soap', 'assessment'], ['dap', 'assessment'], ['birp', 'response']])('%s writes the ticked goal and its progress in %s, cited to the plan', (format, key) => {
    const doc = composeNote({ summary: 'pt reports 2 panic attacks this wk. practiced interoceptive exposure.', format, context: { plan: { goals: [goal] } } });
    const section = doc.sections.find((s) => s.key === key)!;
    const sentence = section.sentences.find((s) => s.text.startsWith('Goal: Reduce panic attacks.'));
    expect(sentence?.source).toEqual([{ origin: 'plan', field: 'goals' }]);
    expect(section.text).toContain('Progress: improved.');
    expect(section.text).not.toContain('[Add progress toward treatment-plan goals');
  });
});

describe('the length setting', () => {
  it('a brief note says a run of the same lead once and states risk once; a standard note keeps every sentence', () => {
    const summary = 'pt late 20 min. stopped lithium 2 wks ago on his own. pt reports poor sleep. pt reports racing thoughts. denies SI/HI.';
    const brief = composeNote({ summary, format: 'soap', style: { length: 'brief' } });
    const standard = composeNote({ summary, format: 'soap', style: { length: 'standard' } });
    const by = (d: typeof brief, key: string): string => d.sections.find((s) => s.key === key)!.text;
    expect(by(brief, 'subjective')).toContain('Client arrived 20 minutes late; stopped lithium 2 weeks ago on his own; reported poor sleep; racing thoughts.');
    expect(by(standard, 'subjective')).toContain('Client reported poor sleep. Client reported racing thoughts.');
    expect(by(brief, 'risk')).not.toContain('stopped lithium');
    expect(by(standard, 'risk')).toContain('stopped lithium');
    expect(brief.risk).toEqual(standard.risk);
  });
});
