import { describe, expect, it } from 'vitest';
import { composeNote, readSummary } from '../../src/compose/index.ts';
import { cleanDictation } from '../../src/compose/read/clean-dictation.ts';
import { expandShorthand } from '../../src/compose/read/expand-shorthand.ts';
import { isHeaderLike } from '../../src/compose/read/extract-session-details.ts';
import { note, section } from './note-text.ts';

// Blind review 83 (issue 6): a grief and bereavement counselor (suicide and overdose loss), and an
// adolescent intensive outpatient program. Each mechanism the reviewers' notes showed missing,
// tested on summaries written for this file.

describe('review 83: risk read right', () => {
  it('"denies SI in the past 2 days with intent" denies the intent; passive ideation stays passive', () => {
    const r = readSummary('Endorses passive SI ("sometimes I wish I could sleep for a year"), denies SI in the past 2 days w/ intent.').risk;
    expect(r.si).toBe('passive');
    expect(r.intent).toBe(false);
    expect(readSummary('denies SI with intent').risk.intent).toBe(false);
    // "past 48h" is a window of time, never a history.
    expect(readSummary('no SI in past 72h').risk.si).toBe('denied');
  });

  it('a weapon moved to a relative\'s house, told after the weapon, is removed, never access', () => {
    const r = readSummary('Thoughts of killing himself most nights. His shotgun moved to his brother\'s place in March, confirmed by wife.').risk;
    expect(r.means).toBe(false);
    expect(r.meansRemoved).toBe(true);
    expect(section('Thoughts of killing himself most nights. His shotgun moved to his brother\'s place in March.', 'risk')).not.toMatch(/access to (?:the )?shotgun was reported/);
  });

  it('what self-harm does for a client is her view of it, never current self-harm; urges without acts stay urges', () => {
    expect(readSummary('She said burning helps her feel calm.').risk.selfHarm).toBe('not_assessed');
    const r = readSummary('Urges to cut Sunday night 7/10, did not act. Denies any cutting since the 3rd. She said cutting makes her feel real.').risk;
    expect(r.selfHarm).not.toBe('present');
    expect(r.selfHarmUrges).toBe(true);
  });

  it('"if he says he has a plan" is a condition, never a plan', () => {
    expect(readSummary('Mom agreed to take him to the ED if he says he has a plan.').risk.plan).toBeUndefined();
  });

  it('a death by suicide of someone close is neither the client\'s ideation nor another\'s to act on', () => {
    const r = readSummary('Sister Ana suicide 6 mo ago (overdose). Passive SI, denies plan or intent.').risk;
    expect(r.si).toBe('passive');
    expect(r.othersRisk).toBeUndefined();
    expect(readSummary('Since the suicide of her son she barely sleeps. Denies SI.').risk.si).toBe('denied');
    // The client's own plan is still read.
    expect(readSummary('his suicide plan is to drive off the bridge').risk.si).toBe('active');
  });

  it('words quoted from another person\'s post are that person\'s risk', () => {
    const r = readSummary('Pt tearful, worried about her son Eli. She saw a post on his instagram "wish i was w you" after his friend\'s funeral. She denies SI herself.').risk;
    expect(r.si).toBe('denied');
    expect(r.othersRisk).toBe(true);
  });

  it('a wish to have died in the child\'s place is passive ideation, and is said in the risk section', () => {
    expect(readSummary('Keeps saying "I should have been the one who died." Denies plan.').risk.si).not.toBe('not_assessed');
    // Said by another person, it is theirs.
    expect(readSummary('Pt tearful. Her husband keeps saying "I should have been the one who died."').risk.othersRisk).toBe(true);
    expect(section('Wife reports he said "it should have been me". Denies thoughts of killing himself.', 'risk')).toMatch(/should have been me/);
  });

  it('"no hx attempts" denies attempts, said beside the status', () => {
    expect(readSummary('No hx attempts. Denies SI.').risk.attemptHistory).toBe(false);
    expect(readSummary('Denies SI, no prior attempts.').risk.attemptHistory).toBe(false);
  });

  it('a child\'s account of an adult driving drunk with them, or squeezing an arm to a bruise, is a safety concern in the risk section', () => {
    const drunk = section('Family session. Son (9) said mom\'s boyfriend smelled like beer and drove them to practice with no seatbelts on. Will consult supervisor re report.', 'risk');
    expect(drunk).toMatch(/smelled like beer/);
    const bruise = section('Play therapy, Ava (6). She said her uncle "squeezed my wrist and it made a bruise". Called CPS after session.', 'risk');
    expect(bruise).toMatch(/squeezed my wrist/);
  });
});

describe('review 83: who did it', () => {
  it('in a young child\'s session, telling the parent is the clinician\'s act', () => {
    const out = note('Mia (6) w/ dad. Mia said a kid at school hit her. told dad at end, he will call the school.', 'dap');
    expect(out).toMatch(/Therapist told father at end/);
    expect(out).not.toMatch(/Client told father/);
  });

  it('checking in with a group member after group is the clinician\'s act', () => {
    const out = note('Grief group wk 2, 6 members present. Sam shared urges to drink since the funeral. checked in w/ him after group, denies SI, agreed to call his sponsor.', 'girp');
    expect(out).toMatch(/Therapist checked in with him after group/);
    expect(out).not.toMatch(/Client checked in/);
  });

  it('"writer" is the clinician, and a message left after the clinician\'s call is theirs too', () => {
    const out = section('Pt anxious re exam. Reviewed coping plan. Plan: writer called pt\'s mother, left VM + emailed.', 'plan');
    expect(out).toMatch(/The therapist called client's mother/);
    expect(out).toMatch(/left voicemail and emailed/);
    expect(out).not.toMatch(/was emailed|Writer/);
  });

  it('what another reports the client doing is theirs, never the client\'s report', () => {
    expect(note('Family session. Pt purging per parents, pt denies. Reviewed meal plan.')).toMatch(/Parents reported that the client (?:has been|is) purging/);
  });

  it('"pts practiced" in a group is the members, never "Client clients"', () => {
    const out = note('Anger mgmt grp, 8 pts present. pts practiced time-outs w/ role play. next grp: assertiveness.', 'girp');
    expect(out).toMatch(/Members practiced time-outs/);
    expect(out).not.toMatch(/Client clients/);
  });

  it('"also did BA planning" after the clinician\'s own work is the session\'s work, never the client\'s report', () => {
    const out = note('We reviewed the thought log together. Also did BA planning for the week, walk with sister Sat.');
    expect(out).toMatch(/Therapist and client also did behavioral activation planning/);
  });

  it('a peer who reported what the client said keeps the saying, in the heading', () => {
    const out = section('CRISIS - Sam R 15yo pulled from grp after peer reported he said he "wants to die"\nmet indiv 30 min\npt disclosed SI w/ plan to jump, intent 6/10', 'session', 'dap');
    expect(out).toMatch(/peer reported he said/);
    expect(out).toMatch(/^Crisis psychotherapy, 30 minutes/);
  });
});

describe('review 83: framed right', () => {
  it('"pulled from group" is no group session; an ED visit keeps its "visit"', () => {
    expect(readSummary('CRISIS - Lee K 16 pulled from grp by staff\nmet indiv 40 min\npt tearful').session.serviceType).toBe('crisis');
    expect(note('Intake - Sara M, 15, referred after ED visit 2 wks ago. Mood low.')).toMatch(/emergency department visit 2 weeks ago/);
  });

  it('"r/o ED" in a diagnosis is an eating disorder; "DC" after "log on" in DBT is the diary card', () => {
    expect(expandShorthand('Dx impression: GAD; r/o ED')).toMatch(/rule out eating disorder/);
    expect(expandShorthand('homework: log urges on DC daily')).toMatch(/diary card/);
    expect(expandShorthand('d/c from IOP Friday')).toMatch(/discharge/);
  });

  it('a heading with a suicide-loss group, a client named with an initial, or a check-in is the heading', () => {
    expect(isHeaderLike('LOSS group (suicide loss survivors), wk 2 of 10, 6 members present')).toBe(true);
    expect(isHeaderLike('f/u Marta K, mom\'s 1st anniv next wk')).toBe(true);
    expect(isHeaderLike('Rosa T, ind, #9')).toBe(true);
    expect(isHeaderLike('Check-in with Devon B, 16')).toBe(true);
    expect(isHeaderLike('Telehealth w/ Ann Roy, mother of Eli (19) who died by suicide in May')).toBe(true);
    expect(expandShorthand('anniv of his death')).toMatch(/anniversary/);
  });

  it('an intake told in the first person bills as an intake, with what was seen in the objective and the working diagnosis in the assessment', () => {
    const summary = 'Intake today with Omar Haddad, 44, self referred after his brother died by suicide in June.\nI met with him for 60 minutes and he came in disheveled, poor eye contact.\nHe reports poor sleep.\nI\'m thinking MDD vs prolonged grief, rule out PTSD.';
    const c = composeNote({ summary, format: 'soap' });
    expect(c.sections.find((s) => s.key === 'objective')?.text).toMatch(/came in disheveled/);
    expect(c.sections.find((s) => s.key === 'assessment')?.text).toMatch(/major depressive disorder versus prolonged grief/);
    expect(JSON.stringify(c)).toMatch(/90791/);
  });

  it('a session\'s parts and engagement are said as such, never as the client\'s report', () => {
    expect(note('Lily (7) w/ mom. then individual play w/ Lily. Used sand tray, she buried a horse.', 'pirp')).toMatch(/Individual play with Lily\.[\s\S]*Therapist used sand tray/);
    expect(note('Process grp, 6 members. Topic: loss. Response: good cohesion, members supported each other.', 'girp')).toMatch(/The group showed good cohesion/);
    expect(note('B: pt on camera in her kitchen, tearful\nI: grief psychoed\nR: nodded\nP: weekly', 'birp')).toMatch(/Client was on camera in her kitchen/);
    expect(note('Explained limits of confidentiality, pt upset but understood.', 'pirp')).toMatch(/Client was upset but understood/);
    expect(note('DCFS hotline report made 3pm, ref # 55-1. Pt safe at aunt\'s.', 'pirp')).toMatch(/DCFS hotline report was made/);
  });

  it('dictation: the aside about the note, the clinician\'s cheer and hedges go; the content stays', () => {
    const said = cleanDictation('ok so she said um her dad yells a lot and so anyway the thing I need to put in is she said he hit her brother with a shoe and she texted her aunt which is great she had like pretty bad nightmares like a 7 out of 10 and then we did grounding and she calmed down and we will meet Friday');
    expect(said).not.toMatch(/thing I need to put in|which is great|like pretty|like a 7/);
    expect(said).toMatch(/hit her brother with a shoe/);
    expect(note('she said cutting helps me feel something which we talked about and we did a chain analysis', 'dap')).toMatch(/"cutting helps me feel something" which/);
    expect(note('Family session. Tim (8) said uncle Rob quote drives really fast and yells. Dad said he would talk to Rob.')).not.toMatch(/\bquote\b/);
  });

  it('"No plan he says, no intent" leads with who says it; a count of things agrees with the things', () => {
    expect(note('Thoughts of death most days. No plan he says, no intent.')).toMatch(/said no plan, no intent/);
    expect(note('Indiv, 50 min.\nRehearsed a couple of opposite-action steps for the week.')).toMatch(/A couple of opposite-action steps were rehearsed/);
    expect(note('Next check-in Thurs, sooner if needed.', 'soap')).toMatch(/Next check-in Thursday/);
    expect(section('Pt tearful. Used CBT. Next check-in Thurs, sooner if needed.', 'plan')).toMatch(/Next check-in Thursday/);
  });

  it('dictated grief sessions keep their clauses whole and their identity said as such', () => {
    const out = note('ok so this is for um Walter Price video session he was at his daughter\'s house um he\'s the 80 year old whose wife June died in August he said he went to the church supper which is the first time he\'s been out since the funeral so that\'s good he said he can\'t open her closet yet um he wants to keep the quilt she made for their wedding on the bed I did some work on you know continuing bonds and he is going to call his son Sunday', 'dap');
    expect(out).toMatch(/Client is an 80-year-old whose wife June died in August/);
    expect(out).toMatch(/the first time he has been out since the funeral/);
    expect(out).not.toMatch(/so that is good|you know/);
    expect(out).toMatch(/Client said he cannot open her closet yet|Client cannot open her closet yet/);
    expect(out).toMatch(/the quilt she made for their wedding on the bed/);
  });
});
