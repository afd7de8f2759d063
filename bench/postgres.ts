import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { log } from './util';

/** A PostgreSQL server the bench may create databases on, and how to get rid of them. */
export type BenchPostgres = {
  /** Where it comes from, for the header line. */
  description: string;
  /** Creates a fresh database (optionally a copy of `template`, which must have no open connections); returns its URL. */
  createDatabase(name: string, template?: string): Promise<string>;
  /** Drops the databases created and stops the throwaway cluster (idempotent). */
  cleanup(): Promise<void>;
  /** Last-resort synchronous stop, for process exit. */
  cleanupSync(): void;
};

/** Database name inside a connection URL, replaced. */
function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function onAdmin(adminUrl: string, statements: string[]): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (const s of statements) await admin.query(s);
  } finally {
    await admin.end();
  }
}

/** Database creation and dropping through an admin connection. */
function databases(adminUrl: string) {
  const created: string[] = [];
  return {
    async createDatabase(name: string, template?: string) {
      if (!/^[a-z0-9_]+$/.test(name) || (template !== undefined && !/^[a-z0-9_]+$/.test(template)))
        throw new Error(`bad database name ${name}`);
      await onAdmin(adminUrl, [
        `drop database if exists ${name} with (force)`,
        `create database ${name}${template ? ` template ${template}` : ''}`,
      ]);
      created.push(name);
      return withDatabase(adminUrl, name);
    },
    async dropAll() {
      const names = created.splice(0);
      if (names.length)
        await onAdmin(
          adminUrl,
          names.map((n) => `drop database if exists ${n} with (force)`),
        );
    },
  };
}

/** The newest /usr/lib/postgresql/<major>/bin that has initdb, or null. */
export function findPgBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const majors = readdirSync(root)
    .filter((d) => existsSync(join(root, d, 'bin', 'initdb')) && existsSync(join(root, d, 'bin', 'pg_ctl')))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const newest = majors[majors.length - 1];
  return newest ? join(root, newest, 'bin') : null;
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

async function freePort(start: number): Promise<number> {
  for (let p = start; p < start + 50; p++) if (await portFree(p)) return p;
  throw new Error(`no free port in ${start}..${start + 49}`);
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Runs a shell command as the postgres user when root (PostgreSQL refuses to run as root), else as ourselves. */
function asPostgres(cmd: string): void {
  if (isRoot()) execFileSync('su', ['postgres', '-s', '/bin/bash', '-c', cmd], { stdio: 'ignore' });
  else execFileSync('/bin/bash', ['-c', cmd], { stdio: 'ignore' });
}

/** A throwaway cluster like .ci/run starts: initdb into a temp dir, loopback port, fsync off. */
async function startCluster(pgBin: string): Promise<BenchPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'mattran-bench-pg.'));
  if (isRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const port = await freePort(Number(process.env.BENCH_PGPORT ?? 55450));
  const data = join(dir, 'data');
  let running = false;
  const stopSync = () => {
    if (running) {
      try {
        asPostgres(`${q(join(pgBin, 'pg_ctl'))} -D ${q(data)} -m immediate stop`);
      } catch {
        // already gone
      }
      running = false;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    log(`starting a throwaway PostgreSQL (${pgBin}) on 127.0.0.1:${port}`);
    asPostgres(
      `${q(join(pgBin, 'initdb'))} -D ${q(data)} -U postgres -A trust --no-sync > ${q(join(dir, 'initdb.log'))} 2>&1`,
    );
    const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
    asPostgres(`${q(join(pgBin, 'pg_ctl'))} -D ${q(data)} -l ${q(join(dir, 'server.log'))} -w -o ${q(opts)} start`);
    running = true;
  } catch (e) {
    const detail = [join(dir, 'initdb.log'), join(dir, 'server.log')]
      .filter(existsSync)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    stopSync();
    throw new Error(`could not start PostgreSQL: ${(e as Error).message}\n${detail}`);
  }
  const dbs = databases(`postgres://postgres@127.0.0.1:${port}/postgres`);
  return {
    description: `throwaway cluster from ${pgBin} on 127.0.0.1:${port}, fsync off as in CI`,
    createDatabase: dbs.createDatabase,
    async cleanup() {
      stopSync();
    },
    cleanupSync: stopSync,
  };
}

/** BENCH_DATABASE_URL: fresh databases created through it and dropped at the end; else a throwaway cluster. */
export async function benchPostgres(): Promise<BenchPostgres | { skipped: string }> {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) {
    const dbs = databases(given);
    return {
      description: `BENCH_DATABASE_URL (${new URL(given).host})`,
      createDatabase: dbs.createDatabase,
      async cleanup() {
        await dbs.dropAll().catch((e: unknown) => log(`could not drop the bench databases: ${String(e)}`));
      },
      cleanupSync() {
        // Dropping needs a connection: only the async cleanup can; a leftover is named mattran_bench_<pid>.
      },
    };
  }
  const pgBin = findPgBin();
  if (!pgBin) return { skipped: 'no PostgreSQL binaries under /usr/lib/postgresql and no BENCH_DATABASE_URL' };
  return startCluster(pgBin);
}
