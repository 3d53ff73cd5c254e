// Public face of the model adapter: the user's own OpenAI-compatible endpoint, guarded by
// redaction before and the verifier after (docs/model.md).
export { chatCompletion, type ChatCompletionOptions, type ChatMessage } from './chat-completion.ts';
export { classifyEndpoint, type EndpointReach } from './classify-endpoint.ts';
export { ModelError, type ModelErrorCode } from './model-error.ts';
export { polishDraft, type PolishDraftOptions, type PolishOutcome } from './polish-draft.ts';
