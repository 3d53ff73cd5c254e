// Whether a server is running on a data folder, from the files running servers write there
// (mark-server-running.ts). A file whose process is gone (a crash, a reboot) does not count.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVER_MARK_PREFIX, SERVER_MARK_SUFFIX } from './mark-server-running.ts';

export interface RunningServerMark {
  pid: number;
  file: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The first live server found on the data folder, or null.
 * @example const running = findRunningServer('./data'); // { pid: 4242, file: './data/afterword.server-4242-1a2b3c4d.lock' } or null
 */
export function findRunningServer(dataDir: string): RunningServerMark | null {
  let names: string[];
  try {
    names = readdirSync(dataDir);
  } catch {
    return null;
  }
  for (const name of names) {
    if (!name.startsWith(SERVER_MARK_PREFIX) || !name.endsWith(SERVER_MARK_SUFFIX)) continue;
    const file = join(dataDir, name);
    let pid: number;
    try {
      pid = Number(JSON.parse(readFileSync(file, 'utf8')).pid);
    } catch {
      continue;
    }
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) return { pid, file };
  }
  return null;
}
