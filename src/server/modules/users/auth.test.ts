import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  createHarness,
  PASSWORD,
  seedWorld,
  type ErrorBody,
  type Harness,
  type World,
} from '../../testing/harness';
import { IP_MAX_FAILURES, PAIR_FREE_FAILURES } from './commands/login';
import { hashPassword, verifyPassword } from './password';

let h: Harness;
let w: World;
let adminToken: string;
beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  adminToken = await h.login('admin', ADMIN_PASSWORD);
});
afterAll(async () => h?.close());

type Me = { username: string; roles: { role: string; unitId: string | null }[]; permissions: { manageUsers: boolean } };
type Audit = {
  items: {
    action: string;
    entity: string;
    entityId: string | null;
    actorUsername: string | null;
    before: unknown;
    after: unknown;
  }[];
};

async function lastAudit(action: string) {
  const res = await h.request('GET', '/api/v1/audit?limit=500', { token: adminToken });
  return (res.body as Audit).items.find((r) => r.action === action);
}

describe('passwords', () => {
  it('are hashed with scrypt and verified', async () => {
    const hash = await hashPassword('Mật-khẩu-dài-1');
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(hash).not.toContain('Mật-khẩu');
    expect(await verifyPassword('Mật-khẩu-dài-1', hash)).toBe(true);
    expect(await verifyPassword('Mật-khẩu-dài-2', hash)).toBe(false);
  });
});

describe('login, me, logout', () => {
  it('logs in with a bearer token and a session cookie, and /me tells who and what', async () => {
    const res = await h.request('POST', '/api/v1/auth/login', { body: { username: 'Standing1 ', password: PASSWORD } });
    expect(res.status).toBe(200);
    const { token, user } = res.body as { token: string; user: { username: string } };
    expect(user.username).toBe('standing1');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^mattran_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // plain http

    const viaBearer = await h.request('GET', '/api/v1/me', { token });
    expect(viaBearer.status).toBe(200);
    expect((viaBearer.body as Me).roles).toEqual([expect.objectContaining({ role: 'standing', unitId: w.C1.id })]);
    expect((viaBearer.body as Me).permissions.manageUsers).toBe(true);

    const viaCookie = await h.request('GET', '/api/v1/me', { headers: { cookie: cookie.split(';')[0] ?? '' } });
    expect(viaCookie.status).toBe(200);
    expect((viaCookie.body as Me).username).toBe('standing1');
    expect(await lastAudit('auth.login')).toMatchObject({ entity: 'session', actorUsername: 'standing1' });

    const out = await h.request('POST', '/api/v1/auth/logout', { token });
    expect(out.status).toBe(200);
    expect((await h.request('GET', '/api/v1/me', { token })).status).toBe(401);
    expect(await lastAudit('auth.logout')).toMatchObject({ entity: 'session', actorUsername: 'standing1' });
  });

  it('marks the cookie Secure behind HTTPS', async () => {
    const res = await h.app.request('https://mattran.example/api/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.1' },
      body: JSON.stringify({ username: 'viewer1', password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
  });

  it('refuses a wrong password with 401 naming the field, and an anonymous caller with 401', async () => {
    const res = await h.request('POST', '/api/v1/auth/login', {
      body: { username: 'viewer1', password: 'wrong-password' },
    });
    expect(res.status).toBe(401);
    expect((res.body as ErrorBody).error).toMatchObject({
      code: 'invalid_credentials',
      fields: { password: expect.any(String) },
    });
    expect((await h.request('GET', '/api/v1/me')).status).toBe(401);
    expect((await h.request('GET', '/api/v1/units', { token: 'not-a-token' })).status).toBe(401);
  });
});

describe('login throttling', () => {
  it('failures slow down the address that made them; the right password from another address logs in', async () => {
    const attacker = { 'x-forwarded-for': '203.0.113.8' };
    for (let i = 0; i < PAIR_FREE_FAILURES; i++) {
      const r = await h.request('POST', '/api/v1/auth/login', {
        headers: attacker,
        body: { username: i % 2 ? 'TARGET_SIBLING' : ' target_sibling ', password: `wrong-${i}-password` },
      });
      expect(r.status).toBe(401);
    }
    const res = await h.request('POST', '/api/v1/auth/login', {
      headers: attacker,
      body: { username: 'target_sibling', password: PASSWORD },
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((res.body as ErrorBody).error.code).toBe('too_many_attempts');
    const owner = await h.request('POST', '/api/v1/auth/login', {
      headers: { 'x-forwarded-for': '198.51.100.8' },
      body: { username: 'target_sibling', password: PASSWORD },
    });
    expect(owner.status).toBe(200);
  });

  it('throttles by IP across usernames', async () => {
    const ip = { 'x-forwarded-for': '203.0.113.9' };
    const post = (username: string, password: string) =>
      h.request('POST', '/api/v1/auth/login', { headers: ip, body: { username, password } });
    for (let i = 0; i < IP_MAX_FAILURES; i++) expect((await post(`nobody${i}`, 'whatever-pass')).status).toBe(401);
    const blocked = await post('viewer1', PASSWORD);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(800);
    // Another IP is not affected.
    const other = await h.request('POST', '/api/v1/auth/login', {
      headers: { 'x-forwarded-for': '203.0.113.10' },
      body: { username: 'viewer1', password: PASSWORD },
    });
    expect(other.status).toBe(200);
  });
});

describe('own password', () => {
  it('needs the current password and at least 10 characters; other sessions end', async () => {
    const t1 = await h.login('target_own');
    const t2 = await h.login('target_own');
    const short = await h.request('POST', '/api/v1/me/password', {
      token: t1,
      body: { currentPassword: PASSWORD, newPassword: 'short' },
    });
    expect(short.status).toBe(422);
    expect((short.body as ErrorBody).error.fields).toHaveProperty('newPassword');
    const wrong = await h.request('POST', '/api/v1/me/password', {
      token: t1,
      body: { currentPassword: 'not-it-at-all', newPassword: 'Brand-New-Pass-1' },
    });
    expect(wrong.status).toBe(422);
    expect((wrong.body as ErrorBody).error.fields).toHaveProperty('currentPassword');

    const ok = await h.request('POST', '/api/v1/me/password', {
      token: t1,
      body: { currentPassword: PASSWORD, newPassword: 'Brand-New-Pass-1' },
    });
    expect(ok.status).toBe(200);
    expect((await h.request('GET', '/api/v1/me', { token: t1 })).status).toBe(200);
    expect((await h.request('GET', '/api/v1/me', { token: t2 })).status).toBe(401);
    expect(
      (await h.request('POST', '/api/v1/auth/login', { body: { username: 'target_own', password: PASSWORD } })).status,
    ).toBe(401);
    await h.login('target_own', 'Brand-New-Pass-1');
    expect(await lastAudit('user.change_password')).toMatchObject({ entity: 'user', entityId: w.users.target_own });
  });
});

describe('disabling a user', () => {
  it('ends their sessions at once and blocks login until enabled again', async () => {
    const victim = await h.login('viewer1');
    const admin = await h.login('admin', ADMIN_PASSWORD);
    const res = await h.request('POST', `/api/v1/users/${w.users.viewer1}/disable`, { token: admin });
    expect(res.status).toBe(200);
    expect((res.body as { disabled: boolean }).disabled).toBe(true);
    expect((await h.request('GET', '/api/v1/me', { token: victim })).status).toBe(401);
    const again = await h.request('POST', '/api/v1/auth/login', { body: { username: 'viewer1', password: PASSWORD } });
    expect(again.status).toBe(403);
    expect((again.body as ErrorBody).error.code).toBe('account_disabled');
    expect(await lastAudit('user.disable')).toMatchObject({
      entityId: w.users.viewer1,
      before: { disabled: false },
      after: { disabled: true },
    });

    expect((await h.request('POST', `/api/v1/users/${w.users.viewer1}/enable`, { token: admin })).status).toBe(200);
    await h.login('viewer1');
    expect(await lastAudit('user.enable')).toMatchObject({ entityId: w.users.viewer1, after: { disabled: false } });
  });

  it('cannot be done to oneself', async () => {
    const standing = await h.login('standing1');
    const res = await h.request('POST', `/api/v1/users/${w.users.standing1}/disable`, { token: standing });
    expect([403, 404]).toContain(res.status);
    expect((await h.request('GET', '/api/v1/me', { token: standing })).status).toBe(200);
  });
});
