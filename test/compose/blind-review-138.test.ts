import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { note, section } from './note-text.ts';

// Blind review 138 (an LGBTQ+ affirming outpatient practice; an assertive community treatment team), read on baef2e3:
// the risk status a busy clinician would sign past. A plan to step in front of a train is active ideation with a plan;
// "she said no to both" denies; a roommate's saved pills are his; "wanting to hurt self or die - denied both" denies
// both; a conditional threat taken back is a threat, never homicidal ideation endorsed. Tested on summaries written here.

describe('review 138: what the client has, and has not, said', () => {
  it('"wants to die", then "plans to step in front of the 6pm freight train", is active ideation with a plan', () => {
    const r = readSummary('Crisis - street outreach.\n- Called by outreach worker re: client saying he wants to die\n- Stated he plans to step in front of the 6pm freight train, "it\'s the only way it stops"\n- Voices telling him to do it (command AH)').risk;
    expect(r.si).toBe('active');
    expect(r.plan).toBe(true);
    expect(r.commandHarm).toBe(true);
  });

  it('"I asked directly about suicide and about hurting anyone she said no to both", dictated, denies both', () => {
    const r = readSummary('um so this was the monthly shot for Dana at the clinic she tolerated it fine um we talked about the walking group I asked directly about suicide and about hurting anyone she said no to both no thoughts like that at all next shot due the 14th').risk;
    expect(r.si).toBe('denied');
    expect(r.hi).toBe('denied');
  });

  it('"Asked directly about wanting to hurt self or die - pt denied both" denies both, with no urge', () => {
    const r = readSummary('Pt: Sam, 13, with mom first 15 min then alone.\nPt alone: asked directly about wanting to hurt self or die - pt denied both, denied any thoughts of hurting others.').risk;
    expect(r.si).toBe('denied');
    expect(r.selfHarm).toBe('denied');
    expect(r.selfHarmUrges).toBeUndefined();
  });

  it('"Admitted 10 days ago after cutting forearms" is the act before the admission; with urges since, never current self-harm', () => {
    const r = readSummary('Hospital discharge visit.\nAdmitted 10 days ago after cutting forearms.\nSays she still gets urges to cut "when things get loud," most recently last night, did not act, used ice instead.\nDenies SI today.').risk;
    expect(r.selfHarm).toBe('history');
    expect(r.selfHarmUrges).toBe(true);
  });

  it('a threat with its condition, then "I wouldn\'t actually go find him" and "no intent to seek him out", is a threat to weigh, never homicidal ideation endorsed', () => {
    const r = readSummary('Telehealth video, client at home.\nJordan (they/them), 27\nJordan was very angry, said "if my brother shows up at my door I swear I\'ll hurt him"\nexplored - brother lives out of state, Jordan has no weapons, said "I wouldn\'t actually go find him, I\'m just so done"\nno intent to seek him out, no SI').risk;
    expect(r.hi).not.toBe('present');
    expect(r.threat).toBe(true);
  });

  it('"he\'s not sure he\'d act on it which honestly is concerning" keeps the concern the clinician\'s', () => {
    const out = note('um so phone check in with Luis he said the thoughts of suicide came back this week I asked about intent and he said he doesn\'t know he\'s not sure he\'d act on it which honestly is concerning so we did the safety plan together over the phone', 'birp');
    expect(out).toMatch(/Therapist's impression: this is concerning/);
    expect(out).not.toMatch(/act on it which honestly/);
  });
});

describe('review 138: someone else\'s risk', () => {
  it('a roommate "(not our client)" who told the client he has pills saved up: his risk, and no means of the client\'s', () => {
    const r = readSummary('Call from Mrs. Park (mother of our client Jun Park). Jun\'s roommate at the group home, Eli (not our client), told Jun last night he has pills saved up and is "going to be done with it this weekend." I called the group home manager right away. Called Jun afterwards, he was upset. Jun denied any thoughts of hurting himself.').risk;
    expect(r.si).not.toBe('active');
    expect(r.othersRisk).toBe(true);
    expect(r.means).toBeUndefined();
  });

  it('the landlord\'s account of the client\'s words, "I\'ll put you through the wall", is a threat to weigh; what is still to be assessed has no status', () => {
    const r = readSummary('I returned a call from Mr. Haddad, the landlord for our client Kevin O. Mr. Haddad said a neighbor complained that Kevin told the neighbor "if you keep spying on me I\'ll put you through the wall." I plan to visit Kevin tomorrow, assess for paranoia about the neighbor and any intent to act on it. Kevin was not present for the call.').risk;
    expect(r.threat).toBe(true);
    expect(r.intent).toBeUndefined();
  });

  it('pills handed over for disposal are means removed, said as what was done with them', () => {
    const summary = 'Crisis walk-in. Endorses active SI w/ plan to overdose on his mom\'s oxycodone, ~20 pills in glovebox. Intent 7/10. Pills retrieved from glovebox by pt w/ me present and handed over for disposal. Called mobile crisis.';
    expect(readSummary(summary).risk.meansRemoved).toBe(true);
    expect(note(summary, 'sirp')).toMatch(/Pills were retrieved from glovebox by client with the therapist present and handed over for disposal/);
  });
});

describe('review 138: names and services', () => {
  it('"Jess & Mo (both they/them), Mo\'s bestie" is Mo, never "mother"', () => {
    const out = section('Couples - Jess & Mo (both they/them), Mo\'s bestie Lin (chosen family) joined at their request; worked on splitting caregiving. Both deny SI/HI; f/u 2 wks.', 'session', 'simple');
    expect(out).toMatch(/Jess and Mo\b/);
    expect(out).not.toMatch(/mother/);
  });

  it('in a summary about the ACT team, "Oriented her to ACT - daily contacts" is the team, never acceptance and commitment therapy', () => {
    const out = note('Hospital discharge visit / ACT intake - Renee P.\nOriented her to ACT - daily contacts first 2 wks.\nPlan: med drop tomorrow w/ RN.', 'dap');
    expect(out).not.toMatch(/acceptance and commitment/i);
    expect(out).toMatch(/Oriented her to Assertive Community Treatment|oriented her to Assertive Community Treatment/);
  });
});

describe('review 138: the affirming practice\'s words', () => {
  it('"use Maya in all notes, do not use legal name in body" is followed: the legal name and the instruction stay out of the note', () => {
    const out = note('Intake, in person, 60 min. Client goes by Maya (she/her), legal name on insurance is Michael R. - use Maya in all notes, do not use legal name in body.\nS: reports anxiety on the bus. Denies SI/HI.', 'soap');
    expect(out).toMatch(/Client goes by Maya \(she\/her\)/);
    expect(out).not.toMatch(/Michael|legal name|in all notes/);
  });

  it('in a call with the prescriber, "She is raising their T dose ..., asked us to watch for ..." is the prescriber asking the therapist', () => {
    const out = note('Collateral call w/ Dr. Ahn (prescriber). She is raising their T dose from 50 to 75mg weekly starting next week, asked us to watch for irritability/sleep changes. Next call 3 mo.', 'pie');
    expect(out).toMatch(/She is raising their testosterone dose/);
    expect(out).toMatch(/asked the therapist to watch/);
    expect(out).not.toMatch(/Client is raising|therapist and client to watch/);
  });

  it('"Stopped T 2 wks ago" is testosterone; "his pediatrician/endo" is the endocrinologist', () => {
    const out = note('Crisis walk-in. Pt Alex (he/him), 22. Stopped T 2 wks ago bc couldn\'t afford copay. Asked about puberty blockers for his brother, told him that is a conversation for his pediatrician/endo.', 'sirp');
    expect(out).toMatch(/Stopped testosterone 2 weeks ago|stopped testosterone 2 weeks ago/);
    expect(out).toMatch(/endocrinologist/);
  });
});

describe('review 138: visits and calls on the team', () => {
  it('"HV w/ Darnell, apt on Kessler St. pt answered door ..." is the visit\'s heading, then what happened', () => {
    const r = readSummary('HV w/ Darnell, apt on Kessler St. pt answered door after 3rd knock, unshaven, apt cluttered. Denies SI. f/u Thurs.');
    expect(r.facts.find((f) => f.kind === 'session')?.text).toMatch(/home visit with Darnell; apartment on Kessler St$/);
    expect(r.facts.some((f) => /^client answered door/.test(f.text))).toBe(true);
  });

  it('"our client Kevin O. Mr. Haddad said ..." is two sentences, and "we have Kevin\'s ROI" is the clinician\'s', () => {
    const out = note('I returned a call from Mr. Haddad, the landlord for our client Kevin O. Mr. Haddad said a neighbor complained about noise. I confirmed we have Kevin\'s ROI for the landlord on file. I did not share clinical information.', 'birp');
    expect(out).toMatch(/Mr\. Haddad (?:said|reported) a neighbor complained/);
    expect(out).not.toMatch(/Mr\. Therapist|therapist and client have/);
    expect(out).toMatch(/Therapist confirmed the therapist has Kevin's release of information|confirmed the therapist has Kevin's/);
  });
});

describe('review 138: what keeps the client from acting', () => {
  it('"they wouldn\'t do anything because of Sam and their cat" names the protective factors', () => {
    const r = readSummary('um so River said some mornings they wish they just wouldn\'t wake up I asked about plan and intent and they said no plan no intent they wouldn\'t do anything because of Sam and their cat um no prior attempts').risk;
    expect(r.protectiveFactors).toEqual(expect.arrayContaining(['Sam', 'their cat']));
  });
});
