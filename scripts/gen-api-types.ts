/**
 * Writes src/web/lib/api-types.ts from the server's OpenAPI document, so the staff app's types follow the
 * routes' declared schemas instead of being written by hand. Run with `npm run gen:api` after changing a
 * route's request or response schema; src/web/lib/api-types.test.ts fails while the file is stale.
 *
 * The app is built in-process over an empty in-memory PGlite: serving the document touches no table.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../src/server/app';
import { wrapPglite } from '../src/server/db/client';
import { createLogger } from '../src/server/logger';

export const apiTypesFile = fileURLToPath(new URL('../src/web/lib/api-types.ts', import.meta.url));

const HEADER = `/**
 * Generated from GET /api/v1/openapi.json by scripts/gen-api-types.ts — do not edit by hand.
 * Regenerate with \`npm run gen:api\`.
 */

`;

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

/** The text of src/web/lib/api-types.ts for the current routes. */
export async function generateApiTypes(): Promise<string> {
  const doc = await fetchOpenApiDocument();
  // biome-ignore lint/suspicious/noExplicitAny: openapi-typescript types its input as its own OpenAPI3 shape
  const ast = await openapiTS(doc as any, { alphabetize: true });
  return HEADER + astToString(ast);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = await generateApiTypes();
  writeFileSync(apiTypesFile, text);
  console.log(`wrote ${apiTypesFile} (${text.length} characters)`);
}
