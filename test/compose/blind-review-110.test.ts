import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { section } from './note-text.ts';

// Blind review 110 (issue 6): a couples and family therapy practice, and a pain psychology service.
// Each mechanism the reviewers' notes showed missing, tested on summaries written for this file.

describe('review 110: risk', () => {
  it('"I asked Zaid about ... any thoughts of hurting himself and he said no" is a denial of self-harm, never urges', () => {
    const risk = readSummary('parent child session with Omar and his son Zaid who is ten. I asked Zaid about feeling safe at home and any thoughts of hurting himself and he said no and Omar denies any hitting.').risk;
    expect(risk.selfHarm).toBe('denied');
    expect(risk.selfHarmUrges).toBeUndefined();
    expect(readSummary('I asked her about thoughts of hurting herself and she said yes, twice this week.').risk.selfHarmUrges).toBe(true);
    expect(readSummary('I asked him about any thoughts of hurting himself. He said no.').risk.selfHarm).toBe('denied');
  });

  it('"not saying I\'d hurt him, but he\'s gonna hear it" never endorses homicidal ideation', () => {
    const summary = 'Crisis add-on. States "if that adjuster keeps screwing me I\'ll go down there and make him pay." Pt says "not saying I\'d hurt him, but he\'s gonna hear it." Denied owning weapons, denied intent to physically harm, denied SI.';
    expect(readSummary(summary).risk.hi).not.toBe('present');
    expect(section(summary, 'risk', 'sirp')).not.toMatch(/the client endorsed homicidal ideation/);
    expect(readSummary(summary).risk.threat).toBe(true);
  });

  it('"no plan to get weapon" is about the means, never a denial of a plan to harm', () => {
    const summary = 'Said "if I see him in that parking lot I\'m going to put him in the hospital." Has thought about waiting for him after her shift. Denies SI. Assessment: moderate concern re threat toward Derek - specific target and location, no plan to get weapon.';
    expect(readSummary(summary).risk.plan).not.toBe(false);
    expect(section(summary, 'risk', 'soap')).not.toMatch(/a plan to harm was denied/);
  });
});
