import { describe, expect, it } from 'vitest';
import { composeNote } from '../../src/compose/index.ts';
import { findSessionDate } from '../../src/compose/read/find-session-date.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 170 (an outpatient pediatric oncology psychosocial service; a college counseling center for graduate and
// international students), read on 4643094. Tested on summaries written here, not the reviewers'.

describe('review 170: risk', () => {
  it('a denial told "at indiv session 10/3" is an earlier day\'s, never this session\'s status or date', () => {
    const summary = 'Family session, 60 min, in person. Client Ravi (24) with his father.\nRavi told his father about failing his qualifying exam. No safety concerns raised; risk not assessed with father present, Ravi denied SI at indiv session 11/3.\nPlan: indiv weekly.';
    expect(findSessionDate(summary, { today: '2026-12-01' })).toBeUndefined();
    expect(readSummary(summary).risk.si).toBe('not_assessed');
    expect(section(summary, 'risk', 'sirp')).not.toMatch(/Risk status as documented[^.]*denied suicidal ideation/);
  });

  it('at a care conference, "both denied thoughts of harming self" are the parents, never the absent child', () => {
    const summary = 'Care Conference - Patient: Leah M., 13F, relapsed neuroblastoma\nDate/time: 6/7, 2-3pm\nPresent: Dr. Ames (onc), mother Ruth, father Sam, myself\n- option of a phase 1 trial discussed, uncertain benefit\n- Mother tearful throughout, father said he has not slept. Both denied thoughts of harming self when I checked in w/ them privately after.\n- Next conference 6/21';
    const record = readSummary(summary);
    expect(record.risk.si).toBe('not_assessed');
    expect(record.risk.selfHarm).toBe('not_assessed');
    const text = note(summary, 'dap');
    expect(text).not.toMatch(/the client denied/);
    expect(text).toMatch(/6\/7/);
    expect(text).toMatch(/Option of a phase 1 trial was discussed/);
  });

  it('"ending it so I don\'t have to do another transplant" stays the client\'s words, and a rated intent is never "denied"', () => {
    const summary = 'so this is for Tom he is 20 with relapsed leukemia um individual session 45 minutes in person today he said he has been having thoughts of killing himself he said like I think about just ending it so I don\'t have to do another round of chemo um no plan he said the intent is like maybe a three out of ten so I did a C-SSRS and it was positive for active ideation without plan or intent um we did a safety plan';
    const text = note(summary, 'girp');
    expect(text).toMatch(/"I think about just ending it so I don't have to do another round of chemo"/);
    expect(text).not.toMatch(/the therapist does not have to/);
    expect(section(summary, 'risk', 'girp')).not.toMatch(/intent was denied/);
  });

  it('pills confirmed found and taken to the pharmacy are removed, never "agreed (not confirmed as done)"', () => {
    const summary = 'CRISIS - walk-in. Pt: Ben, 16M. Pt told RN he has been saving his oxycodone, ~30 tabs in his desk. Active SI w/ plan. Mom agreed to go home and remove pills - his uncle went to the house and confirmed bag of pills found and brought to pharmacy for disposal. Pt initially refused ED eval then agreed.';
    const record = readSummary(summary);
    expect(record.risk.meansRemoved).toBe(true);
    expect(record.risk.meansRemovalAgreed).toBeUndefined();
    expect(note(summary, 'sirp')).not.toMatch(/Client reported initially refused/);
  });
});

describe('review 170: the session', () => {
  it('"Seen in infusion clinic consult room, 45 min, indiv." gives the heading its length and kind', () => {
    const record = readSummary('Pt Lily K, 15F, osteosarcoma, cycle 3. Seen in infusion clinic consult room, 45 min, indiv.\nS: tired, misses soccer.');
    expect(record.session.minutes).toBe(45);
    expect(record.session.serviceType).toBe('individual');
  });

  it('a length and its portions ("90 min, first 30 w/ both, 40 pt alone, 20 dad alone") are the heading\'s', () => {
    const summary = 'Intake - Zoe P., 12F, referred by neuro-onc for anxiety. Came w/ dad. 90 min, first 30 w/ both, 40 pt alone, 20 dad alone.\nPt reports worry before scans.';
    expect(readSummary(summary).session.minutes).toBe(90);
    expect(note(summary, 'pie')).not.toMatch(/Client reported 90 minutes/);
  });

  it('"Eli (9, brother of Owen) indiv 30 min - ..." on the first line gives the minutes', () => {
    expect(readSummary('Sam Reed (10, brother of Ava w/ ALL) indiv 30 min - less angry this wk, used "squeeze the lemon" at home 2x per mom, still won\'t visit the hospital.\nPlan: next wk.').session.minutes).toBe(30);
  });

  it('in dictation, a quote ends where the clinician tells what the client agreed to, and pills handed over and locked up are removed', () => {
    const summary = 'ok so this is a crisis walk in um Mei Lin 23 year old masters student she said she has been thinking about killing herself all week and today she bought a bottle of Tylenol it is in her bag she said she was going to take it tonight she said quote I\'m just letting everyone down she agreed to give me the Tylenol I\'ve got it locked in the cabinet she could not really engage in safety planning so I called the on call psychiatrist';
    const text = note(summary, 'dap');
    expect(text).toMatch(/"I'm just letting everyone down"/);
    expect(text).not.toMatch(/letting everyone down she agreed/);
    expect(readSummary(summary).risk.meansRemoved).toBe(true);
  });

  it('a child-parent session that names the parent and the child is family therapy with the client present', () => {
    const summary = 'Child-parent session (family services). Parent = Hana Saleh, 34, grad student. Child = Omar, age 7. 50 min.\nOmar refuses school 2-3 mornings a week. Taught Omar balloon breathing, mom practiced coaching him.';
    expect(composeNote({ summary, format: 'pie' }).cpt?.code).toBe('90847');
  });

  it('in a group, "group responded supportively" is the response, and a check-in rating is never the plan', () => {
    const summary = 'Writing support group - session 4 of 8, 90 min, 6 members present\n- Did check-in w/ 1-10 stress rating, avg ~5; Dev rated 9 (defense moved up to next wk)\n- Co-facilitator led 10 min psychoed on procrastination\n- Ana shared she has not written in 2 wks, cried; group responded supportively, Raj shared what helped\n- Plan: next session 10/17.';
    expect(section(summary, 'response', 'birp')).toMatch(/Group responded supportively/);
    expect(section(summary, 'plan', 'birp')).not.toMatch(/Dev rated 9/);
  });

  it('"reflect back what the other said" stays one statement, and a quote ends where the clinician turns to "the bigger thing"', () => {
    const summary = 'ok so couples session with Dan and Lee um I slowed them down and had each one reflect back what the other said and that helped um Dan said I just can\'t be the one who gives up so um the bigger thing though is they told me about their son Max';
    const text = note(summary, 'girp');
    expect(text).toMatch(/"I just can't be the one who gives up"/);
    expect(text).not.toMatch(/gives up so the bigger thing/);
    expect(text).not.toMatch(/^Said and/m);
  });

  it('a diagnosis named with its age or year is the medical history, never "Client reported"', () => {
    const summary = 'Intake - Nia B., 13F, referred by oncology for anxiety. Medulloblastoma dx age 9, s/p resection and chemo, off tx 2 yrs. 60 min.\nPt reports worry before scans.';
    expect(note(summary, 'pie')).not.toMatch(/Client reported Medulloblastoma/);
  });

  it('a group\'s "Main activity:", how it ended, and how the kids responded are the intervention and the response', () => {
    const summary = 'Sibling group - ages 8-12, session 2 of 6\n5 attended (Ana, Ben, Cal, Dee, Eve)\n- Opening check-in with feelings thermometer, most 3-5/10\n- Main activity: "worry jar" anonymous notes. Themes: feeling left out, fear for sibling\n- Kids responded well to normalizing mixed feelings\n- Ended w/ coping skills bingo, everyone got at least 1 line\n- Next wk: memory boxes';
    const intervention = section(summary, 'intervention', 'birp');
    expect(intervention).toMatch(/Main activity: "worry jar" anonymous notes/);
    expect(intervention).toMatch(/Ended with coping skills bingo/);
    expect(section(summary, 'response', 'birp')).toMatch(/Kids responded well/);
  });
});

