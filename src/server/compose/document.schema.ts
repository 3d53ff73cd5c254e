// The Document's schema belongs to the store, which keeps it (src/store/notes/document.schema.ts);
// the style's to the composer (src/compose/style.schema.ts). Named here for the routes and web/.
export { DOCUMENT_LIMITS, type TDocument, ZDocument, ZFormatInput } from '#store';
export { ZStyle } from '#compose';
