import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { section } from './note-text.ts';

// Blind review 242 (a rural farm and ranch stress program; an outpatient traumatic brain injury clinic), read on f0e4c2f.
// Tested on summaries written here, not the reviewers'.

describe("review 242: a caregiver's own risk on a check-in while the client sleeps", () => {
  const summary = "Phone chk-in w/ pt's husband (Ray), pt napping. He's worn out, says since her stroke he's up every night and \"some nights I think about just not waking up.\" Denied plan or intent when asked, said \"she needs me.\" Gave him 988 and the caregiver line. Next appt for pt Thurs.";

  it("is the husband's, never charted as the client's ideation", () => {
    const risk = readSummary(summary).risk;
    expect(risk.si === 'passive' || risk.si === 'active').toBe(false);
    expect(section(summary, 'risk', 'birp')).not.toMatch(/the client endorsed/);
  });

  it('"chk-in" is spelled out', () => {
    expect(section(summary, 'session', 'birp')).toMatch(/Check-in/);
  });
});

describe('review 242: words and letters', () => {
  it('"at end pt disclosed" is the client disclosing, never an end point', () => {
    const text = section('Family session w/ pt and daughter. During 1:1 time at end pt disclosed that his nephew "borrows" his card. APS report filed.', 'summary', 'simple');
    expect(text).not.toMatch(/end point/);
  });

  it('"the end pt of the plan" stays a point', () => {
    expect(section('Indiv 45 min. Reviewed the end pt of the exposure ladder. Denies SI.', 'summary', 'simple')).toMatch(/end point/);
  });

  it('"SO to attend next sess" keeps the significant other', () => {
    expect(section('pt 59M farmer, tele. grief psychoed. SO to attend next sess.', 'plan', 'girp')).toMatch(/[Ss]ignificant other to attend next session/);
  });

  it('"10yo dau" is a daughter', () => {
    expect(section('Family session. Present: dad (Al), 10yo dau (June).', 'session', 'dap')).toMatch(/10-year-old daughter/);
  });
});

describe('review 242: what belongs with the risk', () => {
  it('hopelessness the client endorses is restated in the risk section beside a denial', () => {
    const summary = 'Tele, 45 min. Lost the lease on the home place. Denies SI, endorses hopelessness "no point farming without land." Wife worried.';
    expect(section(summary, 'risk', 'soap')).toMatch(/hopelessness/);
  });

  it('"I can\'t do this anymore with my brother" is weariness with a person, never a wish to be dead beside a denial', () => {
    const summary = 'INTAKE - phone. CC: "I can\'t do this anymore with my brother." Constant fights over the farm. Denies SI/HI.';
    const risk = readSummary(summary).risk;
    expect(risk.siWordsQuoted).not.toBe(true);
    expect(section(summary, 'risk', 'pie')).not.toMatch(/wish to be dead/);
  });
});

describe('review 242: a denial of plan or intent after a risk line', () => {
  it('goes with the ideation it answers, never alone in the report', () => {
    for (const summary of ['48F, s/p fall, TBI. f/u indiv.\nPassive SI - "sometimes I wish I just hadn\'t woken up after the fall." Denies plan/intent. Safety plan reviewed.\nPlan: wkly.', '47yo F, s/p MVC 5 mo ago, mod TBI. f/u indiv.\nReports "cloudy" most days, loses her place mid-sentence. Sleeping 5 hrs.\nHusband not present today.\nMood low, flat affect, slowed speech.\nPassive SI - "sometimes think my kids would be better off if I didn\'t wake up." Denies plan/intent. No firearms in home per pt. Safety plan reviewed.\nPlan: wkly.']) {
      const subjective = section(summary, 'subjective', 'soap');
      if (/denied plan or intent/i.test(subjective)) expect(subjective, summary).toMatch(/[Pp]assive suicidal ideation/);
      expect(section(summary, 'risk', 'soap'), summary).toMatch(/denied plan or intent/i);
    }
  });
});

describe('review 242: work done under a SOAP "O:" label', () => {
  const summary = 'Indiv, 50 min. Pt (Ray, 31, TBI 2021) here for mood.\nS: "ok week", sleeping 6h.\nO: euthymic, good eye contact.\nReviewed BA log - did 3/5 activities.\nDiscussed alcohol impact on memory, pt ambivalent.\nBroke job application into 3 steps, pt did step 1 in session.\nP: cont wkly.';

  it('is the intervention in a GIRP note, never the client\'s own act', () => {
    const intervention = section(summary, 'intervention', 'girp');
    expect(intervention).toMatch(/reviewed/i);
    expect(intervention).toMatch(/discussed/i);
    expect(section(summary, 'response', 'girp')).not.toMatch(/Client (?:reviewed|discussed|broke)/);
  });
});

describe('review 242: rehab shorthand', () => {
  it('"voc rehab", "strats" and "neuropsych testing" are spelled out', () => {
    const text = section('Indiv 45 min. Still putting off voc rehab forms. Named 2 coping strats. Referred for neuropsych testing. Denies SI.', 'summary', 'simple') + section('Indiv 45 min. Still putting off voc rehab forms. Named 2 coping strats. Referred for neuropsych testing. Denies SI.', 'plan', 'simple');
    expect(text).toMatch(/vocational rehabilitation forms/);
    expect(text).toMatch(/coping strategies/);
    expect(text).toMatch(/neuropsychological testing/);
  });
});

describe("review 242: a series after another's act on the client", () => {
  it('is still joined when the clinician acts ("reflected her pride, asked ..., looked at ...")', () => {
    expect(section('Indiv 50 min. MI. Reflected her pride, asked how she did it, affirmed what worked, looked at next week\'s risky moments.', 'objective', 'soap')).toMatch(/affirmed what worked and looked at/);
  });
});
