import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { createLogger } from '../logger';
import {
  ADMIN_PASSWORD,
  PASSWORD,
  createHarness,
  seedWorld,
  type ErrorBody,
  type Harness,
  type World,
} from '../testing/harness';

/**
 * Issue 12 (hardening), items 11, 12 and 18, replayed as the attacker sent them; item 10 lives in the authorisation
 * matrix ("managers manage only grants strictly below their own").
 */
let h: Harness;
let w: World;
const t: Record<string, string> = {};
const fieldsOf = (body: unknown) => (body as ErrorBody).error.fields ?? {};

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  t.admin = await h.login('admin', ADMIN_PASSWORD);
  for (const u of ['upper1', 'standing1']) t[u] = await h.login(u);
});
afterAll(async () => h?.close());

describe('item 11: references and audit rows stay inside the caller’s commune', () => {
  let fundId = '';
  const programs: Record<'C1' | 'C2' | 'C3', string> = { C1: '', C2: '', C3: '' };
  beforeAll(async () => {
    const fund = await h.request('POST', '/api/v1/funds', {
      token: t.standing1,
      body: { communeId: w.C1.id, name: 'Quỹ Vì người nghèo' },
    });
    expect(fund.status).toBe(201);
    fundId = (fund.body as { id: string }).id;
    const gift = await h.request('POST', '/api/v1/donations', {
      token: t.standing1,
      body: { fundId, donorKind: 'person', donorName: 'Nguyễn Văn An', amount: 5_000_000, date: '2023-01-10' },
    });
    expect(gift.status).toBe(201);
    for (const key of ['C1', 'C2', 'C3'] as const) {
      const res = await h.request('POST', '/api/v1/relief-programs', {
        token: t.admin,
        body: { communeId: w[key].id, name: `Tết ${key}`, date: '2023-01-18', targetCategories: ['poor'] },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      programs[key] = (res.body as { id: string }).id;
    }
  });

  const payout = (reliefProgramId: string) => ({
    fundId,
    amount: 100_000,
    date: '2023-02-01',
    purpose: 'Quà Tết',
    recipient: 'Hộ nghèo',
    decisionRef: '01/QĐ-MTTQ',
    reliefProgramId,
  });

  it('a disbursement refuses a relief programme of another commune (404 naming reliefProgramId), writes nothing', async () => {
    const before = await h.counts(['disbursements']);
    for (const [token, program] of [
      [t.standing1, programs.C3], // a commune the committee cannot even read
      [t.admin, programs.C2], // readable to the administrator, but not the fund's commune
    ] as const) {
      const res = await h.request('POST', '/api/v1/disbursements', { token, body: payout(program) });
      expect(res.status).toBe(404);
      expect(fieldsOf(res.body)).toHaveProperty('reliefProgramId');
    }
    expect(await h.counts(['disbursements'])).toEqual(before);
    const own = await h.request('POST', '/api/v1/disbursements', { token: t.standing1, body: payout(programs.C1) });
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    expect((own.body as { reliefProgramId: string }).reliefProgramId).toBe(programs.C1);
  });

  it('households/export.xlsx?communeId= of another commune is a 404 naming the field, with no audit row', async () => {
    const before = await h.counts();
    for (const [token, query] of [
      [t.standing1, `communeId=${w.C3.id}`],
      [t.standing1, `communeId=${w.C2.id}`],
      [t.standing1, `villageId=${w.V4.id}`],
      [t.upper1, `communeId=${w.C3.id}`],
    ] as const) {
      for (const path of ['/api/v1/households/export.xlsx', '/api/v1/households']) {
        const res = await h.request('GET', `${path}?${query}`, { token });
        expect(res.status, `${path}?${query}`).toBe(404);
        expect(Object.keys(fieldsOf(res.body))).toEqual([query.split('=')[0]]);
      }
    }
    expect(await h.counts()).toEqual(before);
    // The caller's own commune (and, for the level above, a commune below it) is still filed where it belongs.
    for (const [token, communeId] of [
      [t.standing1, w.C1.id],
      [t.upper1, w.C2.id],
    ] as const) {
      const res = await h.request('GET', `/api/v1/households/export.xlsx?communeId=${communeId}`, { token });
      expect(res.status).toBe(200);
    }
    const audit = await h.request('GET', '/api/v1/audit?action=household.export&limit=10', { token: t.admin });
    const rows = (audit.body as { items: { action: string; communeId: string | null }[] }).items;
    expect(rows.filter((r) => r.action === 'household.export').map((r) => r.communeId)).not.toContain(w.C3.id);
  });
});

describe('item 12: a cookie-authenticated change must come from our own pages', () => {
  let cookie = '';
  beforeAll(async () => {
    const res = await h.request('POST', '/api/v1/auth/login', { body: { username: 'standing1', password: PASSWORD } });
    cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/^mattran_session=/);
  });
  const disabled = async (id: string) =>
    ((await h.request('GET', `/api/v1/users/${id}`, { token: t.admin })).body as { disabled: boolean }).disabled;

  it('a cross-origin text/plain or form POST with the session cookie is refused (403) and disables nobody', async () => {
    const id = w.users.target_own;
    const before = await h.counts();
    const attacks: Record<string, string>[] = [
      { 'content-type': 'text/plain', origin: 'https://evil.example' },
      { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      { 'content-type': 'text/plain', 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
      { 'content-type': 'multipart/form-data; boundary=x', 'sec-fetch-site': 'same-site' },
      { 'content-type': 'text/plain', origin: 'null' },
    ];
    for (const headers of attacks) {
      const res = await h.request('POST', `/api/v1/users/${id}/disable`, { headers: { cookie, ...headers }, raw: '' });
      expect(res.status, JSON.stringify(headers)).toBe(403);
    }
    expect(await h.counts()).toEqual(before);
    expect(await disabled(id)).toBe(false);
  });

  it('our own pages (same origin), bearer-token calls and the public portal keep working', async () => {
    const id = w.users.target_sibling;
    const sameOrigin = await h.request('POST', `/api/v1/users/${id}/disable`, {
      headers: { cookie, 'sec-fetch-site': 'same-origin', origin: 'http://localhost' },
    });
    expect(sameOrigin.status).toBe(200);
    const originOnly = await h.request('POST', `/api/v1/users/${id}/enable`, {
      headers: { cookie, origin: 'http://localhost' },
    });
    expect(originOnly.status).toBe(200);
    const bearer = await h.request('POST', `/api/v1/users/${id}/disable`, {
      token: t.standing1,
      headers: { origin: 'https://integration.example', 'content-type': 'text/plain' },
      raw: '',
    });
    expect(bearer.status).toBe(200);
    expect(await disabled(id)).toBe(true);
    const portal = await h.app.request('/xa/xa-mot/kien-nghi', { headers: { cookie } });
    expect(portal.status).toBe(200);
  });

  it('behind a proxy that rewrites Host, an Origin equal to PUBLIC_URL is our own; any other is refused', async () => {
    const app = buildApp({
      db: h.db,
      dbKind: h.kind,
      logger: createLogger('silent'),
      trustProxy: false,
      storageDir: h.storageDir,
      publicUrl: 'https://mattran.hongson.gov.vn',
    });
    const id = w.users.target_own;
    const call = (path: string, origin: string) =>
      app.request(path, { method: 'POST', headers: { cookie, host: '127.0.0.1:3000', origin } });
    expect((await call(`/api/v1/users/${id}/disable`, 'https://evil.example')).status).toBe(403);
    expect((await call(`/api/v1/users/${id}/disable`, 'https://mattran.hongson.gov.vn.evil.example')).status).toBe(403);
    expect(await disabled(id)).toBe(false);
    expect((await call(`/api/v1/users/${id}/disable`, 'https://mattran.hongson.gov.vn')).status).toBe(200);
    expect(await disabled(id)).toBe(true);
  });
});

describe('item 18: the commonest and blank passwords are refused', () => {
  const weak = ['1234567890', '          ', 'PassWord123', ' qwertyuiop ', 'aaaaaaaaaaaa', 'Matkhau123'];

  it('on a new account, a reset and one’s own change: 422 naming the field, nothing written', async () => {
    const before = await h.counts();
    for (const [i, password] of weak.entries()) {
      const create = await h.request('POST', '/api/v1/users', {
        token: t.standing1,
        body: {
          username: `yeu${i}`,
          password,
          fullName: 'Mật khẩu yếu',
          roles: [{ role: 'village_lead', unitId: w.V1.id }],
        },
      });
      expect(create.status, password).toBe(422);
      expect(fieldsOf(create.body).password, password).toMatch(/khoảng trắng|phổ biến|lặp lại/);
      const reset = await h.request('POST', `/api/v1/users/${w.users.target_own}/password`, {
        token: t.standing1,
        body: { newPassword: password },
      });
      expect(reset.status, password).toBe(422);
      expect(fieldsOf(reset.body)).toHaveProperty('newPassword');
      const own = await h.request('POST', '/api/v1/me/password', {
        token: t.upper1,
        body: { currentPassword: PASSWORD, newPassword: password },
      });
      expect(own.status, password).toBe(422);
      expect(fieldsOf(own.body)).toHaveProperty('newPassword');
    }
    expect(await h.counts()).toEqual(before);
    const strong = await h.request('POST', `/api/v1/users/${w.users.target_own}/password`, {
      token: t.standing1,
      body: { newPassword: 'Ruộng lúa Hồng Sơn 2026' },
    });
    expect(strong.status).toBe(200);
  });
});
