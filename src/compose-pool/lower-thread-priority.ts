// Composing is background work next to the server's event loop, which answers every other
// request: the composer threads run at a lower CPU priority, so while heavy notes are composed
// on every core the event loop still gets a core as soon as it has work (issue 7: /api/health
// under 50 ms while four 20,000-character notes compose on two cores).
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** Nice value of a composer thread: the event loop (0) wins the core about 9 times in 10 when both want it. */
export const COMPOSER_THREAD_NICE = 10;

/**
 * Lowers the calling thread's (not the process's) priority. Linux only: there a thread has its own
 * id, found through /proc/thread-self, and setpriority on it affects that thread alone. Elsewhere,
 * or where it is refused, the thread keeps its priority; composing works the same.
 * @example lowerThreadPriority(); // in a worker thread, before composing
 */
export function lowerThreadPriority(nice = COMPOSER_THREAD_NICE): boolean {
  if (process.platform !== 'linux') return false;
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(threadId) || threadId <= 0 || threadId === process.pid) return false;
    setPriority(threadId, nice);
    return true;
  } catch {
    return false;
  }
}
