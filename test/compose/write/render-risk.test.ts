import { describe, expect, it } from 'vitest';
import { composeNote } from '../../../src/compose/index.ts';
import { emptyRisk } from '../../../src/compose/read/extract-risk.ts';
import type { HiStatus, RiskRecord, SelfHarmStatus, SiStatus } from '../../../src/compose/types.ts';
import { renderRiskStatus } from '../../../src/compose/write/render-risk.ts';

const SI: SiStatus[] = ['denied', 'passive', 'active', 'not_assessed'];
const HI: HiStatus[] = ['denied', 'present', 'not_assessed'];
const SH: SelfHarmStatus[] = ['denied', 'present', 'history', 'not_assessed'];
const all: RiskRecord[] = SI.flatMap((si) => HI.flatMap((hi) => SH.map((selfHarm) => ({ ...emptyRisk(), si, hi, selfHarm }))));
const text = (r: RiskRecord): string => renderRiskStatus(r).join(' ');

/** The part of the status line about one item, e.g. "...; homicidal ideation not documented; ...". */
function part(line: string, topic: RegExp): string {
  const piece = line.split(/[;:]/).find((p) => topic.test(p));
  if (!piece) throw new Error(`no part about ${topic} in ${line}`);
  return piece;
}

describe('renderRiskStatus', () => {
  it('nothing assessed: says no risk assessment was documented, and never "denied"', () => {
    const out = text(emptyRisk());
    expect(out).toMatch(/No risk assessment was documented/);
    expect(out).not.toMatch(/denie/i);
    expect(out).not.toMatch(/\bno (suicidal|homicidal|self-harm)/i);
  });

  it.each(all.map((r) => [`si=${r.si} hi=${r.hi} selfHarm=${r.selfHarm}`, r]))('%s: each item says exactly its status', (_name, r) => {
    const out = text(r);
    if (r.si === 'not_assessed' && r.hi === 'not_assessed' && r.selfHarm === 'not_assessed') {
      expect(out).toMatch(/No risk assessment was documented/);
      return;
    }
    const si = part(out, /suicidal/);
    const hi = part(out, /homicidal/);
    const sh = part(out, /self-harm/);
    for (const [p, status] of [[si, r.si], [hi, r.hi], [sh, r.selfHarm]] as const) {
      if (status === 'denied') expect(p).toMatch(/denied/);
      else expect(p).not.toMatch(/denie/);
      if (status === 'not_assessed') expect(p).toMatch(/not documented/);
      else expect(p).not.toMatch(/not documented/);
    }
    if (r.si === 'passive') expect(si).toMatch(/passive/);
    if (r.si === 'active') expect(si).toMatch(/active/);
    if (r.hi === 'present') expect(hi).toMatch(/endorsed|present|reported/);
    if (r.selfHarm === 'history') expect(sh).toMatch(/history/);
    if (r.selfHarm === 'present') expect(sh).toMatch(/current|present/);
  });

  it('plan, intent and means are reported only when stated', () => {
    expect(text({ ...emptyRisk(), si: 'passive' })).not.toMatch(/plan|intent|means/);
    const out = text({ ...emptyRisk(), si: 'passive', plan: false, intent: false, means: true });
    // "no plan" is the client's denial, never a plan left unasked.
    expect(out).toMatch(/a plan was denied/);
    expect(out).toMatch(/intent was denied/);
    // Means are stated in the clinician's own words ("no access to firearms"), never as "means".
    expect(out).not.toMatch(/means/);
  });

  it('protective factors and level only when stated; the level is the clinician\'s', () => {
    expect(text({ ...emptyRisk(), si: 'denied' })).not.toMatch(/protective|level as stated/i);
    expect(text({ ...emptyRisk(), si: 'denied' })).toMatch(/\[Add your risk level/);
    const out = text({ ...emptyRisk(), si: 'denied', protectiveFactors: ['kids', 'faith'], level: 'low' });
    expect(out).toMatch(/Protective factors: kids, faith\./);
    expect(out).toMatch(/low/);
  });

  it('every line is a finished sentence', () => {
    for (const r of all) for (const line of renderRiskStatus({ ...r, plan: true, protectiveFactors: ['x'], level: 'low' })) expect(line).toMatch(/^[A-Z].*[.]$|^\[[A-Z].*[.]\]$/);
  });
});

describe('the risk section of a note', () => {
  it('a summary silent on risk: "No risk assessment was documented", a warning, and no denial anywhere', () => {
    const doc = composeNote({ summary: 'pt reports better sleep. we practiced grounding. plan: f/u 1 wk', format: 'soap' });
    const risk = doc.sections.at(-1)!;
    expect(risk.key).toBe('risk');
    expect(risk.text).toMatch(/No risk assessment was documented/);
    expect(doc.warnings.map((w) => w.code)).toContain('no_risk');
    expect(doc.sections.map((s) => s.text).join(' ')).not.toMatch(/denie/i);
  });

  it('"denies SI" does not become a denial of HI or self-harm', () => {
    const doc = composeNote({ summary: 'pt ok. denies SI', format: 'dap' });
    // The clinician's sentence says the SI status, so no status line repeats it; the rest is asked for.
    const risk = doc.sections.at(-1)!.text;
    expect(risk).not.toMatch(/Risk status/);
    expect(part(risk, /homicidal/)).not.toMatch(/denie/);
    expect(part(risk, /self-harm/)).not.toMatch(/denie/);
    expect(risk).toMatch(/\[Not documented: homicidal ideation and self-harm/);
    expect(doc.risk).toMatchObject({ si: 'denied', hi: 'not_assessed', selfHarm: 'not_assessed' });
  });

  it('risk from another person is not the client\'s', () => {
    const doc = composeNote({ summary: "pt's mother reports SI", format: 'birp' });
    expect(doc.risk).toMatchObject({ si: 'not_assessed', hi: 'not_assessed', selfHarm: 'not_assessed' });
    // The mother's risk is restated as hers, and the client's own status is asked for, never assumed.
    expect(doc.sections.at(-1)!.text).toMatch(/mother reports suicidal ideation/);
    expect(doc.sections.at(-1)!.text).toMatch(/\[The statements above name no status/);
    expect(doc.sections.at(-1)!.text).not.toMatch(/endorsed|denied/);
  });
});

describe('what the risk section cites and warns', () => {
  it('the status line cites the clauses it was read from', () => {
    // (A status the sentences do not all state as the client's, here self-harm done, keeps its status line.)
    const summary = 'pt reports rough week. denies SI, HI. cut her arm last night.';
    const doc = composeNote({ summary, format: 'soap' });
    const status = doc.sections.at(-1)!.sentences.find((s) => s.text.startsWith('Risk status'))!;
    const cited = status.source.map((s) => ('start' in s ? summary.slice(s.start, s.end) : '')).join(' ');
    expect(cited).toContain('denies SI, HI');
  });

  it('a safety concern with no screen documented is a warning of its own', () => {
    const doc = composeNote({ summary: 'pt reports husband keeps a gun in the nightstand. discussed stress.', format: 'dap' });
    expect(doc.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['risk_unaddressed', 'no_risk']));
    expect(doc.sections.at(-1)!.text).toContain('gun');
  });
});
