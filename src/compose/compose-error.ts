// The composer's one error type: a string code and a message that says what to fix.
// Messages never contain clinical text.
export type ComposeErrorCode = 'empty_input' | 'unknown_format' | 'invalid_worksheet' | 'invalid_style';

export class ComposeError extends Error {
  constructor(
    readonly code: ComposeErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ComposeError';
  }
}
