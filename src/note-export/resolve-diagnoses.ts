// The diagnoses an exported note names: the codes the session's worksheet gave, else the ones on
// the client's file. A name comes from the client's file or the reference list, never invented.

export interface Diagnosis {
  code: string;
  label: string;
}

export interface ResolveDiagnosesOptions {
  /** ICD-10 codes given for this session (the worksheet). */
  codes?: readonly string[] | null;
  /** The client's diagnoses on file, with their names. */
  onFile?: readonly Diagnosis[] | null;
  /** Known codes and names (the ICD-10 reference list) for a code not on file. */
  reference?: readonly Diagnosis[] | null;
}

/**
 * @example resolveDiagnoses({ codes: ['F41.1'], reference: [{ code: 'F41.1', label: 'Generalized anxiety disorder' }] })
 * // [{ code: 'F41.1', label: 'Generalized anxiety disorder' }]
 */
export function resolveDiagnoses(options: ResolveDiagnosesOptions): Diagnosis[] {
  const onFile = options.onFile ?? [];
  if (!options.codes?.length) return onFile.map((d) => ({ code: d.code, label: d.label }));
  const named = [...onFile, ...(options.reference ?? [])];
  return [...new Set(options.codes.map((c) => c.trim().toUpperCase()))].map((code) => ({ code, label: named.find((d) => d.code.toUpperCase() === code)?.label ?? '' }));
}
