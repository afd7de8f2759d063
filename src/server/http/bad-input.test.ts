import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createHarness, seedWorld, type ErrorBody, type Harness, type World } from '../testing/harness';

/**
 * Every POST/PATCH/PUT of the foundation, fed bad input: each answer is a 4xx naming the field
 * (malformed JSON has no field to name) and nothing is written — row and audit counts unchanged.
 */
let h: Harness;
let w: World;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  tokens.admin = await h.login('admin', ADMIN_PASSWORD);
  tokens.standing = await h.login('standing1');
});
afterAll(async () => h?.close());

const LONG = 'x'.repeat(10_000);

type Case = {
  name: string;
  as: 'admin' | 'standing';
  method: string;
  path: (w: World) => string;
  body?: (w: World) => unknown;
  raw?: string;
  status: number;
  field: string | null;
};

const unitCases: Case[] = [
  {
    name: 'wrong type',
    as: 'admin',
    method: 'POST',
    path: () => '/api/v1/units',
    body: (w) => ({ level: 'village', name: 123, parentId: w.C1.id }),
    status: 422,
    field: 'name',
  },
  {
    name: 'missing fields',
    as: 'admin',
    method: 'POST',
    path: () => '/api/v1/units',
    body: () => ({}),
    status: 422,
    field: 'level',
  },
  {
    name: '10,000-character name',
    as: 'admin',
    method: 'POST',
    path: () => '/api/v1/units',
    body: (w) => ({ level: 'village', name: LONG, parentId: w.C1.id }),
    status: 422,
    field: 'name',
  },
  {
    name: 'unknown level',
    as: 'admin',
    method: 'POST',
    path: () => '/api/v1/units',
    body: (w) => ({ level: 'hamlet', name: 'Xóm', parentId: w.C1.id }),
    status: 422,
    field: 'level',
  },
  {
    name: 'malformed JSON',
    as: 'admin',
    method: 'POST',
    path: () => '/api/v1/units',
    raw: '{"level": "village", ',
    status: 400,
    field: null,
  },
  {
    name: 'parent of another commune',
    as: 'standing',
    method: 'POST',
    path: () => '/api/v1/units',
    body: (w) => ({ level: 'village', name: 'Thôn lạ', parentId: w.C3.id }),
    status: 404,
    field: 'parentId',
  },
  {
    name: 'village under a province',
    as: 'admin',
    method: 'POST',
    path: () => '/api/v1/units',
    body: (w) => ({ level: 'village', name: 'Thôn lạc', parentId: w.P1.id }),
    status: 422,
    field: 'parentId',
  },
  {
    name: 'province with a parent',
    as: 'admin',
    method: 'POST',
    path: () => '/api/v1/units',
    body: (w) => ({ level: 'province', name: 'Tỉnh lạ', parentId: w.P1.id }),
    status: 422,
    field: 'parentId',
  },
  {
    name: 'parentId not a uuid',
    as: 'admin',
    method: 'POST',
    path: () => '/api/v1/units',
    body: () => ({ level: 'village', name: 'Thôn', parentId: 'abc' }),
    status: 422,
    field: 'parentId',
  },
  {
    name: 'PATCH wrong type',
    as: 'standing',
    method: 'PATCH',
    path: (w) => `/api/v1/units/${w.V1.id}`,
    body: () => ({ name: 42 }),
    status: 422,
    field: 'name',
  },
  {
    name: 'PATCH 10,000-character name',
    as: 'standing',
    method: 'PATCH',
    path: (w) => `/api/v1/units/${w.V1.id}`,
    body: () => ({ name: LONG }),
    status: 422,
    field: 'name',
  },
  {
    name: 'PATCH bad email',
    as: 'standing',
    method: 'PATCH',
    path: (w) => `/api/v1/units/${w.C1.id}`,
    body: () => ({ settings: { email: 'not-an-email' } }),
    status: 422,
    field: 'settings.email',
  },
  {
    name: 'PATCH unknown field',
    as: 'standing',
    method: 'PATCH',
    path: (w) => `/api/v1/units/${w.V1.id}`,
    body: () => ({ colour: 'red' }),
    status: 422,
    field: 'colour',
  },
  {
    name: 'PATCH malformed JSON',
    as: 'standing',
    method: 'PATCH',
    path: (w) => `/api/v1/units/${w.V1.id}`,
    raw: '{name:',
    status: 400,
    field: null,
  },
  {
    name: 'PATCH id not a uuid',
    as: 'standing',
    method: 'PATCH',
    path: () => '/api/v1/units/123',
    body: () => ({ name: 'A' }),
    status: 422,
    field: 'id',
  },
  {
    name: 'PATCH a unit of another commune',
    as: 'standing',
    method: 'PATCH',
    path: (w) => `/api/v1/units/${w.V4.id}`,
    body: () => ({ name: 'Đổi tên' }),
    status: 404,
    field: null,
  },
];

const orgCases: Case[] = [
  {
    name: 'missing shortName',
    as: 'standing',
    method: 'POST',
    path: () => '/api/v1/organizations',
    body: (w) => ({ communeId: w.C1.id, name: 'Hội mới' }),
    status: 422,
    field: 'shortName',
  },
  {
    name: '10,000-character name',
    as: 'standing',
    method: 'POST',
    path: () => '/api/v1/organizations',
    body: (w) => ({ communeId: w.C1.id, name: LONG, shortName: 'HM' }),
    status: 422,
    field: 'name',
  },
  {
    name: 'wrong type',
    as: 'standing',
    method: 'POST',
    path: () => '/api/v1/organizations',
    body: () => ({ communeId: 5, name: 'Hội', shortName: 'H' }),
    status: 422,
    field: 'communeId',
  },
  {
    name: 'commune of another province',
    as: 'standing',
    method: 'POST',
    path: () => '/api/v1/organizations',
    body: (w) => ({ communeId: w.C3.id, name: 'Hội', shortName: 'H' }),
    status: 404,
    field: 'communeId',
  },
  {
    name: 'a village as commune',
    as: 'standing',
    method: 'POST',
    path: () => '/api/v1/organizations',
    body: (w) => ({ communeId: w.V1.id, name: 'Hội', shortName: 'H' }),
    status: 404,
    field: 'communeId',
  },
  {
    name: 'malformed JSON',
    as: 'standing',
    method: 'POST',
    path: () => '/api/v1/organizations',
    raw: 'nope',
    status: 400,
    field: null,
  },
  {
    name: 'duplicate short name',
    as: 'standing',
    method: 'POST',
    path: () => '/api/v1/organizations',
    body: (w) => ({ communeId: w.C1.id, name: 'Hội khác', shortName: 'pn1' }),
    status: 409,
    field: 'shortName',
  },
  {
    name: 'PATCH wrong type',
    as: 'standing',
    method: 'PATCH',
    path: (w) => `/api/v1/organizations/${w.O1.id}`,
    body: () => ({ active: 'yes' }),
    status: 422,
    field: 'active',
  },
  {
    name: 'PATCH 10,000-character name',
    as: 'standing',
    method: 'PATCH',
    path: (w) => `/api/v1/organizations/${w.O1.id}`,
    body: () => ({ name: LONG }),
    status: 422,
    field: 'name',
  },
  {
    name: 'PATCH malformed JSON',
    as: 'standing',
    method: 'PATCH',
    path: (w) => `/api/v1/organizations/${w.O1.id}`,
    raw: '[',
    status: 400,
    field: null,
  },
];

const newUser = (over: Record<string, unknown>) => (w: World) => ({
  username: 'moi',
  password: 'Mat-khau-moi-1',
  fullName: 'Người Mới',
  roles: [{ role: 'village_lead', unitId: w.V1.id }],
  ...over,
});

const userCases: Case[] = [
  {
    name: 'unknown role',
    as: 'standing',
    method: 'POST',
    path: () => '/api/v1/users',
    body: (w) => newUser({ roles: [{ role: 'king', unitId: w.V1.id }] })(w),
    status: 422,
    field: 'roles.0.role',
  },
  {
    name: 'missing password',
    as: 'standing',
    method: 'POST',
    path: () => '/api/v1/users',
    body: (w) => newUser({ password: undefined })(w),
    status: 422,
    field: 'password',
  },
  {
    name: 'password under 10 characters',
    as: 'standing',
    method: 'POST',
    path: () => '/api/v1/users',
    body: newUser({ password: 'short-1' }),
    status: 422,
    field: 'password',
  },
  {
    name: '10,000-character full name',
    as: 'standing',
    method: 'POST',
    path: () => '/api/v1/users',
    body: newUser({ fullName: LONG }),
    status: 422,
    field: 'fullName',
  },
  {
    name: 'username with spaces',
    as: 'standing',
    method: 'POST',
    path: () => '/api/v1/users',
    body: newUser({ username: 'ông ba' }),
    status: 422,
    field: 'username',
  },
  {
    name: 'no roles',
    as: 'standing',
    method: 'POST',
    path: () => '/api/v1/users',
    body: newUser({ roles: [] }),
    status: 422,
    field: 'roles',
  },
  {
    name: 'wrong type',
    as: 'standing',
    method: 'POST',
    path: () => '/api/v1/users',
    body: newUser({ roles: 'village_lead' }),
    status: 422,
    field: 'roles',
  },
  {
    name: 'village of another commune',
    as: 'standing',
    method: 'POST',
    path: () => '/api/v1/users',
    body: (w) => newUser({ roles: [{ role: 'village_lead', unitId: w.V4.id }] })(w),
    status: 404,
    field: 'roles.0.unitId',
  },
  {
    name: 'village head bound to a commune',
    as: 'standing',
    method: 'POST',
    path: () => '/api/v1/users',
    body: (w) => newUser({ roles: [{ role: 'village_lead', unitId: w.C1.id }] })(w),
    status: 422,
    field: 'roles.0.unitId',
  },
  {
    name: 'org lead without organisation',
    as: 'standing',
    method: 'POST',
    path: () => '/api/v1/users',
    body: newUser({ roles: [{ role: 'org_lead' }] }),
    status: 422,
    field: 'roles.0.organizationId',
  },
  {
    name: 'granting admin',
    as: 'standing',
    method: 'POST',
    path: () => '/api/v1/users',
    body: newUser({ roles: [{ role: 'admin' }] }),
    status: 403,
    field: 'roles.0',
  },
  {
    name: 'taken username',
    as: 'standing',
    method: 'POST',
    path: () => '/api/v1/users',
    body: newUser({ username: 'Village1' }),
    status: 409,
    field: 'username',
  },
  {
    name: 'malformed JSON',
    as: 'standing',
    method: 'POST',
    path: () => '/api/v1/users',
    raw: '{"username":',
    status: 400,
    field: null,
  },
  {
    name: 'PUT roles unknown role',
    as: 'standing',
    method: 'PUT',
    path: (w) => `/api/v1/users/${w.users.target_own}/roles`,
    body: () => ({ roles: [{ role: 'boss' }] }),
    status: 422,
    field: 'roles.0.role',
  },
  {
    name: 'PUT roles foreign village',
    as: 'standing',
    method: 'PUT',
    path: (w) => `/api/v1/users/${w.users.target_own}/roles`,
    body: (w) => ({ roles: [{ role: 'village_lead', unitId: w.V3.id }] }),
    status: 404,
    field: 'roles.0.unitId',
  },
  {
    name: 'PUT roles malformed JSON',
    as: 'standing',
    method: 'PUT',
    path: (w) => `/api/v1/users/${w.users.target_own}/roles`,
    raw: '}',
    status: 400,
    field: null,
  },
  {
    name: 'reset password too short',
    as: 'standing',
    method: 'POST',
    path: (w) => `/api/v1/users/${w.users.target_own}/password`,
    body: () => ({ newPassword: '123' }),
    status: 422,
    field: 'newPassword',
  },
  {
    name: 'own password missing fields',
    as: 'standing',
    method: 'POST',
    path: () => '/api/v1/me/password',
    body: () => ({}),
    status: 422,
    field: 'currentPassword',
  },
  {
    name: 'login missing username',
    as: 'standing',
    method: 'POST',
    path: () => '/api/v1/auth/login',
    body: () => ({ password: 'x' }),
    status: 422,
    field: 'username',
  },
  {
    name: 'login 10,000-character username',
    as: 'standing',
    method: 'POST',
    path: () => '/api/v1/auth/login',
    body: () => ({ username: LONG, password: 'x' }),
    status: 422,
    field: 'username',
  },
  {
    name: 'login malformed JSON',
    as: 'standing',
    method: 'POST',
    path: () => '/api/v1/auth/login',
    raw: '{',
    status: 400,
    field: null,
  },
];

for (const [group, cases] of [
  ['units', unitCases],
  ['organisations', orgCases],
  ['users and auth', userCases],
] as const) {
  describe(`bad input: ${group}`, () => {
    for (const c of cases) {
      it(`${c.method} ${c.name} → ${c.status}${c.field ? ` naming ${c.field}` : ''}, nothing written`, async () => {
        const before = await h.counts();
        const res = await h.request(c.method, c.path(w), { token: tokens[c.as], body: c.body?.(w), raw: c.raw });
        expect(res.status).toBe(c.status);
        const err = (res.body as ErrorBody).error;
        expect(err.message).toMatch(/\p{L}/u);
        if (c.field) {
          expect(Object.keys(err.fields ?? {})).toContain(c.field);
          // Field messages are Vietnamese, never zod's English defaults.
          expect(err.fields?.[c.field]).not.toMatch(/Invalid|expected|Required/);
        }
        const after = await h.counts();
        const { sessions: _s, ...rows } = after;
        const { sessions: _b, ...rowsBefore } = before;
        expect(rows).toEqual(rowsBefore);
      });
    }
  });
}
