// The `afterword` command: note, plan, doc, batch, measure, export, transcribe, serve, rotate-key. Every command is parsed by parse-command.ts from
// its own table, answers --help, and exits 2 on bad usage with a message that says what to fix.
import { ComposeError } from '#compose';
import { CliError, EXIT_FAILURE, EXIT_USAGE } from './cli-error.ts';
import { type CommandSpec, formatHelp, type OptionTable, type OptionValues, parseCommand, usageLine } from './parse-command.ts';
import { BATCH_COMMAND, runBatch } from './run-batch.ts';
import { EXPORT_COMMAND } from './export-options.ts';
import { MEASURE_COMMAND, runMeasure } from './run-measure.ts';
import { NOTE_COMMAND, runNote } from './run-note.ts';
import { PLAN_COMMAND, runPlan } from './run-plan.ts';
import { DOC_COMMAND, runDoc } from './run-doc.ts';
import { ROTATE_KEY_COMMAND } from './rotate-key-options.ts';
import { SERVE_COMMAND } from './serve-options.ts';
import { TRANSCRIBE_COMMAND } from './transcribe-options.ts';
import { writeAllSync } from './write-sync.ts';

interface Command {
  spec: CommandSpec;
  /** Parses the arguments after the command name and runs it; the exit status, or -1 to keep running. */
  execute(args: string[]): Promise<number>;
}

function command<T extends OptionTable>(spec: CommandSpec<T>, run: (values: OptionValues<T>, operands: string[]) => Promise<number>): Command {
  return {
    spec,
    async execute(args) {
      const parsed = parseCommand(spec, args, process.env);
      if (!parsed.help) return run(parsed.values, parsed.operands);
      process.stdout.write(`${formatHelp(spec)}\n`);
      return 0;
    },
  };
}

const COMMANDS: Command[] = [
  command(NOTE_COMMAND, async (values, operands) => {
    writeAllSync(1, `${runNote(values, operands)}\n`);
    return 0;
  }),
  command(PLAN_COMMAND, async (values, operands) => {
    writeAllSync(1, `${runPlan(values, operands)}\n`);
    return 0;
  }),
  command(DOC_COMMAND, async (values, operands) => {
    writeAllSync(1, `${runDoc(values, operands)}\n`);
    return 0;
  }),
  command(BATCH_COMMAND, async (values, operands) => {
    const out: string[] = [];
    const flush = (): void => {
      if (out.length) writeAllSync(1, `${out.join('\n')}\n`);
      out.length = 0;
    };
    const budgetMs = values['budget-ms'];
    await runBatch({
      file: operands[0],
      ...(budgetMs ? { budgetMs } : {}),
      write: (line) => {
        out.push(line);
        if (out.length >= 256) flush();
      },
    });
    flush();
    return 0;
  }),
  command(MEASURE_COMMAND, async (values, operands) => {
    writeAllSync(1, `${runMeasure(values, operands)}\n`);
    return 0;
  }),
  command(EXPORT_COMMAND, async (values, operands) => {
    // Loaded only here, so the other commands never load pdfkit.
    const { runExport } = await import('./run-export.ts');
    return runExport(values, operands);
  }),
  command(TRANSCRIBE_COMMAND, async (values, operands) => {
    const { runTranscribe } = await import('./run-transcribe.ts');
    return runTranscribe(values, operands);
  }),
  command(SERVE_COMMAND, async (values) => {
    // Loaded only here, so `note`, `batch` and `serve --help` never load Fastify and SQLite.
    const { runServe } = await import('./serve.ts');
    await runServe(values);
    return -1;
  }),
  command(ROTATE_KEY_COMMAND, async (values) => {
    const { runRotateKey } = await import('./run-rotate-key.ts');
    writeAllSync(1, await runRotateKey(values, process.env));
    return 0;
  }),
];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => usageLine(c.spec).length));
  return [
    'Usage:',
    ...COMMANDS.map((c) => `  ${usageLine(c.spec).padEnd(width)}  ${c.spec.summary}`),
    '',
    'afterword COMMAND --help shows the options of a command.',
  ].join('\n');
}

function find(name: string | undefined): Command | undefined {
  return COMMANDS.find((c) => c.spec.name === name);
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = args[0];
    if (topic === undefined) {
      process.stdout.write(`${usage()}\n`);
      return 0;
    }
    const about = find(topic);
    if (!about) throw new CliError(`There is no command "${topic}". Commands: ${COMMANDS.map((c) => c.spec.name).join(', ')}.`);
    process.stdout.write(`${formatHelp(about.spec)}\n`);
    return 0;
  }
  if (name === undefined) {
    process.stderr.write(`afterword: say which command to run.\n${usage()}\n`);
    return EXIT_USAGE;
  }
  const chosen = find(name);
  if (!chosen) throw new CliError(`There is no command "${name}". Commands: ${COMMANDS.map((c) => c.spec.name).join(', ')}. See afterword --help.`);
  return chosen.execute(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof CliError) {
      process.stderr.write(`afterword: ${e.message}\n`);
      process.exitCode = e.exitCode;
    } else if (e instanceof ComposeError) {
      process.stderr.write(`afterword: ${e.message}\n`);
      process.exitCode = EXIT_USAGE;
    } else {
      // No clinical text here: only the error's kind.
      process.stderr.write(`afterword: unexpected error (${e instanceof Error ? e.name : 'unknown'}).\n`);
      process.exitCode = EXIT_FAILURE;
    }
  },
);
