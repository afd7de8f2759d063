import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { acquireDataDirLock } from './db/lock';
import { ADMIN_PASSWORD, createHarness, type Harness } from './testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h?.close());

describe('service endpoints', () => {
  it('/healthz names the database', async () => {
    const res = await h.request('GET', '/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite' });
  });

  it('publishes OpenAPI with the public API paths, and a docs page', async () => {
    const res = await h.request('GET', '/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.body as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toMatch(/^3\./);
    for (const [path, method] of [
      ['/api/v1/auth/login', 'post'],
      ['/api/v1/auth/logout', 'post'],
      ['/api/v1/me', 'get'],
      ['/api/v1/units', 'post'],
      ['/api/v1/units', 'get'],
      ['/api/v1/organizations', 'post'],
      ['/api/v1/users', 'post'],
      ['/api/v1/audit', 'get'],
    ] as const) {
      expect(doc.paths[path], path).toHaveProperty(method);
    }
    const docs = await h.request('GET', '/api/docs');
    expect(docs.status).toBe(200);
    expect(String(docs.body)).toContain('swagger-ui');
    expect(String((await h.request('GET', '/api/docs/init.js')).body)).toContain('/api/v1/openapi.json');
    const asset = await h.app.request('/api/docs/assets/swagger-ui-bundle.js');
    expect(asset.status).toBe(200);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await h.request('GET', '/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ error: { code: 'not_found' } });
  });

  it('sets security headers', async () => {
    const res = await h.app.request('/healthz');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});

describe('portal shell', () => {
  it('before any commune exists, says so', async () => {
    const res = await h.request('GET', '/');
    expect(res.status).toBe(200);
    expect(String(res.body)).toContain('Chưa có xã nào');
  });

  it('shows the commune name, empty news and announcements, and contact details in the footer', async () => {
    const admin = await h.login('admin', ADMIN_PASSWORD);
    const p = await h.request('POST', '/api/v1/units', {
      token: admin,
      body: { level: 'province', name: 'Phú Thọ', parentId: null },
    });
    const c = await h.request('POST', '/api/v1/units', {
      token: admin,
      body: {
        level: 'commune',
        name: 'Hồng Sơn',
        parentId: (p.body as { id: string }).id,
        settings: { address: 'Thôn Trung, xã Hồng Sơn', phone: '0210 3870 123', email: 'mttq@hongson.vn' },
      },
    });
    expect(c.status).toBe(201);
    const html = String((await h.request('GET', '/')).body);
    expect(html).toContain('XÃ HỒNG SƠN');
    expect(html).toContain('Tin tức');
    expect(html).toContain('Thông báo');
    expect(html).toContain('Thôn Trung, xã Hồng Sơn');
    expect(html).toContain('0210 3870 123');
    expect(html).toContain('mailto:mttq@hongson.vn');
    // Its readable address; the old one by id answers 301 to it (issue 13.9).
    const old = await h.request('GET', `/xa/${(c.body as { id: string }).id}`);
    expect(old.status).toBe(301);
    expect(old.headers.get('location')).toBe('/xa/hong-son');
    const page = await h.request('GET', '/xa/hong-son');
    expect(page.status).toBe(200);
    expect((await h.request('GET', '/xa/00000000-0000-0000-0000-000000000000')).status).toBe(404);
  });
});

describe('configuration and the data directory lock', () => {
  it('parses defaults and names a wrong variable', () => {
    expect(loadConfig({})).toMatchObject({ PORT: 3000, DATA_DIR: './data', LOG_LEVEL: 'info' });
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ ADMIN_PASSWORD: 'short' })).toThrow(/ADMIN_PASSWORD/);
  });

  it('stops a second process on the same DATA_DIR with a clear message, and takes over a stale lock', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mattran-lock-'));
    try {
      const release = acquireDataDirLock(dir);
      // Pretend another live process (our parent) holds it.
      writeFileSync(join(dir, 'mattran.lock'), String(process.ppid));
      expect(() => acquireDataDirLock(dir)).toThrow(/đang được tiến trình \d+ sử dụng/);
      writeFileSync(join(dir, 'mattran.lock'), '999999999'); // a pid that is not running
      const again = acquireDataDirLock(dir);
      again();
      release();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
