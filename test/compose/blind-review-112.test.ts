import { describe, expect, it } from 'vitest';
import { note, section } from './note-text.ts';

// Blind review 112 (issue 6): an eating disorders program (outpatient, IOP, PHP). The meal-table words that
// read as risk, who made the call, and a threat told by someone else, tested on summaries written for this file.

const riskStatus = (out: string): string => /Risk status as documented: [^\n]*/.exec(out)?.[0] ?? '';

describe('review 112: eating disorders program', () => {
  it('cutting food into small pieces at a meal is a food ritual, never self-harm', () => {
    const out = note('Lunch meal support, 6 pts. Pt ate full portion, needed 2 prompts re: cutting food into small pieces. Cut her sandwich into tiny bits. Denies SI/HI.', 'birp');
    expect(out).toMatch(/Not documented: self-harm/);
    expect(out).not.toMatch(/self-harm is documented|current self-harm/);
    // The behaviour itself still reads as self-harm.
    const cutting = note('Pt reports cutting again, 3 superficial cuts on forearm. Denies SI.', 'birp');
    expect(riskStatus(cutting)).toMatch(/self-harm/);
    expect(cutting).not.toMatch(/Not documented: [^\]]*self-harm/);
  });

  it('a bare "ED" in an eating summary is the eating disorder, beside SI; "call ED" is still the department', () => {
    const out = note('S: pt with ARFID, ate 2 bites of eggs. Passive SI this wk, no plan. A: SI tied to isolation and exam stress, not ED per se. P: weekly.', 'soap');
    expect(out).toMatch(/not eating disorder per se/);
    expect(out).not.toMatch(/emergency department/);
    expect(note('Binge eating nightly, SI with plan. Sent to ED. Call ED at 5 pm for dispo.', 'soap')).toMatch(/Call emergency department at 5/);
  });

  it('a call made with the client\'s permission after a dash is the clinician\'s act, and the client\'s own denial stands apart', () => {
    const out = note("telehealth w/ Zoe (14), body image work. Her friend Lily texted her last night that she \"wants to kill herself\", Zoe didn't tell anyone - notified mom w/ Zoe's permission, mom to call Lily's parents tonight, Zoe herself denies SI.", 'pie');
    expect(out).toMatch(/Therapist notified mother with Zoe's permission/);
    expect(out).not.toMatch(/anyone and notified/);
    expect(out).not.toMatch(/parents tonight, Zoe herself/);
  });

  it('parents or a team told, with no doer named, is the clinician\'s intervention', () => {
    const summary = 'Vitals: HR 44. Sent to ED for eval. Parents notified, dad driving her. Pt upset but went willingly.';
    expect(section(summary, 'intervention', 'birp')).toMatch(/[Pp]arents were notified/);
    expect(section(summary, 'behavior', 'birp')).not.toMatch(/notified/);
  });
});

describe('review 112: words of a crisis note', () => {
  it('"Situation:" in a SIRP summary is the section\'s own name, and the one who called asking to be seen is the client', () => {
    const out = note('Situation: called front desk this am asking for same day appt, said he "can\'t do this anymore". Seen in person 11:00.\nIntervention: safety planning begun but pt unable to commit.', 'sirp');
    expect(out).toMatch(/Client called front desk this morning asking for same day appointment/);
    expect(out).not.toMatch(/Situation:|Situation called/);
    expect(out).toMatch(/Client was seen in person/);
    expect(out).not.toMatch(/completed safety planning begun/);
    expect(out).toMatch(/[Bb]egan safety planning but/);
  });

  it('a wish to die insisted on ("I\'m serious this time") is never written down as passive', () => {
    const out = note("Pt seen for f/u. Endorses SI 'I want to die, I'm serious this time'. Denies plan.", 'soap');
    expect(out).not.toMatch(/passive suicidal ideation/);
    expect(out).toMatch(/Add whether the suicidal ideation was passive or active/);
    expect(riskStatus(note('Pt seen. Says she wants to die sometimes, no plan, no intent.', 'soap'))).toMatch(/passive suicidal ideation/);
  });

  it("another person's threat is a danger to weigh, never the client's homicidal ideation", () => {
    const out = note("Pt seen for f/u. Discussed marriage. Husband texted her 'you'll regret leaving, I know where the gun is'. Denies SI/HI.", 'soap');
    expect(out).toMatch(/Another person's threatening statement is documented above/);
    expect(out).toMatch(/denied suicidal ideation and homicidal ideation/);
    expect(out).not.toMatch(/A threatening statement toward another person is documented/);
  });

  it('an event still ahead, said in the present, stays in the present', () => {
    const out = note('Pt anxious. Sentencing is Thursday. Court was last Monday.', 'simple');
    expect(out).toMatch(/Sentencing is Thursday/);
    expect(out).toMatch(/Court was last Monday/);
  });

  it('dictation that names the topic first says who told how it is', () => {
    const out = note('Pt Maria seen. Mood she says is better this week. Sleep she reports has been ok.', 'dap');
    expect(out).toMatch(/said mood is better this week/);
    expect(out).toMatch(/reported sleep has been okay/);
    expect(out).not.toMatch(/presented with mood|reported Sleep/);
  });

  it('in a dictated run-on, the skills he will try stay with the skills, and what he said when asked stays whole', () => {
    const out = note("um so we identified delaying the purge by 15 minutes and texting his brother as the skills he'll try he did say when I asked about SI that sometimes he thinks it'd be easier if he just didn't wake up but no plan no intent", 'dap');
    expect(out).not.toMatch(/He will try\b/);
    expect(out).toMatch(/as the skills he will try|as the skills he'll try/);
    expect(out).toMatch(/that sometimes he thinks it'd be easier/);
  });

  it('a couple\'s initials are both spelled out, "A" too, while the article stays an article', () => {
    const out = note('couples sess. Tom + Alicia. conflict re: A "policing" T\'s food - T feels watched, A scared re: his BP. T agreed to share binge log w/ A weekly. A plan was made for next wk.', 'dap');
    expect(out).toMatch(/Alicia "policing" Tom's food/);
    expect(out).toMatch(/Alicia scared/);
    expect(out).toMatch(/with Alicia weekly/);
    expect(out).toMatch(/A plan was made/);
  });

  it('an intake\'s "Med:" line of labs and vitals is medical, and "Goals discussed:" are the goals', () => {
    const summary = 'Intake. Client: Sofia, 16.\nMed: PCP labs from 2 wks ago - K 3.4, otherwise WNL. HR 48. Amenorrhea x 4 mo.\nGoals discussed: weight restoration, return of menses.\nPlan: IOP 3x/wk.';
    expect(note(summary, 'girp')).toMatch(/Medical: primary care provider labs/);
    expect(note(summary, 'girp')).toMatch(/amenorrhea for 4 months/);
    expect(section(summary, 'goal', 'girp')).toMatch(/weight restoration, return of menses/);
    expect(note('Med: sertraline 100mg, labs WNL.', 'soap')).toMatch(/Medication: sertraline/);
  });
});

// Blind review 112b: a community mental health center for adults with serious mental illness (case management,
// ACT team home visits, housing and benefits), tested on summaries written for this file.
describe('review 112: community mental health center', () => {
  it("a neighbour's suicidal talk told to the client, and the pills he has, are the neighbour's, never the client's status", () => {
    const out = note("um so this is for Ray Pollard housing visit today. His neighbor Curtis who he's friends with told Ray last night that he was going to end it. He has pills saved up and Ray was really upset about it. I called mobile crisis with Ray. Ray himself denies any SI.", 'girp');
    expect(riskStatus(out)).toMatch(/the client denied suicidal ideation/);
    expect(out).not.toMatch(/endorsed active suicidal ideation|Client has pills saved up|access to pills was reported/);
    expect(out).toMatch(/Another person's suicidal thoughts are documented above/);
  });

  it("a plan to assess HI is no status, and a client's threat told by his sister is a threat to assess", () => {
    const out = note("Team lead note - phone call w/ Anthony Greco's sister Donna re: incident at his apt building yesterday.\nDonna says Anthony got into argument w/ landlord Mr. Kessler about the heat being off and told him \"I'll burn this place down with you in it.\"\nAnthony not present on the call. ACT team will do outreach visit today, assess HI & need for eval.", 'simple');
    expect(out).not.toMatch(/the client endorsed homicidal ideation/);
    expect(out).toMatch(/A threatening statement toward another person is documented/);
  });

  it('in community mental health "ACT" before eligibility or a comparison is Assertive Community Treatment, and "his SRO" is where he lives', () => {
    const out = note('INTAKE - adult outpatient / ACT eligibility screen. Explained ACT vs. standard outpt. Pt prefers standard outpt.', 'dap');
    expect(out).not.toMatch(/acceptance and commitment/);
    expect(out).toMatch(/Assertive Community Treatment \(ACT\) eligibility screen/);
    expect(note('Skills group. Tomas volunteered example of stress at his SRO (fights in hallway).', 'birp')).toMatch(/his single-room occupancy building/);
    expect(note('stu threatened a peer after school. notified VP + SRO immediately.', 'birp')).toMatch(/school resource officer/);
  });

  it('going with the client to an office is the worker\'s act, and "med records" are medical records', () => {
    const out = note('Went w/ Luis Ortega to SSA office for SSDI reconsideration, filed appeal + med records release. Calm, waited 2 hrs w/o issue.', 'pie');
    expect(out).toMatch(/Therapist went with Luis Ortega/);
    expect(out).not.toMatch(/Client went with Luis/);
    expect(out).toMatch(/medical records release/);
  });

  it('at a home visit the state of the apartment and how the client looked are observed; the age and diagnosis read as a sentence', () => {
    const summary = 'ACT home visit w/ Desmond R., pt\'s apt. 45 min.\npt 52yo schizophrenia. c/o voices again.\napt cluttered, fridge empty, old food on counter. pt disheveled, guarded, poor eye contact.\npt anxious about court this week.';
    expect(section(summary, 'objective', 'soap')).toMatch(/Apartment cluttered, fridge empty/);
    expect(section(summary, 'objective', 'soap')).toMatch(/Client was disheveled, guarded, poor eye contact/);
    expect(section(summary, 'subjective', 'soap')).toMatch(/anxious about court/);
    expect(note(summary, 'soap')).toMatch(/Client is a 52-year-old with schizophrenia/);
  });
});
