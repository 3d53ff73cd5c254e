import { describe, expect, it } from 'vitest';
import { cleanDictation } from '../../src/compose/read/clean-dictation.ts';
import { expandShorthand } from '../../src/compose/read/expand-shorthand.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 230 (grief and bereavement counseling), read on 9117cb2.
// Tested on summaries written here, not the reviewer's.

describe('review 230: a name is no month, and no report', () => {
  it('"Jun" jotted with how he was is the client, never June', () => {
    const text = section('Phone check-in. Jun doing better, visited the cemetery Sunday. Cont biweekly.', 'summary', 'simple');
    expect(text).not.toMatch(/June/);
    expect(text).not.toMatch(/reported Jun\b/);
  });

  it('"Jun 12" and "since Jun" are still the month', () => {
    expect(expandShorthand('lost her job Jun 12')).toMatch(/June 12/);
    expect(expandShorthand('no contact since Jun')).toMatch(/since June/);
  });

  it('a name jotted with how the client was leads no "Client reported <name>"', () => {
    expect(section('Indiv session. Teodora doing okay, went back to work Monday. Cont weekly.', 'summary', 'simple')).not.toMatch(/reported Teodora/);
  });

  it('a line jotted as "Mood low" or "Things better" names no one', () => {
    const text = section('Indiv 50 min. Mood low, sleep ok. Things better at work. Used CBT thought record.', 'summary', 'simple');
    expect(text).toMatch(/mood was low/i);
    expect(text).not.toMatch(/^Things was/m);
  });

  it('a word before a person\'s role keeps no capital after "reported"', () => {
    expect(note('Indiv 50 min. Best friend died in a fall last spring. Used grounding.', 'soap')).not.toMatch(/reported Best friend/);
  });
});

describe('review 230: a dictated self-correction', () => {
  it('"was driving the other car? no - was a passenger" keeps only the correction', () => {
    const cleaned = cleanDictation('Cousin died in the crash; Omar was driving the truck? no - was in the back seat, broke his arm.');
    expect(cleaned).not.toMatch(/driving the truck/);
    expect(cleaned).toMatch(/Omar\s+was in the back seat/);
  });

  it('a screen answered after its question mark is left as it was', () => {
    expect(cleanDictation('SI? no - denied. HI? no.')).toMatch(/SI\? no - denied/);
  });
});

describe('review 230: what was seen, what was said, what was done', () => {
  const summary = 'Indiv, 50 min. Elena, 61, partner died 5 mo ago. Teary throughout, says mornings are hardest, still sets two cups out. Worked on continuing bonds - she looked at photos with me. Denies SI/HI. Cont weekly.';

  it('what the client said after how she was seen is her report, never an observation', () => {
    expect(section(summary, 'objective', 'soap')).not.toMatch(/mornings/);
    expect(section(summary, 'subjective', 'soap')).toMatch(/mornings are hardest/);
    expect(section(summary, 'objective', 'soap')).toMatch(/teary throughout/i);
  });

  it('continuing bonds is grief work the therapist did, never the client\'s report', () => {
    expect(section(summary, 'subjective', 'soap')).not.toMatch(/continuing bonds/);
    expect(note(summary, 'soap')).not.toMatch(/No intervention is named/);
  });

  it('"separate indiv for X" after the next session is a step ahead', () => {
    expect(section('Family session w/ mom Rosa and son Tomas (14). Grandfather died in Jan. Tomas quiet. Next session 2 wks; separate indiv for Tomas.', 'plan', 'birp')).toMatch(/Separate individual/);
  });

  it('"no plan no intent" is written "no plan or intent"', () => {
    expect(readSummary('Passive SI, thoughts of not waking up but no plan no intent.').facts.map((f) => f.text).join(' ')).toMatch(/no plan or intent/);
  });
});

describe('open since earlier reviews: whose harm it is', () => {
  it('"she was cut again by her ex" is harm done to her, never self-harm', () => {
    const risk = readSummary('Indiv. Client said she was cut again by her ex last night, has a bruise on her arm. Safety planning.').risk;
    expect(risk.selfHarm).not.toBe('present');
    expect(risk.abuseOrHarm).toBeDefined();
  });

  it('"cut again last night on her thigh" stays self-harm', () => {
    expect(readSummary('Indiv. Cut again last night on her thigh.').risk.selfHarm).toBe('present');
  });

  it('a behaviour a parent reports, with no one else named doing it, is the child\'s', () => {
    expect(readSummary('Parent-only session w/ dad re: Noah (7). Dad reports head banging most nights when told no.').risk.selfHarm).toBe('present');
  });

  it('"mom has hx of cutting" is still the mother\'s own', () => {
    expect(readSummary('Indiv. Mom has hx of cutting. Client worried about her.').risk.selfHarm).not.toBe('present');
  });

  it('"someone is gonna get handled" in a group is a threat to weigh, never "no risk assessment"', () => {
    const summary = 'Anger mgmt group, 5 members, 60 min. Topic: cues. Andre said someone is gonna get handled this weekend over the fight. Others quiet. Reviewed time-outs.';
    expect(readSummary(summary).risk.threat).toBe(true);
    expect(section(summary, 'risk', 'girp')).not.toMatch(/No risk assessment was documented/);
  });
});

describe('open since review 229: a lethal means with a plan', () => {
  it('"has a syringe of sux and a plan, intends to use tonight" is active ideation with a plan and intent', () => {
    const risk = readSummary('Crisis line call, physician. Has a syringe of sux and a plan, intends to use tonight. Kept him on line, called 911.').risk;
    expect(risk.si).toBe('active');
    expect(risk.plan).toBe(true);
    expect(risk.intent).toBe(true);
  });

  it('"a rifle and a plan for the trip" is no one\'s ideation', () => {
    expect(readSummary('Hunting trip next wk, has a rifle and a plan for the trip.').risk.si).toBe('not_assessed');
  });
});
