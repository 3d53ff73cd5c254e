// The ICD-10-CM list as the API serves it, and the code format a diagnosis must have; shared with web/.
import { z } from 'zod';

/** An ICD-10-CM code as written on a claim: a letter, two digits, then a dot and 1-4 characters ("F41.1", "F32.A", "Z91.51"). */
export const ICD10_CODE_FORMAT = /^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$/;

const ZIcd10Code = z.object({
  code: z.string(),
  label: z.string(),
  /** Words clinicians search with that the ICD-10-CM name lacks (DSM-5-TR names, abbreviations). */
  terms: z.array(z.string()).optional(),
});
export type TIcd10Code = z.infer<typeof ZIcd10Code>;

export const ZIcd10Response = z.object({
  codes: z.array(ZIcd10Code),
  /** Which release the list is: "ICD-10-CM FY2026 (2025-10-01 to 2026-09-30)". */
  release: z.string(),
  /** The release's last day (YYYY-MM-DD): after it, codes added by the next release are missing from the list. */
  releaseEnds: z.string(),
});
export type TIcd10Response = z.infer<typeof ZIcd10Response>;
