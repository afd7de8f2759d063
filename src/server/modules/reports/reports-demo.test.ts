import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, loadDemo } from '../../demo/load-demo';
import { createHarness, type Harness, type Items } from '../../testing/harness';
import {
  findProgram,
  pdfAvailable,
  pdfInfo,
  pdfToPngPages,
  pdfToText,
  popplerAvailable,
} from '../documents/render-pdf';
import { docxParagraphTexts, readZipEntry } from '../documents/zip-read';
import type { ReportModel } from './types';

const available = pdfAvailable() && popplerAvailable();
const required = process.env.REQUIRE_SYSTEM_DEPS === '1';
if (!available)
  console.log(
    `SKIPPED: PDF checks need soffice and poppler-utils${required ? ' — REQUIRE_SYSTEM_DEPS=1, failing' : ''}`,
  );

let h: Harness;
let token = '';
let upper = '';
let model: ReportModel;
let docx: Buffer;
const squash = (s: string) => s.replace(/\s+/g, ' ');

/** The seed article's figures, as the generated report must write them. */
const SEED = [
  'tổ chức chương trình chung tay Tết Quý Mão 2023 cho 43 hộ với số tiền trao tặng 21.500.000 đồng',
  'tổng số hộ được tặng là 257 hộ với tổng số tiền là 72.800.000 đồng',
  '“Quỹ vì biển đảo Việt Nam” tổng số tiền là 72.925.000 đồng, đạt 161% KH huyện giao',
  'hiến máu nhân đạo có 132 người đăng ký tham gia, kết quả đã hiến tặng 54/44 đơn vị máu, đạt 123% chỉ tiêu giao',
  '6 tháng đầu năm có 9/17 ca thực hiện hỏa táng, đạt 53%',
  'mã định danh điện tử; đến nay đã có 4.950 người (gần 5.000 người)',
  'đảm bảo chỉ tiêu trên 90%',
  'lên đường làm nghĩa vụ quân sự: 14/14 thanh niên, đạt 100% KH huyện giao, đảm bảo chỉ tiêu',
];

beforeAll(async () => {
  h = await createHarness();
  await loadDemo(h.db);
  token = await h.login('btt', DEMO_PASSWORD);
  upper = await h.login('tinh', DEMO_PASSWORD);
  const list = (await h.request('GET', '/api/v1/reports', { token })).body as Items<{ id: string }>;
  const id = list.items[0]?.id ?? '';
  model = (await h.request('GET', `/api/v1/reports/${id}`, { token })).body as ReportModel;
  docx = Buffer.from(
    await (
      await h.app.request(`/api/v1/reports/${id}/document.docx`, { headers: { authorization: `Bearer ${token}` } })
    ).arrayBuffer(),
  );
}, 120_000);
afterAll(async () => h?.close());

describe('the demo report of xã Hồng Sơn, first half of 2023', () => {
  it('is issued on 06/07/2023 with a register number and submitted to the province', () => {
    expect(model).toMatchObject({
      status: 'issued',
      type: 'half_year',
      from: '2023-01-01',
      to: '2023-06-30',
      date: '2023-07-06',
    });
    expect(model.number).toMatch(/^\d{2}\/BC-MTTQ-BTT$/);
    expect((model as ReportModel & { submittedAt: string | null }).submittedAt).toBeTruthy();
  });

  it.each(SEED)('carries the seed figure “%s” in the model and in the .docx', (phrase) => {
    const text = model.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n');
    expect(text).toContain(phrase);
    expect(squash(docxParagraphTexts(docx).join('\n'))).toContain(phrase);
  });

  it('is read by the province, whose roll-up counts it as submitted', async () => {
    const me = (await h.request('GET', '/api/v1/me', { token: upper })).body as {
      user?: { roles?: { unitId: string }[] };
      roles?: { unitId: string }[];
    };
    const provinceId = (me.user?.roles ?? me.roles ?? [])[0]?.unitId ?? '';
    const r = await h.request(
      'GET',
      `/api/v1/reports/rollup?provinceId=${provinceId}&type=half_year&from=2023-01-01&to=2023-06-30`,
      { token: upper },
    );
    expect(r.status).toBe(200);
    const body = r.body as {
      communes: { name: string; submitted: boolean }[];
      rows: { key: string; total: { value: number } }[];
    };
    expect(body.communes.find((c) => c.name === 'Hồng Sơn')?.submitted).toBe(true);
    expect(body.rows.find((x) => x.key === 'indicator.HIEN_MAU')?.total.value).toBe(54);
  });

  it('is a Decree 30 .docx: Times New Roman, A4, margins 20/20/30/15 mm, number and signature', () => {
    const styles = readZipEntry(docx, 'word/styles.xml')?.toString('utf8') ?? '';
    expect(styles).toContain('w:ascii="Times New Roman"');
    const xml = readZipEntry(docx, 'word/document.xml')?.toString('utf8') ?? '';
    const mm = (name: string) =>
      Math.round((Number(new RegExp(`<w:pgMar[^>]*w:${name}="(\\d+)"`).exec(xml)?.[1]) / 56.6929) * 10) / 10;
    expect(mm('top')).toBeGreaterThanOrEqual(20);
    expect(mm('top')).toBeLessThanOrEqual(25);
    expect(mm('bottom')).toBeGreaterThanOrEqual(20);
    expect(mm('bottom')).toBeLessThanOrEqual(25);
    expect(mm('left')).toBeGreaterThanOrEqual(30);
    expect(mm('left')).toBeLessThanOrEqual(35);
    expect(mm('right')).toBeGreaterThanOrEqual(15);
    expect(mm('right')).toBeLessThanOrEqual(20);
    const width = Number(/<w:pgSz[^>]*w:w="(\d+)"/.exec(xml)?.[1]) / 56.6929;
    expect(Math.round(width)).toBe(210);
    // Page numbers from page 2: a distinct first-page header.
    expect(xml).toContain('<w:titlePg/>');
    const lines = docxParagraphTexts(docx);
    for (const l of [
      'ỦY BAN MTTQ VIỆT NAM',
      'XÃ HỒNG SƠN',
      'BAN THƯỜNG TRỰC',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      `Số: ${model.number}`,
      'Hồng Sơn, ngày 06 tháng 7 năm 2023',
      'BÁO CÁO',
      'Nơi nhận:',
      'TM. BAN THƯỜNG TRỰC',
      'CHỦ TỊCH',
      'Nguyễn Văn Luyện',
      '- Lưu: VT.',
    ]) {
      expect(lines).toContain(l);
    }
    expect(lines).toContain('Kết quả công tác Mặt trận 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2023');
  });

  if (!available && required)
    it('has soffice and poppler-utils (REQUIRE_SYSTEM_DEPS=1)', () => {
      throw new Error('REQUIRE_SYSTEM_DEPS=1 but soffice/poppler are missing');
    });

  it.skipIf(!available)(
    'prints as an A4 PDF with the national title on one line, in Times New Roman (or Liberation Serif)',
    async () => {
      const list = (await h.request('GET', '/api/v1/reports', { token })).body as Items<{ id: string }>;
      const res = await h.app.request(`/api/v1/reports/${list.items[0]?.id}/document.pdf`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.status).toBe(200);
      const pdf = Buffer.from(await res.arrayBuffer());
      const info = await pdfInfo(pdf);
      expect(Math.round(info.widthPt)).toBe(595);
      expect(Math.round(info.heightPt)).toBe(842);
      expect(info.pages).toBeGreaterThanOrEqual(2);
      const text = await pdfToText(pdf);
      expect(text.split('\n').some((l) => l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toBe(true);
      expect(squash(text)).toContain('54/44 đơn vị máu, đạt 123%');
      const pdffonts = findProgram('pdffonts');
      if (pdffonts) {
        const dir = mkdtempSync(join(tmpdir(), 'report-fonts-'));
        try {
          const pages = await pdfToPngPages(pdf, dir, { dpi: 50 });
          expect(pages).toHaveLength(info.pages);
          const fonts = execFileSync(pdffonts, [join(dir, 'page.pdf')], { encoding: 'utf8' })
            .split('\n')
            .slice(2)
            .filter(Boolean);
          expect(fonts.length).toBeGreaterThan(0);
          for (const f of fonts) expect(f).toMatch(/TimesNewRoman|Times-?New-?Roman|LiberationSerif/i);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
    },
    120_000,
  );
});
