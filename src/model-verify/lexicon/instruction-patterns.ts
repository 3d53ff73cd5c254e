// What a model's reply must never contain: words addressed to a reader or to another model
// (injected instructions, chat framing), rather than note text. Matched case-insensitively.
export const INSTRUCTION_PATTERNS: readonly RegExp[] = [
  /\bignore (?:all |any |the )?(?:previous|prior|above|earlier)\b/i,
  /\b(?:system|developer) (?:prompt|message|instructions?)\b/i,
  /\bas an ai\b/i,
  /\b(?:language model|assistant)\b/i,
  /\bdisregard\b/i,
  /\binstructions?\b/i,
  /\b(?:here is|here's|below is) (?:the|your|a)\b/i,
  /\b(?:rewritten|polished|revised) (?:note|version|text|section)\b/i,
  /\bi (?:cannot|can't|am unable|will|have|hope)\b/i,
  /\blet me know\b/i,
  /\bhttps?:\/\//i,
  /\bwww\./i,
  /<\/?[a-z][^>]*>/i,
  /```/,
];
