import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { section } from './note-text.ts';

// Blind review 245 (a psychologist for parents in neonatal and pediatric intensive care; a behavioral sleep medicine clinic),
// read on 0156eba. Tested on summaries written here, not the reviewers'.

describe('review 245: a minus after the risk letters', () => {
  it('"SI-. HI-." is a denial of both, and the note never reads as an endorsement', () => {
    const summary = 'f/u CBT-I sess 4. SE 81% (was 70%). SI-. HI-. Cont window 11-6.';
    const risk = readSummary(summary).risk;
    expect(risk.si).toBe('denied');
    expect(risk.hi).toBe('denied');
    expect(section(summary, 'risk', 'pirp')).not.toMatch(/endorsed/);
  });

  it('"SI-, HI-, SH-" at the end of a line denies self-harm too', () => {
    expect(readSummary('Tele f/u, 30 min. Sleep better. SI-, HI-, SH-').risk.selfHarm).toBe('denied');
  });

  it('"SI - passive, no plan" stays passive ideation', () => {
    expect(readSummary('SI - passive, no plan. HI neg.').risk.si).toBe('passive');
  });
});

describe('review 245: not being somewhere', () => {
  it('"feels guilty not being here", of a father back at work, is no wish to be dead', () => {
    const summary = 'phone - dad Luis (baby in NICU d9). back at work d4, feels guilty not being here. poor sleep. denies SI/HI.';
    const risk = readSummary(summary).risk;
    expect(risk.si).toBe('denied');
    expect(section(summary, 'risk', 'dap')).not.toMatch(/endorsed passive/);
  });

  it('"thinks about not being here anymore" is still passive ideation', () => {
    expect(readSummary('Says some nights she thinks about not being here anymore. No plan.').risk.si).toBe('passive');
  });
});

describe('review 245: medicine saved up, with a time to take it', () => {
  it('is active ideation with a plan and intent, never "passive or active not stated"', () => {
    const summary = 'Phone call w/ pt 3:50pm, pt stated she has been saving her temazepam for 2 wks and "has enough now," plans to take them tonight after her husband leaves. Stayed on line, called 911.';
    const risk = readSummary(summary).risk;
    expect(risk.si).toBe('active');
    expect(risk.siKindUnstated).not.toBe(true);
    expect(risk.plan).toBe(true);
  });
});

describe('review 245: sleep clinic shorthand', () => {
  it('"SR window" is sleep restriction and "6h min" a minimum', () => {
    const summary = 'CBT-I sess 5. SE 78%. Cont SR window 12-7, no change. Fell asleep driving Tues, widened window to 6h min. SI-.';
    const text = section(summary, 'subjective', 'soap') + section(summary, 'plan', 'soap') + section(summary, 'objective', 'soap');
    expect(text).toMatch(/sleep restriction window/);
    expect(text).toMatch(/6 hours minimum/);
    expect(text).not.toMatch(/senior/);
  });
});

describe('review 245: those the clinician called in', () => {
  it('"DV advocate paged" is never the client\'s report', () => {
    const text = section('Met w MOB in consult room after CPS interview. Tearful. Denies SI/HI. DV advocate paged. Gave hotline #. f/u tmrw.', 'problem', 'pie') + section('Met w MOB in consult room after CPS interview. Tearful. Denies SI/HI. DV advocate paged. Gave hotline #. f/u tmrw.', 'intervention', 'pie');
    expect(text).not.toMatch(/Client reported domestic violence advocate paged/);
    expect(text).toMatch(/advocate (?:was )?paged/);
  });
});
