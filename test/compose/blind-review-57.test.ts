import { describe, expect, it } from 'vitest';
import { composeNote, readSummary } from '../../src/compose/index.ts';

// Blind review 57 (issue 6): each mechanism the reviewers' notes showed missing, tested on
// summaries written for this file, never on the reviewers' own.
const note = (summary: string, format = 'soap'): string => composeNote({ summary, format }).sections.map((s) => s.text).join('\n');

describe('review 57: shorthand of community mental health', () => {
  it('"ACT f/u - home visit w/ RN" and "ACT line" are the community treatment team, never the therapy', () => {
    const n = note('ACT f/u 3/14 - home visit w/ RN\npt disheveled, missed injection due 3/7. agreed to call ACT line if voices worse. denies SI/HI.');
    expect(n).toMatch(/Assertive Community Treatment \(ACT\)/);
    expect(n).not.toMatch(/acceptance and commitment/i);
  });

  it('"due 3/7" is a date, never "3 of 7"', () => {
    expect(note('ACT home visit 30 min\nmissed Invega Sustenna due 3/7, RN gave it today. denies SI.')).toMatch(/due 3\/7/);
  });

  it('"narcan kits + fentanyl test strips" are handed out, never a positive result', () => {
    const n = note('CM contact 20 min\nrelapse on fentanyl Sat. gave 2 narcan kits + fentanyl test strips. denies SI.');
    expect(n).not.toMatch(/positive for fentanyl test strips/);
    expect(n).toMatch(/narcan kits and fentanyl test strips/i);
  });
});

describe('review 57: the client\'s own words and coping', () => {
  it('"pt: ...; whispering at night still" is what the client told, never something seen', () => {
    const n = note('Early psychosis f/u w/ dad, 45 min\npt: school "feels like a stage"; whispering at night still\ndad: spit pills out 3x');
    expect(n).not.toMatch(/observed whispering/);
    expect(n).toMatch(/whispering at night still/);
  });

  it('"Did NOT cut - used ice cube + texted cousin instead" is the client\'s coping, never the intervention', () => {
    const summary = 'Teen indiv 50 min\nurges to cut 2x this wk\nDid NOT cut - used ice cube + texted cousin instead\nreviewed TIPP';
    expect(note(summary, 'pirp')).toMatch(/Client (?:did NOT cut: )?used ice cube and texted cousin instead/);
    expect(composeNote({ summary, format: 'pirp' }).sections.find((s) => s.key === 'intervention')?.text).not.toMatch(/ice cube/);
  });
});

describe('review 57: what the clinician says is not for this note', () => {
  it('"separate thing tom said ... not for ruth\'s note" stays out of Ruth\'s note', () => {
    const summary = 'um ok so this is the note for ruth grief group session five of eight she cried when she read the letter um she denied any thoughts of suicide when I checked in uh separate thing tom said he has been thinking about joining his wife and I met with him after group that is documented in his chart not for ruth\'s note so next group next tuesday';
    const n = note(summary, 'sirp');
    expect(n).not.toMatch(/tom|joining his wife/i);
    expect(n).toMatch(/denied any thoughts of suicide/);
  });
});

describe('review 57: harm to a dependent adult and the report made', () => {
  const summary = 'ok this is for walter session nine um he is his wife\'s full time caregiver um he admitted that on sunday he grabbed her arm hard enough that it left a bruise um he denied any thoughts of hurting himself and denied wanting to hurt her we talked about caregiver burnout um I told him I am required to make a report to APS and that the goal is getting them help um see him next week';

  it('the bruise and the mandated report are in the risk section; the report is the clinician\'s work', () => {
    const doc = composeNote({ summary, format: 'pie' });
    const riskText = doc.sections.find((s) => s.key === 'risk')!.text;
    expect(riskText).toMatch(/grabbed her arm hard enough that it left a bruise/);
    expect(riskText).toMatch(/required to make a report/);
    expect(doc.sections.find((s) => s.key === 'intervention')!.text).toMatch(/required to make a report/);
  });

  it('"denied wanting to hurt her we talked about ..." ends the denial where the clinician\'s act begins', () => {
    expect(note(summary, 'pie')).not.toMatch(/hurt her therapist/);
  });
});

describe('review 57: a wish to die and thoughts of it all week', () => {
  it('"I want to die, I mean it this time" with "thinking about it all week" is active ideation, even with no method', () => {
    const r = readSummary('10/9 indiv\nShe told me "I want to die, I mean it this time" and that she\'s been thinking about it all week. No plan, hasn\'t thought about how.').risk;
    expect(r.si).toBe('active');
    expect(readSummary('She said "sometimes I want to die" but has not been thinking about it.').risk.si).toBe('passive');
  });
});
