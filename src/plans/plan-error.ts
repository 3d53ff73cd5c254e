// The plan drafter's error: bad input, with a message that names the field to fix (never clinical text).
export type PlanErrorCode = 'invalid_worksheet' | 'unknown_pick' | 'no_input';

export class PlanError extends Error {
  constructor(
    readonly code: PlanErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PlanError';
  }
}
