import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, type App } from '../src/server/app';
import type { Database } from '../src/server/db/client';
import { silentLogger } from '../src/server/logger';
import { ensureAdmin } from '../src/server/modules/users/commands/ensure-admin';
import { onExit } from './util';

export const ADMIN_PASSWORD = 'bench-admin-password';

/** The app over a database, called in-process as the tests do (no socket). */
export type Api = {
  app: App;
  get<T>(path: string, token: string): Promise<T>;
  post<T>(path: string, body: unknown, token?: string): Promise<{ status: number; body: T }>;
  login(username: string, password: string): Promise<string>;
};

export function makeApi(database: Database): Api {
  const storageDir = mkdtempSync(join(tmpdir(), 'mattran-bench-files-'));
  onExit(() => rmSync(storageDir, { recursive: true, force: true }));
  const app = buildApp({ db: database.db, dbKind: database.kind, logger: silentLogger, trustProxy: false, storageDir });
  const api: Api = {
    app,
    async get<T>(path: string, token: string): Promise<T> {
      const res = await app.request(path, { headers: { authorization: `Bearer ${token}` } });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`GET ${path} → ${res.status}: ${text.slice(0, 500)}`);
      return JSON.parse(text) as T;
    },
    async post<T>(path: string, body: unknown, token?: string) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (token) headers.authorization = `Bearer ${token}`;
      const res = await app.request(path, { method: 'POST', headers, body: JSON.stringify(body) });
      return { status: res.status, body: (await res.json()) as T };
    },
    async login(username: string, password: string) {
      const r = await api.post<{ token?: string }>('/api/v1/auth/login', { username, password });
      if (r.status !== 200 || !r.body.token)
        throw new Error(`login ${username} → ${r.status}: ${JSON.stringify(r.body)}`);
      return r.body.token;
    },
  };
  return api;
}

/** Creates `admin` and returns its bearer token. */
export async function adminToken(database: Database, api: Api): Promise<string> {
  await ensureAdmin(database.db, ADMIN_PASSWORD);
  return api.login('admin', ADMIN_PASSWORD);
}

export type ProgressItem = {
  indicatorId: string;
  code: string;
  actual: number;
  children: unknown[];
  targets: unknown[];
};
export type ProgressResponse = { unitId: string; items: ProgressItem[] };
export type OverviewResponse = { indicators: unknown[]; rows: { unitId: string; cells: unknown[] }[] };

export const progressPath = (unitId: string, p: { from: string; to: string }) =>
  `/api/v1/progress?unitId=${unitId}&from=${p.from}&to=${p.to}`;
export const overviewPath = (unitId: string, p: { from: string; to: string }) =>
  `/api/v1/progress/overview?unitId=${unitId}&from=${p.from}&to=${p.to}`;
