import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { composeNote } from '../../src/compose/index.ts';
import { note, section } from './note-text.ts';

// Blind review 192 (an OCD and exposure specialty clinic; a K-12 school counseling program), read on 2ac3b1a, and
// review 191's open findings. Tested on summaries written here, not the reviewers'.


describe('review 192', () => {
  it('a suicide screen named without its result is no one\'s ideation; "SI screen done, neg" is a denial', () => {
    expect(readSummary('Dad notified of SI screen after teacher referral. Stu calm.').risk.si).toBe('not_assessed');
    expect(readSummary('Did suicide screen per counselor referral. Stu quiet.').risk.si).toBe('not_assessed');
    expect(readSummary('SI screen done, neg. Stu calm.').risk.si).toBe('denied');
    expect(readSummary('Suicidal ideation screening completed - denied. Stu calm.').risk.si).toBe('denied');
    expect(readSummary('SI screen positive, passive. Stu tearful.').risk.si).toBe('passive');
  });

  it('"no plan on file" beside a 504 or an IEP is no denial of a suicide plan', () => {
    const summary = 'Crisis check-in 45 min. Stu said he has been thinking of killing himself every day, plan to take his dad\'s pills Friday. Called mom. Plan: update 504? - no plan on file yet.';
    const risk = readSummary(summary).risk;
    expect(risk.plan).toBe(true);
    expect(section(summary, 'risk')).not.toMatch(/a plan was denied/);
  });

  it('"CSSRS: yes to Q1-Q5" counts items one to five, never "every 5 minutes", and is active ideation with plan and intent', () => {
    const summary = 'Crisis check-in. CSSRS: yes to Q1-Q5, Q6 no. Called parent.';
    expect(note(summary, 'soap')).not.toMatch(/every 5 minutes/);
    const risk = readSummary(summary).risk;
    expect(risk.si).toBe('active');
    expect(risk.plan).toBe(true);
    expect(risk.intent).toBe(true);
    expect(note('On q15 checks overnight.', 'soap')).toMatch(/15-minute checks/);
  });

  it('"I asked about suicide and self harm and she denied both" denies each, and "she\'s not had thoughts like that" is no quotation', () => {
    const summary = 'um so I asked her directly about suicide and self harm and she denied both said she would never and she\'s not had thoughts like that and I believe her';
    const risk = readSummary(summary).risk;
    expect(risk.si).toBe('denied');
    expect(risk.selfHarm).toBe('denied');
    const text = note(summary, 'birp');
    expect(text).toMatch(/has not had thoughts like that/);
    expect(text).not.toMatch(/"that and/);
    expect(readSummary('I asked directly about thoughts of death or suicide and he denied both.').risk.si).toBe('denied');
  });

  it('"denies any intent or desire to harm her sister" is homicidal ideation denied; intrusive thoughts of harm are not ideation', () => {
    const summary = 'Teen w/ dad, 55 min. Intrusive thoughts about pushing her little sister down the stairs, very distressed. Denies any intent or desire to harm her sister, denies SI.';
    const risk = readSummary(summary).risk;
    expect(risk.hi).toBe('denied');
    expect(risk.si).toBe('denied');
    expect(readSummary('Intrusive thoughts about hurting her brother, ego-dystonic.').risk.hi).toBe('not_assessed');
    expect(readSummary('Says he wants to hurt his brother.').risk.hi).toBe('present');
  });

  it('an MSE line ("Appearance neat, speech normal, mood \'meh,\' affect constricted") is seen, never the client\'s report', () => {
    const text = note('Intake 60 min. Engaged after a slow start. Appearance neat, speech normal, mood "meh," affect constricted.', 'soap');
    expect(text).not.toMatch(/reported appearance/i);
    expect(text).toMatch(/appearance neat, speech normal/);
  });

  it('"Current: denies SI, denies HI" and "Currently endorses passive SI" are the client\'s, never "Current denied"', () => {
    const text = note('Intake. Hx of cutting at 15. Current: denies SI, denies HI.', 'soap');
    expect(text).toMatch(/Client currently denied suicidal ideation/);
    expect(text).not.toMatch(/Current denied/);
    expect(note('Follow-up 30 min. Currently endorses passive SI, no plan.', 'soap')).toMatch(/Client currently endorsed passive suicidal ideation/);
  });

  it('under "Intervention:", keeping the focus and showing a board are the clinician\'s, and "Goal(s) (pt\'s words):" heads the goal', () => {
    const text = note('Family session 45 min, Mom and Dad of Ava. Intervention: kept focus on Ava not on each other. Reviewed the morning chart and showed the token board.', 'girp');
    expect(text).not.toMatch(/Both kept focus/);
    expect(text).toMatch(/Therapist kept focus on Ava/);
    expect(note('Individual 30 min. Intervention: showed the fear thermometer and kept focus on the exposure.', 'birp')).toMatch(/Therapist showed the fear thermometer/);
    const goal = composeNote({ summary: 'Intake 60 min. Goal(s) (pt\'s words): "I want to drive to work without going back to check the door." Contamination fears since college.', format: 'girp' }).sections.find((s) => s.key === 'goal')?.text ?? '';
    expect(goal).toMatch(/I want to drive to work/);
  });

  it('"suspended ERP agenda" is the clinician setting the work aside; "suspended from school" is still the client\'s', () => {
    const text = note('Crisis session 60 min. Intervention: suspended ERP agenda, safety planning.', 'dap');
    expect(text).toMatch(/Therapist suspended exposure and response prevention \(ERP\) agenda/);
    expect(note('Teen seen 45 min. Suspended from school for 3 days after a fight.', 'soap')).toMatch(/Client was suspended from school/);
  });

  it('Y-BOCS subscales are obsessions and compulsions; "this am + pm" is the morning and afternoon', () => {
    const text = note('Intake 60 min. Y-BOCS 24 (obs 12, comp 12), moderate. Checks stove this am + pm.', 'soap');
    expect(text).toMatch(/obsessions 12, compulsions 12/);
    expect(text).toMatch(/morning and afternoon/);
  });

  it('in a school, "T (Ms. Rowe)" and "review w/ T Fri" are the teacher', () => {
    const text = note('Stu 4th gr seen 20 min. T (Ms. Rowe) sent him down after recess, crying. Plan: review w/ T Fri.', 'soap');
    expect(text).toMatch(/Teacher \(Ms\. Rowe\)/);
    expect(text).toMatch(/review with teacher Friday/i);
    expect(note('T reflected feelings. Client tearful.', 'soap')).not.toMatch(/teacher/);
  });

  it('a phone call with a student\'s parent about the student is never individual psychotherapy', () => {
    const doc = composeNote({ summary: 'Parent phone call w/ Mr. Osei (dad of Kofi, 8th gr) 1:10-1:35 re: fights at lunch, dad open to a counseling referral.', format: 'pirp' });
    expect(doc.cpt).toBeUndefined();
    expect(note('Parent phone call w/ Mr. Osei (dad of Kofi, 8th gr) 1:10-1:35 re: fights at lunch, dad open to a counseling referral.', 'pirp')).toMatch(/Father was open to a counseling referral/);
  });

  it('review 191\'s open findings: a team aware is theirs, "Progress: partial" answers the progress prompt, a screen\'s time said bare', () => {
    const text = note('Pt tearful re scans. Onc team aware of low mood.', 'soap');
    expect(text).toMatch(/Oncology team aware of low mood/);
    expect(text).not.toMatch(/reported Oncology/);
    const assessment = composeNote({ summary: 'Individual 50 min. Panic 2x this week. Progress: partial.', format: 'soap' }).sections.find((s) => s.key === 'assessment')?.text ?? '';
    expect(assessment).not.toMatch(/Add progress toward/);
    expect(assessment).toMatch(/medically necessary/);
    const group = readSummary('Anger mgmt group Thurs 6:30-8, 7 members. Members practiced time-outs.').session;
    expect(group.startTime).toBe('18:30');
    expect(group.minutes).toBe(90);
    expect(note('Anger mgmt group Thurs 6:30-8, 7 members. Members practiced time-outs.', 'soap')).not.toMatch(/6:30-8\b/);
  });

  it('review 191\'s open findings: "Mom says she ... in mom\'s bed" is the child, a resource parent consulted is the one worked with', () => {
    const text = note('Child and parent session with Rosa (6) and mom. Mom says she wakes screaming, ends up in mom\'s bed.', 'soap');
    expect(text).toMatch(/Mother said the client wakes screaming/);
    const consult = note('Phone consult with resource parent Tim re: Jaden. We did a phone consult about Jaden\'s visits.', 'soap');
    expect(consult).not.toMatch(/Therapist and client/);
    expect(consult).toMatch(/Therapist and the parent did a phone consult/);
  });

  it('review 191\'s open findings: "Arabic - I did this session in Arabic" is how it was held, said once; a question then "- reassured" is split', () => {
    const text = note('Arabic - I did this session in Arabic. Client worried about her visa. Asked if the court would find out - reassured.', 'soap');
    expect(text).toMatch(/Conducted in Arabic\./);
    expect(text).not.toMatch(/Arabic; /);
    expect(text).not.toMatch(/find out, reassured/);
  });
});
