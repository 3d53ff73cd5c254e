// Public face of the composer: pure, no I/O.
export { composeNote } from './compose-note.ts';
export type * from './types.ts';
export { FORMAT_KEYS, FACT_KINDS } from './types.ts';
