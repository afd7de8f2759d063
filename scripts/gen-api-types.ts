/**
 * Writes src/web/lib/api-types/ from the server's OpenAPI document, so the staff app's types follow the routes'
 * declared schemas instead of being written by hand. Run with `npm run gen:api` after changing a route's request or
 * response schema; src/web/lib/api-types.test.ts fails while the files are stale.
 *
 * One file per tag of the document (and more when a tag is long), and the named schemas in files of the same size:
 * one 29,000-line file was more than an editor, a review or a diff could take. `index.ts` puts them back together
 * as openapi-typescript's `paths` and `components`.
 *
 * The app is built in-process over an empty in-memory PGlite: serving the document touches no table.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { foldVietnamese } from '../src/lib/vi-text';
import { buildApp } from '../src/server/app';
import { wrapPglite } from '../src/server/db/client';
import { createLogger } from '../src/server/logger';

export const apiTypesDir = fileURLToPath(new URL('../src/web/lib/api-types/', import.meta.url));

const HEADER = `/**
 * Generated from GET /api/v1/openapi.json by scripts/gen-api-types.ts — do not edit by hand.
 * Regenerate with \`npm run gen:api\`.
 */

`;

/** A generated file grows to about this many lines before the next one starts. */
const LINES_PER_FILE = 550;

type Document = { paths: Record<string, Record<string, { tags?: string[] } | undefined>> };

/** The OpenAPI document as the running server would serve it. */
export async function fetchOpenApiDocument(): Promise<Record<string, unknown>> {
  const database = wrapPglite(await PGlite.create());
  const storageDir = mkdtempSync(join(tmpdir(), 'mattran-gen-api-'));
  try {
    const app = buildApp({
      db: database.db,
      dbKind: database.kind,
      logger: createLogger('silent'),
      trustProxy: false,
      storageDir,
    });
    const res = await app.request('/api/v1/openapi.json');
    if (res.status !== 200) throw new Error(`GET /api/v1/openapi.json answered ${res.status}`);
    return (await res.json()) as Record<string, unknown>;
  } finally {
    await database.close();
    rmSync(storageDir, { recursive: true, force: true });
  }
}

const interfaceNamed = (nodes: ts.Node[], name: string) =>
  nodes.find((n): n is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(n) && n.name.text === name);
const memberName = (m: ts.TypeElement) =>
  m.name && (ts.isStringLiteral(m.name) || ts.isIdentifier(m.name)) ? m.name.text : '';
const slug = (s: string) =>
  foldVietnamese(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const pascal = (s: string) => s.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
const exported = [ts.factory.createModifier(ts.SyntaxKind.ExportKeyword)];

/** Members in runs of about LINES_PER_FILE printed lines, each run keeping the members' order. */
function chunks(members: readonly ts.TypeElement[]): ts.TypeElement[][] {
  const out: ts.TypeElement[][] = [];
  let lines = Number.POSITIVE_INFINITY;
  for (const m of members) {
    const size = astToString(m).split('\n').length;
    if (lines + size > LINES_PER_FILE) {
      out.push([]);
      lines = 0;
    }
    out.at(-1)?.push(m);
    lines += size;
  }
  return out;
}

/** A file declaring `export interface <name> { members }`, importing `components` when it refers to it. */
function interfaceFile(name: string, members: readonly ts.TypeElement[]) {
  const body = astToString(ts.factory.createInterfaceDeclaration(exported, name, undefined, undefined, members));
  const imports = body.includes('components[') ? "import type { components } from './components';\n\n" : '';
  return `${HEADER}${imports}${body}`;
}

/** The files of src/web/lib/api-types/ for the current routes, by file name. */
export async function generateApiTypes(): Promise<Map<string, string>> {
  const doc = (await fetchOpenApiDocument()) as Record<string, unknown> & Document;
  // biome-ignore lint/suspicious/noExplicitAny: openapi-typescript types its input as its own OpenAPI3 shape
  const nodes = await openapiTS(doc as any, { alphabetize: true });
  const paths = interfaceNamed(nodes, 'paths');
  const components = interfaceNamed(nodes, 'components');
  if (!paths || !components) throw new Error('openapi-typescript gave no paths or components interface');
  const files = new Map<string, string>();

  // Paths by their operations' tag, in the tags' order of first appearance.
  const byTag = new Map<string, ts.TypeElement[]>();
  for (const m of paths.members) {
    const ops = Object.values(doc.paths[memberName(m)] ?? {});
    const tag = slug(ops.find((o) => o?.tags?.length)?.tags?.[0] ?? 'other') || 'other';
    byTag.set(tag, [...(byTag.get(tag) ?? []), m]);
  }
  const pathInterfaces: { name: string; file: string }[] = [];
  for (const [tag, members] of byTag)
    chunks(members).forEach((part, i) => {
      const file = `paths-${tag}${i ? `-${i + 1}` : ''}`;
      const name = `${pascal(file)}`;
      files.set(`${file}.ts`, interfaceFile(name, part));
      pathInterfaces.push({ name, file });
    });

  // Named schemas in runs, put back together in `components`.
  const schemas = components.members.find((m) => memberName(m) === 'schemas');
  const schemaType = schemas && ts.isPropertySignature(schemas) ? schemas.type : undefined;
  const schemaMembers = schemaType && ts.isTypeLiteralNode(schemaType) ? schemaType.members : [];
  const schemaInterfaces = chunks(schemaMembers).map((part, i) => {
    const file = `schemas-${i + 1}`;
    files.set(`${file}.ts`, interfaceFile(pascal(file), part));
    return { name: pascal(file), file };
  });
  const joined = ts.factory.createIntersectionTypeNode(
    schemaInterfaces.map((s) => ts.factory.createTypeReferenceNode(s.name)),
  );
  const componentMembers = components.members.map((m) =>
    m === schemas ? ts.factory.createPropertySignature(undefined, 'schemas', undefined, joined) : m,
  );
  const componentsImports = schemaInterfaces.map((s) => `import type { ${s.name} } from './${s.file}';\n`).join('');
  files.set(
    'components.ts',
    `${HEADER}${componentsImports}\n${astToString(
      ts.factory.createInterfaceDeclaration(exported, 'components', undefined, undefined, componentMembers),
    )}`,
  );

  const pathImports = pathInterfaces.map((p) => `import type { ${p.name} } from './${p.file}';\n`).join('');
  const pathsDeclaration = `export interface paths\n  extends ${pathInterfaces.map((p) => p.name).join(',\n    ')} {}\n`;
  const rest = astToString(nodes.filter((n) => n !== paths && n !== components));
  files.set(
    'index.ts',
    `${HEADER}${pathImports}\nexport type { components } from './components';\n\n${pathsDeclaration}${rest}`,
  );
  return files;
}

/** The generated files now in src/web/lib/api-types/. */
export const writtenApiTypeFiles = () => readdirSync(apiTypesDir).filter((f) => f.endsWith('.ts'));

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = await generateApiTypes();
  mkdirSync(apiTypesDir, { recursive: true });
  for (const old of writtenApiTypeFiles()) if (!files.has(old)) rmSync(join(apiTypesDir, old));
  for (const [name, text] of files) writeFileSync(join(apiTypesDir, name), text);
  console.log(`wrote ${files.size} files to ${apiTypesDir}`);
}
