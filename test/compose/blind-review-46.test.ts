import { describe, expect, it } from 'vitest';
import { composeNote, readSummary } from '../../src/compose/index.ts';

// Blind review 46 (issue 6): each mechanism the reviewers' notes showed missing, tested on
// summaries written for this file, never on the reviewers' own.
const note = (summary: string, format = 'soap'): string => composeNote({ summary, format }).sections.map((s) => s.text).join('\n');
const section = (summary: string, key: string, format = 'soap'): string => composeNote({ summary, format }).sections.find((s) => s.key === key)?.text ?? '';

describe('review 46: whose risk, and what was denied', () => {
  it('"denies ever wanting to hurt herself" denies the wish: no urges, self-harm denied', () => {
    for (const summary of ['Teen says the marks are from a rose bush, denies SI, denies ever wanting to hurt herself.', 'Boy (8) denied wanting to hurt himself, said "I just get mad".']) {
      const r = readSummary(summary).risk;
      expect(r.selfHarmUrges, summary).toBeUndefined();
      expect(r.selfHarm, summary).toBe('denied');
      expect(note(summary), summary).not.toMatch(/urges to self-harm/);
    }
  });

  it('a wish to self-harm with no denial before it is still an urge', () => {
    expect(readSummary('She said she wanted to cut last night but didn\'t.').risk.selfHarmUrges).toBe(true);
  });

  it('cuts a sibling showed the client are the sibling\'s, not the client\'s self-harm', () => {
    const summary = 'Seen w/ dad. Kai (10) says his sister (15) texted "I want to die" Sunday and showed Kai cuts on her arm. Kai: no SI/SH.';
    const r = readSummary(summary).risk;
    expect(r.selfHarm).toBe('denied');
    expect(note(summary)).not.toMatch(/the client reported current self-harm/);
  });

  it('someone who "shows up" is not showing the client anything: a threat about them stays the client\'s', () => {
    const summary = 'Dev said "if my cousin shows up at my mom\'s again I\'ll wreck him", then denied any intent to hurt him.';
    expect(readSummary(summary).risk.threat).toBe(true);
  });

  it('"no thoughts of self-harm since we started" is a denial, never a history of self-harm', () => {
    const summary = 'Denies SI/HI, denies any thoughts of self-harm since we started in May.';
    expect(readSummary(summary).risk.selfHarm).toBe('denied');
    expect(note(summary)).not.toMatch(/history of self-harm/);
  });

  it('"no cutting since the spring" still says there was cutting before', () => {
    expect(readSummary('No cutting since the spring relapse.').risk.selfHarm).toBe('history');
  });

  it('"HI screen neg for intent" reads neither as endorsed ideation nor as a plain denial; "HI screen neg" is a denial', () => {
    const withIntent = readSummary('Pt said "he\'ll regret it" re neighbor - clarified, denies intent; HI screen neg for intent.').risk;
    expect(withIntent.hi).not.toBe('present');
    expect(withIntent.intent).toBe(false);
    expect(readSummary('HI screen neg. SI screen neg.').risk.hi).toBe('denied');
  });

  it('urges to burn herself are self-harm urges, named in the risk section', () => {
    const summary = 'Strong urges to burn herself with a lighter Fri after a fight with her girlfriend; did not act on them. Denied SI.';
    expect(readSummary(summary).risk.selfHarmUrges).toBe(true);
    expect(section(summary, 'risk')).toMatch(/urges to self-harm/);
  });
});

describe('review 46: words with two meanings, and dictation', () => {
  it('"PO" beside probation, a title or "ROI for" is the probation officer even where a DV charge is named', () => {
    const summary = 'Intake, court-ordered (probation - PO Mr. Reyes). DV charge dismissed. Plan: ROI for PO signed.';
    const out = note(summary);
    expect(out).toMatch(/probation officer Mr\. Reyes/);
    expect(out).toMatch(/for probation officer signed/);
    expect(out).not.toMatch(/protective order/);
  });

  it('"thought MI, cardiac w/u neg" is a feared heart attack and its workup, not motivational interviewing', () => {
    const out = note('Panic attacks x 3 mo. One ER visit in May, thought MI, cardiac w/u neg. Used MI re avoidance.');
    expect(out).toMatch(/myocardial infarction, cardiac workup negative/);
    expect(out).toMatch(/motivational interviewing/);
  });

  it('"d/c\'d" after a medication and before a year is discontinued', () => {
    expect(note("Tx'd w/ fluoxetine by PCP, d/c'd 2019.")).toMatch(/discontinued 2019/);
  });

  it('a noun "period" in dictation ("a dark period in 2015") is a word, not a full stop', () => {
    const out = note('so she had a dark period in 2015 after her divorce um and it resolved with therapy she is doing ok now she is working full time');
    expect(out).toMatch(/dark period in 2015 after her divorce/);
  });

  it('spoken ranges become figures: "sleeping nine ten hours" is 9 to 10 hours', () => {
    expect(note('she says she is sleeping nine ten hours and still tired um she is eating ok')).toMatch(/9 to 10 hours/);
  });

  it('the clinician\'s aside between "she said" and the quote is not the client\'s words', () => {
    const out = note('ok so she came in tired um she said and I want to get this right she said I feel like a ghost at home um we talked about her son and the move and what she wants from him going forward');
    expect(out).not.toMatch(/get this right/);
    expect(out).not.toMatch(/said she said/);
  });

  it('a name after a preposition is its object, not a new speaker ("which for Nadia is a big deal")', () => {
    expect(note('she came in with her hair unwashed which for Nadia is a big deal um we talked about the move')).not.toMatch(/for\. Nadia/);
  });

  it('"Risk:" and "Safety:" labels go, except before a level, which keeps them as the clinician\'s rating', () => {
    expect(section('Risk: pt made a vague statement re coworker, clarified, denies intent.', 'risk')).not.toMatch(/Risk:/);
    expect(readSummary('Risk: moderate. Denies SI.').risk.level).toBe('moderate');
  });
});

describe('review 46: who did it, and when', () => {
  it('a report closed by "per <relative or school>" is that person\'s report', () => {
    const out = note('Presenting: school refusal; 5 absences this mo per school counselor (Ms. Lee). Tantrums down to 3/wk per dad.', 'pirp');
    expect(out).toMatch(/School counselor \(Ms\. Lee\) reported 5 absences this month/);
    expect(out).toMatch(/Father reported tantrums down to 3 per week/);
    expect(out).not.toMatch(/Client reported 5 absences/);
  });

  it('"spoke w/ dad at end of call w/ pt present" is the clinician speaking', () => {
    expect(note('Telehealth. Safety plan reviewed. Spoke w/ dad at end of call w/ pt present, dad agreed to lock meds.')).toMatch(/Therapist spoke with (?:father|dad)/i);
  });

  it('a session planned in the follow-up line gives no length to this one', () => {
    const summary = 'Family session w/ parents and Jo (14). Reviewed house rules. F/u 1 wk, family + 20 min individual w/ Jo.';
    expect(readSummary(summary).session.minutes).toBeUndefined();
    expect(readSummary('Indiv 45 min session. Reviewed sleep log.').session.minutes).toBe(45);
  });
});

describe('review 47: risk read right', () => {
  it('a relative out of the room is not the one who then "said"', () => {
    const summary = 'video session with Rosa she is 16 um dad was home but not in the room so um she said this week was hard she said she has had thoughts of killing herself most days but no plan um we updated the safety plan together';
    const r = readSummary(summary);
    expect(r.facts.find((f) => /thoughts of killing herself/.test(f.text))?.subject).not.toBe('other');
    expect(note(summary)).not.toMatch(/Father said/);
  });

  it('"she said like I just want ..." quotes the client; "I\'ve thought about how" inside it stays hers', () => {
    const summary = 'ok so she came in really flat um she said like I just want to be gone and I\'ve thought about how but I don\'t have a plan um we did a safety plan and she agreed to tell her aunt tonight';
    const out = note(summary);
    expect(out).toMatch(/"I just want to be gone and I've thought about how but I don't have a plan"/);
    expect(out).not.toMatch(/the therapist has thought/);
    expect(readSummary(summary).risk.plan).not.toBe(true);
  });

  it('C-SSRS items answered as a list: "yes to 1 2 and 3 no to 4 and 5" is active ideation, no intent, no plan', () => {
    const r = readSummary('Endorses SI most days. C-SSRS yes to 1 2 and 3 no to 4 and 5.').risk;
    expect(r.si).toBe('active');
    expect(r.intent).toBe(false);
    expect(r.plan).toBe(false);
  });

  it('not knowing about a means is neither access nor its absence', () => {
    const r = readSummary('Passive SI. Asked about means: no firearms at home, she doesn\'t know about pills in the house.').risk;
    expect(r.meansNamed).not.toBe('pills');
  });

  it('a screen negative for current ideation, said first, is a denial even with a lifetime passive wish after it', () => {
    for (const summary of ['C-SSRS screen today neg - denies current SI/HI, denies urges to cut. Hx SI w/ plan 2021.', 'did a C-SSRS screen negative for current ideation positive for lifetime passive wish to be dead last spring no behaviors']) {
      expect(readSummary(summary).risk.si, summary).toBe('denied');
    }
  });

  it('what another person said ("ex-wife ... said she can\'t keep doing this and mentioned taking all her pills") is theirs', () => {
    const summary = 'Denies SI/HI. Ex-wife Dana called him drunk Sunday, said she "can\'t do this anymore" and mentioned taking all her pills; pt called 911.';
    expect(readSummary(summary).risk.si).toBe('denied');
  });
});

describe('review 47: words and doers', () => {
  it('"MS:" is a mental status line; "MS" beside a diagnosis is multiple sclerosis', () => {
    expect(note('MS: A&Ox3, psychomotor slowing, flat affect.')).not.toMatch(/sclerosis/);
    expect(note('Wife has MS, caregiver strain discussed.')).toMatch(/multiple sclerosis/);
  });

  it('"during ED" beside an eating disorder history is the eating disorder', () => {
    expect(note('Hx anorexia in college, restrictive. Hx SI age 19 during ED, no attempts.')).toMatch(/during eating disorder/);
  });

  it('letter grades are not initials ("B\'s -> D\'s" with a Ms. Dunn in the summary)', () => {
    const out = note('Referred by Ms. Dunn. Grades dropped B\'s -> D\'s this term.');
    expect(out).toMatch(/from B's to D's/);
    expect(out).not.toMatch(/Dunn's/);
  });

  it('"4-7-8 x 5 min" is the breathing pattern for 5 minutes', () => {
    expect(note('DBT skills group, 6 members.\nReviewed diary cards.\nGroup practiced 4-7-8 breathing x 5 min, most reported feeling calmer.', 'girp')).toMatch(/4-7-8 breathing for 5 minutes/);
  });

  it('a method named before a dash is how the work was done, not its doer', () => {
    const out = note('Couples session. Gottman - identified the criticism/stonewalling cycle, taught soft start-up.', 'pie');
    expect(out).toMatch(/Therapist identified the criticism and stonewalling cycle \(Gottman\)/);
    expect(out).not.toMatch(/Gottman identified/);
  });

  it('"Izzy\'s mom called - said ..." is the mother\'s report', () => {
    const out = note('Izzy\'s mom (Wei) called me after school - said Izzy "won\'t put her phone down."');
    expect(out).toMatch(/Mother said Izzy/);
    expect(out).not.toMatch(/Client said Izzy/);
  });

  it('"late wife (d. 2022)" is the year she died, kept in one sentence', () => {
    const out = note('Tearful about late wife (d. 2022), TP linear.');
    expect(out).toMatch(/late wife \(died 2022\)[^.]*thought process (?:was )?linear/);
  });

  it('what follows the work in a heading that goes on is the response ("..., worked on X, Ana cried when ...")', () => {
    expect(section('Couples - Ana & Ben, 3rd session, worked on speaker-listener, Ana cried when Ben reflected back "you feel alone", both agreed to a weekly check-in.', 'response', 'sirp')).toMatch(/Ana cried/);
  });

  it('a decision jotted as a participle after the work is the response: "pt accepting voluntary admit"', () => {
    const out = section('Crisis eval. Consulted on-call psychiatrist who recommends admission. Pt accepting voluntary admit.', 'response', 'birp');
    expect(out).toMatch(/Client accepted voluntary admission/);
  });
});

describe('review 48: whose words, whose risk', () => {
  it('"she has been thinking she would be better off dead" stays one thought of hers', () => {
    const summary = 'phone session with Dana um she called from her car so some noise uh she says she has been thinking she would be better off dead and that her kids would be better off without her um no plan she said';
    expect(note(summary)).not.toMatch(/Client would be better off dead/);
    expect(readSummary(summary).risk.si).toBe('passive');
  });

  it('another person\'s suicidal words are named beside the client\'s status, never as it', () => {
    const summary = 'Family session. Son said dad told him last week "sometimes I think about taking all my pills." Dad confirmed it, denies current plan. Pt (son) denies SI/HI.';
    const r = readSummary(summary).risk;
    expect(r.othersRisk).toBe(true);
    expect(section(summary, 'risk', 'pirp')).toMatch(/Another person's suicidal thoughts are documented above/);
    // A relative telling the client's own words is not another person's risk.
    expect(readSummary('Noah, 15M, w/ mother. Mother reported he yelled "I\'d be better off dead" Saturday. He took it back, denies SI.').risk.othersRisk).toBeUndefined();
  });

  it('"taking all my pills" is an overdose thought, but "all his meds in a pillbox" is not', () => {
    expect(readSummary('She said "some nights I think about taking all my pills."').risk.si).not.toBe('not_assessed');
    expect(readSummary('Gave him all his meds for the week in a pillbox.').risk.si).toBe('not_assessed');
  });

  it('"HI risk judged low-moderate" is a rating, not ideation endorsed', () => {
    const r = readSummary('Denies HI now, denies intent toward anyone. HI risk judged low-moderate, situational.').risk;
    expect(r.hi).toBe('denied');
    expect(r.level).toBe('low-moderate');
  });

  it('"denies wish to die" is a denial', () => {
    expect(readSummary('Tearful re brother\'s death, "should\'ve been me"; clarified = survivor guilt, denies wish to die.').risk.si).toBe('denied');
  });

  it('"We\'ll meet again Thursday" after a call to the psychiatrist is the next session, not the clinicians', () => {
    const out = note('Active SI, no plan. Safety plan done. I reached out to his psychiatrist Dr. Lam about moving up his appt. We\'ll meet again Thursday, and I\'ll call tomorrow.');
    expect(out).not.toMatch(/the psychiatrist will meet/);
  });
});

describe('review 48: words and places', () => {
  it('"CM" is the case manager when a person acts, the service when referred to', () => {
    // (Review 200: the case manager's step to come is the plan, so it no longer comes first in the note.)
    const text = note("CM Jorge to submit housing application; CM rec'd new bus pass today.");
    expect(text).toMatch(/Case manager Jorge to submit/);
    expect(text).toMatch(/case manager received new bus pass/i);
    expect(note('Referred to CM services.')).toMatch(/case management services/);
  });

  it('a named group member\'s disclosure starts its own sentence ("... huge for him Devon mentioned ...")', () => {
    const out = note('tonight was DBT group um Carlos shared he used STOP at work which is huge for him Devon mentioned he has a history of cutting in his teens but nothing current and group was engaged overall', 'girp');
    expect(out).toMatch(/huge for him\. Devon mentioned/);
  });

  it('a habit in the present with no subject is the client\'s coping, not the clinician\'s intervention', () => {
    const r = readSummary('Teen reports urges to cut most nights, has not cut. Uses ice cube + texting cousin instead.');
    expect(r.facts.find((f) => /ice cube/.test(f.text))?.kind).toBe('report');
  });

  it('an arrow before a new doer ends the clause: the work, then the client\'s answer', () => {
    const r = readSummary('Pt denies use. UDS + fentanyl. Confronted gently w/ discrepancy using MI → pt admitted "a couple times" use.');
    expect(r.facts.find((f) => /^Confronted/i.test(f.text))?.kind).toBe('intervention');
    expect(r.facts.find((f) => /admitted/.test(f.text))?.kind).toBe('response');
  });

  it('a first clause that says how the session was held is the heading, even when the sentence goes on', () => {
    const summary = 'Telehealth (video) w/ Ruth P., 82, GAD; anxiety up re cardiac cath, on lorazepam prn; denies SI/HI.';
    expect(readSummary(summary).session.modality).toBe('video');
    expect(note(summary)).not.toMatch(/Client reported Telehealth/);
  });

  it('"So this was an intake, new client, Gordon, he\'s 58, referred by ..." is a heading with a report after it', () => {
    const summary = "So this was an intake, new client, Gordon, he's 58, um, referred by his PCP after a PHQ-9 of 21. He lost his job in August.";
    expect(readSummary(summary).session.serviceType).toBe('intake');
    expect(note(summary)).toMatch(/58-year-old male/);
    expect(note(summary)).not.toMatch(/Client reported this was an intake/);
  });

  it('two marks where clauses joined are one (",;" is ";")', () => {
    expect(note('Provisional dx MDD single episode severe w/o psychotic features, r/o AUD mild')).not.toMatch(/,;/);
  });
});

describe('review 49: whose risk, and what kind', () => {
  it('a name given with its relation ("roommate (Kayla)") is another person: her saved pills are not the client\'s means', () => {
    const r = readSummary('Indiv f/u, 20F.\nMostly about roommate (Kayla) - pt found her "crying + saying she wants to die" Sun.\nKayla has pills saved up per pt.\nPt denies own SI.').risk;
    expect(r.si).toBe('denied');
    expect(r.means).toBeUndefined();
  });

  it('a relative\'s own history makes them no speaker: the next "he" is still the client', () => {
    const summary = 'crisis walk in um twenty year old male brought over by his RA uh he says he has been planning to overdose no prior attempts dad has depression history he was flat poor eye contact but cooperative denies HI we called campus police for transport';
    expect(note(summary)).not.toMatch(/Father was flat|Father denied/);
  });

  it('"fx" is fractures beside "stress" or a bone, functioning beside "social"; a medical risk is not the risk level', () => {
    const out = note('Athlete, amenorrhea x 6 mo after 2 stress fx this yr. Social fx intact. Medical risk moderate given amenorrhea + fx hx. Denies SI.');
    expect(out).toMatch(/2 stress fractures/);
    expect(out).toMatch(/Social functioning intact/i);
    expect(readSummary('Medical risk moderate given amenorrhea. Denies SI.').risk.level).toBeUndefined();
  });

  it('"One SI episode at 19 ... Denies SI since" is history and a denial, never active ideation', () => {
    expect(readSummary('Hx: one SI episode at 19 w/ overdose on Tylenol, ED visit. Denies SI since.').risk.si).toBe('denied');
  });

  it('guns stored at a relative\'s house are no access', () => {
    const r = readSummary('Passive SI, no plan. Denies access to firearms - guns stored at his dad\'s since session 2.').risk;
    expect(r.means).toBe(false);
  });

  it('"he will ask ..." after a named caseworker, in a girl\'s note, is the caseworker', () => {
    const out = note('Play therapy, Lily (8F) w/ foster mom.\nCollateral: phone call w/ DCFS caseworker Tom Reyes re visitation; he will ask for supervised visits at agency.', 'sirp');
    expect(out).toMatch(/[Tt]he caseworker will ask for supervised visits/);
    expect(out).not.toMatch(/Client will ask/);
  });

  it('"rec\'d psychiatry referral" at a line\'s start is the clinician\'s recommendation', () => {
    expect(note("Anxious re exams.\n- rec'd psychiatry referral for med eval - pt ambivalent")).toMatch(/Therapist recommended psychiatry referral/);
  });

  it('"came in with her sister said ..." keeps "with her sister" whole', () => {
    expect(note('ok this is a crisis session um she came in with her sister said she hasn\'t slept in three days and she is scared of what she might do')).not.toMatch(/came in with\./);
  });

  it('a jotted fact of care ("Lithium level due", "Depakote 1000 mg qhs") is never the client\'s report', () => {
    const out = note('Lithium level due, lab order sent. Depakote 1000 mg qhs. Grief re brother.');
    expect(out).not.toMatch(/Client reported (?:Lithium|lithium|Depakote)/);
    expect(out).toMatch(/Client reported grief/);
  });
});

describe('review 49: words', () => {
  it('"bio home" is the biological home; "Sgt. Torres" is one name', () => {
    expect(note('Removed from bio home 2 mo ago.')).toMatch(/biological home/);
    expect(note('Imaginal exposure of hotspot, moment of blast and seeing Sgt. Torres, SUDS 90.')).not.toMatch(/Sgt;/);
  });

  it('"pt cried, stayed with it" is what the client did, never "was cried"', () => {
    expect(note('Did imaginal exposure. Pt cried, stayed with it.', 'pie')).toMatch(/Client cried and stayed with it/);
  });

  it('a measure not done is said as jotted, not as the client\'s report', () => {
    expect(note('Anxious. PCL-5 not done today.')).not.toMatch(/Client reported PCL-5/);
  });
});

describe('review 50: risk', () => {
  it('pills saved at home are access, whatever else is absent and whatever hand-over is agreed', () => {
    const r = readSummary('Active SI w/ plan: has been saving up his oxycodone, about 40 pills in his nightstand, plans to take them all Sat. No firearms in the home. He agreed to let his wife hold the pills.').risk;
    expect(r.means).toBe(true);
    // (The pills saved are the medicine named beside them.)
    expect(r.meansNamed).toBe('oxycodone');
  });

  it('"putting her in a home will kill her" is a figure of speech, never homicidal ideation or a threat', () => {
    const r = readSummary('Family meeting re mother\'s dementia. Son: "putting her in a home will kill her." All denied SI/HI.').risk;
    expect(r.hi).not.toBe('present');
    expect(r.threat).toBeUndefined();
    expect(readSummary('Client said "I will kill him if he comes back."').risk.threat).toBe(true);
  });

  it('thinking about self-harm without doing it is an urge; "what to do if urges increase" is none', () => {
    expect(readSummary('She thought about scratching her arm w/ a paper clip 2x this wk, did NOT do it.').risk).toMatchObject({ selfHarmUrges: true });
    expect(readSummary('She thought about scratching her arm w/ a paper clip 2x this wk, did NOT do it.').risk.selfHarm).not.toBe('present');
    expect(readSummary('Discussed what to do if urges to self-harm increase.').risk.selfHarmUrges).toBeUndefined();
  });

  it('"I asked both about SI/HI and DV - both denied" denies each domain asked about', () => {
    const r = readSummary('Couples session w/ Ana and Ben. I asked both about SI/HI and DV - both denied.').risk;
    expect(r.si).toBe('denied');
    expect(r.hi).toBe('denied');
  });

  it('"he said to the group honestly sometimes I think ..." quotes him, never the therapist', () => {
    const out = note('ok this is IOP group um Marcus said he had a rough weekend and he said to the group honestly sometimes I think everyone would be better off if I just wasn\'t around um he denied any plan when I asked him directly', 'girp');
    expect(out).toMatch(/"honestly sometimes I think everyone would be better off if I just wasn't around"/);
    expect(out).not.toMatch(/Therapist thought/);
  });
});

describe('review 50: words and doers', () => {
  it('a decimal is one number across an arrow: "A1c 7.8->9.6"', () => {
    expect(note('A1c up 7.8->9.6 since spring.')).toMatch(/7\.8 to 9\.6/);
  });

  it('a named person\'s next "said" goes on with them ("Pat backed Owen up said give him a chance")', () => {
    expect(note('Family session w/ Julie, Pat and Owen (17).\nOwen denied SI um Julie said she doesn\'t believe him Pat backed Owen up said give him a chance um we talked about trust', 'birp')).not.toMatch(/Client said give him a chance/);
  });

  it('a correction of the object only keeps the doer and verb ("I used a Gottman style no actually a narrative approach")', () => {
    expect(note('Family session w/ Julie, Pat and Owen (17).\nwe talked about the overdose um I used a Gottman style uh no actually a narrative approach externalizing we called it the fog and Owen liked that', 'birp')).toMatch(/Therapist used a narrative approach/);
  });

  it('"I told her I was concerned" is the clinician telling, never a quotation', () => {
    expect(note('Pt tearful. I told her I was concerned and we made a plan.')).not.toMatch(/told her "/);
  });

  it('"Pt Eleanor Voss 78F, widowed 8 mo" says who the client is; a warm handoff is how she came', () => {
    const out = note('Warm handoff from Dr. Ruiz. Pt Eleanor Voss 78F, widowed 8 mo. c/o memory lapses.');
    expect(out).toMatch(/Client is Eleanor Voss, a 78-year-old female/);
    expect(out).not.toMatch(/presented as warm/);
  });
});

describe('review 51: a screen read item by item', () => {
  it('"C-SSRS (+ for wish to be dead past month, neg for active SI)" is passive ideation, never active', () => {
    expect(readSummary('Family session. C-SSRS screener w/ Jaylen (+ for wish to be dead past month, neg for active SI/behavior).').risk.si).toBe('passive');
    // A lifetime wish is history: the current denial stands.
    expect(readSummary('C-SSRS screen negative for current ideation, positive for lifetime passive wish to be dead, no behaviors.').risk.si).toBe('denied');
  });
});

describe('review 51: whose words and when', () => {
  it('"he wrote on his math worksheet I want to die" quotes the child; the drawing after it is told again', () => {
    const out = note('um so school based session today with Aiden hes 10 um his teacher walked him down because he wrote on his math worksheet I want to die and drew a picture of himself with x\'s for eyes um so we talked');
    expect(out).toMatch(/worksheet "I want to die" and drew a picture of himself/);
    expect(out).not.toMatch(/the therapist wants to die/);
  });

  it('a plan told inside a dated past event ("in 2019, when she had a plan to overdose") is history', () => {
    expect(readSummary('We reviewed her history of SI after her second child in 2019, when she had a plan to overdose and was hospitalized. She denied any current SI.').risk.si).toBe('denied');
  });

  it('"unless Luis is sober" keeps the condition in its sentence', () => {
    expect(note('mom was tearful but agreed to call the attorney and not send him with Luis this weekend unless Luis is sober um we made a plan for the weekend and she felt better', 'soap')).not.toMatch(/Luis was sober/);
  });

  it('in a child-with-parent session the parent named by relation has their own risk, never the child\'s', () => {
    const summary = 'Child w/ parent session - Harper Lin, 5 y/o, w/ dad Kevin\n- Asked directly: Kevin denies SI intent/plan but endorses passive thoughts "wishing I could just not wake up"\n- A: Kevin w/ depressive sx, passive SI, low-mod risk';
    const r = readSummary(summary).risk;
    expect(r.si).not.toBe('passive');
    expect(r.othersRisk).toBe(true);
    expect(section(summary, 'risk')).toMatch(/another person's suicidal thoughts/);
  });
});

describe('review 52', () => {
  it('"denies intent to self-harm now" after urges not acted on is no self-harm done', () => {
    const r = readSummary('Strong urges to cut this wk, did NOT act on urges. Last self-harm 4 mo ago per pt. Denies SI, denies intent to self-harm now.').risk;
    expect(r.selfHarm).not.toBe('present');
    expect(r.selfHarmUrges).toBe(true);
  });

  it('"in DBT individual + skills group" is what she attends, not this session\'s type', () => {
    expect(readSummary('Telehealth session (video)\n- Mia, 19, in DBT individual + skills group\n- urges 8/10 Sat').session.serviceType).not.toBe('group');
  });

  it('"spoke w/ Sam after group" is never the client speaking', () => {
    expect(note('DBT skills group, 6 members.\nReviewed diary cards.\nSpoke w/ Sam after group, he denied SI/HI.', 'girp')).not.toMatch(/Client spoke with Sam/);
  });

  it('"No overdose hx since 2021" is a history, never "history of since"', () => {
    expect(note('No overdose hx since 2021.')).not.toMatch(/history of since/);
  });
});
