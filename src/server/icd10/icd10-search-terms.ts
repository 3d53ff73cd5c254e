// Words clinicians search the diagnosis picker with that the ICD-10-CM names do not contain:
// DSM-5-TR diagnosis names (coded with these ICD-10-CM codes in DSM-5-TR's own coding) and the
// usual abbreviations (reference/clinical.md section 8 for the abbreviations). Each entry names
// codes or code prefixes: "F43.1" covers F43.10, F43.11 and F43.12; "F90." every F90 code.

export interface Icd10SearchTerms {
  terms: readonly string[];
  codes: readonly string[];
}

export const ICD10_SEARCH_TERMS: readonly Icd10SearchTerms[] = [
  { terms: ['autism', 'autism spectrum disorder', 'ASD'], codes: ['F84.0'] },
  { terms: ['ADHD', 'ADD', 'attention deficit'], codes: ['F90.'] },
  { terms: ['PTSD', 'posttraumatic stress disorder'], codes: ['F43.1'] },
  { terms: ['OCD', 'obsessive-compulsive disorder'], codes: ['F42.'] },
  { terms: ['GAD'], codes: ['F41.1'] },
  { terms: ['MDD', 'major depression', 'depression'], codes: ['F32.', 'F33.'] },
  { terms: ['persistent depressive disorder', 'PDD', 'dysthymia', 'depression'], codes: ['F34.1'] },
  { terms: ['social anxiety disorder', 'social anxiety'], codes: ['F40.1'] },
  { terms: ['specific phobia'], codes: ['F40.2'] },
  { terms: ['PMDD'], codes: ['F32.81'] },
  { terms: ['DMDD'], codes: ['F34.81'] },
  { terms: ['ODD'], codes: ['F91.3'] },
  { terms: ['IED'], codes: ['F63.81'] },
  { terms: ['ARFID'], codes: ['F50.82'] },
  { terms: ['BED'], codes: ['F50.81'] },
  { terms: ['DID', 'multiple personality'], codes: ['F44.81'] },
  { terms: ['illness anxiety disorder', 'health anxiety'], codes: ['F45.21'] },
  { terms: ['somatic symptom disorder'], codes: ['F45.1'] },
  { terms: ['alcohol use disorder', 'AUD'], codes: ['F10.1', 'F10.2'] },
  { terms: ['opioid use disorder', 'OUD'], codes: ['F11.1', 'F11.2'] },
  { terms: ['cannabis use disorder'], codes: ['F12.1', 'F12.2'] },
  { terms: ['gender dysphoria'], codes: ['F64.'] },
  { terms: ['dyslexia', 'specific learning disorder'], codes: ['F81.0'] },
  { terms: ['gambling disorder'], codes: ['F63.0'] },
  { terms: ['grief', 'bereavement'], codes: ['F43.81', 'Z63.4'] },
  { terms: ['burnout'], codes: ['Z73.0'] },
  { terms: ['suicide attempt', 'self-harm history'], codes: ['Z91.51', 'Z91.52'] },
  { terms: ['BPD'], codes: ['F60.3'] },
];

/** The search terms for one code, from every entry whose codes cover it. */
export function termsForCode(code: string): string[] {
  const out: string[] = [];
  for (const entry of ICD10_SEARCH_TERMS) {
    if (entry.codes.some((c) => code.startsWith(c))) {
      for (const t of entry.terms) if (!out.includes(t)) out.push(t);
    }
  }
  return out;
}
