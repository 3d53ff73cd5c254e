// Why a call to the user's model failed, in words that name the server's behaviour, never the text.
export type ModelErrorCode = 'timeout' | 'unreachable' | 'http' | 'protocol' | 'too_large';

export class ModelError extends Error {
  readonly code: ModelErrorCode;
  constructor(code: ModelErrorCode, message: string) {
    super(message);
    this.name = 'ModelError';
    this.code = code;
  }
}
