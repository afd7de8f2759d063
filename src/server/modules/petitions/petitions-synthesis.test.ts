import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentText } from '../documents/model';
import { pdfAvailable, pdfToPngPages, popplerAvailable } from '../documents/render-pdf';
import { docxParagraphTexts } from '../documents/zip-read';
import { indicatorSource } from '../targets/sources';
import { ADMIN_PASSWORD, createHarness, seedWorld, type Harness, type World } from '../../testing/harness';
import { petitionFigures } from './figures';
import { synthesisRows } from './queries';
import { synthesisDocument } from './synthesis-document';
import { api, meeting } from './test-helpers';

let h: Harness;
let w: World;
let A: ReturnType<typeof api>;
let token = '';
const OUT = '/tmp/civic-png/petitions';
const available = pdfAvailable() && popplerAvailable();
const required = process.env.REQUIRE_SYSTEM_DEPS === '1';
if (!available)
  console.log(
    `SKIPPED: PDF checks need soffice and poppler-utils${required ? ' — REQUIRE_SYSTEM_DEPS=1, failing' : ''}`,
  );

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  A = api(h);
  token = await h.login('admin', ADMIN_PASSWORD);
  const contact = await meeting(
    h,
    w.C1,
    'voter_contact',
    'Hội nghị tiếp xúc cử tri trước kỳ họp thứ 7 HĐND xã',
    '2023-06-10',
  );
  const review = await meeting(h, w.C1, 'half_year_review', 'Hội nghị sơ kết 6 tháng', '2023-07-06');
  const c = (body: Record<string, unknown>) =>
    A.create(token, {
      communeId: w.C1.id,
      meetingId: contact,
      submitterName: 'Lê Văn Riêng',
      submitterContact: '0911 222 333',
      ...body,
    });
  const road = await c({
    content: 'Đề nghị nâng cấp tuyến đường liên thôn Một – Hai.',
    field: 'infrastructure',
    agency: 'ubnd_xa',
    villageId: w.V1.id,
    dueDate: '2023-06-30',
  });
  const canal = await c({
    content: 'Kênh tưới tiêu bị bồi lắng, đề nghị nạo vét.',
    field: 'infrastructure',
    agency: 'ubnd_xa',
    villageId: w.V2.id,
    dueDate: '2023-08-30',
  });
  const bridge = await c({
    content: 'Cầu tràn qua suối cần được sửa chữa trước mùa mưa.',
    field: 'infrastructure',
    agency: 'province',
    agencyName: 'Sở Giao thông vận tải',
    villageId: w.V2.id,
  });
  const land = await c({
    content: 'Cấp giấy chứng nhận quyền sử dụng đất còn chậm. <script>alert("x")</script>',
    field: 'land',
    agency: 'ubnd_xa',
    villageId: w.V1.id,
    dueDate: '2023-06-20',
  });
  await c({ content: 'Chế độ cho người có công cần chi trả đúng hạn.', field: 'social_policy', agency: 'hdnd_xa' });
  await A.create(token, {
    communeId: w.C1.id,
    content: 'Kiến nghị năm trước',
    field: 'other',
    agency: 'ubnd_xa',
    receivedAt: '2022-11-01',
  });
  for (const id of [road.id, canal.id, land.id])
    expect((await A.move(token, id, { to: 'forwarded', date: '2023-06-12' })).status).toBe(200);
  expect(
    (
      await A.move(token, canal.id, {
        to: 'answered',
        date: '2023-06-25',
        answer: 'UBND xã đã giao HTX Nông nghiệp nạo vét trong tháng 7/2023.',
        document: 'Văn bản số 45/UBND-VP',
      })
    ).status,
  ).toBe(200);
  expect((await A.move(token, canal.id, { to: 'closed', meetingId: review })).status).toBe(200);
  void bridge;
});
afterAll(async () => h?.close());

const period = { from: '2023-01-01', to: '2023-07-31' };

describe('figures for the review report and indicators', () => {
  it('received, answered, closed, overdue, by field and by agency, in a subtree', async () => {
    const f = await petitionFigures(h.db, w.C1.path, period.from, period.to);
    expect(f).toMatchObject({ received: 5, answered: 1, closed: 1, overdue: 2 });
    expect(f.byField.map((x) => [x.field, x.received, x.answered, x.overdue])).toEqual([
      ['land', 1, 0, 1],
      ['infrastructure', 3, 1, 1],
      ['social_policy', 1, 0, 0],
    ]);
    expect(f.byAgency.map((x) => [x.agency, x.received])).toEqual([
      ['ubnd_xa', 3],
      ['hdnd_xa', 1],
      ['province', 1],
    ]);
    expect((await petitionFigures(h.db, w.V2.path, period.from, period.to)).received).toBe(2);
    expect((await petitionFigures(h.db, w.C2.path, period.from, period.to)).received).toBe(0);
  });

  it('feed the indicator sources petitions.received and petitions.answered', async () => {
    const q = { params: {}, unitPath: w.C1.path, ...period };
    expect((await indicatorSource('petitions.received')?.compute(h.db, q))?.value).toBe(5);
    expect(await indicatorSource('petitions.answered')?.compute(h.db, q)).toEqual({ value: 1, denominator: 5 });
    expect((await indicatorSource('petitions.received')?.compute(h.db, { ...q, unitPath: w.V1.path }))?.value).toBe(2);
  });
});

describe('the synthesis before the People’s Council session', () => {
  it('the model: grouped by field then agency, counts per field and agency, no sender details', async () => {
    const rows = await synthesisRows(h.db, w.C1.id, null, period.from, period.to);
    const f = await petitionFigures(h.db, w.C1.path, period.from, period.to);
    const text = documentText(
      synthesisDocument({ name: 'Một', kind: 'xã', settings: { chairName: 'Nguyễn Văn Chủ' } }, rows, f, {
        ...period,
        today: '2023-07-01',
        session: 'thứ Bảy',
      }),
    );
    expect(text).toContain('Tổng hợp ý kiến, kiến nghị của cử tri trước kỳ họp thứ Bảy Hội đồng nhân dân xã Một');
    expect(text).toContain('Số: ……/BC-MTTQ-BTT');
    expect(text).toContain('Một, ngày 01 tháng 7 năm 2023');
    expect(text).toContain('1 | Đất đai | 1 | 0 | 1 | 1');
    expect(text).toContain('2 | Giao thông, hạ tầng, thủy lợi | 3 | 1 | 2 | 1');
    expect(text).toContain('Tổng cộng | 5 | 1 | 4 | 2');
    expect(text).toContain('1. Lĩnh vực đất đai (1 ý kiến)');
    expect(text).toContain('2. Lĩnh vực giao thông, hạ tầng, thủy lợi (3 ý kiến)');
    expect(text).toContain('a) Đề nghị Sở Giao thông vận tải (Cấp tỉnh) trả lời (1 ý kiến)');
    expect(text).toContain('b) Đề nghị UBND xã trả lời (2 ý kiến)');
    expect(text).toContain('UBND xã đã giao HTX Nông nghiệp nạo vét trong tháng 7/2023.');
    expect(text).toContain('Văn bản số 45/UBND-VP');
    expect(text).not.toContain('Kiến nghị năm trước');
    expect(text).not.toContain('Lê Văn Riêng');
    expect(text).not.toContain('0911 222 333');
    expect(text.indexOf('Lĩnh vực đất đai')).toBeLessThan(text.indexOf('Lĩnh vực giao thông'));
    expect(text).toContain('TM. BAN THƯỜNG TRỰC');
    expect(text).toContain('Nguyễn Văn Chủ');
  });

  it('the .docx read back: grouping, counts, the script typed by a citizen as plain text, no contact', async () => {
    const res = await h.app.request(
      `/api/v1/petitions/synthesis.docx?communeId=${w.C1.id}&from=${period.from}&to=${period.to}&session=thứ Bảy`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    const docx = Buffer.from(await res.arrayBuffer());
    mkdirSync(OUT, { recursive: true });
    writeFileSync(`${OUT}/tong-hop-kien-nghi.docx`, docx);
    const paras = docxParagraphTexts(docx);
    const all = paras.join('\n');
    for (const s of [
      'BÁO CÁO',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'I. TỔNG HỢP SỐ LIỆU',
      'II. NỘI DUNG Ý KIẾN, KIẾN NGHỊ CỦA CỬ TRI',
      'Nơi nhận:',
      'TM. BAN THƯỜNG TRỰC',
      'Quá hạn',
      '<script>alert("x")</script>',
    ]) {
      expect(all, s).toContain(s);
    }
    expect(all).not.toContain('0911 222 333');
    expect(all).not.toContain('Lê Văn Riêng');
    expect(paras.findIndex((p) => p.startsWith('1. Lĩnh vực đất đai'))).toBeLessThan(
      paras.findIndex((p) => p.startsWith('2. Lĩnh vực giao thông')),
    );
    const bad = await h.app.request(`/api/v1/petitions/synthesis.docx?communeId=${w.C1.id}&from=2023-13-01`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: { fields: Record<string, string> } }).error.fields).toHaveProperty('from');
  });

  if (!available && required)
    it('has soffice and poppler-utils (REQUIRE_SYSTEM_DEPS=1)', () => {
      throw new Error('REQUIRE_SYSTEM_DEPS=1 but soffice/poppler are missing');
    });
  it.skipIf(!available)(
    `renders to PDF and PNG pages (${OUT})`,
    async () => {
      const res = await h.app.request(
        `/api/v1/petitions/synthesis.pdf?communeId=${w.C1.id}&from=${period.from}&to=${period.to}&session=thứ Bảy`,
        { headers: { authorization: `Bearer ${token}` } },
      );
      expect(res.status).toBe(200);
      const pdf = Buffer.from(await res.arrayBuffer());
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
      writeFileSync(`${OUT}/tong-hop-kien-nghi.pdf`, pdf);
      expect((await pdfToPngPages(pdf, OUT, { dpi: 80, prefix: 'tong-hop-kien-nghi' })).length).toBeGreaterThan(0);
    },
    120_000,
  );
});
