import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { createLogger } from '../logger';
import { renderDocx } from '../modules/documents/render-docx';
import { docxParagraphTexts } from '../modules/documents/zip-read';
import { publicDisclosure } from '../modules/funds/disclosure';
import { disclosureDocument } from '../modules/funds/disclosure-document';
import { receiptChunks } from '../modules/funds/disclosure-files';
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

describe('item 7: reads of one record with personal data are logged and never cached', () => {
  const post = async (token: string, path: string, body: unknown) => {
    const res = await h.request('POST', path, { token, body });
    expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(201);
    return res.body as { id: string };
  };
  /** Reads `path` as standing1 and checks the answer is not cached and one audit row of `action` was written. */
  const readIsLogged = async (path: string, action: string, entityId: string) => {
    const before = (await audit(t.admin, `entityId=${entityId}`)).filter((r) => r.action === action).length;
    const res = await h.request('GET', path, { token: t.standing1 });
    expect(res.status, path).toBe(200);
    expect(res.headers.get('cache-control'), path).toBe('no-store');
    const rows = await audit(t.admin, `entityId=${entityId}`);
    expect(rows[0]?.action, path).toBe(action);
    expect(rows.filter((r) => r.action === action).length, path).toBe(before + 1);
  };

  it('a household', async () => {
    const { id } = await post(t.standing1, '/api/v1/households', {
      villageId: w.V1.id,
      headName: 'Đinh Văn Đọc',
      phone: '0966000222',
      members: 4,
    });
    await readIsLogged(`/api/v1/households/${id}`, 'household.read', id);
  });

  it('a petition with its sender, for those who see the sender (not logged where the sender is hidden)', async () => {
    const { id } = await post(t.standing1, '/api/v1/petitions', {
      communeId: w.C1.id,
      content: 'Đề nghị nạo vét kênh',
      field: 'infrastructure',
      agency: 'ubnd_xa',
      submitterName: 'Vũ Thị Gửi',
      submitterContact: '0933 444 555',
    });
    await readIsLogged(`/api/v1/petitions/${id}`, 'petition.read', id);
    const count = (await audit(t.admin, `entityId=${id}`)).length;
    const byUpper = await h.request('GET', `/api/v1/petitions/${id}`, { token: t.upper1 });
    expect(byUpper.status).toBe(200);
    expect(byUpper.headers.get('cache-control')).toBe('no-store');
    expect((await audit(t.admin, `entityId=${id}`)).length).toBe(count);
  });

  it("a relief programme's supports, a receipt and a consultation's comments", async () => {
    const hid = (
      await post(t.standing1, '/api/v1/households', { villageId: w.V1.id, headName: 'Mai Văn Nhận', members: 2 })
    ).id;
    const program = await post(t.standing1, '/api/v1/relief-programs', {
      communeId: w.C1.id,
      name: 'Tết 2023',
      date: '2023-01-18',
    });
    await post(t.standing1, `/api/v1/relief-programs/${program.id}/supports`, {
      householdId: hid,
      kind: 'cash',
      value: 500_000,
      donorName: 'Công ty Hồng Phát',
    });
    await readIsLogged(`/api/v1/relief-programs/${program.id}/supports`, 'relief_support.list', program.id);

    const fund = await post(t.standing1, '/api/v1/funds', { communeId: w.C1.id, name: 'Quỹ Vì người nghèo' });
    const receipt = await post(t.standing1, '/api/v1/donations', {
      fundId: fund.id,
      donorKind: 'person',
      donorName: 'Cao Thị Tặng',
      amount: 200_000,
      date: '2023-05-15',
    });
    await readIsLogged(`/api/v1/donations/${receipt.id}/receipt.docx`, 'donation.receipt_export', receipt.id);

    const consultation = await post(t.standing1, '/api/v1/consultations', {
      communeId: w.C1.id,
      title: 'Dự thảo Luật Đất đai (sửa đổi)',
      deadline: '2099-03-15',
      opensOn: '2023-01-03',
      articles: [{ ref: 'Điều 1', text: 'Phạm vi điều chỉnh.' }],
    });
    await post(t.standing1, `/api/v1/consultations/${consultation.id}/comments`, {
      articleRef: 'Điều 1',
      content: 'Nên làm rõ.',
      author: 'Tô Văn Góp',
      contact: '0944 555 666',
    });
    await readIsLogged(
      `/api/v1/consultations/${consultation.id}/comments`,
      'consultation_comment.list',
      consultation.id,
    );
    await readIsLogged(
      `/api/v1/consultations/${consultation.id}/synthesis.docx`,
      'consultation.synthesis_export',
      consultation.id,
    );
  });
});

describe("item 9: the donor's choice and no phone or account number on a public page or file", () => {
  it('a receipt records "appear as Nhà hảo tâm"; names stay the default; numbers in texts are masked everywhere', async () => {
    const post = async (path: string, body: unknown, status = 201) => {
      const res = await h.request('POST', path, { token: t.standing1, body });
      expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(status);
      return res.body as { id: string; publicAnonymous?: boolean; error?: { fields?: Record<string, string> } };
    };
    const fund = await post('/api/v1/funds', { communeId: w.C1.id, name: 'Quỹ Cứu trợ' });
    const drive = await post('/api/v1/drives', {
      fundId: fund.id,
      name: 'Ủng hộ đồng bào bị lũ 2023',
      from: '2023-01-01',
      to: '2023-12-31',
      target: 10_000_000,
    });
    const gift = { fundId: fund.id, driveId: drive.id, donorKind: 'person', amount: 300_000, date: '2023-05-15' };
    const hidden = await post('/api/v1/donations', { ...gift, donorName: 'Ngô Văn Kín Đáo', publicAnonymous: true });
    expect(hidden.publicAnonymous).toBe(true);
    const named = await post('/api/v1/donations', { ...gift, donorName: 'Bùi Thị Công Khai' });
    expect(named.publicAnonymous).toBe(false);
    await post('/api/v1/donations', {
      ...gift,
      donorName: 'NGUYEN VAN CHUYEN TK 0501000016789',
      donorAddress: 'Số 9 ngõ Riêng Tư',
      inKindDescription: 'Gạo, liên hệ 0912 345 678',
      inKindValue: 100_000,
    });
    await post('/api/v1/disbursements', {
      fundId: fund.id,
      driveId: drive.id,
      amount: 200_000,
      date: '2023-06-01',
      purpose: 'Hỗ trợ hộ bị lũ, chuyển vào TK 1903456789012',
      recipient: 'Hộ ông Tạ Văn Nhận (ĐT 0987.654.321)',
      decisionRef: 'QĐ 1/QĐ-MTTQ',
    });
    const bad = await post('/api/v1/donations', { ...gift, donorName: 'A', publicAnonymous: 'có' }, 422);
    expect(bad.error?.fields).toHaveProperty('publicAnonymous');

    const secrets = [
      'Ngô Văn Kín Đáo',
      '0501000016789',
      '16789',
      'Riêng Tư',
      '0912',
      '345 678',
      '1903456789012',
      '0987',
    ];
    const api = await h.request('GET', `/api/v1/public/drives/${drive.id}/disclosure`);
    expect(api.status).toBe(200);
    const page = await h.app.request(`/cong-khai/${drive.id}`);
    expect(page.status).toBe(200);
    const xlsx = await h.app.request(`/cong-khai/${drive.id}.xlsx`);
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    const cells: string[] = [];
    for (const ws of wb.worksheets) ws.eachRow((row) => cells.push(JSON.stringify(row.values)));
    // The .pdf is this .docx converted by LibreOffice: the same model.
    const receipts = (await receiptChunks(h.db, drive.id).next()).value ?? [];
    const part = { receipts, firstIndex: 1, volume: 1, volumes: 1, moneyOut: null };
    const docx = docxParagraphTexts(await renderDocx(disclosureDocument(await publicDisclosure(h.db, drive.id), part)));
    const outputs = {
      api: JSON.stringify(api.body),
      page: await page.text(),
      xlsx: cells.join('\n'),
      docx: docx.join('\n'),
    };
    for (const [where, text] of Object.entries(outputs)) {
      for (const secret of secrets) expect(text, `${where}: ${secret}`).not.toContain(secret);
      expect(text, where).toContain('Bùi Thị Công Khai');
      expect(text, where).toContain('Nhà hảo tâm');
      expect(text, where).toContain('0501000016xxx');
    }
    expect(outputs.api).toContain('1903456789xxx');
  });
});
