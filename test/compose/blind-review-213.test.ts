import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 213 (a hospital-based outpatient psychiatry clinic; an employee assistance program), read on 60e5c78.
// Tested on summaries written here, not the reviewers'.

describe('review 213: risk', () => {
  it('"Plan to use handgun tonight after wife goes to bed" is the client\'s plan to die, never the treatment plan', () => {
    const summary = 'Crisis walk-in 1:30pm. Stated "I have a gun at home and I know what I would do with it." Plan to use handgun tonight after wife goes to bed. Intent 7/10. Escorted to ED.';
    expect(section(summary, 'plan', 'pirp')).not.toMatch(/handgun/);
    expect(section(summary, 'risk', 'pirp')).toMatch(/Client reported a plan to use handgun tonight/);
    expect(readSummary('Plan to take all his oxycodone tonight after his wife is asleep.').facts[0]?.kind).toBe('risk');
    // The treatment's own plan stays the plan.
    expect(readSummary('Plan to use the thought record daily.').facts[0]?.kind).toBe('plan');
  });

  it('why a past stay began, in its bracket ("(inpt 6/2-6/9, MDD w/ SI)"), is history; today\'s passive wish stays passive', () => {
    expect(readSummary('1st f/u post d/c from 4W (inpt 6/2-6/9, MDD w/ SI, OD on APAP). +passive SI "sometimes I wish I just didnt wake up", denies plan/intent.').risk.si).toBe('passive');
    expect(readSummary('1st f/u post d/c from 4W (inpt 6/2-6/9, MDD w/ SI). Denies SI today.').risk.si).toBe('denied');
  });

  it('cuts "on his arm" that a mother saw on her son are his, never her self-harm', () => {
    const r = readSummary('pt Maria came in very distressed because last night she found her sons notebook and there were some cuts on his arm she saw. she denies any SI herself.').risk;
    expect(r.selfHarm).not.toBe('present');
    expect(r.othersSelfHarm).toBe(true);
    expect(readSummary('Pt (she/her) showed me cuts on her arm from last night.').risk.selfHarm).toBe('present');
  });

  it('"Leo confirmed, denied current SH/SI" in a family session is Leo\'s denial, never the client\'s', () => {
    const text = section('Family sess - employee (Rosa, 44) w/ husband Ben + son Leo (15). Leo had cutting hx at 13, per Rosa none since - Leo confirmed, denied current SH/SI.', 'risk');
    expect(text).toMatch(/Leo denied current self-harm and suicidal ideation/);
    expect(text).not.toMatch(/Client denied current self-harm/);
  });
});

describe('review 213: words', () => {
  it('"dx PTSD, IED" lists intermittent explosive disorder, never a bomb', () => {
    const text = note('Army vet, dx PTSD, IED. Denies SI. Stopped prazosin 2 wks ago.');
    expect(text).toMatch(/intermittent explosive disorder/);
    expect(text).not.toMatch(/improvised explosive device/);
    expect(note('PE session 4, imaginal exposure of the IED blast.')).toMatch(/improvised explosive device/);
  });
});
