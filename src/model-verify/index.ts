// Public face of the verifier: pure, no I/O. A model's rewrite of a draft is accepted only if it
// invents nothing (docs/model.md).
export { verifyReply, type Draft, type PolishedDocument, type PolishedSection, type PolishedSentence, type VerifyReplyOptions, type VerifyResult } from './verify-reply.ts';
export { VERIFY_CHECKS, type VerifyCheck } from './verify-checks.ts';
export { splitSentences } from './split-sentences.ts';
