// Input files for the command line: a file, or standard input for "-" or no file.
import { readFileSync } from 'node:fs';
import { CliError } from './cli-error.ts';

/** Why a file could not be read, in words a user can act on. */
export function describeFileError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    default:
      return (error as NodeJS.ErrnoException).code ?? 'unreadable';
  }
}

/** Reads a file, or standard input for "-" or no file. */
export function readInput(file: string | undefined): string {
  const fromStdin = !file || file === '-';
  try {
    return readFileSync(fromStdin ? 0 : file, 'utf8');
  } catch (error) {
    throw new CliError(`Cannot read ${fromStdin ? 'standard input' : file}: ${describeFileError(error)}.`);
  }
}

/** Reads a JSON object from a file; `what` names it in the message ("worksheet", "style"). */
export function readJsonFile(path: string, what: string): Record<string, unknown> {
  const text = readInput(path);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CliError(`The ${what} file ${path} is not valid JSON.`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new CliError(`The ${what} file ${path} must hold one JSON object ({...}).`);
  return value as Record<string, unknown>;
}
