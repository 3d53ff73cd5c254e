// The layers of DESIGN.md are enforced by Biome's own rules (biome.jsonc, one override per layer).
// Each case plants one violation in a temporary file inside the tree, runs `biome lint` on it as
// `npm run lint` would, expects the lint to fail naming the rule, and removes the file.
// The unused-code check (knip) is tested here too: in one file the cases run one after another,
// so no planted file is on disk while another case lints the whole tree.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const biome = join(root, 'node_modules', '.bin', 'biome');

interface LintResult {
  status: number | null;
  output: string;
}

/** Writes `text` to `relativePath` (inside the tree), lints that file alone, removes it. */
function lintPlanted(relativePath: string, text: string): LintResult {
  const file = join(root, relativePath);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  try {
    const run = spawnSync(biome, ['lint', '--colors=off', '--max-diagnostics=50', relativePath], { cwd: root, encoding: 'utf8' });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(file, { force: true });
  }
}

const IMPORTS = 'lint/style/noRestrictedImports';
const GLOBALS = 'lint/style/noRestrictedGlobals';
const PROPERTIES = 'lint/nursery/noJsRestrictedProperties';
// Inside the composer the rules are GritQL plugins (lint/*.grit); a plugin is named by its message.
const WRITER_IMPORTS_READER = 'The writer never imports the reader';
const READER_IMPORTS_WRITER = 'The reader never imports the writer';

// [what is planted, where, the code, the rule that must name it]
const violations: [string, string, string, string][] = [
  ['node:os in compose', 'src/compose/zz-planted.ts', "import { hostname } from 'node:os';\nexport const host = hostname();\n", IMPORTS],
  ['kysely in compose', 'src/compose/zz-planted.ts', "import { Kysely } from 'kysely';\nexport const K = Kysely;\n", IMPORTS],
  ['new Date() in compose', 'src/compose/zz-planted.ts', 'export const today = new Date().toISOString();\n', GLOBALS],
  ['process.env in compose', 'src/compose/zz-planted.ts', 'export const mode = process.env.NODE_ENV;\n', GLOBALS],
  ['the store imported from web', 'web/src/zz-planted.ts', "import { openStore } from '../../src/store/index.ts';\nexport const open = openStore;\n", IMPORTS],
  ['the server imported from the store', 'src/store/zz-planted.ts', "import { startServer } from '#server';\nexport const start = startServer;\n", IMPORTS],
  ["dynamic import('node:fs') in compose", 'src/compose/zz-planted.ts', "export const load = (): Promise<unknown> => import('node:fs');\n", IMPORTS],
  ['Math.random in measures', 'src/measures/zz-planted.ts', 'export const pick = (): number => Math.random();\n', PROPERTIES],
  ['fastify in worksheet', 'src/worksheet/zz-planted.ts', "import Fastify from 'fastify';\nexport const app = Fastify;\n", IMPORTS],
  // The same boundaries reached another way.
  ['fs without the node: prefix in compose', 'src/compose/read/zz-planted.ts', "import { readFileSync } from 'fs';\nexport const read = readFileSync;\n", IMPORTS],
  ['the store by a relative path from deep in compose', 'src/compose/read/zz-planted.ts', "import { openStore } from '../../store/index.ts';\nexport const open = openStore;\n", IMPORTS],
  ["dynamic import() of the store from compose", 'src/compose/zz-planted.ts', "export const load = (): Promise<unknown> => import('#store');\n", IMPORTS],
  ['the CLI imported from worksheet', 'src/worksheet/zz-planted.ts', "import { main } from '../cli/main.ts';\nexport const run = main;\n", IMPORTS],
  ['globalThis.process in compose', 'src/compose/zz-planted.ts', 'export const env = globalThis.process.env;\n', PROPERTIES],
  ['crypto.randomUUID in compose', 'src/compose/zz-planted.ts', 'export const id = (): string => crypto.randomUUID();\n', GLOBALS],
  ['node:crypto in measures', 'src/measures/zz-planted.ts', "import { randomInt } from 'node:crypto';\nexport const pick = randomInt;\n", IMPORTS],
  ['fetch in compose', 'src/compose/zz-planted.ts', "export const call = (): Promise<Response> => fetch('http://127.0.0.1/');\n", GLOBALS],
  ['server code imported from web', 'web/src/compose/zz-planted.ts', "import { buildApp } from '../../../src/server/build-app.ts';\nexport const app = buildApp;\n", IMPORTS],
  ['the CLI imported from web', 'web/src/zz-planted.ts', "import { main } from '../../src/cli/main.ts';\nexport const run = main;\n", IMPORTS],
  ['node:fs in web', 'web/src/zz-planted.ts', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n", IMPORTS],
  ['the CLI imported from the store', 'src/store/notes/zz-planted.ts', "import { main } from '../../cli/main.ts';\nexport const run = main;\n", IMPORTS],
  ['the server by a relative path from the store', 'src/store/notes/zz-planted.ts', "import { buildApp } from '../../server/build-app.ts';\nexport const app = buildApp;\n", IMPORTS],
  // Redaction and the verifier are pure like the core; the model adapter knows nothing above it.
  ['fetch in the verifier', 'src/model-verify/zz-planted.ts', "export const call = (): Promise<Response> => fetch('http://127.0.0.1/');\n", GLOBALS],
  ['node:net in redaction', 'src/model-redact/zz-planted.ts', "import { connect } from 'node:net';\nexport const open = connect;\n", IMPORTS],
  ['the store imported from the model adapter', 'src/model-provider/zz-planted.ts', "import { openStore } from '#store';\nexport const open = openStore;\n", IMPORTS],
  ['a re-export of the store from compose', 'src/compose/zz-planted.ts', "export * from '../store/index.ts';\n", IMPORTS],
  ['a type-only import of the store in compose', 'src/compose/zz-planted.ts', "import type { Store } from '#store';\nexport type S = Store;\n", IMPORTS],
  ['the CLI imported from the server', 'src/server/zz-planted.ts', "import { main } from '../cli/main.ts';\nexport const run = main;\n", IMPORTS],
  ['the compose pool imported from compose', 'src/compose/zz-planted.ts', "import { createComposePool } from '#compose-pool';\nexport const pool = createComposePool;\n", IMPORTS],
  ['the compose pool by a relative path from compose', 'src/compose/read/zz-planted.ts', "import { createComposePool } from '../../compose-pool/index.ts';\nexport const pool = createComposePool;\n", IMPORTS],
  ['the server imported from the compose pool', 'src/compose-pool/zz-planted.ts', "import { startServer } from '#server';\nexport const start = startServer;\n", IMPORTS],
  ['the store imported from the compose pool', 'src/compose-pool/zz-planted.ts', "import { openStore } from '../store/index.ts';\nexport const open = openStore;\n", IMPORTS],
  ['node:fs in note export', 'src/note-export/zz-planted.ts', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n", IMPORTS],
  ['the clock in note export', 'src/note-export/zz-planted.ts', 'export const today = new Date().toISOString();\n', GLOBALS],
  ['the store imported from note export', 'src/note-export/zz-planted.ts', "import { getNote } from '#store';\nexport const get = getNote;\n", IMPORTS],
  ['note export imported from compose', 'src/compose/zz-planted.ts', "import { layoutNote } from '#note-export';\nexport const layout = layoutNote;\n", IMPORTS],
  ['the server imported from the note PDF', 'src/note-pdf/zz-planted.ts', "import { startServer } from '#server';\nexport const start = startServer;\n", IMPORTS],
  ['node:https in the note PDF', 'src/note-pdf/zz-planted.ts', "import { get } from 'node:https';\nexport const download = get;\n", IMPORTS],
  ['fetch in the note PDF', 'src/note-pdf/zz-planted.ts', "export const call = (): Promise<Response> => fetch('http://127.0.0.1/');\n", GLOBALS],
  // The reader reads, the writer writes: what the writer needs is in the record or in text/.
  ['the reader imported from the writer', 'src/compose/write/zz-planted.ts', "import { protectQuotes } from '../read/protect-quotes.ts';\nexport const p = protectQuotes;\n", WRITER_IMPORTS_READER],
  ['a type-only import of the reader in the writer', 'src/compose/write/zz-planted.ts', "import type { Clause } from '../read/split-clauses.ts';\nexport type C = Clause;\n", WRITER_IMPORTS_READER],
  ['a re-export of the reader from the writer', 'src/compose/write/zz-planted.ts', "export { findSubject } from '../read/classify-clause.ts';\n", WRITER_IMPORTS_READER],
  ["dynamic import() of the reader from the writer", 'src/compose/write/zz-planted.ts', "export const load = (): Promise<unknown> => import('../read/extract-measures.ts');\n", WRITER_IMPORTS_READER],
  ['the reader by a longer path from the writer', 'src/compose/write/zz-planted.ts', "import { readSummary } from '../../compose/read/read-summary.ts';\nexport const r = readSummary;\n", WRITER_IMPORTS_READER],
  ['the writer imported from the reader', 'src/compose/read/zz-planted.ts', "import { finish } from '../write/voice.ts';\nexport const f = finish;\n", READER_IMPORTS_WRITER],
  ['the reader imported from the text helpers', 'src/compose/text/zz-planted.ts', "import { expandInQuote } from '../read/expand-shorthand.ts';\nexport const e = expandInQuote;\n", WRITER_IMPORTS_READER],
  ['the writer imported from the text helpers', 'src/compose/text/zz-planted.ts', "import { finish } from '../write/voice.ts';\nexport const f = finish;\n", READER_IMPORTS_WRITER],
  // The plugins add to the core's rules in read/ and write/, they do not replace them.
  ['node:fs in the writer', 'src/compose/write/zz-planted.ts', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n", IMPORTS],
  ['the store imported from the reader', 'src/compose/read/zz-planted.ts', "import { openStore } from '#store';\nexport const open = openStore;\n", IMPORTS],
  ['the clock in the text helpers', 'src/compose/text/zz-planted.ts', 'export const today = new Date().toISOString();\n', GLOBALS],
];

describe('the layer rules (biome.jsonc)', () => {
  it.each(violations)('fail on %s', (_name, path, code, rule) => {
    const result = lintPlanted(path, code);
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain(rule);
    expect(result.output).toContain(path);
  });

  // What the layers allow must still pass, or the rules would be switched off in anger.
  const allowed: [string, string, string][] = [
    ['the core importing sideways inside the core', 'src/compose/zz-planted.ts', "import { worksheetFacts } from '../worksheet/index.ts';\nexport const facts = worksheetFacts;\n"],
    ['web importing a shared schema', 'web/src/zz-planted.ts', "import type { TComposeRequest } from '../../src/server/compose/compose.schema.ts';\nexport type Request = TComposeRequest;\n"],
    ['web importing the core types', 'web/src/zz-planted.ts', "import type { Document } from '../../src/compose/types.ts';\nexport type Doc = Document;\n"],
    ['the store using node:crypto and kysely', 'src/store/zz-planted.ts', "import { randomUUID } from 'node:crypto';\nimport { sql } from 'kysely';\nexport const id = randomUUID;\nexport const raw = sql;\n"],
    ['the compose pool using node:worker_threads and the core', 'src/compose-pool/zz-planted.ts', "import { Worker } from 'node:worker_threads';\nimport { composeNote } from '#compose';\nexport const W = Worker;\nexport const compose = composeNote;\n"],
    ['web importing note export', 'web/src/zz-planted.ts', "import { layoutNote } from '../../src/note-export/index.ts';\nexport const layout = layoutNote;\n"],
    ['note export importing the core types', 'src/note-export/zz-planted.ts', "import type { SessionHeader } from '#compose';\nexport type S = SessionHeader;\n"],
    ['the note PDF using pdfkit and note export', 'src/note-pdf/zz-planted.ts', "import PDFDocument from 'pdfkit';\nimport { layoutNote } from '#note-export';\nexport const P = PDFDocument;\nexport const layout = layoutNote;\n"],
    ['the CLI importing the server', 'src/cli/zz-planted.ts', "import { startServer } from '#server';\nexport const start = startServer;\n"],
    ['the writer importing text helpers, lexicon, formats and types', 'src/compose/write/zz-planted.ts', "import { protectQuotes } from '../text/protect-quotes.ts';\nimport { MODALITIES } from '../lexicon/modalities.ts';\nimport { FORMATS } from '../formats/formats.ts';\nimport type { Fact } from '../types.ts';\nexport const all = [protectQuotes, MODALITIES, FORMATS];\nexport type F = Fact;\n"],
    ['the reader importing text helpers', 'src/compose/read/zz-planted.ts', "import { findQuotes } from '../text/find-quotes.ts';\nexport const f = findQuotes;\n"],
    ['a test using the clock and the file system', 'test/compose/zz-planted.ts', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\nexport const now = new Date();\n"],
  ];
  it.each(allowed)('pass %s', (_name, path, code) => {
    const result = lintPlanted(path, code);
    expect(result.output).not.toMatch(/noRestricted|noJsRestricted|never imports the/);
    expect(result.status, result.output).toBe(0);
  });
});

describe('the unused-code check (knip)', () => {
  const knip = (): LintResult => {
    const run = spawnSync(join(root, 'node_modules', '.bin', 'knip'), ['--no-progress'], { cwd: root, encoding: 'utf8' });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  };

  it('passes on the tree as it is', () => {
    const result = knip();
    expect(result.status, result.output).toBe(0);
  });

  it('fails on a source file that nothing imports, naming it', () => {
    const planted = join(root, 'src', 'store', 'zz-planted-unused.ts');
    writeFileSync(planted, 'export const nobodyImportsThis = 1;\n');
    try {
      const result = knip();
      expect(result.status).not.toBe(0);
      expect(result.output).toMatch(/Unused files[\s\S]*src\/store\/zz-planted-unused\.ts/);
    } finally {
      rmSync(planted, { force: true });
    }
  });

  it('fails on an export that nothing imports, naming it (unused exports are checked)', () => {
    // A file in use, given one more export for a moment, then restored exactly.
    const used = join(root, 'src', 'store', 'startup-error.ts');
    const original = readFileSync(used, 'utf8');
    writeFileSync(used, `${original}\nexport const zzPlantedUnusedExport = 1;\n`);
    try {
      const result = knip();
      expect(result.status).not.toBe(0);
      expect(result.output).toMatch(/Unused exports[\s\S]*zzPlantedUnusedExport/);
    } finally {
      writeFileSync(used, original);
    }
  });
});
