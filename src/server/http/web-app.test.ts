import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { createLogger } from '../logger';
import type { AppDeps } from './env';
import { IMMUTABLE } from './web-app';

/** Issue 13 item 2: a built staff app in a temp dir, as vite.config.ts lays it out (asset + .br + .gz). */
const dir = mkdtempSync(join(tmpdir(), 'mattran-web-'));
const js = `console.log(${JSON.stringify('Mặt trận xã '.repeat(200))});\n`;
const html = '<!doctype html><html><body><div id="root">Mặt trận xã</div></body></html>';
mkdirSync(join(dir, 'assets'));
writeFileSync(join(dir, 'index.html'), html);
writeFileSync(join(dir, 'assets/index-AbC123xy.js'), js);
writeFileSync(join(dir, 'assets/index-AbC123xy.js.br'), brotliCompressSync(js));
writeFileSync(join(dir, 'assets/index-AbC123xy.js.gz'), gzipSync(js));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The routes need no database: every /app request is served before any query.
const app = buildApp({ db: {}, dbKind: 'pglite', logger: createLogger('silent'), webDir: dir } as unknown as AppDeps);
const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());

describe('static assets of the staff app', () => {
  it('a hashed asset is sent brotli- or gzip-compressed per Accept-Encoding, cached for a year as immutable', async () => {
    const br = await get('/app/assets/index-AbC123xy.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('content-type')).toMatch(/javascript/);
    expect(br.headers.get('cache-control')).toBe(IMMUTABLE);
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(await bytes(br)).toString()).toBe(js);

    const gz = await get('/app/assets/index-AbC123xy.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gz.headers.get('cache-control')).toBe(IMMUTABLE);
    expect(gunzipSync(await bytes(gz)).toString()).toBe(js);

    const plain = await get('/app/assets/index-AbC123xy.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(plain.headers.get('cache-control')).toBe(IMMUTABLE);
    expect((await bytes(plain)).toString()).toBe(js);
  });

  it('keeps the security headers on assets and the shell', async () => {
    for (const path of ['/app/assets/index-AbC123xy.js', '/app/', '/app/funds']) {
      const res = await get(path, { 'accept-encoding': 'br' });
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('a missing asset is a 404, not the HTML shell', async () => {
    const res = await get('/app/assets/index-Old000.js');
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).not.toBe(IMMUTABLE);
  });

  it('the shell (index.html) is no-cache, compressed, and revalidates with its ETag to a 304', async () => {
    const first = await get('/app/funds', { 'accept-encoding': 'gzip' });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expect(first.headers.get('content-type')).toMatch(/text\/html/);
    expect(first.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(await bytes(first)).toString()).toBe(html);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);

    const again = await get('/app/', { 'if-none-match': etag ?? '' });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');

    const plain = await get('/app/', { 'if-none-match': '"other"' });
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(html);
  });
});
