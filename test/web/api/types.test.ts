// The interface's types (web/src/api/types.ts) and the API's own description (/api/openapi.json,
// generated from the routes' zod schemas) must say the same thing: the same fields, the same
// required ones, the same nullable ones, the same enum values. A field the web expects but the
// API does not send (or sends as null where the web expects a value) shows up here, not as a
// blank or a crash in a clinician's browser. The web's types are read with the TypeScript
// compiler; the document comes from a real server over HTTP.
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../server/start-test-server.ts';

const TYPES_FILE = fileURLToPath(new URL('../../../web/src/api/types.ts', import.meta.url));

interface JsonSchema {
  type?: string | string[];
  nullable?: boolean;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
}

/**
 * Each web type and where the API answers with that shape: a route's 200 answer, then the path
 * into it ('[]' steps into an array). Keys listed in `skip` hold the composer's own shapes
 * (src/compose/types.ts), which this test does not cover.
 */
const SHAPES: { type: string; method: 'get' | 'post'; route: string; path: string[]; skip?: string[] }[] = [
  { type: 'Me', method: 'get', route: '/api/auth/me', path: [] },
  { type: 'User', method: 'get', route: '/api/auth/me', path: ['user'] },
  { type: 'Colleague', method: 'get', route: '/api/users', path: ['users', '[]'] },
  { type: 'Client', method: 'get', route: '/api/clients/{id}', path: ['client'] },
  { type: 'LastPlan', method: 'get', route: '/api/clients/{id}/last-plan', path: [] },
  { type: 'NoteListItem', method: 'get', route: '/api/notes', path: ['notes', '[]'] },
  { type: 'Note', method: 'get', route: '/api/notes/{id}', path: ['note'], skip: ['document', 'worksheet'] },
  { type: 'SupervisedNotes', method: 'get', route: '/api/supervision/notes', path: [] },
  { type: 'Settings', method: 'get', route: '/api/settings', path: ['settings'], skip: ['style'] },
  { type: 'AuditLogPage', method: 'get', route: '/api/audit', path: [] },
  { type: 'AuditVerify', method: 'get', route: '/api/audit/verify', path: [] },
  { type: 'TotpEnrolment', method: 'post', route: '/api/auth/totp/enrol', path: [] },
];

let t: TestServer;
// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document is read as plain JSON
let openapi: any;
let checker: ts.TypeChecker;
let exported: Map<string, ts.Type>;

beforeAll(async () => {
  t = await startTestServer();
  const res = await fetch(`${t.url}/api/openapi.json`);
  expect(res.status).toBe(200);
  openapi = await res.json();

  const program = ts.createProgram([TYPES_FILE], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    allowImportingTsExtensions: true,
    resolveJsonModule: true,
    types: [],
  });
  checker = program.getTypeChecker();
  const source = program.getSourceFile(TYPES_FILE);
  if (!source) throw new Error(`cannot read ${TYPES_FILE}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error('web/src/api/types.ts exports nothing');
  exported = new Map(checker.getExportsOfModule(moduleSymbol).map((s) => [s.name, checker.getDeclaredTypeOfSymbol(s)]));
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

function answerSchema(method: string, route: string, path: string[]): JsonSchema {
  let schema: JsonSchema | undefined = openapi.paths?.[route]?.[method]?.responses?.['200']?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`/api/openapi.json describes no 200 JSON answer for ${method.toUpperCase()} ${route}`);
  for (const step of path) {
    schema = step === '[]' ? schema.items : schema.properties?.[step];
    if (!schema) throw new Error(`${route}: no '${step}' in its answer`);
  }
  return schema;
}

const isNull = (type: ts.Type) => (type.flags & ts.TypeFlags.Null) !== 0;
const isUndefined = (type: ts.Type) => (type.flags & ts.TypeFlags.Undefined) !== 0;
const partsOf = (type: ts.Type): ts.Type[] => (type.isUnion() ? type.types : [type]);

function schemaAllowsNull(schema: JsonSchema): boolean {
  if (schema.nullable) return true;
  if (Array.isArray(schema.type) && schema.type.includes('null')) return true;
  return [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].some((s) => s.type === 'null' || schemaAllowsNull(s));
}

/** Every disagreement between a web type and a schema, each as "path: what differs". */
function differences(type: ts.Type, schema: JsonSchema, at: string, skip: string[] = []): string[] {
  const out: string[] = [];
  const parts = partsOf(type).filter((p) => !isUndefined(p));
  const webNullable = parts.some(isNull);
  if (webNullable !== schemaAllowsNull(schema)) out.push(`${at}: the web type ${webNullable ? 'allows' : 'does not allow'} null, the API ${webNullable ? 'never sends it' : 'may send null'}`);
  const values = parts.filter((p) => !isNull(p));
  const variants = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].filter((s) => s.type !== 'null');
  const plain: JsonSchema = variants.length === 1 && variants[0] ? variants[0] : schema;

  if (plain.enum) {
    const literals = values.every((v) => v.isStringLiteral()) ? values.map((v) => (v as ts.StringLiteralType).value).sort() : null;
    if (!literals) out.push(`${at}: the API sends one of ${JSON.stringify(plain.enum)}, the web type is ${checker.typeToString(type)}`);
    else if (JSON.stringify(literals) !== JSON.stringify([...plain.enum].map(String).sort())) out.push(`${at}: the web expects ${JSON.stringify(literals)}, the API sends one of ${JSON.stringify(plain.enum)}`);
    return out;
  }
  const value = values[0];
  if (!value || values.length > 1) return out; // a union of shapes: its members are checked where each is used
  if (plain.type === 'array') {
    const element = checker.isArrayType(value) ? checker.getTypeArguments(value as ts.TypeReference)[0] : undefined;
    if (!element) out.push(`${at}: the API sends a list, the web type is ${checker.typeToString(value)}`);
    else if (plain.items) out.push(...differences(element, plain.items, `${at}[]`));
    return out;
  }
  if (plain.type === 'object' && plain.properties) {
    const webProps = new Map(checker.getPropertiesOfType(value).map((p) => [p.name, p]));
    const required = new Set(plain.required ?? []);
    for (const name of new Set([...webProps.keys(), ...Object.keys(plain.properties)])) {
      if (skip.includes(name)) continue;
      const where = `${at}.${name}`;
      const prop = webProps.get(name);
      const propSchema = plain.properties[name];
      if (!prop) {
        out.push(`${where}: the API sends it, the web type has no such field`);
        continue;
      }
      if (!propSchema) {
        out.push(`${where}: the web type expects it, the API never sends it`);
        continue;
      }
      const optional = (prop.flags & ts.SymbolFlags.Optional) !== 0;
      if (optional === required.has(name)) out.push(`${where}: ${optional ? 'optional in the web type, always sent by the API' : 'required in the web type, optional in the API'}`);
      out.push(...differences(checker.getTypeOfSymbol(prop), propSchema, where));
    }
    return out;
  }
  const primitive = { string: ts.TypeFlags.StringLike, integer: ts.TypeFlags.NumberLike, number: ts.TypeFlags.NumberLike, boolean: ts.TypeFlags.BooleanLike }[String(plain.type)];
  if (primitive !== undefined && !values.every((v) => (v.flags & primitive) !== 0)) out.push(`${at}: the API sends ${plain.type}, the web type is ${checker.typeToString(value)}`);
  return out;
}

describe('web/src/api/types.ts agrees with /api/openapi.json', () => {
  for (const shape of SHAPES) {
    it(`${shape.type} is the answer of ${shape.method.toUpperCase()} ${shape.route}${shape.path.length ? ` (${shape.path.join('.')})` : ''}`, () => {
      const type = exported.get(shape.type);
      expect(type, `web/src/api/types.ts exports no type ${shape.type}`).toBeDefined();
      expect(differences(type!, answerSchema(shape.method, shape.route, shape.path), shape.type, shape.skip)).toEqual([]);
    });
  }

  it('finds a drift: a field the API does not send, a wrong enum, a null the web does not expect', () => {
    // The comparison itself, on a deliberately wrong copy of User: a test that could not fail would prove nothing.
    const program = ts.createProgram({
      rootNames: ['drift.ts'],
      options: { strict: true, noEmit: true, types: [] },
      host: {
        ...ts.createCompilerHost({}),
        getSourceFile: (name, version) =>
          name === 'drift.ts'
            ? ts.createSourceFile(name, "export interface User { id: string; email: string; name: string; credentials?: string; role: 'owner' | 'clinician'; totpEnabled: boolean; createdAt: string; supervisorId: string; mustChangePassword: boolean; deactivatedAt: string | null; signature: string }", version)
            : ts.createCompilerHost({}).getSourceFile(name, version),
      },
    });
    const saved = checker;
    checker = program.getTypeChecker();
    try {
      const file = program.getSourceFile('drift.ts')!;
      const user = checker.getDeclaredTypeOfSymbol(checker.getExportsOfModule(checker.getSymbolAtLocation(file)!)[0]!);
      expect(differences(user, answerSchema('get', '/api/auth/me', ['user']), 'User').sort()).toEqual(
        [
          'User.credentials: optional in the web type, always sent by the API',
          'User.role: the web expects ["clinician","owner"], the API sends one of ["owner","clinician","supervisor"]',
          'User.supervisorId: the web type does not allow null, the API may send null',
          'User.signature: the web type expects it, the API never sends it',
        ].sort(),
      );
    } finally {
      checker = saved;
    }
  });
});
