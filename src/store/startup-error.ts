// A reason the store cannot open that the person starting the server can fix (a key that is
// missing, unreadable, malformed, too widely readable or from another database). Its message
// says what is wrong and what to do; the command line prints it as it is. It never carries
// clinical text or key material.

export class StartupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StartupError';
  }
}
