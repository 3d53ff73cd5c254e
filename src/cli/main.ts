// The `afterword` command: note, batch, serve.
import { ComposeError } from '#compose';
import { CliError, takeOption } from './cli-args.ts';
import { runBatch } from './run-batch.ts';
import { runNote } from './run-note.ts';
import { writeAllSync } from './write-sync.ts';

const USAGE = `Usage:
  afterword note [FILE|-] --format soap [--worksheet FILE] [--style FILE] [--json]
  afterword batch [FILE|-] [--budget-ms N]   JSON lines in ({id, format, summary?, worksheet?, style?}), JSON lines out;
                                      a line composing longer than N ms (default 2000) yields {id, error}
  afterword serve [--port N] [--data DIR]   the web application
Formats: soap, dap, birp, pirp, girp, sirp, pie, simple`;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'note':
      process.stdout.write(`${runNote(args)}\n`);
      return 0;
    case 'batch': {
      const out: string[] = [];
      const flush = (): void => {
        if (out.length) writeAllSync(1, `${out.join('\n')}\n`);
        out.length = 0;
      };
      const rest = [...args];
      const budget = takeOption(rest, '--budget-ms') ?? process.env.AFTERWORD_COMPOSE_BUDGET_MS;
      const budgetMs = budget === undefined ? undefined : Number(budget);
      if (budgetMs !== undefined && !(Number.isInteger(budgetMs) && budgetMs >= 1)) throw new CliError('--budget-ms must be a whole number of milliseconds, 1 or more.');
      if (rest.some((a) => a.startsWith('--') && a !== '-')) throw new CliError(`Unknown option ${rest.find((a) => a.startsWith('--'))}. Options: --budget-ms.`);
      await runBatch({
        file: rest[0],
        ...(budgetMs ? { budgetMs } : {}),
        write: (line) => {
          out.push(line);
          if (out.length >= 256) flush();
        },
      });
      flush();
      return 0;
    }
    case 'serve': {
      const { runServe } = await import('./serve.ts');
      await runServe(args);
      return -1;
    }
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 1 : 0;
    default:
      process.stderr.write(`Unknown command "${command}".\n${USAGE}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof ComposeError || e instanceof CliError) {
      process.stderr.write(`afterword: ${e.message}\n`);
      process.exitCode = 2;
    } else {
      // No clinical text here: only the error's kind.
      process.stderr.write(`afterword: unexpected error (${e instanceof Error ? e.name : 'unknown'}).\n`);
      process.exitCode = 1;
    }
  },
);
