import { describe, expect, it } from 'vitest';
import { suggestCpt } from '../../../src/compose/write/suggest-cpt.ts';
import type { ServiceType, SessionDetails } from '../../../src/compose/types.ts';

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
    expect(code(90, 'crisis')).toBe('90839 + 90840');
    expect(code(20, 'crisis')).toBeUndefined();
  });

  it('the reason states the minutes and service', () => {
    expect(suggestCpt(s(53, 'individual'))).toEqual({ code: '90837', description: expect.stringMatching(/60 minutes/), reason: '53 minutes of individual psychotherapy' });
  });
});
