import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
