import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { buildApp, jobHandlers } from './app';
import { loadConfig, publicUrlOf } from './config';
import { acquireDataDirLock } from './db/lock';
import { openDatabase } from './db/open';
import { loadDemoIfEmpty } from './demo/load-demo';
import { createLogger } from './logger';
import { mailerFromConfig } from './mail/mailer';
import { trustedProxies } from './http/proxies';
import { JobRunner } from './modules/jobs/runner';
import { ensureAdmin } from './modules/users/commands/ensure-admin';

const webDir = fileURLToPath(new URL('../../dist/web', import.meta.url));

async function main() {
  const startedAt = Date.now();
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const dataDir = resolve(config.DATA_DIR);

  let releaseLock = () => {};
  if (!config.DATABASE_URL) {
    try {
      releaseLock = acquireDataDirLock(dataDir);
    } catch (e) {
      console.error((e as Error).message);
      process.exit(1);
    }
  }
  const database = await openDatabase(config, dataDir);
  await database.migrate();
  logger.info({ database: database.kind, dataDir: database.kind === 'pglite' ? dataDir : undefined }, 'database ready');

  const admin = await ensureAdmin(database.db, config.ADMIN_PASSWORD);
  if (admin?.generated) {
    // Shown once, on purpose on stdout and not in the structured log.
    console.log(
      `\n  Tài khoản quản trị / admin account: ${admin.username}\n  Mật khẩu / password: ${admin.password}\n  (chỉ hiện một lần — hãy đổi mật khẩu sau khi đăng nhập)\n`,
    );
  } else if (admin) {
    logger.info('admin account created with ADMIN_PASSWORD');
  }
  const storageDir = resolve(config.STORAGE_DIR ?? `${dataDir}/files`);
  if (process.argv.includes('--demo')) await loadDemoIfEmpty(database.db, logger, storageDir);

  const mailer = mailerFromConfig(config);
  // Big imports run here as jobs, beside the requests (never inside one); with PGlite this is the only process.
  const jobs = new JobRunner({
    db: database.db,
    storageDir,
    logger,
    handlers: jobHandlers(),
    concurrency: config.JOB_CONCURRENCY,
    staleMs: config.JOB_STALE_SECONDS * 1000,
    exclusive: database.kind === 'pglite',
    mailer,
  });
  const app = buildApp({
    db: database.db,
    dbKind: database.kind,
    logger,
    trustProxy: config.TRUST_PROXY === '1',
    publicUrl: publicUrlOf(config),
    trustedProxies: trustedProxies(config.TRUSTED_PROXIES),
    webDir,
    storageDir,
    jobs,
    mailer,
  });
  if (config.JOB_CONCURRENCY > 0) await jobs.start();
  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
    logger.info(
      { port: info.port, host: config.HOST, ms: Date.now() - startedAt },
      `listening on http://localhost:${info.port}`,
    );
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.close(async () => {
      try {
        // A job still running when the force timer fires is taken back at the next start.
        await jobs.stop();
        await database.close();
      } finally {
        releaseLock();
        logger.info('stopped');
        process.exit(0);
      }
    });
    // Keep-alive connections would hold close() open.
    (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
