import { resolve } from 'node:path';
import { loadConfig } from '../config';
import { acquireDataDirLock } from '../db/lock';
import { openDatabase } from '../db/open';
import { ensureAdmin } from '../modules/users/commands/ensure-admin';
import { hasDemo, loadDemo, printCredentials } from './load-demo';

/** `npm run demo`: load the demo commune into the configured database (server must be stopped for PGlite). */
async function run() {
  const config = loadConfig();
  const dataDir = resolve(config.DATA_DIR);
  const release = config.DATABASE_URL ? () => {} : acquireDataDirLock(dataDir);
  const database = await openDatabase(config, dataDir);
  try {
    await database.migrate();
    const admin = await ensureAdmin(database.db, config.ADMIN_PASSWORD);
    if (admin?.generated) console.log(`  admin / ${admin.password} (chỉ hiện một lần)`);
    if (await hasDemo(database.db)) {
      console.log('Dữ liệu mẫu đã có sẵn (xã Hồng Sơn) — không nạp lại. Demo data already present.');
      return;
    }
    printCredentials(await loadDemo(database.db, { storageDir: resolve(config.STORAGE_DIR ?? `${dataDir}/files`) }));
  } finally {
    await database.close();
    release();
  }
}

run().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
