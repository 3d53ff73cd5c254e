import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { suggestCpt } from '../../src/compose/write/suggest-cpt.ts';
import { note, section } from './note-text.ts';

// Blind review 186 (a county jail mental health service; a clinic for autistic youth and their parents), read on 0b23b49.
// Tested on summaries written here, not the reviewers'.

describe('review 186: risk', () => {
  it('"states it was not a suicide attempt" is no history of an attempt', () => {
    const risk = readSummary('Step-down check 20 min. Pt denies SI now and at the time of the cutting, states it was not a suicide attempt.').risk;
    expect(risk.attemptHistory).toBeUndefined();
    expect(readSummary('Intake 60 min. Prior suicide attempt 2017 (OD).').risk.attemptHistory).toBe(true);
  });

  it('"plan was to hang from the vent" is a plan; a sheet tied to the vent grate is suicidal ideation', () => {
    const risk = readSummary('Crisis contact 40 min. Endorses SI. States plan was to hang from the shower rod tonight after count. Endorses intent.').risk;
    expect(risk.plan).toBe(true);
    expect(readSummary('Crisis contact 40 min. Pt found by CO tying a sheet strip to the vent grate in her cell.').risk.si).toBe('active');
    // The session's own plan is still no suicide plan.
    expect(readSummary('Indiv 50 min. Denies SI. Plan was to review the workbook; we did.').risk.plan).toBeUndefined();
  });

  it('"urges to bang head and to cut, has NOT acted" are self-harm urges; "hit her own head" is no one else hit', () => {
    expect(readSummary('Seg rounds 20 min. Reports urges to bang head and to cut since yesterday, has NOT acted on them.').risk.selfHarmUrges).toBe(true);
    const risk = readSummary('Intake 60 min. Parents report that last spring during a meltdown she hit her own head against the wall. Nothing like that since.').risk;
    expect(risk.handsOnAnother).toBeUndefined();
    expect(risk.selfHarm).toBe('history');
  });

  it('"last spring (age 9) during a meltdown she ... said \'I want to die\'", told by parents beside her denial, is never a current endorsement', () => {
    const summary = 'Intake 60 min. Nora denies any thoughts of hurting herself. Parents report that last spring (age 8) during a meltdown she hit her own head against the wall and said "I want to die" - nothing like that since.';
    expect(readSummary(summary).risk.si).not.toBe('passive');
    expect(note(summary, 'pie')).toMatch(/last spring \(age 8\) during a meltdown she hit her own head/);
  });

  it('"Mom\'s hopelessness - passive thoughts, not client\'s risk" is another person\'s, never the teen\'s status; a brother pushed into a door still asks about violence', () => {
    const summary = 'Family session 60 min. Present: Maya (15, client), mom, brother Eli.\nEli says that last week she pushed him into the wall and his arm was bruised.\nA: Mom\'s hopelessness needs follow up - passive thoughts, not client\'s risk.';
    const risk = readSummary(summary).risk;
    expect(risk.si).not.toBe('passive');
    expect(risk.othersRisk).toBe(true);
    const text = section(summary, 'risk');
    expect(text).toMatch(/Physical aggression toward another person is documented above/);
    expect(text).not.toMatch(/endorsed passive suicidal ideation/);
  });
});

describe('review 186: the session and its words', () => {
  it('"Crisis contact 04/02 1940-2030" gives the hours, never a span of years', () => {
    const session = readSummary('Crisis contact 04/02 1940-2030, called by CO pod C.\nPt tearful.').session;
    expect(session.startTime).toBe('19:40');
    expect(session.minutes).toBe(50);
  });

  it('"MH watch (15 min)" is how often the watch looks in, never the session\'s length', () => {
    expect(readSummary('Step-down assessment, Dale Kim, MH watch (15 min) since 3/9 after cutting L forearm.\nGoal: step down when safe.').session.minutes).toBeUndefined();
    // A check-in of that length is still the session.
    expect(readSummary('- 30 min check-in, phone (audio only)\n- mood better').session.minutes).toBe(30);
  });

  it('"A pod", "back to B" are places in the jail, never the client Aaron', () => {
    const text = note('Step-down, Aaron Whitlock, 30 min. Rec classification place him in A pod (lower tier) not back to B.', 'girp');
    expect(text).toMatch(/in A pod/);
    expect(text).not.toMatch(/Aaron pod/);
  });

  it('"Parent coaching, mom (Danielle R.) only" is family psychotherapy without the client', () => {
    const summary = 'Parent coaching, mom (Danielle R.) only, in person, 50 min. Re: Mateo, 6yo.\nCoached mom on modeling AAC.';
    const read = readSummary(summary);
    expect(read.session.serviceType).toBe('family');
    expect(suggestCpt(read.session, read.facts)?.code).toBe('90846');
  });

  it('a jail contact\'s first line ("Cell side, Admin Seg unit, cell 4. Tomas Reyes.", "Kite response 6/3 ...") heads the note, never "Client reported"', () => {
    const text = note('Cell side, Admin Seg unit, cell 2. Marco Diaz. Seg rounds 5/6 ~1330.\nPt standing at door, pacing.', 'sirp');
    expect(text).not.toMatch(/reported (?:Cell side|Marco Diaz)/);
    expect(section('Kite response 6/3, pod F, seen in F pod attorney room 1015-1035.\nPt worried about cellmate.', 'session', 'pie')).toMatch(/10:15 am to 10:35 am/);
  });

  it('"client is Jordan Ellis 19" stays in the present', () => {
    expect(note('crisis walk in 75 min client is Jordan Ellis 19 sophomore sent over by her RA. She is tearful.')).toMatch(/Client is Jordan Ellis/);
  });
});
