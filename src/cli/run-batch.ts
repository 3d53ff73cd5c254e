// `afterword batch [FILE|-]`: JSON lines in, JSON lines out. A bad line yields {id, error}
// and the batch goes on. Reads as it goes, so memory stays flat however long the input.
import { ComposeError, composeNote } from '#compose';
import type { CommandSpec } from './parse-command.ts';
import { readLines } from './read-lines.ts';

export const BATCH_COMMAND: CommandSpec<Record<string, never>> = {
  name: 'batch',
  summary: 'Writes many notes: JSON lines in, JSON lines out.',
  operands: '[FILE|-]',
  maxOperands: 1,
  details:
    'Each input line is {"id", "format", "summary"?, "worksheet"?, "style"?}; each output line is the\nDocument plus "id". A bad line gives {"id", "error"} and the batch goes on.',
  options: {},
};

export function runBatch(file: string | undefined, write: (line: string) => void): { ok: number; failed: number } {
  let ok = 0;
  let failed = 0;
  let n = 0;
  for (const line of readLines(file)) {
    n++;
    if (!line.trim()) continue;
    let id: unknown = n;
    try {
      const item = JSON.parse(line) as Record<string, unknown>;
      id = item.id ?? n;
      const doc = composeNote({
        format: item.format as string,
        ...(typeof item.summary === 'string' ? { summary: item.summary } : {}),
        ...(item.worksheet ? { worksheet: item.worksheet as never } : {}),
        ...(item.style ? { style: item.style as never } : {}),
      });
      write(JSON.stringify({ id, ...doc }));
      ok++;
    } catch (e) {
      const message = e instanceof ComposeError ? e.message : e instanceof SyntaxError ? `Line ${n} is not valid JSON.` : 'Could not compose this line.';
      write(JSON.stringify({ id, error: message }));
      failed++;
    }
  }
  return { ok, failed };
}
