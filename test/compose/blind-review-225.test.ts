import { describe, expect, it } from 'vitest';
import { composeNote } from '../../src/compose/index.ts';
import { expandShorthand } from '../../src/compose/read/expand-shorthand.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 225 (a clinic for first responders and their families; an LGBTQ+ community health center), read on 4511050.
// Tested on summaries written here, not the reviewers'.

describe('review 225: who did it', () => {
  it('"Asked Dev privately ..." is the clinician asking, never the client', () => {
    const summary = 'Family session: Dev (16, he/him) with dad Ravi. Worked on communication. Asked Dev privately at end about safety: denies SI, denies SH.';
    const text = note(summary, 'pie');
    expect(text).toMatch(/Therapist asked Dev privately/);
    expect(text).not.toMatch(/Client asked Dev/);
  });

  it('"Did not proceed w/ joint work given ..." is the clinician\'s decision', () => {
    const summary = 'Couples sess - Tia & Ro. Ro disclosed in individual time that Tia pushed her last week. Did not proceed w/ joint work given IPV disclosure. Gave Ro hotline info.';
    const text = note(summary, 'pirp');
    expect(text).toMatch(/Therapist did not proceed with joint work/);
    expect(text).not.toMatch(/Client did not proceed/);
  });

  it('a member named by initials carries to the saying after them, and "followed up by phone" is the clinician\'s', () => {
    const summary = 'Grief group, 6 members. Member K.T. left early, appeared tearful. Said on her way out "I don\'t see the point of any of this." Followed up by phone after group - K.T. denied SI, agreed to indiv appt Friday.';
    const text = note(summary, 'sirp');
    expect(text).toMatch(/K\.T\. said on her way out/);
    expect(text).toMatch(/Therapist followed up by phone after group/);
    expect(text).not.toMatch(/Client (?:said|followed up)/);
  });

  it('the client named with an initial and pronouns is the client: a state jotted after the name is said of the client', () => {
    const summary = 'Indiv sess 50 min, Sam K. (they/them), 29. Used DBT chain analysis of the weekend binge. Sam partially receptive.';
    expect(section(summary, 'response', 'birp')).toMatch(/Client was partially receptive/);
  });

  it('what the client goes on to say on the line of a disclosure is more of it, never a response', () => {
    const summary = 'Met with each partner alone per protocol.\nDana disclosed Lee grabbed her wrist last week. Dana denies injury. Says she feels scared at times.';
    expect(section(summary, 'response', 'birp')).not.toMatch(/scared/);
  });
});

describe('review 225: what the letters and words mean', () => {
  it('"PO to be notified" is the probation officer, in a summary about a DV charge', () => {
    const summary = 'Court-mandated after DV charge. Denies HI. PO to be notified per court agreement.';
    expect(expandShorthand('PO to be notified per court agreement.', { topic: summary })).toMatch(/^probation officer to be notified/);
    expect(section(summary, 'plan', 'birp')).toMatch(/Probation officer to be notified/);
    expect(note(summary, 'birp')).not.toMatch(/to be was/);
  });

  it('among first responders "PD" is the police', () => {
    expect(note('Peer support group, 5 members (2 PD, 2 FD, 1 dispatch). Topic: sleep after nights.', 'simple')).toMatch(/2 police/);
  });

  it('a rifle stored at a brother\'s home is held by someone else, never access reported', () => {
    const summary = 'Angry at his captain, said "I could put him through a wall." No intent, no plan. No guns other than a shotgun, stored at his brother\'s. Denies SI.';
    const risk = readSummary(summary).risk;
    expect(risk.meansRemoved).toBe(true);
    expect(note(summary, 'girp')).not.toMatch(/access to (?:a )?shotgun was reported\.(?!.*removed)/);
  });

  it('a gun at the relative\'s home where the client stays is still within reach', () => {
    expect(readSummary('Said he would shoot the kid who jumped him. There is a gun at his aunt\'s where he stays, not locked up.').risk.meansRemoved).toBeFalsy();
  });

  it('"First Responder Peer Loss group" keeps its first word', () => {
    const session = composeNote({ summary: 'Group - First Responder Peer Loss group, wk 3 of 8. 6 members. Topic: anniversaries.', format: 'sirp' }).sections.find((s) => s.key === 'session')?.text ?? '';
    expect(session).toMatch(/First Responder Peer Loss/);
  });

  it('"Dad is FF" keeps the job in the present, and "put the father figure in bed" is play seen', () => {
    const summary = 'Child w/ parent - Mia (6) w/ dad. Mom is RN, working nights. Mia played with the dollhouse. Put the mother figure in bed and had the baby figure sit by her. No abuse indicators.';
    const text = note(summary, 'girp');
    expect(text).not.toMatch(/Client reported put/);
    expect(text).not.toMatch(/Client reported no abuse indicators/);
  });

  it('"sees the therapist as a mother figure" is no play', () => {
    const text = note('Client sees the therapist as a mother figure, rage at mother landed on the therapist.', 'dap');
    expect(text).toMatch(/the therapist as a mother figure/);
    expect(text).not.toMatch(/In play/);
  });

  it('"identified one behavior each parent could try" stays one statement', () => {
    const summary = 'Family session. I reflected each person\'s feelings, gave psychoeducation on family acceptance, identified one accepting behavior each parent could try this wk (mom: ask about her friends; dad: drive her to group Sat).';
    expect(note(summary, 'pie')).toMatch(/one accepting behavior each parent could try this week/);
  });
});

describe('review 225: headings and dictation', () => {
  it('"Pt: Nico, 19, trans man" and "Svc: individual, in-person, 55 min" are the session\'s heading', () => {
    const summary = 'Pt: Ari, 22, trans woman\nSvc: individual, telehealth, 50 min\nPanic 3x this wk. Knee pain daily.';
    const doc = composeNote({ summary, format: 'girp' });
    const session = doc.sections.find((s) => s.key === 'session')?.text ?? '';
    expect(session).toMatch(/Individual psychotherapy, 50 minutes/);
    expect(session).toMatch(/Ari, 22/);
    expect(doc.sections.map((s) => s.text).join('\n')).toMatch(/Client reported knee pain daily/);
  });

  it('a heading sentence naming the client with a role and a surname joins the heading', () => {
    const session = composeNote({ summary: 'Indiv sess. Paramedic Jo Reyes, 41.\nAngry re schedule change, denies SI.', format: 'girp' }).sections.find((s) => s.key === 'session')?.text ?? '';
    expect(session).toMatch(/Jo Reyes, 41/);
  });

  it('"When explored, pt said ..." keeps its leading words', () => {
    expect(note('Said of his manager "he will regret it." When explored, pt said he has no intent to hurt anyone, no plan.', 'girp')).not.toMatch(/When explored\./);
  });

  it('dictation: "she said some nights she thinks ..." stays one statement; "from before   next week we\'re ..." splits; homework asked for is the task', () => {
    const summary = 'ok so this is for Dana Ruiz she\'s the dispatcher um session four individual so she came in tired um talked about the night shift call and she said some nights she thinks she can\'t keep doing this job but no thoughts of suicide um she\'s sleeping maybe five hours she says that\'s down from before um next week we\'re going to start the exposure work and I asked her to keep the sleep log';
    const text = note(summary, 'dap');
    expect(text).toMatch(/Dana Ruiz, dispatcher/);
    expect(text).toMatch(/some nights she thinks she (?:can't|cannot) keep doing this job/);
    expect(text).not.toMatch(/from before next week/);
    expect(text).toMatch(/Homework: keep the sleep log/);
    expect(text).toMatch(/Therapist and client talked about the night shift call/);
  });
});
