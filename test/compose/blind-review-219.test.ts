import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 219 (an eating disorders treatment program; a forensic and court-involved outpatient practice), and review
// 218's crisis items, read on e3995c8. Tested on summaries written here, not the reviewers'.

describe('review 219: who did it', () => {
  it('in a couples session, "Husb disclosed ..., denies SI when asked, agreed to f/u" is the husband\'s denial, never the client\'s', () => {
    const summary = 'Cpl sx w/ pt (29F, BN) + husb. Pt denies SI. Husb disclosed he has been sleeping badly & feeling hopeless, denies SI when asked, agreed to see own PCP.';
    const text = note(summary, 'sirp');
    expect(text).toMatch(/Husband denied suicidal ideation when asked/);
    expect(text).not.toMatch(/Client denied suicidal ideation when asked/);
    expect(text).toMatch(/couples session|Couples/);
  });

  it('a threat said "something like uh I swear ..." in a dictated group is the member\'s quoted words, never the therapist\'s', () => {
    const text = note('okay anger group tonight um Ricky said his fists get tight um so the main thing was Dale during check in he was talking about his boss and he said something like uh I swear I\'m gonna go wreck his truck and a couple guys laughed I stopped the group he said he was just venting', 'dap');
    expect(text).not.toMatch(/Therapist swore/);
    expect(text).toMatch(/"I swear I'm gonna go wreck his truck" and a couple guys laughed/);
    expect(text).toMatch(/Dale was talking about his boss/);
  });

  it('"I wish I could just disappear when he made her finish dinner" quotes only her words', () => {
    expect(note('um so this was a parent only session by phone with the dad of Maya she is 12 um dad says she has been skipping lunch and he also said Maya said something like I wish I could just disappear when he made her finish dinner he did not ask her more', 'dap')).toMatch(/"I wish I could just disappear";? when he made her finish dinner/);
  });

  it('"Already known to CPS, not a new allegation" is the clinician\'s finding, never the client\'s report', () => {
    const text = note('Eli (6) w/ dad. Eli drew a "mean lady". Already known to CPS, not a new allegation, will update caseworker.');
    expect(text).not.toMatch(/Client reported already known/i);
    expect(text).toMatch(/Already known to child protective services, not a new allegation/);
  });

  it('crisis steps jotted in PIE ("escorted to ED by staff", "boyfriend contacted w/ pt consent") are the intervention', () => {
    const summary = 'Walk-in crisis. SI w/ plan to shoot herself, intent 7/10. Discussed voluntary admission, pt agreed. Boyfriend contacted w/ pt consent to remove pistol, he confirmed it is locked at his sister\'s. Escorted to ED by staff, handoff to ED psychiatrist at 1530.';
    const intervention = section(summary, 'intervention', 'pie');
    expect(intervention).toMatch(/Boyfriend contacted with client consent/);
    expect(intervention).toMatch(/escorted to the emergency department by staff/);
    expect(section(summary, 'problem', 'pie')).not.toMatch(/escorted/);
  });
});

describe('review 219: risk and shorthand', () => {
  it('"not using her threats as reason to stay/control" names no protective factor', () => {
    const r = readSummary('Girlfriend threatened to kill herself if he left. Discussed not using her threats as reason to stay/control either way. Pt denies SI.').risk;
    expect(r.protectiveFactors).toEqual([]);
    expect(readSummary('Passive SI. Reasons to stay alive: his dog.').risk.protectiveFactors).toEqual(['his dog']);
  });

  it('"admitted to psych" is inpatient psychiatry, never "a psychiatrist"', () => {
    const text = note('Crisis call. Mobile crisis took him to the ED. Called ED later, he is being admitted to psych.');
    expect(text).toMatch(/admitted to inpatient psychiatry/);
    expect(text).not.toMatch(/admitted to psychiatrist/);
  });

  it('"DBT skills for ED" in an eating disorders group is the eating disorder, even with suicidal ideation in the note', () => {
    const text = note('Group: DBT skills for ED (adult IOP), 90 min, 6 members. Pt: Alex, 30, BED. Disclosed thoughts of killing himself most nights, no plan.', 'pirp');
    expect(text).toMatch(/skills for eating disorder/);
    expect(text).not.toMatch(/skills for emergency department/);
  });
});
