import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { note } from './note-text.ts';

// Blind review 151 (a rural telehealth practice; an adult ADHD and autism clinic), read on 8ca5ed5. Tested on summaries
// written here, not the reviewers'.

describe('review 151', () => {
  it('"he told Gary next time he touches that fence he\'ll shoot him" stays one threat, with its condition', () => {
    const r = readSummary('um Hank said he told his neighbor next time he cuts that fence he\'ll shoot him um when I asked him directly he said no I\'m not going to shoot anybody');
    expect(r.facts.some((f) => /next time he cuts that fence he will shoot him/.test(f.text))).toBe(true);
    expect(r.facts.some((f) => /^he will shoot him$/i.test(f.text.trim()))).toBe(false);
  });

  it('"Intent: says \'I don\'t think I\'d do it\'" is intent hedged, never intent reported', () => {
    expect(readSummary('Passive SI. Intent: says "I don\'t think I\'d do it" but couldn\'t say why not.').risk.intent).not.toBe(true);
  });

  it('"maybe you\'d be better off with the life insurance", said to his wife, is a wish to be dead', () => {
    expect(readSummary('Pt told his wife "maybe you\'d be better off with the life insurance".').risk.si).toBe('passive');
  });

  it('"AST 88, ALT 64" is the liver enzyme; "alt weekends" is alternate', () => {
    const out = note('PCP labs: AST 88, ALT 64. Sees kids alt weekends.', 'soap');
    expect(out).toMatch(/alanine aminotransferase \(ALT\) 64/);
    expect(out).not.toMatch(/alternative 64/);
  });

  it('"going to take them all to the park" is no plan to overdose; "was going to take them all tonight", with pills saved, is', () => {
    expect(readSummary('Pt endorsed passive SI. Pt said she is going to take them all to the park this weekend.').risk).toMatchObject({ si: 'passive' });
    expect(readSummary('Pt endorsed passive SI. Pt said she is going to take them all to the park this weekend.').risk.plan).not.toBe(true);
    expect(readSummary('Pt has SI, has been saving her pills and was going to take them all tonight.').risk).toMatchObject({ si: 'active', plan: true });
  });

  it('"cut her leg on the barbed wire fixing the fence" is an accident; "cut her arm with a razor" is self-harm', () => {
    expect(readSummary('Pt has passive SI. Pt said she cut her leg on the barbed wire fixing the fence.').risk.selfHarm).not.toBe('present');
    expect(readSummary('Pt said "I cut my leg on the barbed wire."').risk.selfHarm).not.toBe('present');
    expect(readSummary('Pt cut her arm with a razor last night.').risk.selfHarm).toBe('present');
  });
});

