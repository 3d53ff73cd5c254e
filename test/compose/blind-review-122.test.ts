import { describe, expect, it } from 'vitest';
import { note, section } from './note-text.ts';

// Blind review 122 (a rural community mental health center; a child and adolescent clinic) and the rest of 121: whose words
// and whose risk in a session without the client, the clinician's question and its answer, the day of an ideation,
// a call past midnight, a drive's minutes, and steps under the clinician's own Plan label. Tested on summaries written for this file.

describe('review 122: a session without the client', () => {
  it('in a parent-only session, the mother\'s own passive wish is hers, never the client\'s nor "reported by another person"', () => {
    const note_ = note('Parent-only session with Mrs. Okoro (mom of Tobi, 9). Tobi not present. Reviewed the reward chart. She cried about money and said "sometimes I wish I could just go to sleep and not wake up." I asked directly: no plan, no intent. Gave her 988 and the adult clinic number.', 'dap');
    expect(note_).not.toMatch(/Client said "sometimes I wish/);
    expect(note_).not.toMatch(/reported by another person/);
    expect(note_).toMatch(/another person's suicidal thoughts/i);
  });

  it('a collateral call from a father: his denials and "no weapons" are his, never the child\'s', () => {
    const out = note('Collateral call from pt\'s dad (Mr. Ruiz) re: Sofia 6. Dad angry about the custody schedule, said "her mother will pay for this." Asked what he meant - said he meant in court, denied intent to harm her. No weapons he said.', 'pie');
    expect(out).toMatch(/Therapist asked what he meant; he said he meant in court/);
    expect(out).not.toMatch(/Client asked|Client said no weapons/);
  });

  it('what a client told of her named sister is the sister\'s self-harm, never the client\'s', () => {
    const out = section('Family session w/ Maya (10, pt), dad, and brother Leo (15). Maya then told me Leo showed her cuts on his leg. Maya denies any SI herself.', 'risk', 'dap');
    expect(out).not.toMatch(/current self-harm is documented/);
  });

  it('"I agreed to ...; shared attendance only" in a call with a provider: the release is the clinician\'s', () => {
    const out = note('Collateral call w/ Dr. Lee (PCP) re Sam T., ROI on file. PCP wants pt in IOP.\nI agreed to raise IOP w/ pt at next session; shared attendance only, no session content.', 'simple');
    expect(out).toMatch(/Therapist shared attendance only/);
    expect(out).not.toMatch(/Client shared attendance/);
  });
});

describe('review 122: risk told in time and in words', () => {
  it('"yesterday endorsed SI ..., today denies SI": the status line says both, with the day', () => {
    const out = section('PHP check-in w/ Dani. Pt yesterday endorsed SI w/ thoughts of overdosing, today denies SI and says she slept. Continue PHP.', 'risk', 'soap');
    expect(out).toMatch(/endorsed active suicidal ideation yesterday and denied suicidal ideation today/);
  });

  it('"Pt yesterday endorsed ..." leads with the day, never "Client reported yesterday endorsed"', () => {
    const out = note('Pt yesterday endorsed SI w/ thoughts of overdosing, today denies SI.', 'soap');
    expect(out).toMatch(/Yesterday, client endorsed suicidal ideation/);
    expect(out).not.toMatch(/reported yesterday endorsed/);
  });

  it('a method thought of, with "no plan beyond that", is never a plan denied', () => {
    const out = section('Phone f/u w/ Cal. Thinks about driving into the river on the way home most days, no plan beyond that, could not promise safety. No guns.', 'risk', 'dap');
    expect(out).not.toMatch(/a plan was denied/);
  });

  it('reasons for living in brackets end at the bracket; a warning sign after them is no protective factor', () => {
    const out = section('Active SI, no intent. Safety plan by phone - reasons for living (her son, her horses), warning sign = "when I stop answering the phone," will call her sister.', 'risk', 'dap');
    expect(out).toMatch(/Protective factors: her son, her horses\./);
    expect(out).not.toMatch(/Protective factors:[^\n]*warning sign/);
  });

  it('"he said about the boy who shoved him I swear I\'m gonna ..." keeps the client\'s words as his, never the therapist\'s', () => {
    const out = note('video w/ Eli 13 um he said about the boy who shoved him at lunch I swear I\'m gonna break his nose I asked he said he wouldn\'t really do it denies SI', 'dap');
    expect(out).not.toMatch(/the therapist swear|therapist is going to break/i);
    expect(out).toMatch(/"I swear I'm gonna break his nose"/);
    expect(out).toMatch(/When asked, he said he would not really do it/);
  });
});

describe('review 122: the session and its plan', () => {
  it('"11:40pm-12:55am" is a call that ran past midnight, 75 minutes', () => {
    const out = section('After-hours crisis call 11:40pm-12:55am. Caller denies SI tonight. Plan f/u call 9am.', 'session', 'sirp');
    expect(out).toMatch(/11:40 pm to 12:55 am, 75 minutes/);
  });

  it('"90 min drive each way" is the client\'s drive, never the session\'s length', () => {
    const out = section('Phone session w/ Bo (on MAT, doses daily at the clinic, 90 min drive each way). Mood low.', 'session', 'dap');
    expect(out).not.toMatch(/90 minutes\b(?! drive)/);
    expect(out).toMatch(/90-minute drive each way/);
  });

  it('"energy drinks 4-5/day" keeps its kind, never "energy 4 to 5 drinks"', () => {
    const out = note('Intake by phone. Sleeps 4 hrs, energy drinks 4-5/day.', 'soap');
    expect(out).toMatch(/4 to 5 energy drinks per day/);
  });

  it('"Mobile crisis to eval, will update" is the plan, never the client\'s report', () => {
    const out = note('Crisis call. Pt declined ED. Called mobile crisis per protocol. Mobile crisis to eval, will update.', 'sirp');
    expect(out).not.toMatch(/Client reported Mobile crisis/i);
    expect(section('Crisis call. Pt declined ED. Called mobile crisis per protocol. Mobile crisis to eval, will update.', 'plan', 'sirp')).toMatch(/Mobile crisis to evaluate/);
  });

  it('steps under the clinician\'s Plan label stay in the plan, though they name firearms', () => {
    const out = section('Family mtg pre-d/c.\nPlan: d/c Fri if MD agrees, SW to confirm firearm removal w/ brother before d/c.', 'plan', 'birp');
    expect(out).toMatch(/SW to confirm firearm removal/);
  });

  it('"Voluntary status" and "LOS 5 days" are the chart\'s facts, never the client\'s report', () => {
    const out = note('D/C planning w/ pt, 20 min. Voluntary status. LOS 5 days, admitted after OD. Denies SI, HI, A/V/H today.', 'dap');
    expect(out).toMatch(/Legal status: voluntary\./);
    expect(out).toMatch(/Length of stay was 5 days/);
    expect(out).not.toMatch(/Client reported (?:Voluntary|length of stay)|A\/V\/H/);
  });

  it('"Dad unaware until today; informed with pt\'s consent": the father was informed', () => {
    const out = note('Teen w/ dad, family session. Pt had SI last week, denies today. Dad unaware until today; informed with pt\'s consent.', 'girp');
    expect(out).toMatch(/Father was informed with client's consent/);
    expect(out).not.toMatch(/Therapist informed with/);
  });
});
