import { describe, expect, it } from 'vitest';
import { findSessionDate } from '../../src/compose/read/find-session-date.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 177 (a neurodivergent-affirming practice for autistic adults and adults with ADHD; a bilingual counseling
// center for Spanish-speaking immigrant families), read on 115aafa. Tested on summaries written here, not the reviewers'.

describe('review 177: risk', () => {
  it('an old overdose told as the answer to "asked about suicide", with a denial now, is history, never active ideation', () => {
    const summary = 'Intake 60 min. I asked about suicide: she said that when she was 22 she took pills after her divorce and was in the hospital 3 days. She denies any thoughts of suicide now or since then.';
    const risk = readSummary(summary).risk;
    expect(risk.si).toBe('denied');
    expect(risk.attemptHistory).toBe(true);
    expect(section(summary, 'risk', 'pirp')).not.toMatch(/endorsed active suicidal ideation/);
  });

  it('"neither has any thoughts of hurting themselves" in a couples session is a denial, never urges', () => {
    const summary = 'Couples session, 60 min, Luis and Ana. Worked on a time-out plan. I asked and neither has any thoughts of hurting themselves.';
    const risk = readSummary(summary).risk;
    expect(risk.selfHarmUrges).toBeUndefined();
    expect(section(summary, 'risk', 'pie')).not.toMatch(/urges to self-harm/);
  });

  it('"Called mom (Kevin agreed)" is the clinician\'s call with the client\'s consent', () => {
    const summary = 'Indiv 50 min, Kevin 17. Active SI, no plan. Called mom (Kevin agreed) - told her about ideation, asked her to store machete and meds.';
    expect(note(summary)).toMatch(/Therapist called mother \(Kevin agreed\)/);
    expect(note(summary)).not.toMatch(/Client called mother/);
  });

  it('"..., called Chris from session w/ Alex\'s consent" after Alex\'s agreement is the clinician\'s call', () => {
    const summary = 'Crisis session 75 min. Alex, 30. Active SI with plan to hang himself in the garage. Alex agreed to let his brother Chris remove the rope tonight, called Chris from session w/ Alex\'s consent.';
    expect(note(summary, 'sirp')).toMatch(/Therapist called Chris from session with Alex's consent/);
  });

  it('"Asked directly about SI - denies" and "checked in w/ Ren ... - denies SI": the one asked denied, never the clinician', () => {
    expect(note('Indiv 50 min. Pt says he feels like a failure. Asked directly about SI - denies, no hx.', 'birp')).toMatch(/the client denied/);
    const group = note('Group 90 min, 6 members. I checked in w/ Ren privately after group - denies SI, urges 4/10 today.', 'girp');
    expect(group).toMatch(/Ren denied suicidal ideation/);
    expect(group).not.toMatch(/after group, denied suicidal ideation/);
  });
});

describe('review 177: session details and words', () => {
  it('"individual session 3/12 at 4pm" is a date and an hour, never session 3 of 12', () => {
    const summary = 'ok so this is for Jose individual session 3/12 at 4pm he came in with the back brace again';
    expect(readSummary(summary).session.sessionOf).toBeUndefined();
    expect(findSessionDate(summary, { today: '2026-12-06' })?.date).toBe('2026-03-12');
  });

  it('"Grupo de Mujeres" is a group', () => {
    expect(readSummary('Grupo de Mujeres "Fuertes": 3/11/25 6-7:30pm, 7 members present. Topic: el miedo.').session).toMatchObject({ serviceType: 'group', minutes: 90 });
  });

  it('"PT bookkeeper" is part-time', () => {
    expect(note('Intake 60 min. Currently PT bookkeeper, married, 2 kids. Lifelong disorganization.', 'pirp')).toMatch(/part-time bookkeeper/);
  });

  it('"Role-played conversation w/ manager" is the clinician and client rehearsing, never a role-play with the manager', () => {
    const text = note('Indiv 50 min. Theo anxious about asking for accommodations. Role-played conversation w/ manager twice, second time he made eye contact.', 'pie');
    expect(text).toMatch(/Therapist and client role-played conversation with manager twice/);
    expect(text).not.toMatch(/Conversation was role-played/);
  });
});
