import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** web/dist of the package this module belongs to (works from src/ and from the dist/ bundle). */
export function findWebDir(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'web', 'dist');
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}
