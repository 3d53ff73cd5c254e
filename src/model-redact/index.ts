// Public face of redaction: pure, no I/O. Identifiers out before a model sees a draft; back in after.
export { createRedaction, type KnownIdentifiers, type Redaction } from './redact-text.ts';
export { IDENTIFIER_PATTERNS, type PlaceholderKind } from './lexicon/identifier-patterns.ts';
