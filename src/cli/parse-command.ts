// One parser for every `afterword` command: a command declares its options as a table (name,
// value, environment variable, default, parser, help line) and this reads argv with Node's
// `util.parseArgs`, then the environment, then the defaults, and renders `--help` from the same
// table. Bad usage throws a CliError (exit 2) that says what to fix.
import { parseArgs } from 'node:util';
import { CliError } from './cli-error.ts';

/** An option that takes a value: `--port 8080` or `--port=8080`. */
interface ValueOption<T = string> {
  type: 'string';
  /** The placeholder in help: `--port N`. */
  value: string;
  description: string;
  /** Read when the flag is absent (an empty variable counts as absent). */
  env?: string;
  /** Used when neither the flag nor the variable is given. */
  default?: string;
  /** Turns the text into a value; throws an InvalidValue saying what the value must be. */
  parse?: (text: string) => T;
  /** A valid value, shown in error messages: `--port 8080`. */
  example?: string;
}

/** A switch: present or not (`--json`); from the environment, true/false, yes/no or 1/0. */
interface SwitchOption {
  type: 'boolean';
  description: string;
  env?: string;
}

type OptionSpec = ValueOption<unknown> | SwitchOption;
export type OptionTable = Record<string, OptionSpec>;

/** The parsed values of a table: a switch is a boolean; a value option is what `parse` returns. */
export type OptionValues<T extends OptionTable> = {
  [K in keyof T]: T[K] extends SwitchOption
    ? boolean
    : T[K] extends { parse: (text: string) => infer V }
      ? T[K] extends { default: string }
        ? V
        : V | undefined
      : T[K] extends { default: string }
        ? string
        : string | undefined;
};

export interface CommandSpec<T extends OptionTable = OptionTable> {
  /** `serve` in `afterword serve`. */
  name: string;
  /** One line for the list of commands. */
  summary: string;
  /** What follows the command in the usage line, such as `[FILE|-]`. */
  operands?: string;
  /** At most this many operands (positional arguments). */
  maxOperands: number;
  /** More help after the usage line: what the command reads and writes. */
  details?: string;
  options: T;
  /** Rules between options (two that go together, say): throws a CliError that says what to fix. */
  check?(values: OptionValues<T>): void;
}

export type ParsedCommand<T extends OptionTable> = { help: true } | { help: false; values: OptionValues<T>; operands: string[] };

/** Thrown by an option's `parse`: says what the value must be ("must be a whole number ..."). */
export class InvalidValue extends Error {}

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'on']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'off']);

/**
 * Reads `args` (after the command name) against the command's table: flags first, then the
 * environment, then defaults.
 * @example
 * const parsed = parseCommand(SERVE_COMMAND, ['--port', '9000'], process.env);
 * if (!parsed.help) console.log(parsed.values.port); // 9000
 */
export function parseCommand<T extends OptionTable>(command: CommandSpec<T>, args: string[], env: NodeJS.ProcessEnv): ParsedCommand<T> {
  const { tokens } = parseArgs({
    args,
    options: { ...nodeOptions(command.options), help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const given = new Map<string, string | true>();
  const operands: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') operands.push(token.value);
    if (token.kind !== 'option') continue;
    if (token.name === 'help') return { help: true };
    const spec = Object.hasOwn(command.options, token.name) ? command.options[token.name] : undefined;
    if (!spec) {
      throw new CliError(`Unknown option ${token.rawName} for afterword ${command.name}. Its options: ${optionList(command)}. See afterword ${command.name} --help.`);
    }
    if (given.has(token.name)) throw new CliError(`--${token.name} is given twice; give it once.`);
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw new CliError(`--${token.name} is a switch and takes no value: write --${token.name} alone.`);
      given.set(token.name, true);
    } else {
      if (token.value === undefined || token.value === '' || (!token.inlineValue && token.value.startsWith('-') && token.value !== '-')) {
        throw new CliError(`--${token.name} needs a value: --${token.name} ${spec.value}${spec.example ? ` (for example --${token.name} ${spec.example})` : ''}.`);
      }
      given.set(token.name, token.value);
    }
  }
  if (operands.length > command.maxOperands) {
    throw new CliError(
      command.maxOperands === 0
        ? `afterword ${command.name} takes no arguments, only options. See afterword ${command.name} --help.`
        : `afterword ${command.name} takes at most ${command.maxOperands} argument (${command.operands}), not ${operands.length}. See afterword ${command.name} --help.`,
    );
  }
  const values: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(command.options)) {
    values[name] = readOption(name, spec, given.get(name), env);
  }
  command.check?.(values as OptionValues<T>);
  return { help: false, values: values as OptionValues<T>, operands };
}

function readOption(name: string, spec: OptionSpec, flag: string | true | undefined, env: NodeJS.ProcessEnv): unknown {
  const fromEnv = spec.env && env[spec.env] !== '' ? env[spec.env] : undefined;
  if (spec.type === 'boolean') {
    if (flag !== undefined) return true;
    if (fromEnv === undefined) return false;
    const word = fromEnv.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
    throw new CliError(`${spec.env} must be true or false (or 1 or 0), not "${fromEnv}".`);
  }
  const [text, label] = typeof flag === 'string' ? [flag, `--${name}`] : fromEnv !== undefined ? [fromEnv, spec.env as string] : [spec.default, `the default of --${name}`];
  if (text === undefined) return undefined;
  if (!spec.parse) return text;
  try {
    return spec.parse(text);
  } catch (error) {
    if (!(error instanceof InvalidValue)) throw error;
    const example = spec.example ? ` For example: --${name} ${spec.example}.` : '';
    throw new CliError(`${label} ${error.message}, not "${text}".${example}`);
  }
}

function nodeOptions(options: OptionTable): Record<string, { type: 'string' | 'boolean' }> {
  return Object.fromEntries(Object.entries(options).map(([name, spec]) => [name, { type: spec.type }]));
}

function optionList(command: CommandSpec): string {
  return [...Object.keys(command.options).map((name) => `--${name}`), '--help'].join(', ');
}

/** The usage line: `afterword note [FILE|-] [options]`. */
export function usageLine(command: CommandSpec): string {
  const options = Object.keys(command.options).length ? ' [options]' : '';
  return `afterword ${command.name}${command.operands ? ` ${command.operands}` : ''}${options}`;
}

/** `afterword COMMAND --help`, rendered from the command's table. */
export function formatHelp(command: CommandSpec): string {
  const rows: [string, string][] = Object.entries(command.options).map(([name, spec]) => {
    const left = spec.type === 'string' ? `--${name} ${spec.value}` : `--${name}`;
    const notes = [spec.env ? `env ${spec.env}` : '', spec.type === 'string' && spec.default !== undefined ? `default ${spec.default}` : ''].filter(Boolean);
    return [left, `${spec.description}${notes.length ? ` (${notes.join(', ')})` : ''}`];
  });
  rows.push(['-h, --help', 'show this help']);
  const width = Math.max(...rows.map(([left]) => left.length));
  const lines = [`Usage: ${usageLine(command)}`, '', command.summary];
  if (command.details) lines.push('', command.details);
  lines.push('', 'Options:', ...rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`));
  return lines.join('\n');
}
