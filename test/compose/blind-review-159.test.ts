import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { note, section } from './note-text.ts';

// Blind review 159 (a behavioral sleep medicine clinic; a sports psychology service), read on 0ad9e0c, and the open
// findings carried from review 158. Tested on summaries written here, not the reviewers'.

describe('review 159: risk', () => {
  it('"positive only for passive wish to be dead" on the C-SSRS is passive ideation, never active', () => {
    const summary = 'Indiv, pt Carla 52. Exhausted after night shifts. C-SSRS done: positive only for passive wish to be dead, no method, no intent. Safety plan updated. F/u 1 wk.';
    expect(readSummary(summary).risk.si).toBe('passive');
    expect(section(summary, 'risk')).not.toMatch(/endorsed active/);
  });

  it('a bracket after "no access to firearms" tells why, never that guns are had', () => {
    const summary = 'Pt reports passive SI x1 wk, no plan, no intent. No access to firearms (confirmed - uncle\'s rifles stay at his farm). F/u 1 wk.';
    const risk = readSummary(summary).risk;
    expect(risk.means).toBe(false);
    expect(section(summary, 'risk')).not.toMatch(/(?<!no )access to (?:rifles|guns|firearms) was reported/);
  });

  it('a removal someone agreed to is told as agreed, never as done', () => {
    const summary = 'Crisis session. Pt has active SI with plan to shoot himself, his hunting rifle is in the basement. Called his brother Tom who agreed to take the rifle to his house tonight. Pt to ED with brother.';
    const risk = readSummary(summary).risk;
    expect(risk.means).toBe(true);
    expect(risk.meansRemoved).toBeUndefined();
    expect(risk.meansRemovalAgreed).toBe(true);
    const text = section(summary, 'risk');
    expect(text).toMatch(/removal by someone else was agreed \(not confirmed as done\)/);
    expect(text).not.toMatch(/then removed or held by someone else/);
  });

  it('a removal confirmed by a later check is done', () => {
    const summary = 'Pt has passive SI, no plan. Wife agreed to take the guns to her sister\'s. Called wife at 5pm to confirm guns were at her sister\'s house.';
    expect(readSummary(summary).risk.meansRemoved).toBe(true);
  });

  it('"nothing like that now" after past suicidal thoughts is a current denial, said in the risk section', () => {
    const summary = 'couples session with Dan and his wife Mia um Dan had suicidal thoughts in college after his injury but he says nothing like that now and Mia agreed we worked on the pursue withdraw cycle';
    expect(readSummary(summary).risk.si).toBe('denied');
    expect(section(summary, 'risk', 'girp')).toMatch(/nothing like that now/);
  });

  it('"negative on 4 and 5" with "I don\'t know" about acting leaves intent neither reported nor denied', () => {
    const summary = 'C-SSRS: yes to 1 and 2, negative on 4 and 5 but she said "I don\'t know" when asked if she would act on it. No plan. Safety plan updated.';
    const risk = readSummary(summary).risk;
    expect(risk.intent).toBeUndefined();
    expect(section(summary, 'risk')).not.toMatch(/intent was denied/);
  });

  it('"can\'t do this anymore" about a named task is weariness, never suicidal ideation', () => {
    const summary = 'Foster dad Mark here with Tyler (10). Mark said "I can\'t do this anymore" about the placement, asked about respite. Tyler denies SI. Used PCIT coaching.';
    const text = section(summary, 'risk');
    expect(text).not.toMatch(/Another person's suicidal thoughts/);
    expect(readSummary(summary).risk.othersRisk).toBeFalsy();
  });

  it('a friend\'s post "I won\'t be around much longer" is another person\'s risk, in the risk section', () => {
    const summary = 'Family sess, Mateo (15) with dad. Mateo disclosed his friend Leo posted "I won\'t be around much longer" last night. Dad called Leo\'s mother from session, she was home and is taking him to be seen. Mateo denies SI himself.';
    const read = readSummary(summary);
    expect(read.risk.othersRisk).toBe(true);
    expect(read.risk.si).toBe('denied');
    expect(section(summary, 'risk')).toMatch(/won't be around much longer/);
    expect(note(summary)).toMatch(/Leo's mother was home/);
  });
});

describe('review 159: who did what', () => {
  it('what was said right after another person was seen is theirs, and goes with the reports', () => {
    const summary = 'Grandma Rose came with Kayla (8). Rose tearful, said "I\'m too old to start over with a kid." Kayla drew quietly. Used CPP.';
    expect(section(summary, 'subjective')).toMatch(/Rose said "I'm too old/);
    expect(section(summary, 'objective')).toMatch(/Rose was tearful\./);
    expect(section(summary, 'objective')).not.toMatch(/said "I'm too old/);
  });

  it('a jot naming the client, or the clinician\'s act, is not more of a relative\'s report', () => {
    const out = section('Dad said she hides food in her room. Pt quiet. Used motivational interviewing.', 'data', 'dap');
    expect(out).not.toMatch(/; client quiet/);
    expect(out).toMatch(/Client was quiet\./);
  });

  it('"called the daughter Karen ... she agreed to take the gun": the "she" is the daughter, by name', () => {
    const summary = 'crisis session for Walt 70 he said he has been thinking about shooting himself he has a pistol in the nightstand so I called the daughter Karen who came in she agreed to take the pistol to her house today and we walked him to the ED';
    expect(note(summary, 'sirp')).toMatch(/Karen agreed to take the pistol/);
  });

  it('the clinician\'s "so I asked directly" ends the client\'s quoted words', () => {
    const summary = 'telehealth with Jon he said quote nothing matters if I can\'t race so I asked directly and he said he has had thoughts of killing himself no plan';
    const out = note(summary, 'dap');
    expect(out).not.toMatch(/so I asked directly and"/);
    expect(out).toMatch(/"Nothing matters if I can't race"|"nothing matters if I can't race"/);
  });

  it('"SE >90% so extended TIB 15 min" is the finding, then the sleep window set, in the plan', () => {
    const summary = 'CBT-I sess 5. Pt reports sleeping through most nights.\nSE >90% so extended TIB 15 min: new window 11pm - 6am.\nF/u 2 wks.';
    expect(section(summary, 'plan')).toMatch(/Extended time in bed 15 minutes: new window 11 pm/);
    expect(section(summary, 'subjective')).not.toMatch(/reported[^.]*extended/);
  });

  it('"text me through the portal" is whom the client texts, never an object moved', () => {
    const out = note('Pt agreed to text me through the portal if urges get stronger. F/u 1 wk.');
    expect(out).toMatch(/text the therapist through the portal/);
    expect(out).not.toMatch(/text the through/);
  });

  it('"which made Emma shut down" keeps the name as the object, in one sentence', () => {
    const out = note('Family session. During the joint part, Mom kept bringing up the trainer who "says they all need to lean out," and Dad said he thinks track should stop until she is better, which made Jada shut down and say "then what do I have." Used FBT.', 'pirp');
    expect(out).not.toMatch(/which made\./);
  });
});

describe('review 159: sections and wording', () => {
  it('"I saw Dana, ..., for her 5th session for insomnia" is the session line, and the story after it is the problem', () => {
    const summary = 'I saw Nora, a 39-year-old paramedic who works rotating 24-hour shifts at two stations (days and nights), for her 3rd session for insomnia. She came in tired and irritable. She told me she sleeps about 4 hours after shifts. I used the session to build a sleep schedule.';
    expect(readSummary(summary).session.sessionNumber).toBe(3);
    expect(section(summary, 'session', 'pirp')).toMatch(/Nora/);
    expect(section(summary, 'intervention', 'pirp')).not.toMatch(/saw Nora/);
    expect(section(summary, 'problem', 'pirp')).toMatch(/sleeps about 4 hours/);
  });

  it('"I\'ve been seeing Emma for 6 weeks for restrictive eating" is the course of treatment, never an intervention', () => {
    const out = section('Family session with Lena (15) and her mother. I\'ve been seeing Lena for 8 weeks for restrictive eating. Used FBT.', 'intervention', 'pirp');
    expect(out).not.toMatch(/been seeing/);
  });

  it('a later clause of the heading that tells the problem is a fact, not the session line', () => {
    const summary = 'Couples sess w/ Pia + husband Omar; his night shifts + her early alarms both fuel fights. Agreed to a shared calendar, f/u 2 wks.';
    expect(section(summary, 'session', 'pie')).not.toMatch(/fuel fights/);
    expect(section(summary, 'problem', 'pie')).toMatch(/fuel fights/);
  });

  it('"session 3 mo post-completion" is a time since treatment ended, never session number 3', () => {
    const summary = 'Pt Ed, 66, CBT-I booster session 3 mo post-completion. Relapse after surgery. Reviewed stimulus control. 2 more booster sessions, next in 3 wks.';
    expect(readSummary(summary).session.sessionNumber).toBeUndefined();
    expect(note(summary, 'pie')).toMatch(/3 months post-completion/);
    expect(note(summary, 'pie')).not.toMatch(/reported 2 more booster sessions/);
  });

  it('"Next wk." alone in the plan is when the next session is', () => {
    expect(section('Pt reports better sleep. Used CBT-I. Next wk.', 'plan')).toBe('Next session next week.');
  });

  it('"Rehearsed 2x in session" keeps how often with the act, never as its subject', () => {
    const out = note('IRT sess 3. Nightmare log: 4/wk. Rehearsed rescripted dream: convoy scene. Rehearsed 2x in session, SUDS 80 -> 45. F/u 1 wk.', 'dap');
    expect(out).not.toMatch(/Twice was rehearsed/);
  });

  it('"not changing dose ourselves" drops the emphatic "ourselves", never naming a prescriber as "we"', () => {
    const out = note('Pt reports dizziness on prazosin per VA psychiatry, advised to tell prescriber, not changing dose ourselves. F/u 1 wk.', 'dap');
    expect(out).toMatch(/not changing dose\./);
    expect(out).not.toMatch(/the therapist and the prescriber/);
  });

  it('sleep-clinic shorthand is spelled out: OOB, PSG, ISI, IRT, q3 nights, ortho', () => {
    const out = note('IRT sess 2. Pt getting OOB when awake >20 min. ISI 14. Referred for PSG. Pain managed by ortho. Plan: shift bedtime earlier q3 nights.');
    expect(out).toMatch(/out of bed/);
    expect(out).toMatch(/polysomnography \(PSG\)/);
    expect(out).toMatch(/Insomnia Severity Index \(ISI\)/);
    expect(out).toMatch(/imagery rehearsal therapy \(IRT\)/);
    expect(out).toMatch(/every 3 nights/);
    expect(out).toMatch(/orthopedics/);
  });

  it('"gave him crisis text line" is the clinician\'s act', () => {
    const out = note('Pt tearful about friend. Gave him crisis text line. F/u 1 wk.');
    expect(out).toMatch(/Therapist gave him crisis text line/);
  });
});
