import { describe, expect, it } from 'vitest';
import { findSessionDate } from '../../src/compose/read/find-session-date.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 175 (an ICU service for patients and families; an LGBTQ+ affirming practice for older adults), read on
// dc64e52, with findings left open from review 173. Tested on summaries written here, not the reviewers'.

describe('review 175: risk', () => {
  it('pills a neighbor agreed to remove, with a call "to confirm" tomorrow, are a removal agreed, never done', () => {
    const summary = 'Crisis session 60 min in family lounge. Pt endorsed wanting to die tonight, has ~30 tabs of oxycodone at home. Neighbor Ann agreed to stay with her tonight and remove meds from house. P: Ann to call me at 8am to confirm meds removed.';
    const risk = readSummary(summary).risk;
    expect(risk.meansRemoved).toBeUndefined();
    expect(risk.meansRemovalAgreed).toBe(true);
    expect(section(summary, 'risk', 'pirp')).not.toMatch(/then removed or held by someone else/);
  });

  it('"Neither endorsed SI" from the patient\'s parents met without him is their denial, never the client\'s', () => {
    const summary = 'Met with Mr. and Mrs. Diaz (parents of pt Leo, 30M, TBI, day 4) in the quiet room, 45 min.\nD: parents disagree about trach decision. Neither endorsed SI.';
    expect(readSummary(summary).risk.deniedByOther).toContain('si');
    expect(section(summary, 'risk', 'dap')).not.toMatch(/the client denied suicidal ideation/);
  });

  it('"says she has firearm - no, she does not have firearms" keeps only the correction', () => {
    const summary = 'Video 50 min. She denies current SI and says she has firearm - no, she does not have firearms in the home, I asked.';
    expect(note(summary, 'pirp')).not.toMatch(/said she has firearm/);
    expect(note(summary, 'pirp')).toMatch(/does not have firearms in the home/);
  });

  it('in a couples session, a state jotted after a sentence about one partner is that partner\'s, never "Client"', () => {
    const summary = 'Couples, 50 min, in person. Ana & Luis R.\nAna came in worried. Luis admitted he has had thoughts of "just not waking up", no plan. Keeps a handgun in the closet.\nAna denies SI.';
    expect(note(summary, 'birp')).toMatch(/Luis keeps a handgun in the closet/);
    expect(note(summary, 'birp')).not.toMatch(/Client keeps a handgun/);
  });
});

describe('review 175: session details', () => {
  it('a date set apart by commas or stops on the first line is the session\'s', () => {
    const today = { today: '2026-12-06' };
    expect(findSessionDate('Crisis session w/ spouse in family lounge, 3/20, approx 2115-2215', today)?.date).toBe('2026-03-20');
    expect(findSessionDate('GIRP. Ind. 53 min. 3/14.\nCl reports 1 social contact.', today)?.date).toBe('2026-03-14');
    expect(findSessionDate('Indiv 50 min 3/13\nPt reports poor sleep 4/7 nights.', today)?.date).toBe('2026-03-13');
    expect(findSessionDate('Indiv 50 min. Sleep 4/7 nights, mood 3/10.', today)).toBeUndefined();
  });

  it('"GIRP. Ind. 53 min. 3/14." leaves no "Client reported 3/14"', () => {
    expect(note('GIRP. Ind. 53 min. 3/14.\nG: reduce isolation.\nCl reports 1 social contact this wk.', 'girp')).not.toMatch(/reported 3\/14/);
  });

  it('"extubated 4/7" stays a date, never "4 of 7"', () => {
    expect(note('Bedside session 20 min. Pt extubated 4/7, still recalls delirium images.', 'soap')).toMatch(/extubated 4\/7/);
  });

  it('"Nguyen family" keeps the family in the heading', () => {
    expect(section('Checked in w/ Nguyen family in waiting room (3 adult children) re mom\'s status, 15 min. Coping ok.', 'session', 'simple')).toMatch(/Nguyen family/);
  });

  it('a bracketed aside keeps its own dash, never split into two sections', () => {
    const text = note('Brief check-in w/ Paul M. (Kirundi, used son to interpret - offered prof interpreter, declined). 20 min. Sleep a bit better.', 'simple');
    expect(text).toMatch(/\(Kirundi, used son to interpret, offered professional interpreter, declined\)/);
  });
});

describe('review 175: words', () => {
  it('"PICS" in capitals is post-intensive care syndrome; "pics" in lower case are pictures', () => {
    const text = note('ICU survivors group 90 min, 8 members. Reviewed PICS handout. Linda sent pics of her garden.', 'girp');
    expect(text).toMatch(/[Pp]ost-intensive care syndrome handout/);
    expect(text).toMatch(/sent pictures of her garden/);
  });

  it('"G: goal" on its own line never makes the lines under it goals', () => {
    const summary = 'GIRP. Ind. 53 min.\nG: tx goal #2 - reduce isolation, inc social contacts to 3x/wk.\nCl reports 1 social contact this wk. Sleep 4-5 hrs.\nI: behavioral activation.\nR: engaged.\nP: wkly.';
    expect(section(summary, 'goal', 'girp')).not.toMatch(/Sleep|social contact this week/);
    expect(section(summary, 'goal', 'girp')).toMatch(/increase social contacts/);
  });
});

describe('review 175: dictation and labels', () => {
  it('a dictated "mental status he was ..." and "so my impression is PTSD ..." are the observation and the assessment', () => {
    const summary = 'okay this is intake for um Rob he is fifty two he was in the ICU in November and he describes a lot of delirium memories he has flashbacks and nightmares he denies current SI so mental status he was alert oriented affect anxious no psychosis so my impression is PTSD related to the ICU stay rule out alcohol use disorder and we need to do a full alcohol assessment';
    expect(section(summary, 'assessment')).toMatch(/impression[^.]*post-traumatic stress disorder \(PTSD\) related to the intensive care unit/);
    expect(section(summary, 'objective')).not.toMatch(/impression/);
    expect(note(summary)).toMatch(/the therapist needs to do a full alcohol assessment/i);
    expect(note(summary)).not.toMatch(/Therapist and client need to do a full alcohol assessment/);
  });

  it('"... no, MICU" never glues the correction to the word before', () => {
    expect(note('Met with parents of pt Chidi, 24M, NICU->MICU transfer... no, MICU, TBI, day 6. 45 min.', 'dap')).not.toMatch(/transferno/);
  });

  it('"today march 12th" in lower case is the session\'s date', () => {
    expect(findSessionDate('Couples session 60 min in person today march 12th so most of the session Dan talked', { today: '2026-12-06' })?.date).toBe('2026-03-12');
  });

  it('"P: Acute grief" is never "Client reported Acute grief" with its capital', () => {
    expect(note('Crisis session 60 min.\nP: Acute grief, husband died tonight.\nI: Sat with her.', 'pirp')).not.toMatch(/reported Acute/);
  });
});
