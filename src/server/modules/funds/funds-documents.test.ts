import { mkdirSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, type Items } from '../../testing/harness';
import { DEMO_PASSWORD, loadDemo } from '../../demo/load-demo';
import { pdfAvailable, pdfInfo, pdfToPngPages, pdfToText, popplerAvailable } from '../documents/render-pdf';
import { docxParagraphTexts } from '../documents/zip-read';
import { reasonOf } from './receipt-document';

/** Receipts and the public disclosure as the documents people print, open in Excel, and read on the portal. */
let h: Harness;
let btt: string;
let islandsDrive = '';
let vnnDrive = '';
let receiptId = '';
const available = pdfAvailable() && popplerAvailable();
const required = process.env.REQUIRE_SYSTEM_DEPS === '1';
if (!available)
  console.log(
    `SKIPPED: PDF checks need soffice and poppler-utils${required ? ' — REQUIRE_SYSTEM_DEPS=1, failing' : ''}`,
  );
const OUT = process.env.DOC_PNG_DIR ?? '/tmp/mattran-funds-docs';

beforeAll(async () => {
  h = await createHarness();
  await loadDemo(h.db);
  btt = await h.login('btt', DEMO_PASSWORD);
  const funds = (await h.request('GET', '/api/v1/funds', { token: btt })).body as Items<{ id: string; name: string }>;
  for (const f of funds.items) {
    const drives = (await h.request('GET', `/api/v1/drives?fundId=${f.id}`, { token: btt })).body as Items<{
      id: string;
      code: string;
    }>;
    for (const d of drives.items) {
      if (d.code === 'BIENDAO2023') islandsDrive = d.id;
      if (d.code === 'VNN2023') vnnDrive = d.id;
    }
  }
  const r = await h.request('POST', '/api/v1/donations', {
    token: btt,
    body: {
      fundId: funds.items.find((f) => f.name.includes('người nghèo'))?.id,
      driveId: vnnDrive,
      donorKind: 'business',
      donorName: 'Cửa hàng Minh Phát',
      amount: 1_050_000,
      inKindDescription: '10 bao gạo',
      inKindValue: 2_000_000,
      date: '2023-01-15',
    },
  });
  receiptId = (r.body as { id: string }).id;
});
afterAll(async () => h?.close());

describe('the printed receipt', () => {
  it('is a .docx with number, cash and goods apart, their sum, and the amount in words', async () => {
    const res = await h.app.request(`/api/v1/donations/${receiptId}/receipt.docx`, {
      headers: { authorization: `Bearer ${btt}` },
    });
    expect(res.status).toBe(200);
    const texts = docxParagraphTexts(Buffer.from(await res.arrayBuffer())).join('\n');
    expect(texts).toContain('PHIẾU THU');
    expect(texts).toMatch(/PT-2023-\d{4}/);
    expect(texts).toContain('1.050.000 đồng');
    expect(texts).toContain('Một triệu không trăm năm mươi nghìn đồng');
    expect(texts).toContain('10 bao gạo');
    expect(texts).toContain('3.050.000 đồng');
    expect(texts).toContain('Ba triệu không trăm năm mươi nghìn đồng');
  });

  it('is out of reach of another commune', async () => {
    const res = await h.app.request(`/api/v1/donations/${receiptId}/receipt.docx`);
    expect(res.status).toBe(401);
  });

  if (!available && required)
    it('has soffice and poppler-utils (REQUIRE_SYSTEM_DEPS=1)', () => {
      throw new Error('REQUIRE_SYSTEM_DEPS=1 but soffice/poppler are missing');
    });

  it.skipIf(!available)('prints as a one-page A5 PDF', async () => {
    const res = await h.app.request(`/api/v1/donations/${receiptId}/receipt.pdf`, {
      headers: { authorization: `Bearer ${btt}` },
    });
    expect(res.status).toBe(200);
    const pdf = Buffer.from(await res.arrayBuffer());
    const info = await pdfInfo(pdf);
    expect(info.pages).toBe(1);
    expect(Math.round(info.widthPt)).toBe(420);
    const text = await pdfToText(pdf);
    expect(text).toContain('PHIẾU THU');
    expect(text).toContain('Thủ quỹ');
    mkdirSync(OUT, { recursive: true });
    await pdfToPngPages(pdf, OUT, { prefix: 'receipt' });
  });
});

describe('the public disclosure', () => {
  it('is a portal page without login: donors, payouts, balance and a VietQR code', async () => {
    const res = await h.app.request(`/cong-khai/${vnnDrive}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Nhà hảo tâm');
    expect(html).toContain('Công ty TNHH Vật liệu Hồng Phát');
    expect(html).toContain('PC-2023-0001');
    expect(html).toContain('<svg');
    expect(html).toContain('VNN2023');
    expect(html).toContain(`/cong-khai/${vnnDrive}.pdf`);
    const home = await (await h.app.request('/')).text();
    expect(home).toContain(`/cong-khai/${islandsDrive}`);
    expect((await h.app.request('/cong-khai/00000000-0000-0000-0000-000000000000')).status).toBe(404);
  });

  it('downloads as .xlsx with the totals from the ledger', async () => {
    const res = await h.app.request(`/cong-khai/${islandsDrive}.xlsx`);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.worksheets[0];
    const values: unknown[] = [];
    ws?.eachRow((row) => values.push(...(row.values as unknown[])));
    expect(values).toContain(72_925_000);
    expect(values).toContain('Hội Liên hiệp Phụ nữ xã Hồng Sơn');
  });

  it.skipIf(!available)('downloads as a PDF notice', async () => {
    expect((await h.app.request(`/cong-khai/${islandsDrive}.pdf`)).status).toBe(202);
    await h.jobs.runNext();
    const res = await h.app.request(`/cong-khai/${islandsDrive}.pdf`);
    expect(res.status).toBe(200);
    const pdf = Buffer.from(await res.arrayBuffer());
    const text = await pdfToText(pdf);
    expect(text).toContain('72.925.000 đồng, đạt 161%');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    mkdirSync(OUT, { recursive: true });
    await pdfToPngPages(pdf, OUT, { prefix: 'disclosure' });
  });
});

describe('the receipt’s reason line', () => {
  it('says “Ủng hộ” once, whether or not the drive’s name already does', () => {
    expect(reasonOf('Vận động ủng hộ đồng bào bão lũ', 'Quỹ Cứu trợ')).toBe(
      'Vận động ủng hộ đồng bào bão lũ (Quỹ Cứu trợ)',
    );
    expect(reasonOf('Tết vì người nghèo 2026', 'Quỹ Vì người nghèo')).toBe(
      'Ủng hộ Tết vì người nghèo 2026 (Quỹ Vì người nghèo)',
    );
    expect(reasonOf(null, 'Quỹ Vì người nghèo')).toBe('Ủng hộ Quỹ Vì người nghèo');
  });
});
