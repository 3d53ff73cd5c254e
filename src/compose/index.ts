// Public face of the composer: pure, no I/O.
export { composeNote, parseFormat } from './compose-note.ts';
export { ComposeError, type ComposeErrorCode } from './compose-error.ts';
export { readSummary } from './read/read-summary.ts';
export { findSessionDate } from './read/find-session-date.ts';
export { FORMATS, FORMAT_KEYS, RISK_SECTION, SESSION_SECTION } from './formats/formats.ts';
export { ZStyle, type TStyle } from './style.schema.ts';
export type * from './types.ts';
export { FACT_KINDS } from './types.ts';
export { SERVICE_LABELS, MODALITY_LABELS } from './lexicon/session-labels.ts';
export { MODALITIES } from './lexicon/modalities.ts';
export { composeWithLayout, type Layout } from './compose-layout.ts';
