import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { createLogger } from '../logger';
import { ADMIN_PASSWORD, createHarness, seedWorld, type Harness, type World } from '../testing/harness';

// Issue 12, items 5–9 (personal data, Law 91/2025), each replayed as a request.

let h: Harness;
let w: World;
const t = { admin: '', upper1: '', standing1: '', village1: '' };

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  t.admin = await h.login('admin', ADMIN_PASSWORD);
  for (const u of ['upper1', 'standing1', 'village1'] as const) t[u] = await h.login(u);
});
afterAll(async () => h?.close());

type AuditItem = { action: string; entity: string; entityId: string | null; before: unknown; after: unknown };
const audit = async (token: string, query: string) => {
  const res = await h.request('GET', `/api/v1/audit?${query}`, { token });
  expect(res.status).toBe(200);
  return (res.body as { items: AuditItem[] }).items;
};

/** The app on the same database, its log captured as text. */
function appWithCapturedLog() {
  const lines: string[] = [];
  const app = buildApp({
    db: h.db,
    dbKind: h.kind,
    logger: createLogger('info', { write: (s: string) => void lines.push(s) }),
    trustProxy: true,
    storageDir: h.storageDir,
  });
  return { app, log: () => lines.join('') };
}

describe('item 5: a failed query logs no parameters', () => {
  it('a password change that fails in the database logs neither the new scrypt hash nor the row', async () => {
    const { app, log } = appWithCapturedLog();
    const token = await h.login('village1');
    await h.db.execute(sql.raw('alter table users add constraint test_refuse_update check (false) not valid'));
    try {
      const res = await app.request('/api/v1/me/password', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ currentPassword: 'Test-Password-1', newPassword: 'Moi-Mat-Khau-2026!' }),
      });
      expect(res.status).toBe(500);
    } finally {
      await h.db.execute(sql.raw('alter table users drop constraint test_refuse_update'));
    }
    const text = log();
    expect(text).toContain('unhandled error');
    expect(text).toContain('test_refuse_update');
    expect(text).toContain('params: [redacted]');
    expect(text).not.toContain('scrypt$');
    expect(text).not.toContain('village1');
  });

  it("a petition that fails in the database logs neither the sender's phone nor name", async () => {
    const { app, log } = appWithCapturedLog();
    await h.db.execute(sql.raw('alter table petitions add constraint test_refuse_insert check (false) not valid'));
    try {
      const res = await app.request('/api/v1/petitions', {
        method: 'POST',
        headers: { authorization: `Bearer ${t.standing1}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          communeId: w.C1.id,
          content: 'Đề nghị sửa đường',
          field: 'infrastructure',
          agency: 'ubnd_xa',
          submitterName: 'Trần Thị Bí Mật',
          submitterContact: '0987 654 321',
        }),
      });
      expect(res.status).toBe(500);
    } finally {
      await h.db.execute(sql.raw('alter table petitions drop constraint test_refuse_insert'));
    }
    const text = log();
    expect(text).toContain('test_refuse_insert');
    expect(text).not.toContain('0987 654 321');
    expect(text).not.toContain('Bí Mật');
  });
});

describe('item 6: the audit log carries no personal data its reader could not read at the source', () => {
  it("the province reads a petition's audit rows without the sender's name, contact or address", async () => {
    const res = await h.request('POST', '/api/v1/petitions', {
      token: t.standing1,
      body: {
        communeId: w.C1.id,
        content: 'Đề nghị lắp đèn đường',
        field: 'infrastructure',
        agency: 'ubnd_xa',
        submitterName: 'Lê Văn Kín',
        submitterContact: '0911 222 333',
        submitterAddress: 'Xóm Giữa',
      },
    });
    expect(res.status).toBe(201);
    const id = (res.body as { id: string }).id;
    const byUpper = await h.request('GET', `/api/v1/petitions/${id}`, { token: t.upper1 });
    expect(byUpper.status).toBe(200);
    expect(byUpper.body).toMatchObject({ submitterName: null, submitterContact: null, hasSubmitter: true });

    const rows = await audit(t.upper1, `entity=petition&entityId=${id}`);
    expect(rows.map((r) => r.action)).toEqual(['petition.create']);
    const text = JSON.stringify(rows);
    for (const secret of ['Lê Văn Kín', '0911 222 333', 'Xóm Giữa']) expect(text).not.toContain(secret);
    expect(rows[0]?.after).toMatchObject({ submitterName: '(có)', submitterContact: '(có)', submitterAddress: '(có)' });
  });
});

describe('item 8: erasure reaches every copy of the name', () => {
  it('after a household is erased, no household.list or household.export row keeps a search for the name', async () => {
    const created = await h.request('POST', '/api/v1/households', {
      token: t.standing1,
      body: { villageId: w.V1.id, headName: 'Phạm Thị Xuyến', address: 'Xóm 7', phone: '0977000111', members: 2 },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = (created.body as { id: string }).id;
    const searches = ['Phạm Thị Xuyến', 'pham thi xuyen', 'XUYẾN', 'Hoàng Văn Khác'];
    for (const q of searches) {
      const res = await h.request('GET', `/api/v1/households?q=${encodeURIComponent(q)}`, { token: t.standing1 });
      expect(res.status).toBe(200);
    }
    const byUpper = await h.request('GET', `/api/v1/households?q=${encodeURIComponent('Thị Xuyến')}`, {
      token: t.upper1,
    });
    expect(byUpper.status).toBe(200);
    const exported = await h.request('GET', `/api/v1/households/export.xlsx?q=${encodeURIComponent('Xuyến')}`, {
      token: t.standing1,
    });
    expect(exported.status).toBe(200);
    const logged = JSON.stringify(await audit(t.admin, 'entity=household_list&limit=500'));
    expect(logged).toContain('Phạm Thị Xuyến');

    const erased = await h.request('POST', `/api/v1/households/${id}/erase`, {
      token: t.standing1,
      body: { reason: 'Người dân yêu cầu' },
    });
    expect(erased.status).toBe(200);
    const rows = await audit(t.admin, 'entity=household_list&limit=500');
    const text = JSON.stringify(rows);
    for (const q of ['Xuyến', 'xuyen', 'XUYẾN']) expect(text).not.toContain(q);
    // A search that did not match the name is kept as it was.
    expect(text).toContain('Hoàng Văn Khác');
    expect(JSON.stringify(await audit(t.admin, `entityId=${id}`))).not.toContain('Xuyến');
  });
});
