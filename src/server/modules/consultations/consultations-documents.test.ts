import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../core/command';
import { createHarness, seedWorld, type Harness, type World } from '../../testing/harness';
import { pdfAvailable, pdfInfo, pdfToPngPages, pdfToText, popplerAvailable } from '../documents/render-pdf';
import { createMeeting } from '../meetings/commands/create-meeting';

const OUT = '/tmp/civic-png/consultations';
const available = pdfAvailable() && popplerAvailable();

let h: Harness;
let w: World;
let token = '';
let id = '';

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  token = await h.login('standing1');
  const text = [
    'LUẬT ĐẤT ĐAI (SỬA ĐỔI) — DỰ THẢO',
    'Chương I',
    'QUY ĐỊNH CHUNG',
    'Điều 1. Phạm vi điều chỉnh',
    'Luật này quy định về chế độ sở hữu đất đai, quyền hạn và trách nhiệm của Nhà nước đại diện chủ sở hữu toàn dân về đất đai.',
    'Điều 2. Đối tượng áp dụng',
    '1. Cơ quan nhà nước thực hiện quyền hạn và trách nhiệm đại diện chủ sở hữu toàn dân về đất đai.',
    '2. Người sử dụng đất.',
    'Điều 3. Giải thích từ ngữ',
    'Trong Luật này, các từ ngữ dưới đây được hiểu như sau: …',
    'Điều 4. Người sử dụng đất',
    'Hộ gia đình, cá nhân, tổ chức trong nước.',
  ].join('\n');
  const res = await h.request('POST', '/api/v1/consultations', {
    token,
    body: {
      communeId: w.C1.id,
      title: 'Dự thảo Luật Đất đai (sửa đổi)',
      requestedBy: 'Ủy ban MTTQ tỉnh',
      opensOn: '2023-01-03',
      deadline: '2099-03-15',
      text,
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  id = (res.body as { id: string }).id;
  const m = await createMeeting(systemContext(h.db), {
    communeId: w.C1.id,
    type: 'consultation',
    title: 'Hội nghị lấy ý kiến dự thảo Luật Đất đai (sửa đổi)',
    date: '2023-02-20',
  });
  const comments = [
    {
      articleRef: 'Điều 1',
      author: 'Nguyễn Văn An',
      content: 'Đề nghị bổ sung quy định về quyền của người sử dụng đất nông nghiệp lâu năm.',
      contact: '0912 000 111',
    },
    {
      articleRef: 'Điều 2',
      authorKind: 'organization',
      organizationId: w.O1.id,
      content:
        'Hội đề nghị làm rõ đối tượng là hộ gia đình.\nĐồng thời quy định rõ trách nhiệm của UBND cấp xã trong quản lý đất công.',
    },
    {
      articleRef: 'Điều 2',
      authorKind: 'meeting',
      meetingId: m.id,
      content: 'Hội nghị thống nhất với nội dung dự thảo; đề nghị giữ nguyên.',
    },
    { articleRef: 'Điều 4', author: 'Lê Thị <Cúc>', content: '<b>Không</b> nên bỏ khái niệm hộ gia đình sử dụng đất.' },
  ];
  for (const c of comments)
    expect((await h.request('POST', `/api/v1/consultations/${id}/comments`, { token, body: c })).status).toBe(201);
});
afterAll(async () => h?.close());

describe('synthesis rendered', () => {
  it.skipIf(!available)(`renders to an A4 PDF (PNG pages in ${OUT})`, async () => {
    const res = await h.app.request(`/api/v1/consultations/${id}/synthesis.pdf`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    const info = await pdfInfo(pdf);
    expect(Math.round(info.widthPt)).toBe(595);
    const text = (await pdfToText(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain('Tổng hợp ý kiến góp ý dự thảo Luật Đất đai (sửa đổi)');
    expect(text).toContain('Các điều không có ý kiến góp ý: Điều 3.');
    expect(text).toContain('Lê Thị <Cúc>');
    expect(text).toContain('<b>Không</b>');
    expect(text).not.toContain('0912 000 111');
    mkdirSync(OUT, { recursive: true });
    expect((await pdfToPngPages(pdf, OUT, { prefix: 'synthesis' })).length).toBeGreaterThan(0);
  });
});
