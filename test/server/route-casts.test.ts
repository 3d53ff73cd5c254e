// Routes return what the store returns, typed by the schemas that own the data: no `as` bridges
// a copy of a shape to another (issue 8, "one schema per shape"). The route files are parsed with
// the TypeScript compiler, so a cast is found by what it is, not by a pattern that a comment or a
// string could match; `as const` is allowed (it asserts nothing about a shape).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const serverDir = join(root, 'src', 'server');

/** Every `*.routes.ts` file under src/server. */
function routeFiles(): string[] {
  return readdirSync(serverDir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.routes.ts'))
    .map((path) => join(serverDir, path))
    .sort();
}

/** The type assertions in `text` (`x as T`, `<T>x`), each as "line: code"; `as const` is not one. */
function findCasts(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const casts: string[] = [];
  const visit = (node: ts.Node): void => {
    const isAssertion = ts.isAsExpression(node) || ts.isTypeAssertionExpression(node);
    if (isAssertion && !ts.isConstTypeReference(node.type)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      casts.push(`${line + 1}: ${node.getText(source)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return casts;
}

describe('casts in src/server routes', () => {
  it('finds the route files (the check is not looking at nothing)', () => {
    const names = routeFiles().map((f) => relative(root, f));
    expect(names).toContain(join('src', 'server', 'notes', 'notes.routes.ts'));
    expect(names.length).toBeGreaterThanOrEqual(10);
  });

  it('finds a planted cast, double cast and angle-bracket assertion, and lets `as const`, comments and strings be', () => {
    const planted = [
      "const a = note as TNote;",
      "const b = json as unknown as TDocument;",
      "const c = <TSettings>settings;",
      "const d = ['a', 'b'] as const;",
      "// returned as stored",
      "const e = 'sent as made';",
    ].join('\n');
    expect(findCasts('planted.routes.ts', planted)).toEqual(['1: note as TNote', '2: json as unknown as TDocument', '2: json as unknown', '3: <TSettings>settings']);
  });

  it('no route casts a value: each answers what the store returns, typed by the owning schema', () => {
    const found = routeFiles().flatMap((file) => findCasts(file, readFileSync(file, 'utf8')).map((cast) => `${relative(root, file)}:${cast}`));
    // A failure names each cast: make the store (or the schema beside it) return the type instead.
    expect(found).toEqual([]);
  });
});
