import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { openPostgres, wrapPglite, type Database } from './client';
import { withDatabase } from './test-global-setup';

/** A fresh, migrated database for one test file: PostgreSQL when TEST_DATABASE_URL is set, else PGlite. */
export async function createTestDatabase(): Promise<Database> {
  const pgTemplate = inject('pgTemplate');
  if (pgTemplate) {
    // Named after the template's creator pid so teardown can find leftovers.
    const owner = pgTemplate.name.replace('mattran_tpl_', '');
    const name = `mattran_t_${owner}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: pgTemplate.url });
    await admin.connect();
    await admin.query(`create database ${name} template ${pgTemplate.name}`);
    await admin.end();
    const database = openPostgres(withDatabase(pgTemplate.url, name), { max: 5 });
    return {
      ...database,
      async close() {
        await database.close();
        const a = new pg.Client({ connectionString: pgTemplate.url });
        await a.connect();
        await a.query(`drop database if exists ${name} with (force)`);
        await a.end();
      },
    };
  }
  const dump = readFileSync(inject('pgliteTemplate'));
  const client = await PGlite.create({ loadDataDir: new Blob([dump]) });
  return wrapPglite(client);
}
