// Fails when an import crosses the layers of DESIGN.md: the pure core (compose, worksheet,
// measures) reaches no adapter or edge and no Node I/O module; web/ reaches only shared types
// and schemas.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const LAYER = { compose: 1, worksheet: 1, measures: 1, plans: 2, templates: 2, audit: 2, privacy: 2, store: 3, models: 3, 'compose-pool': 3, server: 4, cli: 4 };
const IO_MODULES = /^(node:)?(fs|fs\/promises|net|http|https|child_process|dgram|dns|tls|worker_threads)$/;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (/\.(ts|tsx)$/.test(name)) yield p;
  }
}

const problems = [];
for (const file of files('src')) {
  const from = file.split('/')[1];
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    const spec = m[1] ?? m[2];
    if (LAYER[from] === 1 && IO_MODULES.test(spec)) problems.push(`${file}: the pure core must not import ${spec}`);
    const target = spec.startsWith('#') ? spec.slice(1) : spec.startsWith('.') ? join(file, '..', spec).split('/')[1] : undefined;
    if (!target || !(target in LAYER) || target === from) continue;
    if (LAYER[target] > LAYER[from]) problems.push(`${file}: layer ${LAYER[from]} (${from}) imports layer ${LAYER[target]} (${target})`);
  }
}
try {
  for (const file of files('web')) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/from\s+['"]([^'"]*src\/([a-z]+)\/[^'"]*)['"]/g)) {
      if (!/(types|schema)(\.ts)?$/.test(m[1])) problems.push(`${file}: web/ may import only shared types and schemas from src/, not ${m[1]}`);
    }
  }
} catch {
  // no web/ folder yet
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('layers ok');
