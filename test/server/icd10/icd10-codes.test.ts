// The ICD-10-CM list itself: where it came from, what it covers, and that it is well formed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICD10_CODES, ICD10_RELEASE, ICD10_RELEASE_ENDS } from '../../../src/server/icd10/icd10-codes.ts';
import { ICD10_SEARCH_TERMS } from '../../../src/server/icd10/icd10-search-terms.ts';
import { ICD10_CODE_FORMAT } from '../../../src/server/icd10/icd10.schema.ts';
import list from '../../../src/server/icd10/icd10cm-codes.json' with { type: 'json' };

const byCode = new Map(ICD10_CODES.map((c) => [c.code, c]));

describe('the ICD-10-CM list', () => {
  it('names its release and source', () => {
    expect(ICD10_RELEASE).toBe('ICD-10-CM FY2026 (2025-10-01 to 2026-09-30)');
    expect(ICD10_RELEASE_ENDS).toBe('2026-09-30');
    expect(list.source).toMatch(/CMS\/NCHS/);
    expect(list.generatedBy).toBe('scripts/generate-icd10-codes.mjs');
  });

  it('has the whole of chapter 5: 871 billable F codes, from F01.50 to F99', () => {
    const f = ICD10_CODES.filter((c) => c.code.startsWith('F'));
    expect(f).toHaveLength(871);
    expect(f[0]?.code).toBe('F01.50');
    expect(f.at(-1)?.code).toBe('F99');
  });

  it.each([
    ['F40.01', 'Agoraphobia with panic disorder'],
    ['F84.0', 'Autistic disorder'],
    ['F41.1', 'Generalized anxiety disorder'],
    ['F43.81', 'Prolonged grief disorder'],
    ['F32.A', 'Depression, unspecified'],
    ['Z63.0', 'Problems in relationship with spouse or partner'],
    ['Z55.6', 'Problems related to health literacy'],
    ['Z59.01', 'Sheltered homelessness'],
    ['Z69.11', 'Encounter for mental health services for victim of spousal or partner abuse'],
    ['Z71.89', 'Other specified counseling'],
    ['Z73.0', 'Burn-out'],
    ['Z91.51', 'Personal history of suicidal behavior'],
    ['Z91.52', 'Personal history of nonsuicidal self-harm'],
  ])('%s is "%s"', (code, label) => {
    expect(byCode.get(code)?.label).toBe(label);
  });

  it('keeps only billable codes: no category that has codes under it', () => {
    expect(byCode.has('F40.0')).toBe(false);
    expect(byCode.has('F43.2')).toBe(false);
    expect(byCode.has('Z91.5')).toBe(false);
    for (const { code } of ICD10_CODES) {
      expect(ICD10_CODES.some((o) => o.code !== code && o.code.startsWith(code) && o.code.length > code.length), code).toBe(false);
    }
  });

  it('has the Z codes a therapist uses, and no other Z codes', () => {
    const z = ICD10_CODES.filter((c) => c.code.startsWith('Z')).map((c) => c.code);
    expect(z.length).toBeGreaterThan(150);
    for (const code of z) expect(code, code).toMatch(/^Z(5[5-9]|6[0-5]|69|7[0-3])|^Z76\.5$|^Z91\.(4|5|82|85)/);
  });

  it('every code has the claim format, a name, and appears once', () => {
    for (const { code, label } of ICD10_CODES) {
      expect(code).toMatch(ICD10_CODE_FORMAT);
      expect(label.trim()).toBe(label);
      expect(label.length).toBeGreaterThan(3);
    }
    expect(byCode.size).toBe(ICD10_CODES.length);
  });

  it('still has every code the reference list of 25 common diagnoses names (clinical.md section 10)', () => {
    for (const code of ['F41.1', 'F43.23', 'F33.1', 'F43.22', 'F43.20', 'F41.9', 'F43.10', 'F43.21', 'F43.12', 'Z63.0', 'F33.0', 'F90.2', 'F32.1', 'F34.1', 'F90.0', 'F33.2', 'F32.A', 'F32.9', 'F32.0', 'F41.0', 'F40.10', 'F42.2', 'F60.3', 'F31.81', 'F10.20']) {
      expect(byCode.has(code), code).toBe(true);
    }
  });

  it('every search term entry reaches at least one code, and terms are unique within it', () => {
    for (const entry of ICD10_SEARCH_TERMS) {
      for (const prefix of entry.codes) expect(ICD10_CODES.some((c) => c.code.startsWith(prefix)), prefix).toBe(true);
      expect(new Set(entry.terms).size).toBe(entry.terms.length);
    }
    expect(byCode.get('F84.0')?.terms).toContain('autism spectrum disorder');
    expect(byCode.get('F43.12')?.terms).toContain('PTSD');
  });

  it('is what the generator makes from the kept CMS lines', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'icd10-')), 'codes.json');
    execFileSync(process.execPath, ['scripts/generate-icd10-codes.mjs', '--out', out], { stdio: 'pipe' });
    expect(readFileSync(out, 'utf8')).toBe(readFileSync('src/server/icd10/icd10cm-codes.json', 'utf8'));
  });
});
