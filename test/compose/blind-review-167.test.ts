import { describe, expect, it } from 'vitest';
import { findSessionDate } from '../../src/compose/read/find-session-date.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 167 (a first-episode psychosis coordinated specialty care program; a couples practice for infidelity
// recovery and discernment counseling), read on 9b0428e. Tested on summaries written here, not the reviewers'.

describe('review 167: risk', () => {
  it('a parent saying the child has said nothing of hurting herself is the parent\'s report, never the child\'s denial', () => {
    const summary = 'Child-parent sess: Mia (7) w/ dad Tom.\nD: Dad reports Mia clingy since the divorce. Dad denies Mia has said anything about wanting to hurt herself. Mia drew her two houses.\nP: next sess 1 wk.';
    expect(readSummary(summary).risk.deniedByOther).toContain('selfHarm');
    expect(section(summary, 'risk', 'dap')).toMatch(/another person reported no self-harm \(not the client's own denial\)/);
  });

  it('a threat in plain words, and a bat by the door, are risk content, with the clinician\'s reason never "Client reported"', () => {
    const summary = 'Crisis - phone call from pt Eli (30), 20 min. He said his neighbor is "spying through the walls" and if it doesn\'t stop "I\'m going to go over there and deal with him." I asked what he meant, he said "make him stop, whatever it takes." He has a baseball bat by his bed; no guns. Denied SI. Given specific threat against identifiable person, mobile crisis dispatched 3:15pm.';
    const risk = section(summary, 'risk', 'simple');
    expect(readSummary(summary).risk.threat).toBe(true);
    expect(risk).toMatch(/make him stop, whatever it takes/);
    expect(risk).toMatch(/baseball bat by his bed/);
    expect(note(summary, 'simple')).not.toMatch(/Client reported given/);
  });

  it('a threat by someone else, told with the day it was said, is another person\'s threat, swear word and all', () => {
    const summary = 'Telehealth indiv - Dana K., 41, 45 min\npt reports husband Mark found out re affair 2 wks ago\npt reports Mark said Sat "if I find him I\'ll break his f***ing jaw"\nno weapons in home per pt\npt denies SI/HI';
    const record = readSummary(summary);
    expect(record.risk.threatByOther).toBe(true);
    expect(record.risk.threat).toBeUndefined();
    expect(section(summary, 'risk', 'birp')).toMatch(/Another person's threatening statement is documented/);
  });

  it('"asked both about SI they both denied" is both denying, said together', () => {
    const summary = 'so um this was couples session with Ben and Ali week 6 um they talked about the texts um asked both about SI they both denied um plan is next week same time';
    expect(readSummary(summary).risk.si).toBe('denied');
    expect(section(summary, 'risk', 'simple')).toMatch(/asked both about suicidal ideation; they both denied/);
    expect(note(summary, 'simple')).not.toMatch(/reported both denied/);
  });

  it('a crisis line named among supports is never a protective factor, and never split at its "and"', () => {
    const summary = 'Passive SI, no plan or intent. Reviewed safety plan - he identified his sister Rose and 988 as supports.';
    const factors = readSummary(summary).risk.protectiveFactors;
    expect(factors).toContain('his sister Rose');
    expect(factors.join(' | ')).not.toMatch(/988|Lifeline/);
  });
});

describe('review 167: who and when', () => {
  it('the next session\'s day in brackets is never the date of this one', () => {
    expect(findSessionDate('Couples session. Fighting re money.\nNext couples session 1 wk (Mon 7/14 1pm).', { today: '2026-12-01' })).toBeUndefined();
  });

  it('one word before "stopped" and its object is the one who stopped it, even with a number after the object', () => {
    const out = note('Couples session - Jay (24) + girlfriend Bree. J stopped lithium 2 wks ago - "it makes me dumb". B worried.');
    expect(out).toMatch(/\b(?:J|Jay) stopped lithium 2 weeks ago/);
    expect(out).not.toMatch(/was stopped lithium/);
  });

  it('"My assessment:" is the clinician\'s assessment, never "Client reported the therapist\'s assessment"', () => {
    const summary = 'Individual session, 50 min.\nReports low mood since the separation. PHQ-9 = 18.\nMy assessment: worsening depression, passive SI without intent or plan.\nPlan: f/u 1 wk.';
    expect(section(summary, 'assessment', 'dap')).toMatch(/[Ww]orsening depression/);
    expect(note(summary, 'dap')).not.toMatch(/Client reported the therapist's assessment/);
  });

  it('"I asked directly - he described ..." is what he described, said once', () => {
    const out = note('Individual, 50 min. He said "everyone would be better off without me." I asked directly - he described thoughts of not waking up, no intent, no plan.');
    expect(out).toMatch(/When asked directly, client described thoughts of not waking up/);
    expect(out).not.toMatch(/reported he described/);
  });
});

describe('review 167: dictation', () => {
  const dictated = 'ok this is crisis contact for um Marcus Hill twenty two so he came in as a walk in with his brother around um ten thirty brother Sam brought him because he was hearing the voices again he stopped the risperidone two weeks ago we did the five four three two one thing and it helped a little he is taking the quetiapine fifty at night most nights missing the eight a m group um next session is on the twenty first at four pm';

  it('numbers said in words become digits: a clock time, an age after a name, a dose, a day of the month, the grounding exercise', () => {
    const out = note(dictated, 'birp');
    expect(out).toMatch(/around 10:30/);
    expect(out).toMatch(/Marcus Hill, 22/);
    expect(out).toMatch(/quetiapine 50 at night/);
    expect(out).toMatch(/the 8 am group/);
    expect(out).toMatch(/on the 21st at 4 pm/);
    expect(out).toMatch(/5-4-3-2-1/);
  });

  it('a "crisis contact" is a crisis session, and a companion named by role after a pause starts a statement', () => {
    const out = note(dictated, 'birp');
    expect(section(dictated, 'session', 'birp')).toMatch(/^Crisis psychotherapy\./);
    expect(out).toMatch(/\. Brother Sam brought him because/);
  });

  it('a first-person quote ends where someone else is said to speak', () => {
    const out = note("so this is family session by video um mom was pretty quiet and then kind of out of nowhere she said I'm the one who's falling apart I don't see the point of anything honestly and Rob said she's been saying stuff like that for a while so I stopped and asked her directly");
    expect(out).toMatch(/"I'm the one who's falling apart I don't see the point of anything honestly" and Rob said/);
  });

  it('a release named inside brackets is spelled out without brackets of its own', () => {
    expect(note('Will call B Wed to check in (she signed ROI). Next session 1 wk.')).toMatch(/\(she signed release of information\)/);
  });
});

describe('review 167: who else', () => {
  it('"Referral: Priya\'s individual therapist" is who sent them, never a referral made', () => {
    const summary = 'Couples intake, 90 min. Clients: Nina and Raj, married 10 yrs.\nReferral: Nina\'s individual therapist (Dr. Hale).\nRaj found texts 2 months ago.\nP: weekly couples sessions.';
    expect(section(summary, 'plan', 'birp')).not.toMatch(/Hale/);
  });

  it('a bare "not answering since" after someone else\'s acts is theirs, never the client\'s report', () => {
    const out = note('Crisis walk-in. Husband Dave (not present) found out about her affair last night.\nSituation: Dave left the house around 1am, texted her at 3am "you will never see me again." Not answering since. She came in panicking. Denies SI/HI.', 'sirp');
    expect(out).toMatch(/Dave has not been answering since/);
    expect(out).not.toMatch(/Client reported not answering/);
  });
});

describe('review 167: words practiced', () => {
  it('the words a partner practiced saying are his own, quoted, never the therapist\'s', () => {
    const out = note("so um this was couples by video with Dan and Eve we did a repair conversation Dan practiced um just saying I know I hurt you and I'm not going anywhere instead of leaving the room and I coached him through it twice");
    expect(out).toMatch(/"I know I hurt you and I'm not going anywhere" instead of leaving the room/);
    expect(out).not.toMatch(/the therapist (?:knows|is not going)/);
  });
});

describe('review 167: whose score', () => {
  it('a name before a score is whose score it is', () => {
    const out = note('Couples session 50 min. Dana PHQ-9 14, Marcus PHQ-9 6. Intake PHQ-9 was 20 for Dana.');
    expect(out).toMatch(/Dana's Patient Health Questionnaire-9 \(PHQ-9\) score of 14/);
    expect(out).toMatch(/Marcus's Patient Health Questionnaire-9/);
    expect(out).not.toMatch(/Intake's/);
  });
});

describe('review 167: the heading', () => {
  it('a name in quotation marks with its comma inside stays whole, and what follows it is its own fragment', () => {
    const out = note('Intake - FEP program. Pt 20yo F, "Jess," referred by County inpt unit after 7-day admit. Attended w/ father.\nCC: "I feel fine."');
    expect(out).toMatch(/"Jess"/);
    expect(out).toMatch(/referred by County inpatient unit after 7-day admit/);
    expect(out).not.toMatch(/Intervention: "|"Jess\.$/m);
  });
});

describe('review 167: a technique named by a verb', () => {
  it('"leaves on a stream exercise" is the exercise, never "Left on a stream"', () => {
    const out = note('Betrayed partners group, 90 min, 6 members.\n- Intervention: psychoed on intrusive thoughts; leaves on a stream exercise (10 min); pairs share', 'girp');
    expect(out).toMatch(/leaves on a stream exercise \(10 minutes\)/);
    expect(out).not.toMatch(/Left on a stream/);
  });
});

describe('review 168: read on d5a96c1', () => {
  it('"ED eval" beside means restriction is the emergency department, never an eating disorder', () => {
    const out = note('Crisis walk-in. Active SI w/ plan (overdose). Intervention: C-SSRS, safety planning, means restriction - mom to lock up the pills. Called on-call psychiatrist who recommended ED eval. Pt agreed to go to Mercy ED.', 'birp');
    expect(out).toMatch(/recommended emergency department evaluation/);
    expect(out).not.toMatch(/eating disorder/);
  });

  it('"saving her oxy... actually stated she has 20 of her mom\'s" keeps only what was said the second time', () => {
    const out = note('Behavior: tearful. Reports she has been saving her oxy... actually stated she has 20 of her mom\'s oxycodone at home and thought about taking them tonight. Denies HI.', 'birp');
    expect(out).toMatch(/she has 20 of her mother's oxycodone at home/);
    expect(out).not.toMatch(/saving|no actually/);
  });
});
