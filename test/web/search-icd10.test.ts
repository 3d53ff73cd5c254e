// The picker's search over the real list: by code prefix, with or without the dot, and by words.
import { describe, expect, it } from 'vitest';
import { ICD10_CODES } from '../../src/server/icd10/icd10-codes.ts';
import { normalizeIcd10Code, searchIcd10 } from '../../web/src/clients/search-icd10.ts';

const codes = (q: string, limit?: number): string[] => searchIcd10(ICD10_CODES, q, limit).map((c) => c.code);

describe('searchIcd10', () => {
  it('finds a code typed whole, first, with or without its dot and in any case', () => {
    expect(codes('F40.01')[0]).toBe('F40.01');
    expect(codes('f4001')[0]).toBe('F40.01');
    expect(codes('F84.0')).toEqual(['F84.0']);
  });

  it('lists the codes under a typed prefix in ICD-10-CM order', () => {
    expect(codes('F43.2')).toEqual(['F43.20', 'F43.21', 'F43.22', 'F43.23', 'F43.24', 'F43.25', 'F43.29']);
    expect(codes('F84')).toEqual(['F84.0', 'F84.2', 'F84.3', 'F84.5', 'F84.8', 'F84.9']);
    expect(codes('Z91.5')).toEqual(['Z91.51', 'Z91.52']);
  });

  it('finds names by words: "panic" gives panic disorder and agoraphobia with panic', () => {
    const panic = codes('panic');
    expect(panic[0]).toBe('F41.0');
    expect(panic).toEqual(expect.arrayContaining(['F40.01', 'F40.02']));
    expect(codes('adjustment anxiety')).toEqual(['F43.22', 'F43.23']);
    expect(codes('homeless')).toEqual(expect.arrayContaining(['Z59.00', 'Z59.01', 'Z59.02']));
  });

  it('finds what clinicians call a diagnosis when the ICD-10-CM name differs', () => {
    expect(codes('autism')).toEqual(['F84.0']);
    expect(codes('PTSD')).toEqual(['F43.10', 'F43.11', 'F43.12']);
    expect(codes('social anxiety')).toEqual(['F40.10', 'F40.11']);
    expect(codes('burnout')).toEqual(['Z73.0']);
  });

  it('finds nothing for nothing, and stops at the limit', () => {
    expect(codes('')).toEqual([]);
    expect(codes('   ')).toEqual([]);
    expect(codes('zzzz')).toEqual([]);
    expect(codes('disorder', 5)).toHaveLength(5);
  });
});

describe('normalizeIcd10Code', () => {
  it.each([
    ['f41.1', 'F41.1'],
    ['F4001', 'F40.01'],
    [' z91.51 ', 'Z91.51'],
    ['F99', 'F99'],
    ['F43.8A', 'F43.8A'],
  ])('%s -> %s', (typed, code) => {
    expect(normalizeIcd10Code(typed)).toBe(code);
  });
  it.each(['panic', 'F4', '41.1', 'F41.12345', 'FF1.1'])('%s is not a code', (typed) => {
    expect(normalizeIcd10Code(typed)).toBeUndefined();
  });
});
