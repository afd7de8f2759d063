import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, seedWorld, type ErrorBody, type Harness, type Items, type World } from '../../testing/harness';
import { docxHeaderTexts, docxParagraphTexts } from '../documents/zip-read';

/**
 * Issue 13.9: a comment on a draft as a whole (góp ý chung) besides those on one article — from the staff app and the
 * portal form — listed in its own section of the synthesis, which prints "DỰ THẢO" until it is issued.
 */
type Comment = { id: string; articleId: string | null; articleRef: string | null; general: boolean; content: string };

let h: Harness;
let w: World;
let token = '';
let viewer = '';
let id = '';
const TABLES = ['consultation_comments'];

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  token = await h.login('standing1');
  viewer = await h.login('viewer1');
  const res = await h.request('POST', '/api/v1/consultations', {
    token,
    body: {
      communeId: w.C1.id,
      title: 'Dự thảo Luật Đất đai (sửa đổi)',
      opensOn: '2023-01-03',
      deadline: '2099-03-15',
      articles: [
        { ref: 'Điều 1', heading: 'Phạm vi điều chỉnh', text: 'Luật này quy định về chế độ sở hữu đất đai.' },
        { ref: 'Điều 2', heading: 'Đối tượng áp dụng', text: 'Người sử dụng đất.' },
      ],
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  id = (res.body as { id: string }).id;
});
afterAll(async () => h?.close());

const comment = (body: Record<string, unknown>) =>
  h.request('POST', `/api/v1/consultations/${id}/comments`, { token, body });
const file = async (path: string) => {
  const res = await h.app.request(path, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status, path).toBe(200);
  return Buffer.from(await res.arrayBuffer());
};

describe('a general comment', () => {
  it('is a comment sent without articleRef (or with null); per-article comments are as before', async () => {
    const general = await comment({ author: 'Nguyễn Văn An', content: 'Dự thảo cần ngắn gọn, dễ hiểu hơn.' });
    expect(general.status, JSON.stringify(general.body)).toBe(201);
    expect(general.body).toMatchObject({ articleId: null, articleRef: null, general: true });
    const org = await comment({
      articleRef: null,
      authorKind: 'organization',
      organizationId: w.O1.id,
      content: 'Tán thành.',
    });
    expect(org.status).toBe(201);
    const one = await comment({ articleRef: 'Điều 2', author: 'Lê Thị Cúc', content: 'Bổ sung hộ gia đình.' });
    expect(one.body).toMatchObject({ articleRef: 'Điều 2', general: false });
    // An empty string is not "general": the field is named.
    const blank = await h.expectRefused(422, TABLES, () => comment({ articleRef: '', author: 'A', content: 'x' }));
    expect(Object.keys((blank as ErrorBody).error.fields ?? {})).toEqual(['articleRef']);
  });

  it('is listed first, can be listed alone (?articleRef=chung), and is counted on the draft', async () => {
    const all = await h.request('GET', `/api/v1/consultations/${id}/comments`, { token: viewer });
    const items = (all.body as Items<Comment>).items;
    expect(items.map((c) => c.articleRef)).toEqual([null, null, 'Điều 2']);
    const general = await h.request('GET', `/api/v1/consultations/${id}/comments?articleRef=chung`, { token: viewer });
    expect((general.body as Items<Comment>).items.map((c) => c.general)).toEqual([true, true]);
    const detail = await h.request('GET', `/api/v1/consultations/${id}`, { token: viewer });
    expect(detail.body).toMatchObject({ comments: 3, generalComments: 2 });
  });

  it('comes from the portal form too ("Góp ý chung cho cả dự thảo"), and the draft page counts it', async () => {
    const form = await (await h.app.request(`/gop-y/${id}`)).text();
    expect(form).toContain('<option value="chung">Góp ý chung cho cả dự thảo</option>');
    const res = await h.app.request(`/gop-y/${id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '198.51.100.20' },
      body: new URLSearchParams({
        name: 'Phạm Thị Dung',
        articleRef: 'chung',
        content: 'Nên lấy ý kiến lâu hơn.',
      }).toString(),
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/gop-y/${id}?da-gui=1#gop-y`);
    expect(await (await h.app.request(`/gop-y/${id}`)).text()).toContain('Đã có 3 ý kiến góp ý chung cho cả dự thảo');
    // No choice at all is still an error next to the field.
    const none = await h.app.request(`/gop-y/${id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '198.51.100.21' },
      body: new URLSearchParams({ name: 'A', articleRef: '', content: 'x' }).toString(),
    });
    expect(none.status).toBe(422);
    expect(await none.text()).toContain('hoặc góp ý chung cho cả dự thảo');
  });
});

describe('the synthesis', () => {
  it('has the general comments in their own section and their own row of the counts; a draft says DỰ THẢO', async () => {
    const docx = await file(`/api/v1/consultations/${id}/synthesis.docx`);
    const paras = docxParagraphTexts(docx);
    const at = (s: string) => paras.findIndex((p) => p.includes(s));
    expect(at('I. Ý KIẾN GÓP Ý CHUNG VỀ DỰ THẢO')).toBeGreaterThan(0);
    expect(at('Dự thảo cần ngắn gọn, dễ hiểu hơn.')).toBeGreaterThan(at('I. Ý KIẾN GÓP Ý CHUNG VỀ DỰ THẢO'));
    expect(at('II. Ý KIẾN GÓP Ý THEO TỪNG ĐIỀU CỦA DỰ THẢO')).toBeGreaterThan(at('Nên lấy ý kiến lâu hơn.'));
    expect(at('Bổ sung hộ gia đình.')).toBeGreaterThan(at('II. Ý KIẾN GÓP Ý THEO TỪNG ĐIỀU CỦA DỰ THẢO'));
    expect(paras).toContain('Góp ý chung về dự thảo');
    expect(
      paras.some((p) =>
        p.includes(
          'đã tiếp nhận 4 ý kiến góp ý (3 ý kiến góp ý chung về dự thảo và 1 ý kiến vào 1/2 điều của dự thảo), trong đó',
        ),
      ),
    ).toBe(true);
    expect(docxHeaderTexts(docx).first).toEqual(['DỰ THẢO']);
  });

  it('once issued, the register’s copy has its number and no DỰ THẢO mark', async () => {
    const issued = await h.request('POST', `/api/v1/consultations/${id}/synthesis`, { token, body: {} });
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    const docx = await file((issued.body as { docx: string }).docx);
    expect(docxHeaderTexts(docx).first).toEqual([]);
    expect(docxParagraphTexts(docx).some((p) => p.startsWith('Số: 01/BC-MTTQ-BTT'))).toBe(true);
    expect(docxParagraphTexts(docx)).toContain('I. Ý KIẾN GÓP Ý CHUNG VỀ DỰ THẢO');
  });
});
