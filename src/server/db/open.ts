import { join } from 'node:path';
import type { Config } from '../config';
import { openPglite, openPostgres, type Database } from './client';

/** PostgreSQL when DATABASE_URL is set, otherwise the embedded database under DATA_DIR/pgdata. */
export async function openDatabase(config: Pick<Config, 'DATABASE_URL'>, dataDir: string): Promise<Database> {
  return config.DATABASE_URL ? openPostgres(config.DATABASE_URL) : openPglite(join(dataDir, 'pgdata'));
}
