// `afterword batch [FILE|-] [--budget-ms N]`: JSON lines in, JSON lines out, in input order. A bad
// line yields {id, error} and the batch goes on; so does a line whose compose runs past its time
// budget (default 2 s): its worker is stopped and replaced. Lines are composed in worker threads
// (src/compose-pool) while the next are read, so memory stays flat however long the input.
import { ComposeError, type ComposeInput } from '#compose';
import { type ComposePool, ComposeTimeoutError, createComposePool } from '#compose-pool';
import { type CommandSpec, InvalidValue } from './parse-command.ts';
import { readLines } from './read-lines.ts';

function parseBudgetMs(text: string): number {
  const ms = Number(text);
  if (!/^\d+$/.test(text.trim()) || ms < 1) throw new InvalidValue('must be a whole number of milliseconds, 1 or more');
  return ms;
}

const BATCH_OPTIONS = {
  'budget-ms': {
    type: 'string',
    value: 'N',
    env: 'AFTERWORD_COMPOSE_BUDGET_MS',
    example: '2000',
    parse: parseBudgetMs,
    description: 'a line composing longer than this many milliseconds yields {"id", "error"}; default 2000',
  },
} as const;

export const BATCH_COMMAND: CommandSpec<typeof BATCH_OPTIONS> = {
  name: 'batch',
  summary: 'Writes many notes: JSON lines in, JSON lines out.',
  operands: '[FILE|-]',
  maxOperands: 1,
  details:
    'Each input line is {"id", "format", "summary"?, "worksheet"?, "style"?}; each output line is the\nDocument plus "id", in input order. A bad line, or one over its time budget, gives {"id", "error"}\nand the batch goes on.',
  options: BATCH_OPTIONS,
};

export interface RunBatchOptions {
  /** A file, or "-" or nothing for standard input. */
  file?: string | undefined;
  write(line: string): void;
  /** How long one line may take (default 2,000 ms). */
  budgetMs?: number;
  /** Worker threads (default: the cores less one, 2 to 4). */
  workers?: number;
}

interface LineResult {
  out: string;
  ok: boolean;
}

/**
 * Composes every line and writes one answer per line, in order.
 * @example await runBatch({ file: 'cases.jsonl', write: (line) => console.log(line) });
 */
export async function runBatch(options: RunBatchOptions): Promise<{ ok: number; failed: number }> {
  const pool = createComposePool({
    ...(options.workers ? { size: options.workers } : {}),
    ...(options.budgetMs ? { budgetMs: options.budgetMs } : {}),
    maxQueue: Number.POSITIVE_INFINITY,
  });
  // A few lines per worker in flight: enough to keep them busy, few enough to keep memory flat.
  const window = pool.size * 4;
  const pending: Promise<LineResult>[] = [];
  let ok = 0;
  let failed = 0;
  const flushOne = async (): Promise<void> => {
    const result = await (pending.shift() as Promise<LineResult>);
    options.write(result.out);
    if (result.ok) ok++;
    else failed++;
  };
  try {
    let n = 0;
    for (const line of readLines(options.file)) {
      n++;
      if (!line.trim()) continue;
      pending.push(composeLine(pool, line, n));
      if (pending.length >= window) await flushOne();
    }
    while (pending.length) await flushOne();
  } finally {
    await pool.close();
  }
  return { ok, failed };
}

async function composeLine(pool: ComposePool, line: string, n: number): Promise<LineResult> {
  let id: unknown = n;
  try {
    const item = JSON.parse(line) as Record<string, unknown>;
    id = item.id ?? n;
    const input: ComposeInput = {
      format: item.format as string,
      ...(typeof item.summary === 'string' ? { summary: item.summary } : {}),
      ...(item.worksheet ? { worksheet: item.worksheet as never } : {}),
      ...(item.style ? { style: item.style as never } : {}),
    };
    // The note comes as JSON text made in the worker; `{"id":..., ...}` is spliced, not re-serialized.
    const json = await pool.composeJson(input);
    return { out: `{"id":${JSON.stringify(id)},${json.slice(1)}`, ok: true };
  } catch (e) {
    return { out: JSON.stringify({ id, error: describeLineError(e, n) }), ok: false };
  }
}

function describeLineError(e: unknown, n: number): string {
  if (e instanceof ComposeError) return e.message;
  if (e instanceof SyntaxError) return `Line ${n} is not valid JSON.`;
  if (e instanceof ComposeTimeoutError) {
    return `Composing line ${n} took longer than ${(e.budgetMs / 1000).toLocaleString('en-US')} s and was stopped. Shorten its summary or split it into separate notes.`;
  }
  return 'Could not compose this line.';
}
