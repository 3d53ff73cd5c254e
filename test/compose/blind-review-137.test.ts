import { describe, expect, it } from 'vitest';
import { composeNote, readSummary } from '../../src/compose/index.ts';
import { note, section } from './note-text.ts';

// Blind review 137 (an older-adult and memory-care practice; an employee assistance program), read on f03c97c, and the
// open findings of review 136: the telehealth session line and its warnings, whose words a caller's "says" and "we" are,
// medicines held by nurses, urges to self-harm with none acted on, a coworker's words told in a debrief, a threat said
// with its condition after it, and the relative named just before "call him". Tested on summaries written for this file.

const warningsOf = (summary: string, format = 'soap'): string[] => composeNote({ summary, format }).warnings.map((w) => w.message);

describe('review 137: the telehealth session line', () => {
  it('"S: Video session 50m, pt in her car" under the report\'s letter is the heading: 50 minutes, by video', () => {
    const s = readSummary('S: Video session 50m, pt in her car outside the clinic. Says the new job is wearing her down.\nI: Explored sleep routine.\nR: Open to trying it.\nP: f/u 1 wk.').session;
    expect(s.minutes).toBe(50);
    expect(s.modality).toBe('video');
  });

  it('a location told in the summary\'s own words is not asked for again; consent is, until it is said', () => {
    const told = '45 min video, pt in parked car at her work, confirmed location = Walgreens lot on Elm St, Dayton, verified callback #. Pt reports panic 2x this wk. Plan: f/u 1 wk.';
    const asked = warningsOf(told).filter((w) => w.startsWith('Telehealth session'));
    expect(asked).toEqual(['Telehealth session: note that consent for telehealth is on file.']);
    expect(warningsOf(told.replace('verified callback #.', 'verified callback #, consent obtained.')).filter((w) => w.startsWith('Telehealth session'))).toEqual([]);
  });

  it('"Elm St, Dayton" stays one place, never cut at its comma', () => {
    expect(section('45 min video, pt in parked car at her work, confirmed location = Walgreens lot on Elm St, Dayton, verified callback #. Pt reports panic 2x this wk.', 'session')).toMatch(/Walgreens lot on Elm St, Dayton;/);
  });

  it('"video froze ~5 min lost" keeps the minutes lost, and the session\'s length is the heading\'s', () => {
    const summary = '50 min video, pt at home.\nVideo froze x2 ~5 min lost, finished on audio.\nPt reports sleep better.';
    expect(readSummary(summary).session.minutes).toBe(50);
    expect(section(summary, 'session')).toMatch(/froze twice \(about 5 minutes lost\)/);
  });

  it('"video -> phone @ 15 min" says the session switched, never "leading to @"', () => {
    const out = section('Indiv f/u, video -> phone @ 15 min (pt\'s connection at the library kept dropping). Pt reports fewer panic attacks.', 'session', 'birp');
    expect(out).toMatch(/switched from video to phone at minute 15/);
    expect(out).not.toMatch(/leading to|@/);
  });

  it('"pt in her car" in the heading is said once, in the session line', () => {
    const out = section('50 min video, pt in her car. Pt c/o poor sleep. Plan: f/u 1 wk.', 'session');
    expect(out).toMatch(/client located in her car/);
    expect(out).not.toMatch(/\. Client in her car/);
  });
});

describe('review 137: the work and its words', () => {
  it('"Did exposure hierarchy review" is the work done in session, reviewed together', () => {
    const out = section('Pt reports no panic attacks x2 wks. Did exposure hierarchy review, planned grocery store trip Sat w/ sister. Pt nervous but agreed.', 'intervention', 'birp');
    expect(out).toMatch(/Therapist and client reviewed the exposure hierarchy/);
  });

  it('a thought reframed as another, arrow between quotes, reads "to"', () => {
    expect(note('Pt reframed "I\'m a failure" → "I made a mistake" on her own. Plan: f/u 1 wk.', 'soap')).toMatch(/"I'm a failure" to "I made a mistake"/);
  });

  it('"took the stairs to the 6th fl" is a floor', () => {
    expect(note('Pt still avoids elevators, took the stairs to the 6th fl today. Plan: in vivo exposure Fri.', 'soap')).toMatch(/6th floor/);
  });

  it('"i\'d say she\'s engaged" and "progress is partial" are the clinician\'s own words, each its own sentence', () => {
    const out = note('um so this was session four with Gina by video she was at home um she said work has been calmer this week she had one panic attack down from three she used the grounding skill and it helped a little um we went over her coping list and she added calling her aunt um progress is partial i\'d say she\'s engaged plan is keep practicing daily and next session next Monday', 'girp');
    expect(out).toMatch(/Progress is partial\./);
    expect(out).not.toMatch(/would say/);
  });

  it('"goal from last time was ..." in dictation is the goal worked on', () => {
    expect(section('um so this was session three with Dana she works at the bank so goal from last time was fewer panic attacks at work she said she had one panic attack this week', 'goal', 'girp')).toMatch(/fewer panic attacks at work/);
  });

  it('"my supervisor" is the clinical supervisor, never the client\'s boss', () => {
    const out = note('Pt angry, his supervisor wrote him up again. Denies plan or intent to harm anyone. Plan: I\'m going to consult with my supervisor about the statement.', 'dap');
    expect(out).toMatch(/the clinical supervisor about the statement/);
  });
});

describe('review 137: whose words they are', () => {
  it('in a collateral call, "we talked" is the clinician and the caller, and a bare "says" goes on with the caller', () => {
    const out = note('um so this was a collateral call with the son Mike about his dad Mr Ortiz who I see individually um Mike is worried dad is forgetting his pills we talked about a pill organizer um Mike sounds worn out he is crying on the phone says he can\'t keep doing this alone I gave him the caregiver support line plan is I\'ll raise the pills with Mr Ortiz at next session', 'dap');
    expect(out).toMatch(/Therapist and Mike talked about a pill organizer/);
    expect(out).not.toMatch(/Client said he cannot keep doing this/);
    expect(out).toMatch(/He said he cannot keep doing this/);
    expect(out).toMatch(/at next session/);
    expect(out).not.toMatch(/at\. Next session/);
  });

  it('"1 member (Jo) said she ..." in a group note is Jo, never the client', () => {
    const out = note('Grief support group, 7 members.\n- 1 member (Jo) said she still sets a plate for her husband + feels foolish. Normalized.\n- Others shared holiday plans.', 'dap');
    expect(out).toMatch(/1 member \(Jo\) said she still sets a plate/);
    expect(out).not.toMatch(/Client said she still sets/);
  });

  it('"left VM for Terrell" after the clinician\'s call is the clinician\'s outreach', () => {
    const out = note('Debrief group, 6 attendees. After group, Luis asked me to check on his friend Sam. I called HR w/ Luis\'s permission to get Sam\'s number; left VM for Sam at 5pm requesting call back.', 'dap');
    expect(out).toMatch(/Therapist left voicemail for Sam/);
    expect(out).not.toMatch(/Client left voicemail/);
  });

  it('"Nurses give her her meds" after "reported" keeps no capital', () => {
    expect(note('Pt endorses passive SI, no plan. Nurses give her her meds so she says she couldn\'t stockpile anyway. Plan: f/u 2x/wk.', 'dap')).not.toMatch(/reported Nurses/);
  });

  it('"Frank is 86" stays true after the session', () => {
    expect(note('Couples session with Frank and Ruth. Frank is 86. He has Parkinson\'s. Ruth is 84 and is his main caregiver. They argued about the car keys.', 'soap')).toMatch(/Frank is 86\./);
  });
});

describe('review 137: the risk status', () => {
  it('medicines given out by nurses, "couldn\'t stockpile anyway", are no access to pills', () => {
    const r = readSummary('Pt says "I think about ending it most days". Thought about "just not taking my insulin", no plan. Nurses give her her meds so she says she couldn\'t stockpile anyway. Denies intent.').risk;
    expect(r.si).toBe('active');
    expect(r.means).toBeUndefined();
  });

  it('"Reason she gives for staying: ..." names the protective factors, and "Protective factors as above" adds none', () => {
    const r = readSummary('Pt endorses passive SI, no plan, no intent. Reason she gives for staying: her grandson, her church choir.\nAssessment: passive SI, low risk. Protective factors as above.').risk;
    expect(r.protectiveFactors).toEqual(expect.arrayContaining(['her grandson', 'her church choir']));
    expect(r.protectiveFactors.join(' ')).not.toMatch(/above/);
  });

  it('urges to cut with none acted on, and "the cutting was never about dying", are no current self-harm', () => {
    const r = readSummary('um so she told me she has been having urges to cut again she used to cut in her twenties has not cut in ten years she has not done it she denies any suicidal thoughts says the cutting was never about dying').risk;
    expect(r.selfHarm).not.toBe('present');
    expect(r.selfHarmUrges).toBe(true);
  });

  it('a coworker named as not present, and his texted words, are his risk, never the group\'s', () => {
    const r = readSummary('Critical incident debrief, 8 attendees.\n- After group, Ana pulled me aside: worried about her coworker Terrell (witness, not present today), Terrell texted last night "I want to die" and has been drinking.\n- Gave Ana 988.').risk;
    expect(r.si).toBe('not_assessed');
    expect(r.othersRisk).toBe(true);
  });

  it('"she said he\'d kill her if she left him", in a woman\'s session, is never her own homicidal ideation', () => {
    const r = readSummary('Pt tearful. She said he\'d kill her if she left him. Reviewed DV hotline.').risk;
    expect(r.hi).not.toBe('present');
    expect(r.threat).not.toBe(true);
  });

  it('"she agreed to call him tonight" after "the son" names the son, and the handgun removal is in the risk section', () => {
    const summary = 'ok so couples session with Frank and Dolores um Frank raised his cane at her and said he\'d kill her if she did not let him leave um I asked about weapons there\'s a handgun in the bedroom closet I strongly recommended the son remove it this week and she agreed to call him tonight';
    expect(readSummary(summary).risk.threat).toBe(true);
    expect(note(summary, 'soap')).toMatch(/agreed to call the son tonight/);
    expect(section(summary, 'risk', 'soap')).toMatch(/recommended the son remove it this week/);
  });

  it('"I asked directly about thoughts of death or suicide and she denied both, and denied ..." denies suicidal ideation too', () => {
    const r = readSummary('Telehealth (video) with Mrs. Lind, 88, from her apartment.\nI asked directly about thoughts of death or suicide and she denied both, and denied any thoughts of hurting anyone else. Plan: f/u weekly.').risk;
    expect(r.si).toBe('denied');
    expect(r.hi).toBe('denied');
  });
});

describe('review 137: where the client was', () => {
  it('"with Mrs. Lind, 88, from her apartment" tells the location', () => {
    const asked = warningsOf('Telehealth (video) with Mrs. Lind, 88, from her apartment.\nShe reports sleeping poorly. Plan: f/u weekly.').filter((w) => w.startsWith('Telehealth session'));
    expect(asked).toEqual(['Telehealth session: note that consent for telehealth is on file.']);
  });
});

describe('review 137: calls about the client, and the client at work', () => {
  const hrCall = 'Type: collateral phone call, HR partner (Dee Marsh), 15 min. ROI on file for attendance + referral recs only.\nProblem: Dee called re: client (T.) - a coworker reported T. said "if they cut my hours I\'ll bring something to make them listen".\nIntervention: I confirmed attendance only. Advised Dee to follow the company workplace violence policy.\nPlan: I will call T. today to assess risk directly; if he states intent toward specific people I\'ll follow duty-to-warn procedure.';

  it('a collateral phone call is "by telephone", never a telehealth service, and asks for no telehealth location or consent', () => {
    const doc = composeNote({ summary: hrCall, format: 'pirp' });
    const session = doc.sections.find((s) => s.key === 'session')!.text;
    expect(session).toMatch(/by telephone/);
    expect(session).not.toMatch(/telehealth/);
    expect(doc.warnings.map((w) => w.message).join('\n')).not.toMatch(/Telehealth session/);
    expect(session).toMatch(/referral recommendations/);
  });

  it('the client\'s words told by a coworker, "I\'ll bring something to make them listen", are a threat to weigh', () => {
    expect(readSummary(hrCall).risk.threat).toBe(true);
  });

  it('"if he states intent ... I\'ll follow duty-to-warn procedure" is the clinician\'s own step, never quoted', () => {
    const out = section(hrCall, 'plan', 'pirp');
    expect(out).toMatch(/If he states intent toward specific people the therapist will follow duty-to-warn procedure/);
    expect(out).not.toMatch(/"intent/);
  });

  it('"Collateral phone call from Janet (RN ...) re: my client Mrs. K, 89" is the heading, never cut at "re:"', () => {
    const summary = 'Collateral phone call from Janet (RN, memory care unit) re: my client Mrs. Kowal, 89, dementia.\nJanet reports pt fell twice this wk.\nI explained pt\'s daughter is health care proxy, so consent goes through daughter.';
    const out = note(summary, 'birp');
    expect(out).not.toMatch(/regarding\. /);
    expect(out).toMatch(/explained client's daughter is health care proxy/);
    expect(readSummary(summary).session.modality).toBe('phone');
  });

  it('"2nd pt death on his unit" is a patient where the client works; "pt asked us not to" asked the therapist', () => {
    const out = note('Crisis session. Pt 38M, ICU RN, 2nd pt death on his unit this wk. Reports passive SI, no plan. Did not contact employer; pt asked us not to, will revisit.', 'sirp');
    expect(out).toMatch(/second patient death on his unit/);
    expect(out).toMatch(/Therapist did not contact employer/);
    expect(out).toMatch(/asked the therapist not to/);
    expect(out).not.toMatch(/asked therapist and client/);
  });

  it('"this is for Greg session three in person" names Greg, never "Greg, person"', () => {
    expect(note('ok this is for Greg session three in person um he came in angry his supervisor wrote him up again he denies any thoughts of hurting anyone we talked about the anger cycle next session one week', 'dap')).not.toMatch(/Greg, person/);
  });
});
