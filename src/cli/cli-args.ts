// Small helpers for the command line: options, input files, and the error type it prints.
import { readFileSync } from 'node:fs';

export class CliError extends Error {}

export function takeOption(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new CliError(`${name} needs a value.`);
  args.splice(i, 2);
  return value;
}

export function takeFlag(args: string[], name: string): boolean {
  const i = args.indexOf(name);
  if (i < 0) return false;
  args.splice(i, 1);
  return true;
}

/** Reads a file, or standard input for "-" or no file. */
export function readInput(file: string | undefined): string {
  try {
    return readFileSync(file && file !== '-' ? file : 0, 'utf8');
  } catch (e) {
    throw new CliError(`Cannot read ${file && file !== '-' ? file : 'standard input'}: ${(e as NodeJS.ErrnoException).code ?? 'error'}.`);
  }
}

export function readJsonFile(path: string, what: string): Record<string, unknown> {
  const text = readInput(path);
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new CliError(`The ${what} file ${path} is not valid JSON.`);
  }
}
