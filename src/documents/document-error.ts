// The one error of documents: a code, a message that says what to fix, and the field it names.
export type DocumentErrorCode = 'invalid_template';

export class DocumentError extends Error {
  constructor(
    readonly code: DocumentErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DocumentError';
  }
}
