import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { log, onExit } from './util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const live = new Set<ChildProcess>();

// Whatever happens to the bench, no server it started outlives it.
onExit(() => {
  for (const p of live) killGroup(p, 'SIGKILL');
});

function killGroup(p: ChildProcess, signal: NodeJS.Signals): void {
  if (p.pid === undefined) return;
  try {
    process.kill(-p.pid, signal);
  } catch {
    // already gone
  }
}

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export type ServerExit = { code: number | null; signal: NodeJS.Signals | null };

/** The real server (src/server/main.ts --demo) in its own process group, as an operator starts it. */
export type ServerProcess = {
  pid: number;
  base: string;
  logFile: string;
  exited: Promise<ServerExit>;
  /** SIGKILL to the whole process group: nothing gets to clean up. */
  kill9(): Promise<ServerExit>;
  /** SIGTERM, the server's graceful shutdown. */
  stop(): Promise<ServerExit>;
  logTail(chars?: number): string;
};

export async function startServer(
  env: Record<string, string>,
  logFile: string,
  label: string,
  nodeArgs: string[] = [],
): Promise<ServerProcess> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const out = openSync(logFile, 'a');
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/server/main.ts', '--demo'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info', ...env },
  });
  closeSync(out);
  if (child.pid === undefined) throw new Error(`${label}: could not spawn the server`);
  live.add(child);
  const exited = new Promise<ServerExit>((resolve) => {
    child.once('exit', (code, signal) => {
      live.delete(child);
      resolve({ code, signal });
    });
  });
  const logTail = (chars = 3000) => (existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-chars) : '');
  const server: ServerProcess = {
    pid: child.pid,
    base,
    logFile,
    exited,
    logTail,
    kill9() {
      killGroup(child, 'SIGKILL');
      return exited;
    },
    stop() {
      killGroup(child, 'SIGTERM');
      const force = setTimeout(() => killGroup(child, 'SIGKILL'), 20_000);
      return exited.finally(() => clearTimeout(force));
    },
  };

  // Ready when /healthz answers; a server that exits first is a failure, with its log.
  const t0 = performance.now();
  let gone: ServerExit | null = null;
  void exited.then((e) => (gone = e));
  for (;;) {
    if (gone)
      throw new Error(`${label}: the server exited (${JSON.stringify(gone)}) before it was ready:\n${logTail()}`);
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.status === 200) {
        await res.text();
        break;
      }
      await res.text();
    } catch {
      // not listening yet
    }
    if (performance.now() - t0 > 180_000) {
      await server.kill9();
      throw new Error(`${label}: no /healthz within 180 s:\n${logTail()}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  log(`${label}: server pid ${child.pid} ready on ${base} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return server;
}
