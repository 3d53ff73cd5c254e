// Each starter written from realistic summaries: every sentence is the template's fixed text, a
// bracketed prompt, or a sentence the composer wrote from the input (with its source spans) or,
// in the client's copy, that sentence in plain words (test/documents/client-language.test.ts).
import { describe, expect, it } from 'vitest';
import { composeNote, FORMAT_KEYS } from '../../src/compose/index.ts';
import { toClientLanguage } from '../../src/documents/client-language/to-client-language.ts';
import { composeDocument, STARTERS, type TTemplateDocument } from '../../src/documents/index.ts';

const SUMMARIES = [
  '50 min indiv video, client at home. pt reports panic attacks down to 2 this wk, sleeping better. PHQ-9 12 (was 16). practiced paced breathing, cognitive restructuring re work fears. pt engaged, able to identify 2 thoughts. denies SI/HI. HW: thought record daily, walk 3x/wk. plan: f/u 1 wk, review goals next session.',
  'Intake 60 min in person. 34 yo referred by PCP for low mood since job loss in March. reports poor sleep, withdrawn from friends, drinking 3-4 beers most nights. hx of depression in college, no prior tx. affect flat, tearful when discussing father. PHQ-9 19. passive SI, no plan or intent, no hx of attempts; protective factors: daughter, faith. safety plan completed. goal: get back to work and sleep 7 hrs. dx deferred. plan: weekly CBT, refer for med eval.',
  'Final session, 45 min. reviewed progress over 16 sessions: GAD-7 from 15 to 6. pt reports using worry time and exercise most days. goals met per pt. denies SI/HI/SH. discussed relapse signs and who to call. plan: discharge, return prn, gave list of community groups.',
  'Supervision re couples case: partners escalating in session, therapist unsure when to interrupt. supervisor suggested time-outs and structured speaker-listener. reviewed DV screening; no violence reported. plan: screen each partner individually next wk, bring recording of session 5 consent form.',
  'Plan review, 50 min. goal 1 reduce avoidance: rode bus 3 times this month. goal 2 sleep: 6 hrs avg. GAD-7 9 (was 14 at intake). exposure hierarchy continued, ERP for checking. pt motivated, some frustration with slow progress. denies SI. plan: continue weekly x 12 wks, add behavioral activation, next review 3/1.',
  'pt late 10 min. talked about fight w/ sister Maria over mom\'s care. I validated, we role played assertive request. pt tearful then calmer. HW: use DEAR MAN with Maria. f/u next Tues.',
];

/** Every sentence the composer writes from a summary in any note format. */
function composerSentences(summary: string): Set<string> {
  const sentences = FORMAT_KEYS.flatMap((format) => composeNote({ summary, format }).sections.flatMap((s) => s.sentences.map((x) => x.text)));
  return new Set([...sentences, ...sentences.map((x) => toClientLanguage(x) ?? '')]);
}

function checkNothingInvented(doc: TTemplateDocument, summary: string, template: (typeof STARTERS)[number]['template']): void {
  const written = composerSentences(summary);
  const fixed = template.sections.map((s) => s.fixedText ?? '');
  for (const section of doc.sections) {
    for (const sentence of section.sentences) {
      if (sentence.fixed) {
        // The template's own words, with only its placeholders filled.
        expect(fixed.some((f) => new RegExp(`^${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\w+\\\}/g, '.*')}$`, 's').test(sentence.text)), sentence.text).toBe(true);
      } else if (sentence.source.length === 0) {
        // A prompt, or the composer's own fixed statement ("No risk assessment was documented ...").
        expect(/^\[.*\]$/.test(sentence.text) || written.has(sentence.text), `${section.title}: "${sentence.text}" has no source`).toBe(true);
      } else {
        expect(written.has(sentence.text), `${section.title}: "${sentence.text}" is not a sentence the composer wrote from the summary`).toBe(true);
        for (const src of sentence.source) if ('start' in src) expect(src.end).toBeLessThanOrEqual(summary.length);
      }
    }
  }
}

describe('documents from the starters', () => {
  for (const { id, template } of STARTERS) {
    it(`${id}: every sentence is fixed text, a prompt, or the composer's sentence with its sources`, () => {
      for (const summary of SUMMARIES) {
        const doc = composeDocument({ template, summary, values: { clinician: 'Dana Reyes', credentials: 'LCSW' } });
        expect(doc.sections.map((s) => s.title.replace('client', '{clientTerm}'))).toEqual(template.sections.map((s) => s.title));
        checkNothingInvented(doc, summary, template);
        // Something of the summary made it in (not only prompts and fixed text).
        expect(doc.sections.some((s) => s.sentences.some((x) => x.source.length > 0)), summary.slice(0, 30)).toBe(true);
      }
    });
  }

  it('the intake places the report, the score and the risk in their sections, and prompts for what is missing', () => {
    const doc = composeDocument({ template: STARTERS.find((s) => s.id === 'intake-assessment')!.template, summary: SUMMARIES[1]! });
    const text = (title: string): string => doc.sections.find((s) => s.title === title)!.text;
    expect(text('Identifying information and session')).toContain('referred by primary care provider for low mood since job loss in March');
    expect(text('Presenting problem and history')).toContain('drinking 3-4 beers most nights');
    expect(text('Mental status and observations')).toContain('tearful when discussing father');
    expect(text('Measures')).toContain('Patient Health Questionnaire-9 (PHQ-9)');
    expect(text('Risk assessment')).toMatch(/passive suicidal ideation/i);
    expect(text('Identifying information and session')).toContain('Clinician: [Add your name], [Add your credentials].');
  });

  it("the client's copy is in the second person: no observations, no risk, no scores, no codes", () => {
    const starter = STARTERS.find((s) => s.id === 'client-session-summary')!.template;
    const doc = composeDocument({ template: starter, summary: SUMMARIES[1]!, values: { date: 'December 1, 2026', clinician: 'Dana Reyes, LCSW' } });
    const all = doc.sections.map((s) => s.text).join('\n');
    const fromSummary = doc.sections.flatMap((s) => s.sentences.filter((x) => !x.fixed).map((x) => x.text)).join('\n');
    expect(doc.audience).toBe('client');
    expect(all).toContain('your session on December 1, 2026');
    expect(all).toMatch(/weekly/i);
    expect(fromSummary).toContain('Your goal: get back to work and sleep 7 hours.');
    expect(fromSummary).not.toMatch(/suicid|PHQ|Patient Health|tearful|affect|Client reported|F\d\d|90\d\d\d|\bCBT\b/i);
    expect(doc.warnings.find((w) => w.code === 'left_out')?.message).toMatch(/^\d+ sentences were left out of this copy for the client/);
  });

  it('a section can take a worksheet field, and a kind no section names is counted, not dropped silently', () => {
    const template = { title: 'Homework log', sections: [{ title: 'Homework set', purpose: ['worksheet.homework'] }, { title: 'What the {clientTerm} said', purpose: ['report'] }] };
    const doc = composeDocument({ template, summary: 'pt reports better week. validated feelings.', worksheet: { homework: ['log sleep times nightly'] }, style: { clientTerm: 'patient' } });
    expect(doc.sections.map((s) => [s.title, s.text])).toEqual([
      ['Homework set', expect.stringMatching(/log sleep times nightly/i)],
      ['What the patient said', 'Patient reported better week.'],
    ]);
    expect(doc.sections[0]!.sentences[0]!.source).toEqual([{ origin: 'worksheet', field: 'homework' }]);
    expect(doc.warnings.map((w) => w.code)).toContain('left_out');
  });

  it('a section with nothing from the input says so and warns; a safety warning always stands', () => {
    const template = { title: 'Brief', sections: [{ title: 'Goals', purpose: ['goal'] }, { title: 'Plan', purpose: ['plan'] }] };
    const doc = composeDocument({ template, summary: 'pt says she has a gun at home and thinks about using it. plan: call tomorrow.' });
    expect(doc.sections[0]!.text).toBe('[Not documented: add goals.]');
    expect(doc.warnings).toContainEqual({ code: 'missing_section', message: 'The Goals section has nothing from your input.', section: 's1' });
    expect(doc.warnings.some((w) => w.code.startsWith('risk_'))).toBe(true);
  });
});
