import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { ADMIN_PASSWORD, createHarness, type ErrorBody, PASSWORD, seedWorld, type Harness } from '../testing/harness';
import { AppError } from '../core/errors';
import { login, PAIR_FREE_FAILURES } from '../modules/users/commands/login';
import { API_JSON_MAX_BYTES } from './body-limit';
import { resolveClientIp, trustedProxies } from './proxies';

/**
 * Issue 12, availability and limits (items 1–4): each attack replayed as a request, with the answer it
 * gets now. Items 1–3 live beside their modules' limits; this file replays them over HTTP.
 */
let h: Harness;
let adminToken = '';
let btt = '';
beforeAll(async () => {
  h = await createHarness();
  await seedWorld(h.db);
  adminToken = await h.login('admin', ADMIN_PASSWORD);
  btt = await h.login('standing1');
});
afterAll(async () => h?.close());

type AuditItems = { items: { action: string; actorUsername: string | null; ip: string | null }[] };

describe('item 4: the client address behind a proxy is the rightmost untrusted X-Forwarded-For hop', () => {
  it('a client-chosen leftmost hop is ignored: the audit log records the address the proxy saw', async () => {
    const res = await h.request('POST', '/api/v1/auth/login', {
      headers: { 'x-forwarded-for': '6.6.6.6, 203.0.113.50' },
      body: { username: 'viewer1', password: PASSWORD },
    });
    expect(res.status).toBe(200);
    const audit = (await h.request('GET', '/api/v1/audit?limit=50', { token: adminToken })).body as AuditItems;
    const login = audit.items.find((r) => r.action === 'auth.login' && r.actorUsername === 'viewer1');
    expect(login?.ip).toBe('203.0.113.50');
  });

  it('skips every configured proxy from the right, and never believes the header from an untrusted peer', () => {
    const proxies = trustedProxies(['127.0.0.1', '10.0.0.0/8', '2001:db8::/32']);
    expect(resolveClientIp('127.0.0.1', '6.6.6.6, 198.51.100.2, 10.1.2.3', proxies)).toBe('198.51.100.2');
    expect(resolveClientIp('::ffff:10.0.0.9', '6.6.6.6, 198.51.100.2, 2001:db8::1', proxies)).toBe('198.51.100.2');
    expect(resolveClientIp('198.51.100.9', '6.6.6.6', proxies)).toBe('198.51.100.9');
    expect(resolveClientIp('127.0.0.1', undefined, proxies)).toBe('127.0.0.1');
    // A malformed hop is the client's text: the hop a trusted proxy wrote to its right is the answer.
    expect(resolveClientIp('127.0.0.1', 'evil, 198.51.100.3, not-an-ip, 10.0.0.1', proxies)).toBe('10.0.0.1');
  });

  it('reads TRUSTED_PROXIES (addresses and CIDR ranges, loopback by default) and refuses anything else', () => {
    expect(loadConfig({}).TRUSTED_PROXIES).toEqual(['127.0.0.0/8', '::1']);
    expect(loadConfig({ TRUSTED_PROXIES: '10.0.0.0/8, 192.0.2.1,::1' }).TRUSTED_PROXIES).toEqual([
      '10.0.0.0/8',
      '192.0.2.1',
      '::1',
    ]);
    expect(() => loadConfig({ TRUSTED_PROXIES: '10.0.0.0/8,proxy.local' })).toThrow(/TRUSTED_PROXIES/);
    expect(() => loadConfig({ TRUSTED_PROXIES: '10.0.0.0/33' })).toThrow(/TRUSTED_PROXIES/);
  });
});

/** A body of `total` bytes that streams in 64 KB chunks with no Content-Length, counting what was read. */
function streamed(total: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      const part = chunk.subarray(0, Math.min(chunk.length, total - sent));
      sent += part.length;
      controller.enqueue(part);
    },
  });
  return { body, read: () => sent };
}

async function post(path: string, init: { body: BodyInit; type: string; token?: string; length?: number }) {
  const headers: Record<string, string> = { 'content-type': init.type, 'x-forwarded-for': '198.51.100.77' };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.length !== undefined) headers['content-length'] = String(init.length);
  const request: RequestInit & { duplex: 'half' } = { method: 'POST', headers, body: init.body, duplex: 'half' };
  const res = await h.app.request(path, request);
  return { status: res.status, body: (await res.json()) as ErrorBody };
}

describe('item 2: request bodies are limited before they are parsed', () => {
  it('a 100 MB JSON body to the unauthenticated login is refused from its length: 413 too_large naming the body', async () => {
    const res = await post('/api/v1/auth/login', {
      body: '{}',
      type: 'application/json',
      length: 100 * 1024 * 1024,
    });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('too_large');
    expect(res.body.error.fields?.body).toMatch(/1 MB/);
  });

  it('a streamed JSON body with no length stops being read just past 1 MB', async () => {
    const big = streamed(100 * 1024 * 1024);
    const res = await post('/api/v1/auth/login', { body: big.body, type: 'application/json' });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('too_large');
    expect(big.read()).toBeLessThan(API_JSON_MAX_BYTES + 256 * 1024);
  });

  it('a JSON body under the limit still reaches validation (422 naming the field, not 413)', async () => {
    const res = await h.request('POST', '/api/v1/auth/login', {
      body: { username: 'x'.repeat(500_000), password: 'whatever-password' },
    });
    expect(res.status).toBe(422);
    expect((res.body as ErrorBody).error.fields?.username).toBeDefined();
  });

  it.each([
    ['evidence', '/api/v1/entries/00000000-0000-4000-8000-000000000000/evidence'],
    ['target import', '/api/v1/targets/import'],
  ])('a 50 MB %s upload is refused while it streams, after about 10 MB', async (_name, path) => {
    const big = streamed(50 * 1024 * 1024);
    const res = await post(path, { body: big.body, type: 'multipart/form-data; boundary=x', token: btt });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('too_large');
    expect(res.body.error.fields?.file).toMatch(/10 MB/);
    expect(big.read()).toBeLessThan(11 * 1024 * 1024);
  });

  it('a bank statement may be 100 MB (issue 16); a larger one is refused while it streams', async () => {
    const big = streamed(120 * 1024 * 1024);
    const path = '/api/v1/funds/00000000-0000-4000-8000-000000000000/bank-statements';
    const res = await post(path, { body: big.body, type: 'multipart/form-data; boundary=x', token: btt });
    expect(res.status).toBe(413);
    expect(res.body.error.fields?.file).toMatch(/100 MB/);
    expect(big.read()).toBeLessThan(101 * 1024 * 1024);
  });

  it('an upload declaring more than any route accepts is refused before its route is found', async () => {
    const res = await post('/api/v1/posts/media', {
      body: '--x--',
      type: 'multipart/form-data; boundary=x',
      length: 500 * 1024 * 1024,
    });
    expect(res.status).toBe(413);
    expect(res.body.error.fields?.file).toBeDefined();
  });
});

describe('item 3: wrong passwords throttle the address, not the account', () => {
  const attacker = { 'x-forwarded-for': '203.0.113.66' };
  const owner = { 'x-forwarded-for': '198.51.100.66' };

  it("an attacker's wrong passwords for ADMIN (any spelling) do not keep the admin out from the admin's own address", async () => {
    const spellings = ['ADMIN', ' admin ', 'Admin', 'admin'];
    for (let i = 0; i < 12; i++) {
      const r = await h.request('POST', '/api/v1/auth/login', {
        headers: attacker,
        body: { username: spellings[i % spellings.length], password: `guess-${i}-password` },
      });
      expect([401, 429]).toContain(r.status);
    }
    // The attacker's own address is slowed down for every spelling of the name, even with the right password.
    const fromAttacker = await h.request('POST', '/api/v1/auth/login', {
      headers: attacker,
      body: { username: ' ADMIN ', password: ADMIN_PASSWORD },
    });
    expect(fromAttacker.status).toBe(429);
    expect(Number(fromAttacker.headers.get('retry-after'))).toBeGreaterThan(0);
    const fromOwner = await h.request('POST', '/api/v1/auth/login', {
      headers: owner,
      body: { username: 'admin', password: ADMIN_PASSWORD },
    });
    expect(fromOwner.status).toBe(200);
  });

  it('the delay grows with each failure after the free ones and a success clears it (injected clock)', async () => {
    const client = { ip: '203.0.113.67', userAgent: null };
    const t0 = Date.UTC(2030, 0, 1);
    const attempt = async (password: string, at: number) => {
      try {
        await login(h.db, { username: 'Viewer1', password }, client, at);
        return { status: 200, retry: 0 };
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        return { status: e.status, retry: Number(e.headers?.['Retry-After'] ?? 0) };
      }
    };
    for (let i = 0; i < PAIR_FREE_FAILURES; i++) expect((await attempt('wrong-password', t0)).status).toBe(401);
    expect(await attempt(PASSWORD, t0)).toEqual({ status: 429, retry: 1 });
    expect((await attempt('wrong-password', t0 + 1000)).status).toBe(401);
    expect(await attempt(PASSWORD, t0 + 1000)).toEqual({ status: 429, retry: 2 });
    expect((await attempt('wrong-password', t0 + 3000)).status).toBe(401);
    expect(await attempt(PASSWORD, t0 + 3000)).toEqual({ status: 429, retry: 4 });
    expect((await attempt(PASSWORD, t0 + 7000)).status).toBe(200);
    // The success cleared the failures: the next wrong password is free again.
    expect((await attempt('wrong-password', t0 + 7001)).status).toBe(401);
    expect((await attempt(PASSWORD, t0 + 7001)).status).toBe(200);
  });
});
