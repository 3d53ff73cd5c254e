// `afterword batch [FILE|-]`: JSON lines in, JSON lines out. A bad line yields {id, error}
// and the batch goes on. Reads as it goes, so memory stays flat however long the input.
import { ComposeError, composeNote } from '#compose';
import { readLines } from './read-lines.ts';

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
