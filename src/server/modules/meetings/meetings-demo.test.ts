import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, loadDemo } from '../../demo/load-demo';
import { createHarness, type Harness } from '../../testing/harness';
import { pdfAvailable, pdfToPngPages, popplerAvailable } from '../documents/render-pdf';
import { docxParagraphTexts } from '../documents/zip-read';
import { meetingFigures } from './figures';

let h: Harness;
const OUT = process.env.DOC_PNG_DIR ?? '/tmp/civic-png/meetings';
type Item = {
  id: string;
  type: string;
  date: string;
  title: string;
  status: string;
  invitationNumber: string | null;
  minutesNumber: string | null;
  villageName: string | null;
  delegatesInvited: number;
  delegatesAttended: number;
};

beforeAll(async () => {
  h = await createHarness();
  await loadDemo(h.db);
});
afterAll(async () => h?.close());

describe('demo meetings of xã Hồng Sơn', () => {
  it('has the review conference of 06/07/2023, the voter contact and the Land Law consultation, held and numbered in date order', async () => {
    const btt = await h.login('btt', DEMO_PASSWORD);
    const list = (await h.request('GET', '/api/v1/meetings?from=2023-01-01&to=2023-12-31', { token: btt })).body as {
      items: Item[];
    };
    const byType = Object.fromEntries(list.items.map((i) => [i.type, i]));
    expect(byType.half_year_review).toMatchObject({
      date: '2023-07-06',
      status: 'held',
      invitationNumber: '03/GM-MTTQ-BTT',
      minutesNumber: '03/BB-MTTQ-BTT',
    });
    expect(byType.half_year_review?.title).toBe(
      'Hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm và nhiệm vụ trọng tâm 6 tháng cuối năm 2023',
    );
    expect(byType.voter_contact).toMatchObject({
      date: '2023-06-15',
      villageName: 'Thôn Đông',
      invitationNumber: '02/GM-MTTQ-BTT',
    });
    expect(byType.consultation).toMatchObject({
      date: '2023-02-24',
      invitationNumber: '01/GM-MTTQ-BTT',
      minutesNumber: '01/BB-MTTQ-BTT',
    });
    expect(byType.half_year_review?.delegatesAttended).toBe(byType.half_year_review?.delegatesInvited);
    // The village head of Thôn Đông manages the voter contact held there, and only reads the review.
    const village = await h.login('thondong', DEMO_PASSWORD);
    expect(
      (
        (await h.request('GET', `/api/v1/meetings/${byType.voter_contact?.id}`, { token: village })).body as {
          canManage: boolean;
        }
      ).canManage,
    ).toBe(true);
    expect(
      (
        (await h.request('GET', `/api/v1/meetings/${byType.half_year_review?.id}`, { token: village })).body as {
          canManage: boolean;
        }
      ).canManage,
    ).toBe(false);

    const get = async (p: string) =>
      Buffer.from(await (await h.app.request(p, { headers: { authorization: `Bearer ${btt}` } })).arrayBuffer());
    const inv = docxParagraphTexts(await get(`/api/v1/meetings/${byType.half_year_review?.id}/invitation.docx`)).join(
      '\n',
    );
    expect(inv).toContain('Số: 03/GM-MTTQ-BTT');
    expect(inv).toContain('Hồng Sơn, ngày 03 tháng 7 năm 2023');
    expect(inv).toContain('Hoàng Quốc Toản');
    expect(inv).toContain('14 giờ 00 phút, chiều thứ Năm, ngày 06 tháng 7 năm 2023');
    const minutes = docxParagraphTexts(await get(`/api/v1/meetings/${byType.half_year_review?.id}/minutes.docx`)).join(
      '\n',
    );
    expect(minutes).toContain('54/44 đơn vị máu');
    expect(minutes).toContain('Nguyễn Văn Luyện');
    expect(minutes).toContain('giám sát, phản biện xã hội');

    if (pdfAvailable() && popplerAvailable()) {
      mkdirSync(OUT, { recursive: true });
      for (const kind of ['invitation', 'minutes'] as const) {
        const pdf = await get(`/api/v1/meetings/${byType.half_year_review?.id}/${kind}.pdf`);
        expect((await pdfToPngPages(pdf, OUT, { prefix: `demo-review-${kind}` })).length).toBeGreaterThan(0);
      }
      const vc = await get(`/api/v1/meetings/${byType.voter_contact?.id}/minutes.pdf`);
      await pdfToPngPages(vc, OUT, { prefix: 'demo-voter-contact-minutes' });
    }
  });

  it('the figures count the three meetings held in the half-year', async () => {
    const [row] = (await h.db.query.units.findMany()).filter((u) => u.level === 'commune' && u.name === 'Hồng Sơn');
    const f = await meetingFigures(h.db, row?.path ?? '', '2023-01-01', '2023-06-30');
    expect(f).toMatchObject({ total: 2, byType: { consultation: 1, voter_contact: 1, half_year_review: 0 } });
    expect((await meetingFigures(h.db, row?.path ?? '', '2023-01-01', '2023-12-31')).total).toBe(3);
  });
});
