import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { section } from './note-text.ts';

// Blind review 244 (a first-episode psychosis program; a community clinic for Spanish-speaking immigrant families), read on
// c51e138. Tested on summaries written here, not the reviewers'.

describe('review 244: a denial of intent to harm someone', () => {
  it('is never given to the one who would be harmed', () => {
    const summary = 'Fam session - client Nico 26 + brother Sal. Sal reports Nico threatened him last wk, said "I\'ll knock your teeth out if you go in my room again", no physical contact. Nico says Sal was "spying" and putting things in his food. Nico admits to skipping olanzapine doses + smoking weed daily. Hx of suicide attempt (OD) at 22, no current SI per N. Denies intent to harm Sal, "I was just mad". Goal agreed: reduce conflict at home.';
    const text = section(summary, 'risk', 'girp');
    expect(text).not.toMatch(/Sal denied intent to harm Sal/);
    expect(text).toMatch(/denied intent to harm Sal/);
  });
});

describe('review 244: intent called ambivalent, and a rehearsal at the place', () => {
  const summary = 'Indiv session Ari (they/them) 20. Voices telling them to "step in front of the train" x3 days. Said they went to the train tracks by the depot last night and stood there a while before going home. Endorsed SI w/ plan (train), intent ambivalent. Walked to ED with mom, warm handoff.';

  it('says the intent in the clinician\'s word, never "unclear"', () => {
    const risk = section(summary, 'risk', 'soap');
    expect(risk).toMatch(/intent was described as ambivalent/);
    expect(risk).not.toMatch(/intent was unclear/);
  });

  it('reads the command voices and the visit to the tracks', () => {
    const risk = readSummary(summary).risk;
    expect(risk.commandHarm).toBe(true);
    expect(risk.preparation).toBe(true);
  });
});

describe('review 244: DAP letters written with a slash', () => {
  it('"A/" and "P/" are the assessment and plan, never the client\'s report', () => {
    const summary = 'D/ Rosa 17, seen indiv. Urges to cut after a fight w/ mom, no acts. Denies SI.\nA/ urges up w/ conflict, coping skills working.\nP/ reinforce distress tolerance, f/u 1 wk.';
    expect(section(summary, 'data', 'dap')).not.toMatch(/Client reported (?:A|P)\//);
    expect(section(summary, 'assessment', 'dap')).toMatch(/coping skills working/);
    expect(section(summary, 'session', 'dap')).not.toMatch(/D\//);
  });
});

describe("review 244: a crisis call from a parent about the client", () => {
  const summary = 'crisis call 10:15pm from father (Sam P) re daughter Lena 19. Per dad Lena locked in bathroom, yelling that her ex is "watching the house" and she\'ll "handle him" if he comes by again. Lena refused to come to the phone. Advised dad to call 911 if she leaves toward the ex\'s. Dad agreed.';

  it('is held without the client, so the father\'s account is never "Client reported"', () => {
    expect(section(summary, 'behavior', 'birp')).not.toMatch(/Client reported/);
  });

  it('reads "she\'ll handle him if he comes by again" as a threat to weigh', () => {
    const risk = readSummary(summary).risk;
    expect(risk.threat === true || risk.threatByOther === true).toBe(true);
  });
});
