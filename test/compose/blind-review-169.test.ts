import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 169 (an inpatient stroke and brain injury rehabilitation psychology service; a transition-age youth program
// for young people aging out of foster care), read on c1ff899, with findings left open from review 168 (a long-term care
// psychology service). Tested on summaries written here, not the reviewers'.

describe('review 169: risk', () => {
  it('a relative\'s death wish told after the client left, and the denial after it, are the relative\'s, never the client\'s', () => {
    const summary = 'Family mtg - Ray P. (57, L MCA stroke 5 wks ago) w/ wife Gloria and daughter Tess. Pt present first 20 min, fatigued, nursing took him back to room.\n- reviewed discharge plan w/ family\n- after pt left: Gloria said she is exhausted, said "sometimes I wish I could just go to sleep and not wake up." Denied any plan or intent, said "I would never leave Tess." Gave 988 + caregiver support group info.\n- pt himself not assessed for SI today d/t leaving early\nPlan: f/u w/ Gloria Thurs.';
    const record = readSummary(summary);
    expect(record.risk.si).not.toBe('passive');
    expect(record.risk.othersRisk).toBe(true);
    const risk = section(summary, 'risk', 'dap');
    expect(risk).toMatch(/Gloria denied any plan or intent/);
    expect(risk).not.toMatch(/Client denied any plan/);
    expect(risk).not.toMatch(/the client endorsed passive suicidal ideation/);
    expect(note(summary, 'dap')).toMatch(/Client was not assessed for suicidal ideation today/);
    expect(note(summary, 'dap')).toMatch(/After client left, Gloria said/);
  });

  it('a faith that forbids harming oneself is a protective factor, never self-harm', () => {
    const summary = 'Bedside indiv, 40 min. Pt Mrs. Ortiz (66) 2 wks post stroke, says she sometimes wishes she had not woken up after the stroke. No plan, no intent, says her faith forbids harming herself. Reasons for living: grandson, faith. Safety plan started.';
    const record = readSummary(summary);
    expect(record.risk.selfHarm).not.toBe('present');
    expect(record.risk.protectiveFactors.filter((f) => /faith/.test(f))).toHaveLength(1);
    expect(section(summary, 'risk', 'birp')).not.toMatch(/current self-harm is documented/);
  });

  it('"denies current urges to cut" is a denial of urges, whatever the history', () => {
    const summary = 'Teen w/ dad, 45 min. Hx: per dad, pt cut her wrists x2-3 times at 13, none since. Asked pt directly - denies current urges to cut, denies SI. Practiced paced breathing.';
    const record = readSummary(summary);
    expect(record.risk.selfHarmUrges).toBeUndefined();
    expect(section(summary, 'risk', 'girp')).not.toMatch(/current urges without acts/);
    expect(note(summary, 'girp')).toMatch(/cut her wrists 2-3 times at 13/);
  });

  it('an urge to hit one\'s own head on the bed rail is an urge to self-harm, never a threat to another person', () => {
    const summary = 'Indiv bedside 30 min. Pt (58M, TBI) said when frustrated he gets the urge to hit his head on the bed rail but he has not done it. Denies SI. Nursing: no marks.';
    const record = readSummary(summary);
    expect(record.risk.threat).toBeUndefined();
    expect(record.risk.selfHarmUrges).toBe(true);
    expect(section(summary, 'risk', 'pie')).not.toMatch(/threatening statement toward another person/);
  });

  it('the clinician\'s findings ("no weapon, no specific plan, limited insight") are never the client\'s report, and no plan is never "denied"', () => {
    const summary = 'Ind f/u + staff consult. Res: Mr. Olsen, 84, vascular dementia, rm 118.\nD: seen 25 min. Pt A&O x1-2, says roommate "took my wallet," asked re hurting roommate: "I\'ll knock him flat." No weapon, no specific plan, limited insight. Poor recall of incident. Per staff 2 prior shoving incidents this month.\nA: HI, reactive, r/t dementia; risk to roommate mod.\nP: roommate moved today; f/u Mon.';
    const text = note(summary, 'dap');
    expect(text).toMatch(/No weapon, no specific plan, limited insight\./);
    expect(text).not.toMatch(/Client reported no weapon/);
    expect(text).toMatch(/Poor recall of incident\./);
    expect(text).toMatch(/Per staff, 2 prior shoving incidents this month/);
    expect(text).toMatch(/alert and oriented in 1 to 2 spheres/);
    expect(text).not.toMatch(/once-2/);
    expect(text).toMatch(/Resident: Mr\. Olsen/);
    const risk = section(summary, 'risk', 'dap');
    expect(risk).not.toMatch(/a plan was denied/);
    expect(risk).toMatch(/Risk level as stated by the clinician: moderate \(risk to roommate\)/);
    const record = readSummary(summary);
    expect(record.session.minutes).toBe(25);
    expect(record.session.serviceType).toBe('individual');
  });
});

describe('review 169: the session', () => {
  it('"seen in room 1430-1520" gives the session its times', () => {
    const record = readSummary('Crisis consult, res Mr. Hale (90).\nSeen in room 1430-1520. Pt tearful, said "I don\'t want to be here anymore."');
    expect(record.session.startTime).toBe('14:30');
    expect(record.session.endTime).toBe('15:20');
    expect(record.session.minutes).toBe(50);
  });

  it('a check-in jotted as a heading, then what the client told, splits at the telling', () => {
    const summary = 'Check-in w/ Marcus (20) by phone 15 min, he started at the bakery Tues, likes it, sleeping better.\nNext 11/2 3pm.';
    const record = readSummary(summary);
    expect(record.session.minutes).toBe(15);
    expect(record.session.modality).toBe('phone');
    expect(section(summary, 'summary', 'simple')).toMatch(/started at the bakery Tuesday/);
    expect(section(summary, 'plan', 'simple')).not.toMatch(/bakery/);
  });

  it('"so yeah about 45 minutes" in dictation is the session\'s length', () => {
    const summary = 'ok so this is a telehealth session with Jay he is 19 um we did video he was at his aunt\'s place so yeah about 45 minutes um he talked about the job interview and we practiced answers';
    expect(readSummary(summary).session.minutes).toBe(45);
  });
});

describe('review 169: who did it, and what the words mean', () => {
  it('on a rehabilitation unit PT and OT are the therapists and their therapy, never Psychology Today or overtime', () => {
    const summary = 'Indiv bedside 45 min. Pt (61F) 3 wks post R hemisphere stroke, L neglect, quit her job after. PT says she may need a walker. She described pushing through PT and then being wiped out. OT took her back to her room. Memory notebook w/ OT.';
    const text = note(summary, 'birp');
    expect(text).not.toMatch(/Psychology Today|overtime/);
    expect(text).toMatch(/physical therapist says she may need a walker/);
    expect(text).toMatch(/pushing through physical therapy/);
    expect(text).toMatch(/occupational therapist took her back/);
  });

  it('the thought weighed in cognitive restructuring is quoted as the client\'s, never "the therapist is stupid"', () => {
    const summary = 'Telehealth 45 min w/ Dee (18). I did cognitive restructuring, looking at the evidence for and against I am a failure, and she named two wins.';
    const text = note(summary, 'pirp');
    expect(text).toMatch(/evidence for and against the thought "I am a failure"/);
    expect(text).not.toMatch(/the therapist is a failure/);
  });

  it('in a couples session "denies SI/HI both" is both partners, and what they did to each other is both', () => {
    const summary = 'Couples session - Ana Ruiz (22, our client) and partner Leo Diaz (24), 50 min. Both raising 6 mo old daughter.\nS: Ana says they argue daily. Leo says Ana "never lets it go." Denies SI/HI both.\nO: Interrupted each other often, less by end.\nP: next sess 1 wk.';
    const text = note(summary, 'soap');
    expect(section(summary, 'risk', 'soap')).toMatch(/Both denied suicidal ideation and homicidal ideation/);
    expect(text).not.toMatch(/Leo denied suicidal/);
    expect(text).toMatch(/Both interrupted each other often/);
    expect(text).toMatch(/6-month-old daughter/);
  });

  it('a caseworker named with her title, doing something in the session, is never "Client reported"', () => {
    const summary = 'Crisis session, walk-in, 2:00-3:10pm. Client is Mia T., 21, in extended foster care.\nI did safety planning and she agreed to give up the pills; her caseworker Ms. Boyd came and took the bottle to hold at the agency.';
    const text = note(summary, 'birp');
    expect(text).toMatch(/Her caseworker Ms\. Boyd came and took the bottle/);
    expect(text).not.toMatch(/Client reported her caseworker/);
    expect(text).toMatch(/Client is Mia T\., 21/);
  });

  it('shorthand of the youth and housing programs: apartment voucher, THP+, demonstrated, end of day, re-evaluation, preparatory behavior', () => {
    const summary = 'Indiv 50 min. Pt got her first apt voucher, approved for THP+ bed. Pt demo\'d paced breathing. Endorses passive SI, denies plan, intent, or prep. ADHD re-eval next month. Will f/u w/ caseworker by EOD.';
    const text = note(summary, 'soap');
    expect(text).toMatch(/first apartment voucher/);
    expect(text).toMatch(/THP\+ bed/);
    expect(text).toMatch(/demonstrated paced breathing/);
    expect(text).toMatch(/plan, intent, or preparatory behavior/);
    expect(text).toMatch(/re-evaluation/);
    expect(text).toMatch(/end of day/);
  });

  it('"Sat back down" is sitting, never Saturday', () => {
    const summary = 'Group 60 min. Tomas stood up and yelled at a peer. Sat back down after about a minute with prompting.';
    expect(note(summary, 'birp')).not.toMatch(/Saturday/);
  });
});

describe('review 169: dictation, exams and team notes', () => {
  it('a quoted "no absolutely not" answering the suicide question is a denial, and "huh so I\'m ..." stays her words', () => {
    const summary = 'so this is individual session with Rae um she is 44 with the TBI from the car crash I repeated the MoCA she got 22 up from 18 she said huh so I\'m getting better I asked about suicidal thoughts she said no absolutely not I\'ve got my daughter um plan is Thursday';
    expect(readSummary(summary).risk.si).toBe('denied');
    const text = note(summary, 'soap');
    expect(text).toMatch(/"huh so I'm getting better"/);
    expect(text).not.toMatch(/the therapist is getting better/);
  });

  it('in a call with the client\'s relative about a titled client, the relative\'s "she" is never the client', () => {
    const summary = 'Telehealth (Zoom) w/ pt\'s son Luca in Italy re mother Mrs. Bruni (R MCA, dysarthria) - explained dysarthria, tips for calls.\nHe is worried but coping; no risk concerns raised; f/u PRN.';
    const record = readSummary(summary);
    expect(record.clientPronoun).toBe('she');
    const text = note(summary, 'simple');
    expect(text).not.toMatch(/Client was worried/);
    expect(text).not.toMatch(/reported no risk concerns/);
  });

  it('a screen\'s result is never the client\'s report, and "was +" is positive', () => {
    const summary = 'Team consult - Mr. Dorn, 80, day 9 post SDH.\n- CAM neg today, was + on day 2\n- recs: 2 staff for am care';
    const text = note(summary, 'simple');
    expect(text).toMatch(/CAM negative today, was positive on day 2/);
    expect(text).not.toMatch(/Client reported CAM/);
  });

  it('an intake\'s neurological findings are observations, and "TP goal directed" is mental status', () => {
    const summary = 'Intake, rm 210. 71yo F, R MCA CVA 6 days ago. L hemiparesis, mild dysarthria, comprehension intact.\nPt reports low mood since the stroke.\nMSE: alert, cooperative, affect constricted. TP goal directed. Insight fair.\nPlan: f/u 2x/wk. Will d/w Dr. Lee re sertraline.';
    const objective = section(summary, 'objective', 'soap');
    expect(objective).toMatch(/Left hemiparesis, mild dysarthria/);
    expect(objective).toMatch(/Thought process goal directed/);
    expect(note(summary, 'soap')).not.toMatch(/Client reported left hemiparesis/);
    expect(note(summary, 'soap')).toMatch(/Will discuss with Dr\. Lee/);
  });

  it('a group note\'s "pt of note" is the identified client, and a member who declined, fatigued, did one thing', () => {
    const summary = 'GROUP - Life after stroke, 1400-1500\nAttendance: 5 (Mr. Ruiz, Ms. Hart, Mr. Bell, Ms. Sato, Mr. Vance). Ms. Kim declined, fatigued.\nPt of note for this note: Mr. Bell (Tom, 70, cerebellar stroke)\nPresentation: quiet at first, then shared about losing his driving.';
    const text = note(summary, 'pirp');
    expect(text).toMatch(/Identified client: Mr\. Bell/);
    expect(text).not.toMatch(/Client reported of note/);
    expect(text).not.toMatch(/declined and fatigued/);
  });

  it('"re-eval tmrw" is to re-evaluate; "ADHD re-eval" is the re-evaluation', () => {
    expect(section('seen bedside, pt calmer. re-eval tmrw.', 'plan', 'soap')).toMatch(/Re-evaluate tomorrow/);
    expect(note('Pt ok. Refer to psychiatry for ADHD re-eval.', 'soap')).toMatch(/ADHD\) re-evaluation/);
  });
});

describe('review 169: findings left open from reviews 167 and 168', () => {
  it('"no intent to do anything he has a hunting rifle" is two statements: the denial, and the gun', () => {
    const summary = 'ok so family session by video for Eli he is 20 um mom and dad on from home so yeah dad said he has been feeling down so I asked him directly he said he has had thoughts it would be easier not to be here he said no intent to do anything he has a deer rifle in the basement so we talked about locking it up';
    const text = note(summary, 'dap');
    expect(text).not.toMatch(/do anything he has a deer rifle/);
    expect(text).toMatch(/[Hh]e has a deer rifle in the basement/);
  });

  it('a person threatened, then driven by, is risk content', () => {
    const summary = 'Indiv 50 min. Pt reports ex Sam said Fri "if I see Ken I\'ll wreck his face." Sam drove by Ken\'s apt twice this wk per pt. Pt denies SI/HI.';
    expect(section(summary, 'risk', 'soap')).toMatch(/Sam drove by Ken's apartment twice/);
  });

  it('a peer telling that a member "keeps saying he\'s going to end it", and the clinician\'s doubt of his denial, are risk content', () => {
    const summary = 'Grief group, 6 residents (Ann K., Bill M., Joe T., Rita S., Sue P., Vic L.). 45 min.\n- Ann said in group that Vic "keeps saying he\'s going to end it" at dinner. Vic shrugged it off.\n- saw Vic 1:1 after group (10 min): denied SI, intent, plan. Flat, guarded, I\'m not convinced.\n- notified RN re Vic, will see him tomorrow AM';
    const risk = section(summary, 'risk', 'birp');
    expect(risk).toMatch(/keeps saying he's going to end it/);
    expect(risk).toMatch(/Vic denied suicidal ideation, intent, plan/);
    expect(risk).toMatch(/not convinced/);
  });

  it('a relationship ended is never suicidal talk', () => {
    const summary = 'Indiv 45 min. Pt says she is going to end it with her boyfriend this weekend. Denies SI.';
    expect(readSummary(summary).risk.si).toBe('denied');
  });

  it('the skills reviewed and the safety plan written are the clinician\'s work; "more settled by end" is seen', () => {
    const summary = 'Joint mtg w/ pt (Ana R., 19) + her caseworker Ms. Cole, 30 min.\n- Pt reports urges to cut x2 this wk, did not act. Denies SI.\n- Reviewed DBT distress tolerance skills (TIPP), pt demo\'d paced breathing in session. Added ice + friend text to her safety plan in writing.\n- Pt more settled by end, laughed w/ Ms. Cole.';
    const intervention = section(summary, 'intervention', 'pie');
    expect(intervention).toMatch(/distress tolerance skills/);
    expect(intervention).toMatch(/safety plan in writing/);
    const text = note(summary, 'pie');
    expect(text).not.toMatch(/Client reviewed/);
    expect(text).toMatch(/Client demonstrated paced breathing/);
    expect(text).toMatch(/Client was more settled by end/);
  });

  it('a foster parent and youth joint session is a family session, with its participants in the heading and a call for a third party\'s safety in the risk section', () => {
    const summary = 'Session type: Foster parent + youth joint session (in office), 55 min\nParticipants: Kia M. (16), foster mother Rose Lane\nIntervention: Reviewed the chore chart. Practiced "I" statements.\nOther: Kia disclosed that her friend Dee (15, not our client) texted her that she "wants to die." I called Dee\'s caseworker at DCFS (Mr. Pike) during session and reported; he is doing a welfare check today. Kia denies SI herself.\nPlan: next 10/20 4pm.';
    const record = readSummary(summary);
    expect(record.session.serviceType).toBe('family');
    expect(section(summary, 'session', 'girp')).toMatch(/Participants: Kia M\. \(16\)/);
    const text = note(summary, 'girp');
    expect(text).not.toMatch(/Other:/);
    expect(text).toMatch(/[Tt]he caseworker is doing a welfare check today/);
    expect(text).not.toMatch(/He was doing a welfare check/);
    expect(section(summary, 'risk', 'girp')).toMatch(/called Dee's caseworker at DCFS/);
  });

  it('"in the office for the parent child session about 50 minutes" gives the session its length and kind', () => {
    const record = readSummary('so this was with Tanya she is 20 and her son Eli who is 3 in the office for the parent child session about 50 minutes we did play coaching um next week same time');
    expect(record.session.minutes).toBe(50);
    expect(record.session.serviceType).toBe('family');
  });

  it('what the client told after the clinician "checked in about" something is her report, and a call agreed for tomorrow is the plan', () => {
    const summary = 'Telehealth (phone), 40 min. Client: Rosa V., 22.\n\nI checked in about the breakup. She said she\'s been having thoughts of killing herself "most nights" - but she doesn\'t have a plan. Denies access to firearms.\n\nI used problem-solving for the housing piece. She agreed I could call her tomorrow at noon to check in. Next session Thurs 2pm.';
    expect(section(summary, 'data', 'dap')).toMatch(/thoughts of killing herself "most nights", but she does not have a plan/);
    expect(section(summary, 'plan', 'dap')).toMatch(/call her tomorrow at noon/);
  });

  it('a worksheet used in group is the facilitator\'s, an arrow to a flag is the step, and a dash in brackets gives each its reason', () => {
    const summary = 'Life skills group - Tues 4-5pm\n- 5 members present (Ana, Bo, Cy, Di, Ed), 2 absent (Fay - work, Gus - sick)\n- used budgeting worksheet, members built a mock budget\n- Bo quiet, ages out in Jan, no housing plan yet -> flag for his caseworker (Ms. Ray)';
    const text = note(summary, 'dap');
    expect(text).toMatch(/Therapist used budgeting worksheet/);
    expect(text).not.toMatch(/Client used budgeting worksheet/);
    expect(text).toMatch(/no housing plan yet; flag for his caseworker/);
    expect(text).toMatch(/2 absent \(Fay: work, Gus: sick\)/);
  });
});

