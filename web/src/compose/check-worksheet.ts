// The worksheet is checked in the browser before generating, with the server's own schema, so a
// bad value is named where the clinician can fix it (the session fields, or the Worksheet tab).
import type { Worksheet } from '../api/types.ts';

const SESSION_KEYS = ['date', 'startTime', 'endTime', 'minutes'] as const;

/** What is wrong with the worksheet, and whether it is in the session fields; null when it is valid. */
export type WorksheetProblem = { message: string; inSession: boolean } | null;

/** The schema (and zod with it) is fetched on the first Write, not with the page. */
async function loadWorksheetSchema(): Promise<typeof import('../../../src/worksheet/worksheet.schema.ts').ZWorksheet> {
  return (await import('../../../src/worksheet/worksheet.schema.ts')).ZWorksheet;
}

/**
 * Checks a compacted worksheet (session fields included) against the worksheet schema.
 * @example await checkWorksheet({ minutes: -5 }) // { message: 'Session: minutes Too small: …', inSession: true }
 */
export async function checkWorksheet(ws: Worksheet): Promise<WorksheetProblem> {
  const ZWorksheet = await loadWorksheetSchema().catch(() => null);
  if (!ZWorksheet) return { message: 'Afterword could not load the worksheet check. Check that it is still running, then try again.', inSession: true };
  const parsed = ZWorksheet.safeParse(ws);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  const inSession = (SESSION_KEYS as readonly unknown[]).includes(issue?.path[0]);
  return { message: `${inSession ? 'Session' : 'Worksheet'}: ${issue?.path.join(' › ') ?? ''} ${issue?.message ?? 'is not valid'}`.trim(), inSession };
}
