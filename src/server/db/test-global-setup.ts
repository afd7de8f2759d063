import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPostgres, wrapPglite } from './client';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgTemplate: { url: string; name: string } | null;
  }
}

/** Database name inside a connection URL, replaced. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * Migrate once, then every test file clones: a PGlite data-dir dump, and (with TEST_DATABASE_URL)
 * a PostgreSQL template database — a fresh database per file (ARCHITECTURE.md "Tests").
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'mattran-test-'));
  const client = await PGlite.create();
  const database = wrapPglite(client);
  await database.migrate();
  const dump = await client.dumpDataDir('none');
  const file = join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('pgliteTemplate', file);

  const url = process.env.TEST_DATABASE_URL;
  console.log(
    `integration tests run on ${url ? `PostgreSQL (TEST_DATABASE_URL=${new URL(url).host})` : 'PGlite (embedded)'}`,
  );
  let templateName: string | null = null;
  if (url) {
    templateName = `mattran_tpl_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${templateName}`);
    await admin.query(`create database ${templateName}`);
    await admin.end();
    const tpl = openPostgres(withDatabase(url, templateName), { max: 1 });
    await tpl.migrate();
    await tpl.close();
    project.provide('pgTemplate', { url, name: templateName });
  } else {
    project.provide('pgTemplate', null);
  }

  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (url && templateName) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      const { rows } = await admin.query<{ datname: string }>(
        `select datname from pg_database where datname like 'mattran_t_${process.pid}_%' or datname = $1`,
        [templateName],
      );
      for (const r of rows) await admin.query(`drop database if exists ${r.datname} with (force)`);
      await admin.end();
    }
  };
}
