import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 211 (a group private practice with a DBT skills group; an outpatient trauma and PTSD clinic), read on 73438bb.
// Tested on summaries written here, not the reviewers'.

describe('review 211: risk', () => {
  it('"SA" beside a sexual assault written out is that assault, never a suicide attempt, though an overdose is in the history too', () => {
    const summary = 'Intake, 29F, trauma eval\nSexual assault by coworker last spring\nHx: prior SA at 17 (never disclosed)\nHx of OD at 22, hospitalized 3 days; none since. Denies SI now.';
    const text = note(summary, 'pirp');
    expect(text).toMatch(/prior sexual assault at 17/);
    expect(text).not.toMatch(/suicide attempt at 17/);
    // An attempt said with its method stays an attempt.
    expect(note('Hx SA by OD 2019 during psychotic episode. Denies SI today.')).toMatch(/suicide attempt by overdose/);
  });

  it('the answer after the client\'s hesitation about moving a rifle is the client\'s, never the family\'s', () => {
    const text = note('Family session w/ client + wife + daughter 17. Discussed moving rifle to brother\'s house until things settle - pt hesitant, agreed to think about it.', 'pie');
    expect(text).toMatch(/Client agreed to think about it/);
    expect(text).not.toMatch(/The family agreed/);
  });

  it('a consultation dictated after what the brother took, or after the next visit, is the clinician\'s', () => {
    const text = note('so um crisis session he came in after his shift says he has been thinking about driving off the bridge I did the safety plan his wife came and took the car keys and the pills consulted with Dr Shah on call psychiatrist who agreed I will call him tomorrow he is coming back Friday also consulted with my supervisor', 'sirp');
    expect(text).toMatch(/Therapist consulted with Dr Shah/);
    expect(text).toMatch(/Therapist also consulted with the (?:clinical )?supervisor/);
    expect(text).not.toMatch(/pills consulted|Friday also consulted/);
  });

  it('partners asked about violence and denying it is a risk screen, never "no risk assessment"', () => {
    const text = section('Couples session 5 with Rob and Tina. Big argument Sunday about money, no physical stuff, both confirmed when I asked each alone at the end. Practiced soft startup.', 'risk', 'dap');
    expect(text).toMatch(/no physical stuff/);
    expect(text).not.toMatch(/No risk assessment was documented/);
    // "No physical complaints" screens no one.
    expect(section('Video session. No physical complaints, sleeping better. Practiced grounding.', 'risk', 'dap')).toMatch(/No risk assessment was documented/);
  });
});

describe('review 211: words and who did it', () => {
  it('"the vet I see individually for PE" is a client seen for prolonged exposure, never the clinician seeing physical education', () => {
    const text = note('crisis session he is the 40 year old I see individually for PE he came in unscheduled after a bad night');
    expect(text).toMatch(/40-year-old seen individually for prolonged exposure/);
    expect(text).not.toMatch(/physical education|Therapist saw/);
    expect(note('15yo, skipped PE again, says the locker room is where it happens')).toMatch(/physical education/);
  });

  it('a victim\'s own report to the police is the client\'s; a report to CPS stays the clinician\'s', () => {
    expect(note('Intake. Sexual assault by coworker last spring; reported to police, trial set for March.', 'pirp')).not.toMatch(/Therapist reported to police/);
    expect(note('Session w/ 12yo. She disclosed dad hits her with a belt. Reported to CPS today 3:10pm.', 'birp')).toMatch(/Therapist reported to child protective services/);
  });

  it('"Informed consent obtained" is consent taken in the session, never the therapist informing someone', () => {
    const text = section('Intake. Informed consent obtained, limits of confidentiality reviewed.', 'intervention', 'pirp');
    expect(text).toMatch(/^Informed consent was obtained, limits of confidentiality reviewed\./);
    expect(note('Informed Sgt Lowe of the plan.', 'birp')).toMatch(/Therapist informed Sergeant Lowe/);
  });

  it('"Cont weekly; BA schedule; GAD-7 next time" are the plan, and "crying most days" is what the client told', () => {
    const summary = 'Video session, client at home. Widower, wife died in March. Crying most days. Grief work - made a memory box list in session. Cont weekly; BA schedule; GAD-7 next time.';
    const plan = section(summary, 'evaluation', 'pie');
    expect(plan).toMatch(/Behavioral activation schedule\. GAD-7 next time\./);
    expect(note(summary, 'pie')).not.toMatch(/Therapist used behavioral activation|Client reported GAD-7/);
    expect(section(summary, 'intervention', 'pie')).toMatch(/memory box list in session/);
    expect(note(summary, 'pie')).toMatch(/Client reported crying most days/);
    expect(note('Tearful most days, poor sleep.')).toMatch(/Client reported being tearful most days/);
  });

  it('in a group, how the member took part after the skill the heading names is the response', () => {
    const summary = 'DBT skills grp - emotion reg, opposite action. Client attended, quiet at first, then role-played opposite action w/ a peer, reported shame 7->4.\nDid not bring diary card. Cont grp.';
    expect(section(summary, 'response', 'pirp')).toMatch(/role-played opposite action with a peer/);
    expect(section('DBT group wk 3. Topic: check the facts. Member practiced it with a peer.', 'intervention', 'pirp')).toMatch(/^Therapist used dialectical behavior therapy \(DBT\)\./);
  });

  it('what follows the clinician\'s "I think ...;" stays the clinician\'s view', () => {
    const facts = readSummary('CPT session 4. I think she is accommodating less; the guilt stuck point needs more work.').facts;
    expect(facts.find((f) => /stuck point needs/.test(f.text))?.kind).toBe('assessment');
  });

  it('a dictated positive cognition ends before its VOC, and is said as a sentence', () => {
    const text = note('um so session nine with Maria we continued EMDR on the target of the car accident um negative cognition I am not safe positive cognition I am safe now VOC was 3 um she was tearful but engaged', 'dap');
    expect(text).toMatch(/The positive cognition was "I am safe now"\./);
    expect(text).not.toMatch(/safe now VOC/);
  });

  it('"Discussed after group:" keeps when it was done, never "After group was discussed"', () => {
    expect(note('DBT group wk 3. K.L. shared that her sister keeps saying she wants to die. Discussed after group: gave her the 988 number to pass on.', 'pirp')).not.toMatch(/After group was discussed/);
  });
});

describe('review 211: left open, then fixed', () => {
  it('pills lined up and "going to take them Saturday" give the status line a plan, intent and preparatory behavior', () => {
    const text = section('walk-in crisis. 35F, she has been thinking about killing herself daily this week, last night she lined up all her lorazepam on the counter, she said she is going to take them Saturday when her husband is away. C-SSRS high risk. safety plan, husband to lock up meds.', 'risk', 'sirp');
    expect(text).toMatch(/going to take them Saturday/);
    expect(text).toMatch(/a plan was reported, intent was reported and preparatory behavior was reported/);
    // A goodbye letter to someone who died is grief work.
    expect(section('Passive SI "sometimes I wish I could just go be with him", no plan or intent. Wrote a goodbye letter to her late husband in session.', 'risk')).not.toMatch(/preparatory/);
  });

  it('"is coming back Thursday" in the plan stays ahead, never "was coming back"', () => {
    expect(note('Plan: she is coming back Thursday. Pt is starting IOP on Monday.')).toMatch(/Client is coming back Thursday\. Client is starting intensive outpatient program on Monday\./);
    expect(note('She was coming back from work on Monday when the panic started.')).toMatch(/was coming back from work/);
  });

  it('a symptom heading its evidence ("Anhedonia - stopped fishing") is no person who did it', () => {
    expect(note('Anhedonia - stopped fishing, stopped coaching son\'s team.')).not.toMatch(/Anhedonia stopped/);
  });
});
