// Public face of documents from templates: pure, no I/O.
export { arrangeDocument, composeDocument, parseTemplate, templateLayout, type ArrangeDocumentOptions, type ComposeDocumentOptions } from './compose-document.ts';
export { documentText, type DocumentTextOptions } from './document-text.ts';
export { DocumentError, type DocumentErrorCode } from './document-error.ts';
export type { PlaceholderValues } from './fill-placeholders.ts';
export { STARTERS } from './starters.ts';
export * from './template.schema.ts';
export * from './template-document.schema.ts';
