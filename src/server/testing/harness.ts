import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { buildApp, jobHandlers } from '../app';
import { systemMeta } from '../core/actor';
import type { Database, Db } from '../db/client';
import { createTestDatabase } from '../db/testing';
import { createLogger } from '../logger';
import type { Mailer } from '../mail/mailer';
import { JobRunner, type JobRunnerOptions } from '../modules/jobs/runner';
import { createOrganization } from '../modules/units/commands/save-organization';
import { createUnit } from '../modules/units/commands/create-unit';
import type { Organization, Unit } from '../modules/units/schema';
import { createUser } from '../modules/users/commands/create-user';
import { ensureAdmin } from '../modules/users/commands/ensure-admin';
import type { ResolvedRole } from '../modules/users/resolve-roles';
import type { RoleName } from '../modules/users/schema';

export const ADMIN_PASSWORD = 'Admin-Test-Pass-1';
export const PASSWORD = 'Test-Password-1';

export type Res = { status: number; body: unknown; headers: Headers };
export type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } };
export type Items<T = { id: string }> = { items: T[] };

type RequestOptions = { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> };

export type Harness = Awaited<ReturnType<typeof createHarness>>;

/** A fresh database and app for one test file, with helpers to call the API as a client would. */
export async function createHarness(options: { mailer?: Mailer | null } = {}) {
  const database: Database = await createTestDatabase();
  const db: Db = database.db;
  await ensureAdmin(db, ADMIN_PASSWORD);
  // Trusts X-Forwarded-For so each test request can come from its own address (throttling is per IP).
  const storageDir = mkdtempSync(join(tmpdir(), 'mattran-files-'));
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  /** A job runner over this database, as an app process has one; not started (a test starts it or calls runNext). */
  const runners: JobRunner[] = [];
  const { mailer } = options;
  const newRunner = (runnerOptions: Partial<JobRunnerOptions> = {}) => {
    const r = new JobRunner({
      db,
      storageDir,
      logger,
      handlers: jobHandlers(),
      mailer: mailer ?? null,
      ...runnerOptions,
    });
    runners.push(r);
    return r;
  };
  const jobs = newRunner();
  const app = buildApp({ db, dbKind: database.kind, logger, trustProxy: true, storageDir, jobs, mailer });
  let seq = 0;

  async function request(method: string, path: string, opts: RequestOptions = {}): Promise<Res> {
    seq++;
    const headers: Record<string, string> = {
      'x-forwarded-for': `10.${(seq >> 16) & 255}.${(seq >> 8) & 255}.${seq & 255}`,
      ...opts.headers,
    };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    let body: string | undefined;
    if (opts.raw !== undefined) body = opts.raw;
    else if (opts.body !== undefined) body = JSON.stringify(opts.body);
    if (body !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
    const res = await app.request(path, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON (HTML pages)
    }
    return { status: res.status, body: parsed, headers: res.headers };
  }

  async function login(username: string, password = PASSWORD): Promise<string> {
    const res = await request('POST', '/api/v1/auth/login', { body: { username, password } });
    if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return (res.body as { token: string }).token;
  }

  /** Row counts of the tables a command may write, to prove a rejected request wrote nothing. */
  async function counts(extra: string[] = []): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const t of ['units', 'organizations', 'users', 'user_roles', 'sessions', 'audit_log', ...extra]) {
      const r = await db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${t}`));
      out[t] = Number((r as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0);
    }
    return out;
  }

  /**
   * A refused request writes nothing: sends it, expects `status`, and finds these tables (and the standing ones:
   * users, units, the audit log…) with the row counts they had.
   */
  async function expectRefused(
    status: number,
    tables: string[],
    send: () => Promise<{ status: number; body: unknown }>,
  ) {
    const before = await counts(tables);
    const res = await send();
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(await counts(tables)).toEqual(before);
    return res.body;
  }

  async function close() {
    for (const r of runners) await r.stop();
    rmSync(storageDir, { recursive: true, force: true });
    await database.close();
  }

  return { app, db, kind: database.kind, storageDir, jobs, newRunner, request, login, counts, expectRefused, close };
}

const grant = (role: RoleName, unit: Unit, org?: Organization): ResolvedRole => ({
  role,
  unitId: org ? null : unit.id,
  organizationId: org?.id ?? null,
  unitPath: unit.path,
  unitLevel: unit.level,
});

/**
 * The scope matrix world: province P1 with communes C1 (villages V1, V2; organisations O1, O2) and
 * C2 (V3, O4); province P2 with commune C3 (V4, O3). One user per role, homed in C1/V1/O1,
 * and village heads elsewhere to act on.
 */
export async function seedWorld(db: Db) {
  const m = systemMeta;
  const P1 = await createUnit(db, m, null, { level: 'province', name: 'Tỉnh Một', kind: 'tỉnh' });
  const P2 = await createUnit(db, m, null, { level: 'province', name: 'Tỉnh Hai', kind: 'tỉnh' });
  const C1 = await createUnit(db, m, P1, { level: 'commune', name: 'Xã Một', kind: 'xã' });
  const C2 = await createUnit(db, m, P1, { level: 'commune', name: 'Xã Hai', kind: 'xã' });
  const C3 = await createUnit(db, m, P2, { level: 'commune', name: 'Xã Ba', kind: 'xã' });
  const V1 = await createUnit(db, m, C1, { level: 'village', name: 'Thôn Một', kind: 'thôn' });
  const V2 = await createUnit(db, m, C1, { level: 'village', name: 'Thôn Hai', kind: 'thôn' });
  const V3 = await createUnit(db, m, C2, { level: 'village', name: 'Thôn Ba', kind: 'thôn' });
  const V4 = await createUnit(db, m, C3, { level: 'village', name: 'Thôn Bốn', kind: 'thôn' });
  const O1 = await createOrganization(db, m, C1, { name: 'Hội Phụ nữ xã Một', shortName: 'PN1' });
  const O2 = await createOrganization(db, m, C1, { name: 'Hội Nông dân xã Một', shortName: 'ND1' });
  const O4 = await createOrganization(db, m, C2, { name: 'Hội Phụ nữ xã Hai', shortName: 'PN2' });
  const O3 = await createOrganization(db, m, C3, { name: 'Hội Phụ nữ xã Ba', shortName: 'PN3' });

  type WorldUser =
    | 'upper1'
    | 'standing1'
    | 'orglead1'
    | 'village1'
    | 'viewer1'
    | 'target_own'
    | 'target_sibling'
    | 'target_commune'
    | 'target_province';
  const users = {} as Record<WorldUser, string>;
  const add = async (username: WorldUser, roles: ResolvedRole[]) => {
    const u = await createUser(db, m, { username, password: PASSWORD, fullName: `Người ${username}`, roles });
    users[username] = u.id;
  };
  await add('upper1', [grant('upper', P1)]);
  await add('standing1', [grant('standing', C1)]);
  await add('orglead1', [grant('org_lead', C1, O1)]);
  await add('village1', [grant('village_lead', V1)]);
  await add('viewer1', [grant('viewer', C1)]);
  // Users acted upon, one per scope.
  await add('target_own', [grant('village_lead', V1)]);
  await add('target_sibling', [grant('village_lead', V2)]);
  await add('target_commune', [grant('village_lead', V3)]);
  await add('target_province', [grant('village_lead', V4)]);
  return { P1, P2, C1, C2, C3, V1, V2, V3, V4, O1, O2, O3, O4, users };
}

export type World = Awaited<ReturnType<typeof seedWorld>>;
