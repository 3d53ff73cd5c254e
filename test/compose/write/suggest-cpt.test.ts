import { describe, expect, it } from 'vitest';
import { suggestCpt } from '../../../src/compose/write/suggest-cpt.ts';
import type { Fact, ServiceType, SessionDetails } from '../../../src/compose/types.ts';

const s = (minutes: number | undefined, serviceType?: ServiceType): SessionDetails => ({ participants: [], ...(minutes !== undefined ? { minutes } : {}), ...(serviceType ? { serviceType } : {}) });
const code = (minutes: number | undefined, serviceType?: ServiceType): string | undefined => suggestCpt(s(minutes, serviceType))?.code;

describe('suggestCpt', () => {
  it.each([16, 20, 30, 37])('individual %i minutes -> 90832', (m) => {
    expect(code(m, 'individual')).toBe('90832');
  });
  it.each([38, 45, 50, 52])('individual %i minutes -> 90834', (m) => {
    expect(code(m, 'individual')).toBe('90834');
  });
  it.each([53, 55, 60, 90])('individual %i minutes -> 90837', (m) => {
    expect(code(m, 'individual')).toBe('90837');
  });
  it.each([1, 10, 15])('individual %i minutes (under 16) -> none', (m) => {
    expect(code(m, 'individual')).toBeUndefined();
  });

  it('couples -> 90847', () => {
    expect(code(50, 'couples')).toBe('90847');
    expect(code(26, 'couples')).toBe('90847');
  });

  it('family -> 90847', () => {
    expect(code(50, 'family')).toBe('90847');
  });

  it('couples under 26 minutes -> none', () => {
    expect(code(20, 'couples')).toBeUndefined();
  });

  it('no minutes -> none, whatever the service', () => {
    for (const t of ['individual', 'couples', 'family', 'group', 'intake', 'crisis'] as const) expect(code(undefined, t)).toBeUndefined();
    expect(code(undefined)).toBeUndefined();
    expect(code(0, 'individual')).toBeUndefined();
  });

  it('minutes without a service type assume individual and say so', () => {
    const c = suggestCpt(s(50));
    expect(c?.code).toBe('90834');
    expect(c?.reason).toMatch(/assumed individual/);
    expect(suggestCpt(s(50, 'individual'))?.reason).not.toMatch(/assumed/);
  });

  it('other services', () => {
    expect(code(60, 'group')).toBe('90853');
    expect(code(60, 'intake')).toBe('90791');
    expect(code(60, 'crisis')).toBe('90839');
    expect(code(74, 'crisis')).toBe('90839');
    expect(code(75, 'crisis')).toBe('90839 + 90840');
    expect(code(90, 'crisis')).toBe('90839 + 90840');
    expect(code(104, 'crisis')).toBe('90839 + 90840');
    expect(code(105, 'crisis')).toBe('90839 + 90840 x2');
    expect(code(135, 'crisis')).toBe('90839 + 90840 x3');
    expect(code(20, 'crisis')).toBeUndefined();
  });

  it('the reason states the minutes and service', () => {
    expect(suggestCpt(s(53, 'individual'))).toEqual({ code: '90837', description: expect.stringMatching(/60 minutes/), reason: '53 minutes of individual psychotherapy' });
  });
});

const fact = (text: string, negated = false): Fact => ({ kind: 'session', text, negated, source: [], origin: 'summary' });

describe('suggestCpt: what the summary shows', () => {
  it('family therapy without the client present is 90846, with the client 90847', () => {
    const without = suggestCpt(s(50, 'family'), [fact('Session held with the parents only.')]);
    expect(without?.code).toBe('90846');
    expect(without?.description).toMatch(/without the client present/);
    expect(without?.reason).toMatch(/client was not present/);
    expect(suggestCpt(s(50, 'family'), [fact('Client was not present.')])?.code).toBe('90846');
    expect(suggestCpt(s(50, 'family'), [fact('Client and mother attended together.')])?.code).toBe('90847');
    // Couples therapy is conjoint by definition.
    expect(suggestCpt(s(50, 'couples'), [fact('Session held without the client.')])?.code).toBe('90847');
  });

  it('play equipment or a mandated report adds 90785 and says why; an interpreter counts only beside another factor', () => {
    const c = suggestCpt(s(30, 'individual'), [fact('Therapist used sand tray with the client.')]);
    expect(c?.code).toBe('90832 + 90785');
    expect(c?.description).toMatch(/interactive complexity/);
    expect(c?.reason).toMatch(/play equipment/);
    expect(suggestCpt(s(60, 'intake'), [fact('Discussed the CPS report filed this week with mother.')])?.code).toBe('90791 + 90785');
    // clinical.md 2.2: 90785 is never billed for interpretation alone.
    expect(suggestCpt(s(45, 'individual'), [fact('A Spanish interpreter was present for the session.')])?.code).toBe('90834');
    expect(suggestCpt(s(60, 'group'), [fact('Sign language interpreter attended.')])?.code).toBe('90853');
    const both = suggestCpt(s(45, 'individual'), [fact('Interpreter present.'), fact('Discussed the CPS report filed this week with mother.')]);
    expect(both?.code).toBe('90834 + 90785');
    // (The reason names only what supports the add-on: the interpreter never does, review 188.)
    expect(both?.reason).toMatch(/mandated report/);
    expect(both?.reason).not.toMatch(/interpreter/);
    // A report weighed and not made is no sentinel event.
    expect(suggestCpt(s(45, 'individual'), [fact('Discussed whether a mandated report was needed; not required at this time.')])?.code).toBe('90834');
  });

  it('90785 never goes with crisis or family codes', () => {
    expect(suggestCpt(s(60, 'crisis'), [fact('Interpreter present.')])?.code).toBe('90839');
    expect(suggestCpt(s(50, 'family'), [fact('Interpreter present.')])?.code).toBe('90847');
  });

  it('a denied or absent factor adds nothing', () => {
    expect(suggestCpt(s(45, 'individual'), [fact('No interpreter was needed.')])?.code).toBe('90834');
    expect(suggestCpt(s(45, 'individual'), [fact('Interpreter needed.', true)])?.code).toBe('90834');
    expect(suggestCpt(s(45, 'individual'), [fact('Client reported improvement at work.')])?.code).toBe('90834');
  });
});

describe('suggestCpt: case management is no psychotherapy code', () => {
  it('a home visit spent on mail, benefits and the landlord, with no therapy named, suggests no code', () => {
    expect(suggestCpt(s(45), [fact('Home visit with client Marcus'), fact('Helped him sort mail, SSI letter reviewed, called landlord regarding repair')])).toBeUndefined();
  });
  it('therapy named in the same visit, or a stated service type, still gives the psychotherapy code', () => {
    expect(suggestCpt(s(45), [fact('Home visit with client Marcus'), fact('Processed grief about his brother'), fact('Called landlord regarding repair')])?.code).toBe('90834');
    expect(suggestCpt(s(45, 'individual'), [fact('Home visit with client Marcus'), fact('Called landlord regarding repair')])?.code).toBe('90834');
    // A denied word shows nothing either way.
    expect(suggestCpt(s(45), [fact('Session at the office'), fact('Client reported improvement at work')])?.code).toBe('90834');
  });
});
