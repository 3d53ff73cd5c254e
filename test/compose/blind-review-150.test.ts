import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { note } from './note-text.ts';

// Blind review 150 (a partner violence intervention program; a children's grief center), read on 437cc7b, with the rest
// of 149. Tested on summaries written here, not the reviewers'.

describe('review 150: the risk status', () => {
  it('\'better off if I just wasn\'t around\', then "I asked about thoughts of killing himself he said \'no no ...\'", is passive ideation', () => {
    const r = readSummary('um he said honestly sometimes I think everyone would be better off if I just wasn\'t around I asked about thoughts of killing himself he said "no no I would never do that to my daughter" no plan no intent').risk;
    expect(r.si).toBe('passive');
  });

  it('"arrested for stabbing her boyfriend\'s hand" and "I hit him, that\'s on me" are acts told, never threats; "I\'ll hit him" is one', () => {
    expect(readSummary('Court referred after she was arrested for stabbing her boyfriend\'s hand with a fork.').risk.threat).not.toBe(true);
    expect(readSummary('Mom said "I hit him, that\'s on me." Both denied SI/HI.').risk.threat).not.toBe(true);
    expect(readSummary('He said "I\'ll hit him if he comes back."').risk.threat).toBe(true);
  });

  it('"the baby is not waking up and you really want her to", narrated in play, is no one\'s wish to be dead', () => {
    expect(readSummary('Play session. He laid the doll down; I narrated, the baby is not waking up and you really want her to. He asks if he will die in his sleep too.').risk.si).toBe('not_assessed');
  });

  it('urges to "scratch my arms till they bleed", not acted on, are self-harm urges without acts', () => {
    const r = readSummary('Pt reports urges to "scratch my arms till they bleed" when he thinks about dad, has not done it. Denies SI/HI.').risk;
    expect(r.selfHarmUrges).toBe(true);
    expect(r.selfHarm).not.toBe('present');
  });
});

describe('review 150: who and what', () => {
  it('"We called the mobile crisis team and they came to the center and evaluated" is the team', () => {
    const out = note('Crisis session. Teen has a plan and pills at home. We called the mobile crisis team together and they came to the center and evaluated, recommended ED.', 'sirp');
    expect(out).toMatch(/The mobile crisis team came to the center and evaluated/);
    expect(out).not.toMatch(/Client came to the center/);
  });

  it('"PO reports +UA for meth" keeps the positive result', () => {
    expect(note('Collateral call w/ PO Grant re pt Lee. PO reports +UA for meth 5/3.', 'simple')).toMatch(/positive (?:UA|urinalysis)/);
  });

  it('"BIP" is a batterer intervention program after a DV arrest, a behavior intervention plan at school', () => {
    expect(note('Court-ordered to BIP after the DV arrest, week 8 of 26. Minimized the incident.', 'dap')).toMatch(/batterer intervention program/);
    expect(note('School team meeting. BIP updated with the teacher.', 'dap')).toMatch(/[Bb]ehavior intervention plan/);
  });
});

describe('review 150: words', () => {
  it('"Mother died overdose", "Father killed motor vehicle accident" say how', () => {
    const out = note('Intake. Mother died overdose in 2023. Father killed motor vehicle accident 6/2024. Grandma died of cancer.', 'simple');
    expect(out).toMatch(/Mother died of an overdose/);
    expect(out).toMatch(/Father killed in a motor vehicle accident/);
    expect(out).toMatch(/died of cancer/);
  });
});

describe('review 150: calls with probation', () => {
  it('"Probation check-in call w/ PO Alvarez re pt" is a collateral call: the heading, and nothing the client reported', () => {
    const out = note('Probation check-in call w/ PO Alvarez re pt (D. Wills). ROI on file. PO reports +UA for meth 5/3.', 'soap');
    expect(out).toMatch(/^Probation check-in call with probation officer Alvarez/);
    expect(out).not.toMatch(/Client reported (?:release|probation|ROI)/i);
    expect(out).toMatch(/positive UA for meth/);
  });
});

