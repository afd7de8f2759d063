import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { ADMIN_PASSWORD, createHarness, PASSWORD, seedWorld, type Harness } from '../testing/harness';
import { resolveClientIp, trustedProxies } from './proxies';

/**
 * Issue 12, availability and limits (items 1–4): each attack replayed as a request, with the answer it
 * gets now. Items 1–3 live beside their modules' limits; this file replays them over HTTP.
 */
let h: Harness;
let adminToken = '';
beforeAll(async () => {
  h = await createHarness();
  await seedWorld(h.db);
  adminToken = await h.login('admin', ADMIN_PASSWORD);
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
