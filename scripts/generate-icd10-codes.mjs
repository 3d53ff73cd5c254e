#!/usr/bin/env node
// Writes src/server/icd10/icd10cm-codes.json, the ICD-10-CM codes the diagnosis picker offers,
// from a CMS/NCHS ICD-10-CM code descriptions file ("icd10cm-codes-YYYY.txt": one billable code
// a line, the code without its dot padded to 8 characters, then its long description).
//
//   node scripts/generate-icd10-codes.mjs [CODE_FILE] [--fiscal-year YYYY] [--source TEXT]
//
// Without CODE_FILE it reads scripts/data/icd10cm-codes-2026-mental-health.txt, the lines of the
// FY2026 file we keep (its header says where they were copied from). Each October, run it on the
// new year's full CMS file with --fiscal-year and --source, check the diff, commit both.
// It keeps chapter 5 (F01-F99) and the Z codes a psychotherapist uses; see KEEP below.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'fiscal-year': { type: 'string', default: '2026' }, source: { type: 'string' }, out: { type: 'string' } },
});
const input = positionals[0] ?? join(root, 'scripts/data/icd10cm-codes-2026-mental-health.txt');
const out = values.out ?? join(root, 'src/server/icd10/icd10cm-codes.json');
const fiscalYear = Number(values['fiscal-year']);
if (!Number.isInteger(fiscalYear) || fiscalYear < 2016) {
  console.error(`--fiscal-year must be a year such as 2026, not "${values['fiscal-year']}"`);
  process.exit(2);
}

/** Code prefixes kept (codes without their dot): chapter 5, psychosocial and counseling Z codes. */
const KEEP = [
  /^F/, // Chapter 5: mental, behavioral and neurodevelopmental disorders (F01-F99)
  /^Z5[5-9]/, // Z55-Z59: education, employment, occupational exposure, physical environment, housing and economic circumstances
  /^Z6[0-5]/, // Z60-Z65: social environment, upbringing, primary support group, other psychosocial circumstances
  /^Z69/, // Encounter for mental health services for victim and perpetrator of abuse
  /^Z7[0-3]/, // Z70-Z73: sex counseling, other counseling, lifestyle, life-management difficulty (burn-out, stress)
  /^Z765/, // Malingerer
  /^Z914/, // Personal history of psychological trauma (adult abuse, neglect)
  /^Z915/, // Personal history of suicidal behavior and of nonsuicidal self-harm
  /^Z918[25]/, // Personal history of military deployment, of military service
];

const codes = [];
const seen = new Set();
for (const [i, raw] of readFileSync(input, 'utf8').split(/\r?\n/).entries()) {
  if (raw.trim() === '' || raw.startsWith('#')) continue;
  const m = /^([A-Z][0-9][0-9A-Z]{1,5})\s+(\S.*?)\s*$/.exec(raw);
  if (!m) {
    // The CMS file has no other kind of line (a copy may carry chapter numbers: skip those).
    if (/^\d+$/.test(raw.trim())) continue;
    console.error(`${relative(root, input)}:${i + 1}: not a code line: ${raw.slice(0, 40)}`);
    process.exit(1);
  }
  const [, bare, label] = m;
  if (!KEEP.some((re) => re.test(bare))) continue;
  const code = bare.length > 3 ? `${bare.slice(0, 3)}.${bare.slice(3)}` : bare;
  if (seen.has(code)) {
    console.error(`${relative(root, input)}:${i + 1}: ${code} appears twice`);
    process.exit(1);
  }
  seen.add(code);
  codes.push({ code, label });
}

const data = {
  system: 'ICD-10-CM',
  fiscalYear,
  effective: `${fiscalYear - 1}-10-01 to ${fiscalYear}-09-30`,
  source:
    values.source ??
    'CMS/NCHS ICD-10-CM code descriptions, FY2026 (icd10cm-codes-2026.txt), public domain; the kept lines are in scripts/data/icd10cm-codes-2026-mental-health.txt with where they were copied from',
  generatedBy: 'scripts/generate-icd10-codes.mjs',
  codes,
};
// One code a line, so a yearly update reads as a diff of codes.
const { codes: list, ...meta } = data;
const head = JSON.stringify(meta, null, 2).replace(/\n}$/, ',\n  "codes": [\n');
writeFileSync(out, `${head}${list.map((c) => `    ${JSON.stringify(c)}`).join(',\n')}\n  ]\n}\n`);
console.log(`${codes.length} codes (FY${fiscalYear}) written to ${relative(root, out)}`);
