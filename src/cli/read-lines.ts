// Reads lines from a file or standard input synchronously, one chunk at a time, so a long
// batch is processed as it is read and memory stays flat (readline's async iterator would
// queue the whole file ahead of a slower consumer).
import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { CliError } from './cli-error.ts';
import { describeFileError } from './read-input.ts';

export function* readLines(file: string | undefined): Generator<string> {
  const fd = file && file !== '-' ? openFile(file) : 0;
  const buffer = Buffer.alloc(1 << 16);
  const decoder = new StringDecoder('utf8');
  let pending = '';
  try {
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, buffer, 0, buffer.length, null);
      } catch (e) {
        // A non-blocking standard input has no data yet: wait a moment and read again.
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
          continue;
        }
        if ((e as NodeJS.ErrnoException).code === 'EOF') break;
        throw e;
      }
      if (n === 0) break;
      // The decoder keeps a multi-byte character split across two chunks whole.
      pending += decoder.write(buffer.subarray(0, n));
      let nl = pending.indexOf('\n');
      while (nl >= 0) {
        yield pending.slice(0, nl).replace(/\r$/, '');
        pending = pending.slice(nl + 1);
        nl = pending.indexOf('\n');
      }
    }
    pending += decoder.end();
    if (pending) yield pending;
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

function openFile(file: string): number {
  try {
    return openSync(file, 'r');
  } catch (error) {
    throw new CliError(`Cannot read ${file}: ${describeFileError(error)}.`);
  }
}
