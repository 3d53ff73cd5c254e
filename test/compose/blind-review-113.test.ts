import { describe, expect, it } from 'vitest';
import { composeNote } from '../../src/compose/index.ts';
import { note, section } from './note-text.ts';

// Blind review 113 (issue 6): a refugee and torture-survivors clinic (interpreters, asylum evaluations, case
// management) and a mobile crisis team (field visits, phone follow-ups, holds, warm handoffs). Who wrote it, whose
// risk it is, and what the team decided, tested on summaries written for this file.

const riskStatus = (out: string): string => /Risk status as documented[^:\n]*: [^\n]*/.exec(out)?.[0] ?? '';
const compose = (summary: string, format = 'soap'): ReturnType<typeof composeNote> => composeNote({ summary, format });

describe('review 113: refugee clinic', () => {
  it('a jotted self-correction ("X? no - Y") keeps only what replaced it; a screening answer stays an answer', () => {
    const out = note('Family session - Okafor? no - Mensah family. Mother Ama (client) and son Kofi (14). I called the school? no - I emailed the school counselor re: attendance.', 'pie');
    expect(out).not.toMatch(/Okafor|called the school|[Dd]enied/);
    expect(out).toMatch(/Mensah/);
    expect(out).toMatch(/emailed the school counselor/);
    // "SI? no - denies" answers the question.
    expect(riskStatus(note('Pt seen for grief. SI? no - denies plan or intent. Sleep poor.', 'soap'))).toMatch(/denied suicidal ideation/);
    expect(riskStatus(note('Pt seen. HI? no. SI? yes, passive.', 'soap'))).toMatch(/endorsed passive suicidal ideation; the client denied homicidal ideation/);
  });

  it('a friend\'s suicidal talk, told by the child with the friend described between, is the friend\'s, never the client\'s', () => {
    const out = note('Family session, mother (client) and daughter Rim (10). Rim told me that her friend from the mosque, a boy in her class, said he wants to kill himself and hits himself. Rim herself denies SI. Mother denies SI.', 'pie');
    expect(riskStatus(out)).not.toMatch(/endorsed|self-harm is documented/);
    expect(riskStatus(out)).toMatch(/denied suicidal ideation/);
  });

  it('what follows "My impression:" in its sentence is the impression, never the client\'s report', () => {
    const out = note('Asylum eval session 1 w/ interpreter. Pt described arrest and detention. My impression: sx consistent with PTSD; account was detailed and affect matched content.', 'pirp');
    expect(out).not.toMatch(/Client reported account/);
    expect(section('Asylum eval session 1 w/ interpreter. Pt described arrest and detention. My impression: sx consistent with PTSD; account was detailed and affect matched content.', 'response', 'pirp')).toMatch(/account was detailed/i);
  });

  it('a sentence that is only the length, near the top, is the session\'s length; "Atty." does not end a sentence', () => {
    const record = compose('Asylum evaluation, session 1 of 2. In person w/ Dari interpreter. 2.5 hrs. Letter requested by Atty. Gomez, due Friday.', 'simple');
    expect(record.session?.minutes).toBe(150);
    const text = record.sections.map((s) => s.text).join('\n');
    expect(text).not.toMatch(/reported 2\.5|reported Gomez/);
    expect(text).toMatch(/Atty\. Gomez, due Friday/);
    expect(compose('Intake. With interpreter by phone. 90 min. Pt described flight from home.', 'simple').session?.minutes).toBe(90);
    // ("indiv 60m w/ Khadija (Fula interp via phone)": jotted minutes; the interpreter on the phone makes no phone session.)
    const jotted = compose('indiv 60m w/ Khadija Bah (Fula interp via phone, interp Mamadou). Pt reports headaches.', 'simple');
    expect(jotted.session?.minutes).toBe(60);
    expect(jotted.session?.modality).not.toBe('phone');
    expect(jotted.sections.map((x) => x.text).join('\n')).not.toMatch(/60m/);
  });

  it('going on with the session after a pause in it is the response, not the plan', () => {
    const summary = 'Trauma narrative work. Pt froze when describing the checkpoint. I paused, used orientation to the room, she came back and agreed to continue. Next session Tues.';
    expect(section(summary, 'plan', 'birp')).not.toMatch(/agreed to continue/);
    expect(section(summary, 'plan', 'birp')).toMatch(/Tuesday/);
  });

  it('the client named on a line of their own is the heading, never "Client reported <name>"', () => {
    const out = note('Indiv, phone interp, 45 min. Pt Amara Diallo.\nPt anxious about the hearing. Denies SI.', 'dap');
    expect(out).not.toMatch(/reported Amara/);
  });

  it('"plan increased monitoring" is the plan, written without the word', () => {
    const summary = 'Pt angry about a man he saw at the bus stop. Denies HI. Consulted supervisor after session; plan weekly check-ins by phone.';
    expect(section(summary, 'plan', 'dap')).toMatch(/^Weekly check-ins by phone|\. Weekly check-ins by phone/);
    expect(section(summary, 'data', 'dap')).not.toMatch(/weekly check-ins/);
  });

  it('a case-management home visit with no therapy named suggests no psychotherapy code, and the writer is the case manager', () => {
    const summary = 'CM visit - Haddad family, home visit 60 min\n- Helped mom fill out the SNAP renewal, called landlord re: heat\n- Kids enrolled, bus pass given';
    const record = compose(summary, 'birp');
    expect(record.cpt).toBeUndefined();
    const text = record.sections.map((s) => s.text).join('\n');
    expect(text).toMatch(/Case manager helped mother/);
    expect(text).not.toMatch(/Therapist helped/);
  });

  it('staff\'s meal record is a finding, never the client\'s report', () => {
    const out = section('PHP day 6. Meal completion 75% at lunch, 100% snack. Tearful after lunch. Processed guilt.', 'data', 'dap');
    expect(out).toMatch(/^Meal completion 75%/);
    expect(out).not.toMatch(/reported [Mm]eal completion/);
  });
});

describe('review 113: mobile crisis team', () => {
  it('a step of the team\'s care is never the client\'s report; one still to come is the plan', () => {
    const summary = '72 hr phone f/u, Tara Quinn, d/c from CSU Friday. Reached first try. Sleeping better. Denies SI. Outpatient intake at Hillside Thursday 3 pm. No further mobile crisis f/u unless she calls.';
    const out = note(summary, 'simple');
    expect(out).not.toMatch(/Client reported (?:72|outpatient|no further)/i);
    expect(section(summary, 'plan', 'simple')).toMatch(/Outpatient intake at Hillside Thursday/);
    expect(section(summary, 'plan', 'simple')).toMatch(/No further mobile crisis follow-up unless she calls/);
    expect(note('Warm handoff Ben Ruiz to Dr. Patel\'s clinic, 3-way call, went well. First outpatient appt 5/6 9 am.', 'simple')).not.toMatch(/Client reported/);
  });

  it('"Per nursing eating ~50%" keeps its source', () => {
    const out = note('S: pt says "I just feel empty." O: flat affect. Per nursing eating ~50% of meals, slept 4 hrs. A: MDD. P: continue.', 'soap');
    expect(out).toMatch(/Per nursing, client was eating approximately 50% of meals/);
    expect(out).not.toMatch(/reported Per nursing/);
  });

  it('a visit with the parents of a client held elsewhere: "we gave them" is the team, and the client\'s risk is reported by others', () => {
    const summary = 'Home visit w/ parents of Sam Ortiz (16). Sam on the inpatient unit since Mon after telling his coach he wanted to kill himself. Mom keeps a rifle in the closet. Did means restriction counseling. Dad will take the rifle to his sister\'s; mom will lock meds in the lockbox we gave them.';
    const out = note(summary, 'pie');
    expect(out).not.toMatch(/and client gave|client gave them/);
    expect(out).toMatch(/lockbox the therapist gave them/);
    expect(riskStatus(out)).toMatch(/reported by another person/);
  });

  it('a signature line is the signer\'s, and the format letters still label their lines', () => {
    const summary = 'S: Pt reports passive SI x 1 wk, no plan.\nO: guarded, speech slow.\nA: MDD. Chronic risk high, acute risk low.\nP: continue CSU stay, q15 checks.\nJ. Alvarez LCSW-S';
    const out = note(summary, 'soap');
    expect(out).not.toMatch(/Alvarez/);
    expect(section(summary, 'objective', 'soap')).toMatch(/guarded/);
    expect(section(summary, 'objective', 'soap')).not.toMatch(/^O:/);
    expect(out).toMatch(/Risk level as stated by the clinician: chronic high, acute low/);
  });

  it('a peer support specialist writes as one, and their own story stays theirs', () => {
    const summary = 'I met with Lee Park in the unit lounge for about 30 minutes (peer support). Lee said he feels hopeless some days but denies SI. I shared some of my own recovery story and what helped me. Plan is I\'ll meet with him Thurs.';
    const record = compose(summary, 'pirp');
    expect(record.session?.minutes).toBe(30);
    const text = record.sections.map((s) => s.text).join('\n');
    expect(text).toMatch(/Peer support specialist shared some of their own recovery story and what helped them/);
    expect(text).not.toMatch(/therapist's own|for about \(/);
    expect(record.cpt).toBeUndefined();
  });
});

describe('review 113: prescriber visits', () => {
  it('a medication visit is the prescriber\'s: no psychotherapy code alone, "d/c" a medicine is to stop it, and what could not be assessed is the prescriber\'s limit', () => {
    const summary = 'Med mgmt f/u, video, 25 min. Pt Mr. Yusuf Adan, 52M, PTSD.\nS: nightmares 3x/wk, sleep 5 hrs. Denies SI/HI.\nO: speech normal rate. Couldn\'t assess gait by video.\nA: PTSD, partial response.\nP: d/c trazodone, start prazosin 1mg qhs, RTC 4 wks.';
    const record = compose(summary, 'soap');
    expect(record.cpt).toBeUndefined();
    const text = record.sections.map((s) => s.text).join('\n');
    expect(text).toMatch(/Discontinue trazodone/);
    expect(text).toMatch(/Prescriber could not assess gait by video/);
    expect(text).toMatch(/Prescriber's impression/);
    expect(text).not.toMatch(/Client could not assess|Therapist's impression/);
    // Psychotherapy added to the visit is still its add-on.
    expect(compose('Med mgmt f/u plus therapy add-on, 30 min. Pt stable on sertraline.', 'soap').cpt?.code).toMatch(/^E\/M \+ 9083/);
  });
});

describe('review 113: child with parent and a group heading', () => {
  it('a group heading with long asides in brackets is still the heading', () => {
    const record = compose('Men\'s support group (Pashto, 2 interps: Omar in person, Zia by phone for 1 member), 90 min, 6 attended, 1 absent (Bilal - work).\nTopic: sleep. Psychoed on nightmares.', 'girp');
    expect(record.session?.minutes).toBe(90);
    expect(record.session?.modality).not.toBe('phone');
    expect(record.sections.map((s) => s.text).join('\n')).not.toMatch(/Client reported Men's support group/);
  });

  it('a parent\'s account of the child and the clinician\'s play observation are each written as theirs', () => {
    const summary = 'child w/ parent, Sami (7) and mom, 45 min\nmom reports S c/o headaches most mornings, ped r/o medical cause in May. School calls mom ~2x/wk.\nStartles at sirens, hides in closet.\nS quiet at first, then built a fort w/ blocks.\nPlay themes of hiding, rescue.\nTaught S balloon breathing, mom practiced w/ him.';
    const out = note(summary, 'soap');
    expect(out).toMatch(/pediatrician ruled out medical cause/);
    expect(out).toMatch(/approximately twice per week/);
    expect(out).toMatch(/Therapist taught Sami balloon breathing/);
    expect(out).not.toMatch(/reported Startles|reported play themes|~/);
    expect(section(summary, 'objective', 'soap')).toMatch(/Play themes of hiding, rescue/);
  });
});
