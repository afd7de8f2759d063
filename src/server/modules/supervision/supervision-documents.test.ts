import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createHarness, seedWorld, type Harness, type World } from '../../testing/harness';
import { pdfAvailable, pdfInfo, pdfToPngPages, pdfToText, popplerAvailable } from '../documents/render-pdf';
import { docxParagraphTexts } from '../documents/zip-read';
import { client, makeSupervision, TABLES, type Rec, type Sup } from './test-helpers';

/** The plan (KH) and the result report (BC): numbers from the register, previews, frozen issued files, PDF/PNG. */
let h: Harness;
let w: World;
let c: ReturnType<typeof client>;
const t = {} as Record<'admin' | 'upper1' | 'standing1' | 'orglead1' | 'village1' | 'viewer1', string>;
const available = pdfAvailable() && popplerAvailable();
const required = process.env.REQUIRE_SYSTEM_DEPS === '1';
if (!available)
  console.log(
    `SKIPPED: PDF checks need soffice and poppler-utils${required ? ' — REQUIRE_SYSTEM_DEPS=1, failing' : ''}`,
  );
const OUT = process.env.DOC_PNG_DIR ?? '/tmp/civic-png/supervision';

const file = async (token: string, path: string) => {
  const res = await h.app.request(path, { headers: { authorization: `Bearer ${token}` } });
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    body: Buffer.from(await res.arrayBuffer()),
  };
};
const docxText = async (token: string, path: string) => {
  const f = await file(token, path);
  expect(f.status).toBe(200);
  return docxParagraphTexts(f.body).join('\n');
};

let sup = '';
beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  c = client(h);
  t.admin = await h.login('admin', ADMIN_PASSWORD);
  t.standing1 = await h.login('standing1');
  t.viewer1 = await h.login('viewer1');
  sup = await makeSupervision(h, w, t.standing1, 'planned', {
    subject: 'Việc thực hiện chính sách hỗ trợ hộ cận nghèo, hộ có hoàn cảnh khó khăn dịp Tết Quý Mão 2023',
    team: [
      { name: 'Nguyễn Văn Luyện', title: 'Chủ tịch Ủy ban MTTQ xã, Trưởng đoàn' },
      { name: 'Lê Thị Hoa', title: 'Chủ tịch Hội LHPN xã, thành viên' },
      { name: 'Phạm Văn Đông', title: 'Trưởng ban CTMT Thôn Đông, thành viên' },
    ],
  });
});
afterAll(async () => h?.close());

describe('the plan (KẾ HOẠCH, type KH)', () => {
  it('previews with a blank number before it is issued', async () => {
    const text = await docxText(t.viewer1, `/api/v1/supervisions/${sup}/plan.docx`);
    for (const s of [
      'KẾ HOẠCH',
      'Số: …/KH-MTTQ-BTT',
      'ngày …… tháng …… năm 20……',
      'Giám sát việc thực hiện chính sách hỗ trợ hộ cận nghèo',
      'III. THÀNH PHẦN ĐOÀN GIÁM SÁT',
      'Lê Thị Hoa, Chủ tịch Hội LHPN xã, thành viên;',
      'Thời gian: từ ngày 01/03/2023 đến ngày 15/03/2023',
      'TM. BAN THƯỜNG TRỰC',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'UBND xã (đối tượng giám sát);',
    ]) {
      expect(text, s).toContain(s);
    }
  });

  it('is issued once with the next KH number of the register; a second issue is 409 and takes no number', async () => {
    const before = await h.counts(TABLES);
    const res = await c.post<{ document: { number: string; date: string }; supervision: Sup }>(
      t.standing1,
      `/api/v1/supervisions/${sup}/plan-document`,
      { date: '2023-02-20' },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.document).toMatchObject({ number: '01/KH-MTTQ-BTT', date: '2023-02-20' });
    expect(res.body.supervision.planDoc).toMatchObject({ number: '01/KH-MTTQ-BTT' });
    const after = await h.counts(TABLES);
    expect(after.outgoing_documents).toBe((before.outgoing_documents ?? 0) + 1);
    expect(after.audit_log).toBe((before.audit_log ?? 0) + 2); // the register entry and the issue
    const again = await c.post(t.standing1, `/api/v1/supervisions/${sup}/plan-document`, {});
    expect(again.status).toBe(409);
    expect(await h.counts(TABLES)).toEqual(after);

    const text = await docxText(t.standing1, `/api/v1/supervisions/${sup}/plan.docx`);
    expect(text).toContain('Số: 01/KH-MTTQ-BTT');
    expect(text).toContain('Xã Một, ngày 20 tháng 02 năm 2023');
    // The register lists it, linked to the supervision.
    const rows = await h.db.execute<{ number: string; source_kind: string; source_id: string }>(
      (await import('drizzle-orm'))
        .sql`select number, source_kind, source_id from outgoing_documents where type_code = 'KH'`,
    );
    expect((rows as unknown as { rows: { number: string; source_kind: string; source_id: string }[] }).rows).toEqual([
      { number: '01/KH-MTTQ-BTT', source_kind: 'supervision', source_id: sup },
    ]);
  });

  it('numbers run on per commune and year; two issues of one plan at once give one number', async () => {
    const other = await makeSupervision(h, w, t.standing1, 'planned', {
      subject: 'Việc quản lý, sử dụng nhà văn hóa các thôn',
    });
    const results = await Promise.all([
      c.post<{ document: { number: string } }>(t.standing1, `/api/v1/supervisions/${other}/plan-document`, {
        date: '2023-04-01',
      }),
      c.post<{ document: { number: string } }>(t.admin, `/api/v1/supervisions/${other}/plan-document`, {
        date: '2023-04-01',
      }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 201)?.body.document.number).toBe('02/KH-MTTQ-BTT');
    const third = await makeSupervision(h, w, t.standing1);
    expect(
      (
        await c.post<{ document: { number: string } }>(t.standing1, `/api/v1/supervisions/${third}/plan-document`, {
          date: '2023-05-01',
        })
      ).body.document.number,
    ).toBe('03/KH-MTTQ-BTT');
    const nextYear = await makeSupervision(h, w, t.standing1, 'planned', {
      startDate: '2024-03-01',
      endDate: '2024-03-02',
    });
    expect(
      (
        await c.post<{ document: { number: string } }>(t.standing1, `/api/v1/supervisions/${nextYear}/plan-document`, {
          date: '2024-02-01',
        })
      ).body.document.number,
    ).toBe('01/KH-MTTQ-BTT');
  });

  it('stays as issued when the plan is edited afterwards (frozen)', async () => {
    expect((await c.patch(t.standing1, `/api/v1/supervisions/${sup}`, { target: 'Ban quản lý chợ' })).status).toBe(200);
    const text = await docxText(t.standing1, `/api/v1/supervisions/${sup}/plan.docx`);
    expect(text).toContain('UBND xã (đối tượng giám sát);');
    expect(text).not.toContain('Ban quản lý chợ');
    expect((await c.patch(t.standing1, `/api/v1/supervisions/${sup}`, { target: 'UBND xã' })).status).toBe(200);
  });
});

describe('the result report (BÁO CÁO, type BC)', () => {
  let answered: Rec;
  beforeAll(async () => {
    expect((await c.patch(t.standing1, `/api/v1/supervisions/${sup}`, { status: 'in_progress' })).status).toBe(200);
    const a = await c.post<Rec>(t.standing1, `/api/v1/supervisions/${sup}/recommendations`, {
      content: 'Rà soát, bổ sung hộ cận nghèo bị sót vào danh sách hỗ trợ.',
      addressee: 'UBND xã',
      dueDate: '2023-04-15',
      date: '2023-03-16',
    });
    answered = a.body;
    await c.post(t.standing1, `/api/v1/supervision-recommendations/${answered.id}/transitions`, {
      to: 'sent',
      date: '2023-03-20',
    });
    await c.post(t.standing1, `/api/v1/supervision-recommendations/${answered.id}/transitions`, {
      to: 'answered',
      date: '2023-04-10',
      answer: 'Đã bổ sung 3 hộ, trao quà ngày 05/4/2023',
    });
    const b = await c.post<Rec>(t.standing1, `/api/v1/supervisions/${sup}/recommendations`, {
      content: 'Niêm yết công khai danh sách hộ được hỗ trợ tại nhà văn hóa các thôn.',
      addressee: 'UBND xã',
      dueDate: '2023-04-30',
      date: '2023-03-16',
    });
    await c.post(t.standing1, `/api/v1/supervision-recommendations/${b.body.id}/transitions`, {
      to: 'sent',
      date: '2023-03-20',
    });
  });

  it('is not issued before the supervision is concluded (409, no number taken)', async () => {
    const before = await h.counts(TABLES);
    const res = await c.post(t.standing1, `/api/v1/supervisions/${sup}/report-document`, {});
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('not_concluded');
    expect(await h.counts(TABLES)).toEqual(before);
  });

  it('reads back: plan reference, team, period, findings, each recommendation with addressee, due date and status', async () => {
    expect(
      (
        await c.patch(t.standing1, `/api/v1/supervisions/${sup}`, {
          status: 'concluded',
          findings:
            'UBND xã đã lập danh sách 43 hộ cận nghèo, hỗ trợ 500.000 đồng/hộ, đúng đối tượng.\nCòn 3 hộ đủ điều kiện chưa được đưa vào danh sách.',
        })
      ).status,
    ).toBe(200);
    const preview = await docxText(t.standing1, `/api/v1/supervisions/${sup}/report.docx`);
    expect(preview).toContain('Số: …/BC-MTTQ-BTT');
    const res = await c.post<{ document: { number: string } }>(
      t.standing1,
      `/api/v1/supervisions/${sup}/report-document`,
      { date: '2023-05-05' },
    );
    expect(res.status).toBe(201);
    expect(res.body.document.number).toBe('01/BC-MTTQ-BTT');
    const text = await docxText(t.viewer1, `/api/v1/supervisions/${sup}/report.docx`);
    for (const s of [
      'BÁO CÁO',
      'Số: 01/BC-MTTQ-BTT',
      'Kết quả giám sát việc thực hiện chính sách hỗ trợ hộ cận nghèo',
      'Thực hiện Kế hoạch số 01/KH-MTTQ-BTT ngày 20/02/2023',
      'Đoàn giám sát đã tiến hành giám sát tại UBND xã. Kết quả như sau:',
      'Phạm Văn Đông, Trưởng ban CTMT Thôn Đông, thành viên;',
      'UBND xã đã lập danh sách 43 hộ cận nghèo, hỗ trợ 500.000 đồng/hộ, đúng đối tượng.',
      'Còn 3 hộ đủ điều kiện chưa được đưa vào danh sách.',
      'Nội dung kiến nghị',
      'Rà soát, bổ sung hộ cận nghèo bị sót vào danh sách hỗ trợ.',
      '15/04/2023',
      'Đã trả lời ngày 10/04/2023: Đã bổ sung 3 hộ, trao quà ngày 05/4/2023',
      'Đã gửi ngày 20/03/2023, chưa trả lời (quá hạn)',
      'Tổng số 2 kiến nghị; đã được trả lời 1; chưa trả lời 1, trong đó quá hạn 1.',
    ]) {
      expect(text, s).toContain(s);
    }
    expect((await c.post(t.standing1, `/api/v1/supervisions/${sup}/report-document`, {})).status).toBe(409);
  });

  it('escapes nothing away: markup typed by staff comes out as the same text', async () => {
    const s = await makeSupervision(h, w, t.standing1, 'concluded', { subject: 'Việc <b>chi</b> & "thu" quỹ' });
    const text = await docxText(t.standing1, `/api/v1/supervisions/${s}/report.docx`);
    expect(text).toContain('Việc <b>chi</b> & "thu" quỹ'.replace('Việc', 'việc'));
  });

  it('is out of reach without login and for another commune', async () => {
    expect((await h.app.request(`/api/v1/supervisions/${sup}/report.docx`)).status).toBe(401);
    const foreign = await makeSupervision(h, w, t.admin, 'planned', { communeId: w.C3.id });
    expect((await file(t.standing1, `/api/v1/supervisions/${foreign}/plan.docx`)).status).toBe(404);
    expect((await c.post(t.standing1, `/api/v1/supervisions/${foreign}/plan-document`, {})).status).toBe(404);
    expect((await file(t.standing1, '/api/v1/supervisions/not-an-id/plan.docx')).status).toBe(404);
  });

  if (!available && required)
    it('has soffice and poppler-utils (REQUIRE_SYSTEM_DEPS=1)', () => {
      throw new Error('REQUIRE_SYSTEM_DEPS=1 but soffice/poppler are missing');
    });

  it.skipIf(!available)(
    `renders the plan and the report as A4 PDF, and as PNG pages in ${OUT}`,
    async () => {
      mkdirSync(OUT, { recursive: true });
      for (const which of ['plan', 'report'] as const) {
        const f = await file(t.standing1, `/api/v1/supervisions/${sup}/${which}.pdf`);
        expect(f.status).toBe(200);
        expect(f.type).toContain('application/pdf');
        const info = await pdfInfo(f.body);
        expect(Math.round(info.widthPt)).toBe(595);
        expect(info.pages).toBeLessThanOrEqual(3);
        const text = await pdfToText(f.body);
        expect(text).toContain(which === 'plan' ? 'KẾ HOẠCH' : 'BÁO CÁO');
        writeFileSync(`${OUT}/${which}.pdf`, f.body);
        expect((await pdfToPngPages(f.body, OUT, { dpi: 80, prefix: which })).length).toBe(info.pages);
      }
    },
    120_000,
  );
});
