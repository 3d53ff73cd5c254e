// Writes to standard output synchronously, waiting when a pipe is full, so a fast producer
// never queues its whole output in memory behind a slow reader.
import { writeSync } from 'node:fs';

const pause = new Int32Array(new SharedArrayBuffer(4));

export function writeAllSync(fd: number, text: string | Uint8Array): void {
  let buffer = typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text);
  while (buffer.length > 0) {
    try {
      const n = writeSync(fd, buffer);
      buffer = buffer.subarray(n);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(pause, 0, 0, 2);
    }
  }
}
