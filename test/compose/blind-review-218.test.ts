import { describe, expect, it } from 'vitest';
import { composeNote } from '../../src/compose/index.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 218 (a community mental health center for adults with serious mental illness; a military and veterans
// behavioral health clinic), read on 25c7773. Tested on summaries written here, not the reviewers'.

describe('review 218: risk', () => {
  it('\'pt stated "yeah I think about killing myself"\' is endorsed, whatever "doesn\'t want to die" says beside it', () => {
    const summary = 'Ind 45 min. I asked about SI - pt stated "yeah I think about killing myself, a lot lately," no plan, denies intent, says he doesn\'t want to die "I just want it to stop." Denies HI.';
    expect(readSummary(summary).risk.si).toBe('active');
    expect(section(summary, 'risk')).not.toMatch(/the client denied suicidal ideation/);
  });

  it('command hallucinations charted at admission, with no content said, are never "command hallucinations to harm"', () => {
    const risk = section('Intake after state hospital. Denies SI/HI, denies AH today though chart notes command AH on admission.', 'risk');
    expect(risk).not.toMatch(/to harm/);
    expect(risk).toMatch(/Command hallucinations at an earlier time are documented above \(what they command is not stated\)/);
    expect(section('Hearing voices telling him to hurt himself. Denies SI.', 'risk')).toMatch(/Command hallucinations to harm are documented above\./);
  });

  it('a spouse\'s report "that last week after a fight he said ..." stays hers, and his own denial stands beside it', () => {
    const summary = 'Telehealth couples, both at home. Dan and Liz. Liz reported that last week after a fight Dan said "you would all be better off if I just vanished" and drove off for hours. When asked directly he denied SI, plan, intent.';
    const r = readSummary(summary).risk;
    expect(r.siToldByOther).toBe(true);
    expect(section(summary, 'risk', 'pie')).toMatch(/reported by another person, and the client denied suicidal ideation/);
  });
});

describe('review 218: the session and who did it', () => {
  it('minutes with one of the family apart are a part of the session, never its length', () => {
    expect(composeNote({ summary: 'family session with Mr. Reyes, his wife and their kids, focus on dad\'s PTSD. I met with Ana and mom alone for about ten minutes, Ana denied SI.', format: 'birp' }).session?.minutes).toBeUndefined();
    expect(composeNote({ summary: 'I met with Ana for about 50 minutes. She denied SI.', format: 'birp' }).session?.minutes).toBe(50);
  });

  it('"took his meds in front of us" on a home visit was watched by staff, never "therapist and client"', () => {
    const text = note('ACT home visit with RN. He took his clozapine in front of us, pillbox about right.', 'dap');
    expect(text).toMatch(/in front of staff/);
    expect(text).not.toMatch(/in front of therapist and client/);
  });

  it('community shorthand: CAH, cigs, Dc\'d, id\'d, Ind tx', () => {
    const text = note('Ind tx 45 min. Denies CAH. Spent SSI on cigs again. Dc\'d from hospital with 30 day supply. Members id\'d triggers.');
    expect(text).toMatch(/command auditory hallucinations/);
    expect(text).toMatch(/cigarettes/);
    expect(text).toMatch(/discharged from hospital/);
    expect(text).toMatch(/identified triggers/);
    expect(text).not.toMatch(/\bInd treatment\b/);
  });
});
