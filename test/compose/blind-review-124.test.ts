import { describe, expect, it } from 'vitest';
import { note, section } from './note-text.ts';

// Blind review 124 (a general adult outpatient practice; emergency department and crisis services) and the rest of 123:
// what "ED" and "SP" mean where they are, denials of the past and of urges, a session plan that is no suicide plan, whose
// denial a line ends with, a friend's self-harm, a criterion not met, a correction in dictation. Summaries written for this file.

describe('review 124: abbreviations where they are', () => {
  it('"Setting: ED" in an emergency visit is the emergency department, though the client has not eaten', () => {
    const out = note('Setting: ED, eval for 72h hold (5150 by PD for DTS). Pt has not eaten in 2 days, BIBP after standing on overpass. Denies SI now.', 'pie');
    expect(out).toMatch(/Setting: emergency department/);
    expect(out).not.toMatch(/eating disorder/);
  });

  it('in cognitive processing therapy, "SP" is the stuck point, never the safety plan', () => {
    const out = note('CPT session 5. Worked on SP "it was my fault". Belief in SP down from 80% to 50%. HW: challenging questions worksheet on the SP.', 'pirp');
    expect(out).toMatch(/stuck point/);
    expect(out).not.toMatch(/safety plan/);
  });

  it('"clin director" is the clinical director', () => {
    expect(note('Consulted clin director re duty to warn.', 'dap')).toMatch(/clinical director/);
  });
});

describe('review 124: risk denied, in the past and now', () => {
  it('"∅ past SH" denies self-harm, never a history of it', () => {
    const out = section('Teen seen w/ mom. Pt denies SI, ∅ past SH, ∅ HI.', 'risk', 'dap');
    expect(out).toMatch(/no past self-harm/);
    expect(out).not.toMatch(/history of self-harm is documented|current self-harm|Not documented: [^\]]*self-harm/);
  });

  it('"she\'s not having urges" is no urge reported', () => {
    const out = section('ok family session today Jo plus mom and dad um mom brought up that Jo used to cut in 9th grade and she is scared it is happening again Jo said no she has not cut since she was 15 and she is not having urges which I checked with her alone after the parents stepped out she also denied SI', 'risk', 'dap');
    expect(out).not.toMatch(/current urges/);
  });

  it('"planned to begin reprocessing" is the session\'s plan, never a suicide plan', () => {
    const out = section('EMDR. Planned to begin reprocessing target 2 but pt disclosed active SI x2 days, "thinking about killing myself", ∅ plan, ∅ intent.', 'risk', 'birp');
    expect(out).toMatch(/a plan was denied/);
    expect(out).not.toMatch(/a plan was reported/);
  });

  it('"pt herself denies SI ... per mom" is the client\'s own denial', () => {
    const out = section('13yo F w/ mom, sent by school after a drawing. pt herself denies SI, ∅ past SH, ∅ HI, sleeping/eating ok, grades fine per mom.', 'risk', 'dap');
    expect(out).not.toMatch(/another person reported no suicidal ideation/);
  });

  it('a friend who "texted ... and has been cutting" is the friend, never the client', () => {
    const out = section('Teen w/ mom, sent by school. pt says the drawing was about her friend Bea not herself. Bea texted her last night "sorry for everything" + has been cutting. pt scared, cried. pt herself denies SI, HI.', 'risk', 'dap');
    expect(out).not.toMatch(/current self-harm is documented/);
  });

  it('ideation told of Monday and denied today: the status line says both', () => {
    const out = section('Collateral call w/ pt\'s psychiatrist re J.K. (ROI on file), SI w/ plan Mon, mom holding meds. Pt called back 2pm, denies SI today.', 'risk', 'simple');
    expect(out).toMatch(/endorsed active suicidal ideation on Monday and denied suicidal ideation today/);
  });
});

describe('review 124: who did it', () => {
  it('"pt missed the check-in, reached mom" is the clinician reaching the mother, never the client', () => {
    const out = note('Collateral call w/ pt\'s psychiatrist re J.K. (ROI on file) - switching to weekly blister packs, mom holding meds; pt missed today\'s 9am check-in, reached mom 10:20 - he is asleep at her place, safe.', 'simple');
    expect(out).not.toMatch(/Client missed[^.]*and reached/);
  });

  it('"Did NOT raise D\'s disclosure in joint session" is the clinician\'s decision', () => {
    const out = note('Couples intake. Seen separately 15 min each. D disclosed M pushed her in March. Did NOT raise D\'s disclosure in joint session. Gave D DV hotline privately.', 'dap');
    expect(out).toMatch(/Therapist did NOT raise/);
  });

  it('"consulted re duty to warn; not met" says what was not met', () => {
    const out = note('Consulted supervisor re duty to warn; not met at this time per consult.', 'dap');
    expect(out).toMatch(/Duty to warn was not met at this time/);
  });

  it('an exercise taken back mid-dictation ("no wait he couldn\'t do that") is not written as done', () => {
    const out = note('um so telehealth with Ray he was in his truck um we did interoceptive exposure spinning in the chair no wait he couldn\'t do that in the truck so we did the straw breathing for 60 seconds SUDS went to 60 then 20', 'dap');
    expect(out).not.toMatch(/spinning/);
    expect(out).toMatch(/straw breathing/);
  });
});
