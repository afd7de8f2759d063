import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';

const t0 = performance.now();

// Benches load the demo for its commune, not its 100,000-row storm statements (a job that would run first and be
// measured instead): every bench imports this file.
process.env.DEMO_STATEMENT_ROWS ??= '0';

const atExit: (() => void)[] = [];

/**
 * Cleanup when the process exits (temporary directories, throwaway clusters, child servers), run newest
 * first behind one 'exit' listener: a listener per database or app would pass Node's limit of 10 and
 * print a MaxListenersExceededWarning.
 */
export function onExit(cleanup: () => void): void {
  if (atExit.length === 0)
    process.on('exit', () => {
      for (const f of atExit.splice(0).reverse()) {
        try {
          f();
        } catch {
          // keep cleaning the rest
        }
      }
    });
  atExit.push(cleanup);
}

/** Progress for a person watching; stdout carries only the results. */
export function log(msg: string): void {
  process.stderr.write(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${msg}\n`);
}

export type Row = Record<string, unknown>;

/** The little the generator needs from either driver. */
export type Sql = {
  query<T extends Row = Row>(text: string, params?: unknown[]): Promise<T[]>;
};

export function sqlOfPg(client: pg.Client | pg.Pool): Sql {
  return {
    async query<T extends Row>(text: string, params?: unknown[]) {
      const r = await client.query<T>(text, params);
      return r.rows;
    },
  };
}

export function sqlOfPglite(client: PGlite): Sql {
  return {
    async query<T extends Row>(text: string, params?: unknown[]) {
      const r = await client.query<T>(text, params);
      return r.rows;
    },
  };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return Number.NaN;
  const mid = Math.floor(n / 2);
  return n % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Calls `fn` `warm` times unmeasured, then `n` times; returns the durations in ms. */
export async function timeCalls(n: number, warm: number, fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < warm; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    await fn();
    out.push(performance.now() - s);
  }
  return out;
}

export const thousands = (n: number) => Math.round(n).toLocaleString('en-US');
export const ms = (x: number) => x.toFixed(1);

export function elapsed(): number {
  return (performance.now() - t0) / 1000;
}

/**
 * Several calls measured under the same conditions: after `warm` unmeasured rounds, `n` rounds that
 * each call every function once, in an order rotated each round. Returns the durations in ms per key.
 * Ratios of p50s taken this way do not drift with the machine's load.
 */
export async function timeInterleaved<K extends string>(
  fns: Record<K, () => Promise<unknown>>,
  n: number,
  warm: number,
): Promise<Record<K, number[]>> {
  const keys = Object.keys(fns) as K[];
  const out = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < warm; i++) for (const k of keys) await fns[k]();
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < keys.length; j++) {
      const k = keys[(i + j) % keys.length] as K;
      const s = performance.now();
      await fns[k]();
      out[k].push(performance.now() - s);
    }
  }
  return out;
}

/** Logs a user in over HTTP and gives the header later calls carry. */
export async function bearerOf(base: string, username: string, password: string) {
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (login.status !== 200) throw new Error(`login ${username}: HTTP ${login.status}`);
  const { token } = (await login.json()) as { token: string };
  return { authorization: `Bearer ${token}` };
}
