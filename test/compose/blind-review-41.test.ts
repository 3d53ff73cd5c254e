import { describe, expect, it } from 'vitest';
import { composeNote, readSummary } from '../../src/compose/index.ts';

// Blind review 41 (issue 6): each mechanism the reviewers' notes showed missing, tested on
// summaries written for this file, never on the reviewers' own.
const note = (summary: string, format = 'soap'): string => composeNote({ summary, format }).sections.map((s) => s.text).join('\n');
const section = (summary: string, key: string, format = 'soap'): string => composeNote({ summary, format }).sections.find((s) => s.key === key)?.text ?? '';

describe('review 41: whose risk, and when', () => {
  it('"Today: denies SI" is a time label, not a person, and the denial is the client\'s', () => {
    const summary = 'Hx: OD 2020, none since\nToday: denies SI, intent, plan. Slept better.';
    expect(readSummary(summary).risk.si).toBe('denied');
    expect(note(summary)).not.toMatch(/Today denied/);
  });

  it('SI given as the reason for a past ED visit, in its brackets, is history: today\'s denial stands', () => {
    const summary = 'F/u 3 days post-ER visit (Mercy 4/2, SI, d/c\'d home same night). Today denies SI/HI.';
    expect(readSummary(summary).risk.si).toBe('denied');
    expect(note(summary)).toMatch(/discharged home/);
  });

  it('"d/c\'d" is discharged after a hospital word and discontinued before a medication; otherwise kept', () => {
    expect(note('Inpatient unit d/c\'d him Friday, started IOP.')).toMatch(/discharged/);
    expect(note('Prescriber d/c\'d the sertraline last wk.')).toMatch(/discontinued/);
  });

  it('"Prior attempt? denies." is a denied attempt, never an attempt history', () => {
    const summary = 'Active SI w/ plan to overdose. Prior attempt? denies. No HI.';
    expect(readSummary(summary).risk.attemptHistory).toBe(false);
    expect(note(summary)).toMatch(/denied prior attempt/i);
    expect(note(summary)).not.toMatch(/history of suicide attempt is documented/);
  });

  it('a plan or intent named only as a condition ("call 988 if plan/intent develops") is not a plan or intent reported', () => {
    const summary = 'Endorses SI, thoughts daily, denies plan or intent. Agreed to call 988 or go to ER if plan/intent develops.';
    const r = readSummary(summary).risk;
    expect(r.plan).toBe(false);
    expect(r.intent).toBe(false);
    const out = note(summary);
    // Under a condition the slash is "or": either one is enough to call.
    expect(out).toMatch(/if plan or intent develops/);
    expect(out).not.toMatch(/a plan was reported|intent was reported/);
  });

  it('"Neither Dev nor Sam reports SI/HI" denies both domains, for both', () => {
    const r = readSummary('Couples session w/ Dev and Sam. Neither Dev nor Sam reports SI/HI themselves.').risk;
    expect(r.si).toBe('denied');
    expect(r.hi).toBe('denied');
  });

  it('a named relative\'s passive wish in a family session stays theirs, and so does their answer to the plan question', () => {
    const summary = 'Family session w/ dad (Victor), mom (Lena) and Nico 15. The referral was for Nico\'s anxiety. When I asked Victor directly, he said he sometimes thinks they would be "better off with the insurance money." I asked about plan or intent and he said no, no plan, no guns in the house.';
    const r = readSummary(summary).risk;
    expect(r.si).toBe('not_assessed');
    expect(r.plan).toBeUndefined();
    const risk = section(summary, 'risk', 'birp');
    expect(risk).toMatch(/Victor said no/);
    expect(risk).toMatch(/better off with the insurance money/);
    expect(risk).not.toMatch(/Client said no/);
  });

  it('an initial before "denied" is that person: "T denied he\'d taken anything" is Tomas, never the client', () => {
    const summary = 'Couples session w/ Ray and Ines about Ray\'s son Tomas (20), who texted a goodbye. We called him on speaker, T denied he\'d taken anything and agreed to go to the walk-in w/ R.';
    const out = note(summary, 'dap');
    expect(out).toMatch(/Tomas denied he'd taken anything/);
    expect(out).toMatch(/with Ray\./);
    expect(out).not.toMatch(/Client denied he'd/);
  });
});

describe('review 41: crisis work and disposition', () => {
  it('the disposition is the plan, and calling the ED with report is the clinician\'s intervention', () => {
    const summary = 'Crisis walk-in, 50M. Active SI with plan, intent tonight.\nDisposition: transported to County ED by ambulance, voluntary.\nCalled ED triage RN w/ report.\nF/u: call ED tomorrow for dispo.';
    expect(section(summary, 'plan', 'pirp')).toMatch(/Transported to County emergency department by ambulance/);
    expect(section(summary, 'plan', 'pirp')).toMatch(/for disposition/);
    expect(section(summary, 'intervention', 'pirp')).toMatch(/Called emergency department triage RN with report/);
  });
});

describe('review 41: arrows', () => {
  it('an arrow between frequencies is a change, after "if" a consequence, before a person their next act', () => {
    expect(section('Plan: weekly -> 2x/wk for a month.', 'plan')).toMatch(/from weekly to twice per week/i);
    expect(note('If she hears a specific threat -> 911.')).toMatch(/specific threat, then 911/);
    expect(note('MI re drinking -> pt willing to cut back to weekends.')).not.toMatch(/leading to/);
  });
});

describe('review 41: dictation', () => {
  it('a subjectless act joined by "and then" goes on with the named person before it, not the client', () => {
    const out = note('crisis call from Maya she called because her friend Jordan posted a goodbye on his story and then stopped answering texts so I walked her through calling for a welfare check and she stayed on the line', 'dap');
    expect(out).toMatch(/Jordan stopped answering texts/);
    expect(out).not.toMatch(/Client stopped answering/);
  });

  it('"doesn\'t know where Jordan is" stays one statement; the sign-off is dropped; "I\'m going to call her" is the plan', () => {
    const summary = 'um so she doesn\'t know where Jordan is right now but she thinks he is at his apartment and I gave her the crisis line number and I\'m going to call her back at six to check in uh that\'s it';
    const out = note(summary, 'dap');
    expect(out).toMatch(/where Jordan is right now/);
    expect(out).not.toMatch(/that is it|that's it/i);
    expect(section(summary, 'plan', 'dap')).toMatch(/call her back at six/);
  });

  it('the clinician\'s own question starts a statement even after "how"; "which I noted" is an aside', () => {
    const summary = 'so he says he has been wishing he could just not wake up most nights and he said he hasn\'t thought about how I asked about intent and he said he doesn\'t know which I noted and we made a safety plan together and he will call the crisis line if it gets worse';
    const out = note(summary);
    expect(out).toMatch(/Therapist asked about intent/);
    expect(out).not.toMatch(/"about how I asked/);
    expect(out).not.toMatch(/which the therapist noted/);
  });

  it('a dictated diagnosis starts its own statement and is written under its label', () => {
    const summary = 'so she came in late and she was tearful talking about the divorce and the house sale we worked on grounding for most of it and updated the safety plan dx MDD recurrent moderate we will see her weekly';
    const out = note(summary);
    expect(out).toMatch(/Diagnosis: major depressive disorder, recurrent, moderate/);
    expect(out).not.toMatch(/safety plan diagnosis/);
  });

  it('"affect was sad tearful" is sad, tearful affect, presented with', () => {
    const out = note('so he came in on time and talked about the anniversary of the accident for most of the hour and he spent the whole day at the grave affect was sad tearful he was engaged though');
    expect(out).toMatch(/Client presented with sad, tearful affect/);
  });

  it('"we\'re going to see him weekly" is the clinician seeing the client, never "therapist and client will see him"', () => {
    const out = section('Plan: we\'re going to see him weekly for now.', 'plan');
    expect(out).toMatch(/Therapist will see him weekly/);
    expect(out).not.toMatch(/Therapist and client/);
  });

  it('"my client Ana" is the client, never "the therapist\'s client"', () => {
    expect(note('Family meeting with my client Ana and her aunt Rosa.')).not.toMatch(/therapist's client/);
  });
});

describe('review 41: labels and who responded', () => {
  it('a "Behavior:" line is what was seen, each clause read for its kind, and its label goes', () => {
    const summary = 'Saw Lila (9) with her mom.\nBehavior: Lila was quiet, sat close to mom, drew a house with no door.\nI used the drawing to name feelings.';
    const out = section(summary, 'behavior', 'birp');
    expect(out).toMatch(/Lila was quiet/);
    expect(note(summary, 'birp')).not.toMatch(/Behavior:/);
  });

  it('"Problem:" under PIE\'s own Problem heading is not repeated as a word of the note', () => {
    expect(section('Problem: conflict over chores and screen time.\nI used reflective listening.', 'problem', 'pie')).not.toMatch(/Problem:/);
  });

  it('"I met with them for 50 min" gives the session length', () => {
    expect(readSummary('Couples session w/ Ana and Luis. I met with them for 50 min. Worked on repair attempts.').session.minutes).toBe(50);
  });

  it('"Drinking needs follow-up" keeps the -ing word as its subject, never "Client was drinking needs"', () => {
    const out = note('Evaluation: some progress. Drinking needs follow-up, AUDIT next time.', 'pie');
    expect(out).toMatch(/Drinking needs follow-up/);
    expect(out).not.toMatch(/Client was drinking needs/i);
  });

  it('a named partner who struggled with the exercise just done is responding to it', () => {
    const summary = 'Couples session w/ Nate and Mia. I used Gottman soft start-up and had each redo a complaint. Nate struggled, went back to "you never" twice. Mia was able to do it first try.';
    expect(section(summary, 'response', 'birp')).toMatch(/Nate struggled/);
  });

  it('sections named aloud in dictation ("so intervention I did ...", "response she ...") place what follows them', () => {
    const summary = 'ok so this is telehealth with Dana she is 30 um she has been really stressed at work and not sleeping so intervention I did some cognitive restructuring on the thought that she is failing and we practiced box breathing uh response she was tearful at first then calmer and said the breathing helped a little plan is she will practice breathing nightly and we meet next week';
    expect(section(summary, 'intervention', 'birp')).toMatch(/cognitive restructuring/);
    expect(section(summary, 'intervention', 'birp')).not.toMatch(/so intervention/);
    expect(section(summary, 'response', 'birp')).toMatch(/tearful at first then calmer/);
    expect(section(summary, 'plan', 'birp')).toMatch(/practice breathing nightly/);
  });
});

describe('review 42', () => {
  it('a bare "plan" elsewhere ("her number on the plan") never overrules "no plan"', () => {
    const summary = 'Passive SI "wish I could sleep and not wake up", no plan, no intent.\nSafety plan reviewed, sister\'s number on plan.';
    const r = readSummary(summary).risk;
    expect(r.plan).toBe(false);
    expect(section(summary, 'risk')).not.toMatch(/a plan was reported/);
  });

  it('"ask son directly about SI tonight" is a task, not ideation; a young man\'s "nobody would notice if I was gone" is his', () => {
    const summary = 'Couples session, Ana + Raj. Ana disclosed her 20yo son posted "nobody would notice if I was gone" 2 days ago. Neither partner endorses SI/HI.\nEncouraged parents to ask son directly about SI tonight.';
    const r = readSummary(summary).risk;
    expect(r.si).toBe('denied');
    expect(section(summary, 'risk', 'dap')).toMatch(/nobody would notice if I was gone/);
  });

  it('the service type said outside brackets wins: "DBT indiv (wk 14 of skills group)" is individual', () => {
    expect(readSummary('- 30yo M, DBT indiv (wk 9 of skills group)\n- diary card reviewed').session.serviceType).toBe('individual');
  });

  it('"he\'s done" is "he is done"; a named full name is never cut; police are doers', () => {
    const out = note('crisis call 3:15 pm pt Ana Ruiz called very upset her brother Leo 24 texted her saying he\'s done and he has pills she gave police his address police did a welfare check and found him at home', 'dap');
    expect(out).toMatch(/he is done/);
    expect(out).toMatch(/Ana Ruiz/);
    expect(out).toMatch(/Police did a welfare check/);
    expect(out).not.toMatch(/Client reported police/);
  });

  it('the clinician\'s next act after "then", said without a subject, stays the clinician\'s', () => {
    const out = note('crisis call from a client very upset about her roommate she was crying so I did some grounding with her first then walked her through calling 911 while I stayed on the line and police went to the apartment', 'dap');
    expect(out).toMatch(/Therapist walked her through calling 911/);
    expect(out).not.toMatch(/Client walked her through/);
  });

  it('a skill the client used between sessions is the client\'s, not the therapist\'s intervention', () => {
    const summary = '- urges to cut after a fight Sat\n- used DBT TIPP (ice water) Sat night, said it helped\n- practiced check the facts in session';
    expect(section(summary, 'behavior', 'birp')).toMatch(/Client used dialectical behavior therapy \(DBT\) TIPP skills \(ice water\) Saturday night/);
    expect(section(summary, 'intervention', 'birp')).not.toMatch(/TIPP/);
  });

  it('"she is staying with a friend tonight" stays in the present', () => {
    expect(note('Crisis call. Pt denies SI. She is staying with her friend tonight.', 'dap')).toMatch(/is staying with her friend tonight/);
  });

  it('group attendance and the format named as a title go to the session line', () => {
    const session = section('GIRP - teen boys\' anger mgmt group, wk 3/8. 6 present, Sam absent.\nG: name body cues of anger', 'session', 'girp');
    expect(session).toMatch(/Group psychotherapy/);
    expect(session).toMatch(/6 present, Sam absent/);
    expect(session).not.toMatch(/GIRP/);
  });

  it('"1:1" is never read as a label', () => {
    expect(section('P: follow up 1:1 w/ Dre re home situation.', 'plan')).toMatch(/1:1 with Dre/);
  });

  it('a jotted "no HI" after a run-on\'s past ("sold his rifle last year no HI") is today\'s denial; "no SH since 2021" stays history', () => {
    expect(readSummary('he said he sold his rifle last year no HI no psychosis history of one DUI').risk.hi).toBe('denied');
    expect(readSummary('no SH since 2021').risk.selfHarm).toBe('history');
  });

  it('"2+ body cues" is two or more; "husband d. 4 mo ago" died', () => {
    expect(note('Goal: name 2+ body cues of anger.')).toMatch(/2 or more body cues/);
    expect(note('78yo widow, husband d. 4 mo ago (CHF), crying most days.')).toMatch(/husband died 4 months ago/);
  });

  it('an arrow after a screen gives its result; "rec PCP f/u" is a recommendation', () => {
    expect(note('C-SSRS completed -> high risk. Active SI with plan.')).toMatch(/completed: high risk/);
    expect(section('rec PCP f/u re: wt loss.', 'plan')).toMatch(/Therapist recommended primary care provider follow-up/);
  });

  it('a labelled first line that only names the session ("D: Relapse prevention grp, IOP, 7 present") is the heading', () => {
    const session = section('D: Relapse prevention grp, IOP, 6 members present. Topic: HALT. Members shared triggers.\nA: good engagement.\nP: next grp Wed.', 'session', 'dap');
    expect(session).toMatch(/Group psychotherapy/);
    expect(section('D: Relapse prevention grp, IOP, 6 members present. Topic: HALT. Members shared triggers.\nA: good engagement.\nP: next grp Wed.', 'data', 'dap')).not.toMatch(/Client reported relapse prevention/);
  });
});

describe('review 43', () => {
  it('"denies command AH to self-harm" is no self-harm; "+wish to be dead, -intent" are screen items', () => {
    const r = readSummary('Denies command AH to self-harm. C-SSRS screen: +wish to be dead, +active thoughts, -method, -intent, -behavior.').risk;
    expect(r.selfHarm).not.toBe('present');
    expect(r.si).toBe('active');
    expect(r.intent).toBe(false);
    expect(note('C-SSRS screen: +wish to be dead, -method.')).toMatch(/positive for wish to be dead, negative for method/);
  });

  it('"working PT" is part-time; "pros and cons" are never professionals; a bare "SA hx" is kept', () => {
    expect(note('Stable on meds, working PT at a grocery store.')).toMatch(/working part-time/);
    expect(note('Safety plan reviewed. Weighed pros and cons of moving out.')).toMatch(/pros and cons/);
    expect(note('SA hx, denies SI today.')).not.toMatch(/suicide attempt/);
  });

  it('"thoughts like I\'d rather be dead" are the client\'s words and a passive wish, never the therapist\'s', () => {
    const summary = 'so he said he has been having thoughts like I\'d rather be dead than live like this for a couple weeks and he says there is no plan';
    expect(note(summary, 'birp')).not.toMatch(/the therapist would rather/);
    expect(readSummary(summary).risk.si).toBe('passive');
  });

  it('an announced quotation ends where the clinician tells again ("... but he denied any plan")', () => {
    const out = note('he said and I\'m quoting here sometimes I think everybody would be better off if I just didn\'t wake up but he denied any plan or intent and he has a hunting rifle at home', 'pie');
    expect(out).toMatch(/"sometimes I think everybody would be better off if I just didn't wake up"/);
    expect(out).not.toMatch(/wake up but he denied any plan or intent[^"]*"/);
  });

  it('dictated SUDS and scores are digits', () => {
    expect(note('so um we did exposure today and his SUDS started at seventy peaked at eighty five and came down to forty by the end and he did really well um Y-BOCS was twenty six down from thirty one and we will keep going next week')).toMatch(/started at 70 peaked at 85 and came down to 40/);
  });

  it('being in a skills group is context, not this session\'s type', () => {
    expect(readSummary('- 22yo F, in DBT skills grp + indiv\n- diary card reviewed').session.serviceType).not.toBe('group');
  });

  it('"I coached him (dad) ... He got the hang of it" is the father, not the child', () => {
    const out = note('I saw Max (6) with his dad. Max built a fort in the sand tray. Dad joined for the last 10 min and I coached him on labeled praise. He got the hang of it after a couple tries.', 'simple');
    expect(out).toMatch(/Father got the hang of it/);
    expect(out).not.toMatch(/Client got the hang/);
  });

  it('"no safety concerns no DV both denied any SI" keeps "both" with its denial', () => {
    const out = note('couples session with Ana and Ben so um they argued about money again and Ben got defensive and we did some emotionally focused work and they both softened by the end um no safety concerns no DV both denied any SI next session in two weeks', 'soap');
    expect(out).toMatch(/Both denied any suicidal ideation/);
    expect(out).not.toMatch(/He reported no safety concerns/);
  });

  it('"session number four" is session 4', () => {
    expect(readSummary('couples session with Ana and Ben session number four um they argued about money and we worked on repair and they both softened by the end and we will meet next week').session.sessionNumber).toBe(4);
  });
});

describe('review 43: another person\'s threat', () => {
  it('a relative\'s threat told by the client stays whole and goes to the risk section; "us" in a duty-to-warn weighing is the clinician', () => {
    const summary = 'Couples, Ana & Ben. Ana reports Ben\'s brother Rick (not client) said at a party he\'d "put a bullet in" his landlord. Discussed duty to warn limits - Rick not our client, no threat reported to us directly. Both deny SI/HI.';
    const risk = section(summary, 'risk', 'pie');
    expect(risk).toMatch(/Rick \(not client\) said at a party he'd "put a bullet in" his landlord/);
    expect(risk).toMatch(/reported to the therapist directly/);
  });
});

describe('review 43: bullets and dosing', () => {
  it('format letters after a bullet ("- B:", "- R:") label their lines', () => {
    const summary = '- B: reports urges to cut 5/10, no acts\n- I: chain analysis of Tues urge\n- R: engaged, rated urges 2/10 at end\n- P: practice TIPP';
    expect(section(summary, 'response', 'birp')).toMatch(/rated urges 2\/10 at end/);
    expect(note(summary, 'birp')).not.toMatch(/\bB:|\bR:|Therapist: chain/);
  });

  it('dosing times after a dose are spelled out; "bid" elsewhere is a word', () => {
    expect(note('Lithium 300 mg bid, level pending. Gave inj L deltoid, tol well.')).toMatch(/300 mg twice daily.*tolerated well/s);
    expect(note('Worked on turning toward each other\'s bid for attention.')).toMatch(/bid for attention/);
  });
});

describe('review 43: protective factors named with difficulty', () => {
  it('"could not identify reasons for living beyond \'maybe my son.\'" is limited, never a plain list', () => {
    const risk = section('Active SI with plan. Could not identify reasons for living beyond "maybe my son." C-SSRS high risk.', 'risk');
    expect(risk).toMatch(/Protective factors: limited; the client could name only "maybe my son"/);
  });
});

describe('review 44', () => {
  it('"no one reported SI today" in a group is a denial for the group, never a named member\'s ideation', () => {
    const summary = 'group session DBT skills group eight teens present um we did TIPP and self soothe kits and Darius shared that paced breathing helps him um Jess was quiet most of the group left early for nurse headache no one reported SI today next week is radical acceptance';
    expect(readSummary(summary).risk.si).toBe('denied');
    expect(note(summary, 'girp')).not.toMatch(/Jess reported suicidal ideation/);
  });

  it('C-SSRS items said in words ("item one yes items two through six no") and "passive ideation only" are passive; "I\'d call it moderate" is the level', () => {
    const r = readSummary('she wishes she could go to sleep and not wake up, no plan no intent. C-SSRS screen was positive for passive ideation only item one yes items two through six no. risk I\'d call it moderate.').risk;
    expect(r.si).toBe('passive');
    expect(r.level).toBe('moderate');
  });

  it('SI with a plan told inside a past event ("psych hosp age 14 after SI w/ plan") is history; "No prior SH acts" and "No SH hx" deny self-harm history', () => {
    const r = readSummary('Hx: one psych hosp age 14 after SI w/ plan. No SI since. Currently denies SI/HI.').risk;
    expect(r.si).toBe('denied');
    expect(r.plan).not.toBe(true);
    expect(readSummary('Urges to cut this week, did not act. Denies SI. No prior SH acts.').risk.selfHarm).not.toBe('history');
    expect(readSummary('Denies SI. No SH hx.').risk.selfHarm).not.toBe('history');
  });

  it('a friend "from school (Mia)" who has been cutting is the friend\'s self-harm, not the client\'s', () => {
    expect(readSummary('Sofia disclosed friend from school (Mia) has been cutting. Sofia denies SI/SH herself.').risk.selfHarm).toBe('denied');
  });

  it('"Safety plan not adequate given intent" never denies intent', () => {
    expect(readSummary('Active SI, plan to jump. Intent: rated 7/10. Safety plan not adequate given intent.').risk.intent).toBe(true);
  });

  it('"I want to be dead. I think about ways" is active ideation in the risk section', () => {
    const summary = 'Stated "I want to be dead. I think about ways but I haven\'t picked one." No plan, no access to firearms.';
    expect(readSummary(summary).risk.si).toBe('active');
    expect(section(summary, 'risk', 'birp')).toMatch(/I want to be dead/);
  });

  it('how the clinician interviewed is theirs, and a person named by title "notified" was notified', () => {
    const out = note('pt disclosed bruise on arm. did not ask leading q\'s, used open prompts only. Principal Mr. Howe notified.', 'simple');
    expect(out).not.toMatch(/Client did not ask/);
    expect(out).toMatch(/Principal Mr\. Howe was notified/);
    expect(out).not.toMatch(/Client reported Principal/);
  });

  it('a plan rated as a likelihood ("likelihood of using plan 8/10") is the safety plan, never a suicide plan', () => {
    expect(readSummary('Thought about ending it, no plan, no intent. Safety plan done; rated likelihood of using plan 8/10.').risk.plan).toBe(false);
  });
});

describe('review 45', () => {
  it('a gun a relative holds is no access; the method of a past attempt is history, not current self-harm', () => {
    expect(readSummary('Denies SI, no access to firearms (brother holds his gun since June).').risk.means).toBe(false);
    expect(readSummary('she had a suicide attempt back then by cutting, no thoughts like that since and nothing now').risk.selfHarm).not.toBe('present');
  });

  it('in the clinician\'s own sentence, what "she said" in the first person is quoted, up to "so disposition"', () => {
    const out = note('so I did a safety assessment and we did a safety plan but she could not commit to safety she said I don\'t know if I can stop myself so disposition is voluntary admission to the inpatient unit', 'dap');
    expect(out).toMatch(/(?:she|Client) said "I don't know if I can stop myself"/);
    expect(out).not.toMatch(/the therapist can stop the therapist/);
  });

  it('"Telehealth phone ck-in" is held by phone; "Session type: Family (...)" is a family session', () => {
    expect(readSummary('Telehealth phone ck-in w/ Bill T. (BPD)\nDenies SI this wk.').session.modality).toBe('phone');
    expect(readSummary('Session type: Family (pt + mother + stepfather), in person, 60 min\nWorked on curfew.').session.serviceType).toBe('family');
  });

  it('"Hold Me Tight" is a title; "2/2" after "On" is a date; a diagnosis with its own commas keeps one each', () => {
    expect(note('Gave them the Hold Me Tight workbook.')).toMatch(/Hold Me Tight/);
    expect(note('On 2/2, vaping found in backpack.')).not.toMatch(/secondary to/);
    expect(note('Client: Ty, 34M. Dx: MDD, recurrent, severe.\nWorked on sleep.')).not.toMatch(/,,/);
  });
});
