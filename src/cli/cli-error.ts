// The command line's error: a message that says what to fix, and the exit status.
// Messages name options, files and variables, never clinical text.

/** Exit status 2: the command was used wrongly (an option, an argument, an input file). */
export const EXIT_USAGE = 2;
/** Exit status 1: the command was right but could not be carried out (a busy port, a folder). */
export const EXIT_FAILURE = 1;

/**
 * An expected failure of the command line, printed as `afterword: <message>`.
 * @example throw new CliError('--port needs a value: --port N.');
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
