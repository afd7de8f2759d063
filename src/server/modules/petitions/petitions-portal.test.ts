import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayVn } from '../../../lib/dates';
import { ADMIN_PASSWORD, createHarness, seedWorld, type Harness, type World } from '../../testing/harness';
import { api, meeting, TABLES } from './test-helpers';

/** The citizen's side: the form on the portal and the lookup by code, with the public-form guards. */
let h: Harness;
let w: World;
let A: ReturnType<typeof api>;
let token = '';
let review = '';
let ip = 0;

type Form = Record<string, string>;
const valid = (over: Form = {}): Form => ({
  submitterName: 'Nguyễn Thị Dân',
  submitterContact: '0912 000 111',
  submitterAddress: 'Xóm Chùa',
  villageId: w.V1.id,
  field: 'environment',
  content: 'Rác thải ứ đọng ở đầu thôn, đề nghị thu gom.',
  website: '',
  ...over,
});

/** Posts the form as a browser does (urlencoded), from its own address unless one is given. */
async function submit(form: Form, opts: { ip?: string; communeId?: string; raw?: string } = {}) {
  const res = await h.app.request(`/xa/${opts.communeId ?? w.C1.id}/kien-nghi`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': opts.ip ?? `192.168.${(++ip >> 8) & 255}.${ip & 255}`,
    },
    body: opts.raw ?? new URLSearchParams(form).toString(),
  });
  // Redirect after POST: the browser then loads the thank-you page (issue 12.15).
  const location = res.headers.get('location');
  if (res.status !== 303 || !location)
    return { status: res.status, html: await res.text(), headers: res.headers, location };
  const thanks = await h.app.request(location);
  return { status: thanks.status, html: await thanks.text(), headers: thanks.headers, location };
}
const codeIn = (html: string) => /KN-[2-9A-HJ-NP-Z]{6}/.exec(html)?.[0] ?? '';
const lookup = async (code: string) => {
  const res = await h.app.request(`/tra-cuu-kien-nghi?ma=${encodeURIComponent(code)}`, {
    headers: { 'x-forwarded-for': `172.16.0.${++ip & 255}` },
  });
  return { status: res.status, html: await res.text() };
};

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  A = api(h);
  token = await h.login('admin', ADMIN_PASSWORD);
  review = await meeting(h, w.C1, 'voter_contact', 'Hội nghị tiếp xúc cử tri sau kỳ họp', '2023-07-06');
});
afterAll(async () => h?.close());

describe('12.15 redirect after POST, and no spoofing characters', () => {
  it('answers the POST with 303 to a thank-you page carrying the code; reloading it sends nothing again', async () => {
    const res = await h.app.request(`/xa/${w.C1.id}/kien-nghi`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '198.51.100.7' },
      body: new URLSearchParams(valid()).toString(),
    });
    expect(res.status).toBe(303);
    const location = res.headers.get('location') ?? '';
    // Posted to the form's old address (/xa/<id>, a page loaded before slugs), thanked at the readable one.
    expect(location).toMatch(/^\/xa\/xa-mot\/kien-nghi\/da-gui\?ma=KN-[2-9A-HJ-NP-Z]{6}$/);
    const before = await h.counts(TABLES);
    for (let i = 0; i < 2; i++) {
      const thanks = await h.app.request(location);
      expect(thanks.status).toBe(200);
      expect(thanks.headers.get('cache-control')).toBe('no-store');
      expect(await thanks.text()).toContain(location.split('ma=')[1] ?? 'x');
    }
    expect(await h.counts(TABLES)).toEqual(before);
    const bogus = await h.app.request('/xa/xa-mot/kien-nghi/da-gui?ma=<script>');
    expect(bogus.status).toBe(303);
  });

  it('refuses names, contacts and texts with C0/C1 controls or bidi overrides (422 on the field), writing nothing', async () => {
    const before = await h.counts(TABLES);
    for (const [field, value] of [
      ['submitterName', 'Nguyễn \u202Enăv\u202C Dân'],
      ['submitterName', 'Nguyễn\u2067 Dân'],
      ['submitterName', 'Nguyễn\tDân'],
      ['submitterAddress', 'Xóm\u009BChùa'],
      ['content', 'Rác thải \u2066ứ đọng\u2069 ở đầu thôn, đề nghị thu gom.'],
    ] as const) {
      const res = await submit(valid({ [field]: value }));
      expect(res.status, `${field} ${JSON.stringify(value)}`).toBe(422);
      expect(res.html).toContain('Có ký tự điều khiển');
    }
    const api = await h.request('POST', '/api/v1/petitions', {
      token,
      body: {
        communeId: w.C1.id,
        content: 'Nội dung',
        field: 'environment',
        agency: 'ubnd_xa',
        submitterName: 'A\u202EB',
      },
    });
    expect(api.status).toBe(422);
    expect(Object.keys((api.body as { error: { fields: object } }).error.fields)).toEqual(['submitterName']);
    expect(await h.counts(TABLES)).toEqual(before);
    // Multi-line content keeps its new lines.
    expect((await submit(valid({ content: 'Dòng một về rác thải.\r\nDòng hai.' }))).status).toBe(200);
  });
});

describe('the petition form', () => {
  it('is a plain HTML form with the villages, the fields and a hidden honeypot', async () => {
    const res = await h.app.request('/xa/xa-mot/kien-nghi');
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const s of [
      'method="post"',
      'name="submitterName"',
      'name="submitterContact"',
      'name="content"',
      'Thôn Một',
      'Thôn Hai',
      'Môi trường',
      'name="website"',
      'class="hp"',
    ])
      expect(html, s).toContain(s);
    expect(html).not.toContain('Thôn Ba');
    expect(html).not.toContain('<script');
    expect((await h.app.request('/xa/00000000-0000-4000-8000-000000000000/kien-nghi')).status).toBe(404);
    expect((await h.app.request(`/xa/${w.V1.id}/kien-nghi`)).status).toBe(404);
  });

  it('a valid submission creates a received portal petition and shows the lookup code', async () => {
    const before = await h.counts(TABLES);
    const res = await submit(valid());
    expect(res.status).toBe(200);
    const code = codeIn(res.html);
    expect(code).not.toBe('');
    expect(res.html).toContain('Mã tra cứu');
    const after = await h.counts(TABLES);
    expect([after.petitions, after.petition_events, after.audit_log]).toEqual([
      (before.petitions ?? 0) + 1,
      (before.petition_events ?? 0) + 1,
      (before.audit_log ?? 0) + 1,
    ]);
    const list = await A.get<{
      items: {
        code: string;
        source: string;
        status: string;
        agency: string;
        villageId: string;
        submitterContact: string;
      }[];
    }>(token, `/api/v1/petitions?q=${code}`);
    expect(list.body.items[0]).toMatchObject({
      code,
      source: 'portal',
      status: 'received',
      agency: 'ubnd_xa',
      villageId: w.V1.id,
      submitterContact: '0912 000 111',
    });
  });

  it('invalid input: 422, the Vietnamese error next to the field, the typed values kept (escaped), nothing written', async () => {
    const before = await h.counts(TABLES);
    const res = await submit(
      valid({ submitterContact: 'abc', content: 'ngắn', submitterName: '"><b>Tên</b>', field: 'weather' }),
    );
    expect(res.status).toBe(422);
    expect(res.html).toContain('id="submitterContact-error"');
    expect(res.html).toContain('Số điện thoại (ít nhất 9 chữ số) hoặc email chưa đúng.');
    expect(res.html).toContain('Nội dung quá ngắn');
    expect(res.html).toContain('Chọn lĩnh vực.');
    expect(res.html).toContain('value="&quot;&gt;&lt;b&gt;Tên&lt;/b&gt;"');
    expect(res.html).not.toContain('<b>Tên</b>');
    expect(res.html).toMatch(/<option value="[^"]+" selected="">Thôn Một<\/option>/);
    const foreignVillage = await submit(valid({ villageId: w.V3.id }));
    expect(foreignVillage.status).toBe(422);
    expect(foreignVillage.html).toContain('Chọn thôn trong danh sách.');
    expect(await h.counts(TABLES)).toEqual(before);
  });

  it('the honeypot: a bot is answered as if accepted, nothing is written', async () => {
    const before = await h.counts(TABLES);
    const res = await submit(valid({ website: 'http://spam.example' }));
    expect(res.status).toBe(200);
    expect(codeIn(res.html)).not.toBe('');
    expect(await h.counts(TABLES)).toEqual(before);
    expect((await lookup(codeIn(res.html))).status).toBe(404);
  });

  it('a body over the size limit is 413 and writes nothing', async () => {
    const before = await h.counts(TABLES);
    const res = await submit(valid({ content: 'x'.repeat(70 * 1024) }));
    expect(res.status).toBe(413);
    expect(await h.counts(TABLES)).toEqual(before);
  });

  it('five submissions per address in ten minutes; the sixth is 429 and writes nothing; another address still gets through', async () => {
    for (let i = 0; i < 5; i++)
      expect(
        (await submit(valid({ content: `Kiến nghị số ${i + 1} về rác thải` }), { ip: '203.0.113.9' })).status,
      ).toBe(200);
    const before = await h.counts(TABLES);
    const res = await submit(valid(), { ip: '203.0.113.9' });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(res.html).toContain('quá nhiều lần');
    expect(await h.counts(TABLES)).toEqual(before);
    expect((await submit(valid(), { ip: '203.0.113.10' })).status).toBe(200);
  });
});

describe('the lookup by code', () => {
  it('shows status and dated steps, never names, contacts or internal notes; HTML typed in is shown as text', async () => {
    const sent = await submit(valid({ content: 'Cống thoát nước bị tắc <script>alert("kn")</script> <b>gấp</b>' }));
    const code = codeIn(sent.html);
    let page = await lookup(code.toLowerCase());
    expect(page.status).toBe(200);
    expect(page.html).toContain('Đã tiếp nhận');
    expect(page.html).toContain('&lt;script&gt;alert(&quot;kn&quot;)&lt;/script&gt; &lt;b&gt;gấp&lt;/b&gt;');
    expect(page.html).not.toContain('<script>alert');
    expect(page.html).not.toContain('<b>gấp');
    const [p] = (await A.get<{ items: { id: string; content: string }[] }>(token, `/api/v1/petitions?q=${code}`)).body
      .items;
    expect(p?.content).toBe('Cống thoát nước bị tắc <script>alert("kn")</script> <b>gấp</b>');
    await A.move(token, p?.id as string, { to: 'forwarded', note: 'Ghi chú nội bộ: gọi lại cho bà Dân' });
    await A.move(token, p?.id as string, {
      to: 'answered',
      answer: 'UBND xã đã nạo vét cống ngày 15/7.',
      document: 'Văn bản số 50/UBND',
    });
    page = await lookup(code);
    expect(page.html).toContain('Đã trả lời');
    expect(page.html).toContain('UBND xã đã nạo vét cống ngày 15/7.');
    expect(page.html).toContain('Văn bản số 50/UBND');
    for (const secret of ['Nguyễn Thị Dân', '0912 000 111', 'Xóm Chùa', 'Ghi chú nội bộ', 'Người admin', 'admin'])
      expect(page.html, secret).not.toContain(secret);
    expect(page.html.match(/<li>/g)?.length).toBe(3);
  });

  it('an answer not published stays off the page; closing names the meeting', async () => {
    const code = codeIn((await submit(valid())).html);
    const [p] = (await A.get<{ items: { id: string }[] }>(token, `/api/v1/petitions?q=${code}`)).body.items;
    await A.move(token, p?.id as string, { to: 'forwarded' });
    await A.move(token, p?.id as string, { to: 'answered', answer: 'Nội dung riêng tư', answerPublic: false });
    let page = await lookup(code);
    expect(page.html).not.toContain('Nội dung riêng tư');
    expect(page.html).toContain('gửi trực tiếp tới người kiến nghị');
    expect((await A.move(token, p?.id as string, { to: 'closed', meetingId: review, date: todayVn() })).status).toBe(
      200,
    );
    page = await lookup(code);
    expect(page.html).toContain('Đã thông tin kết quả tới cử tri');
    expect(page.html).toContain('tại Hội nghị tiếp xúc cử tri sau kỳ họp');
  });

  it('an unknown or malformed code is 404 with a message; the empty form is 200', async () => {
    expect((await lookup('KN-ZZZZZZ')).status).toBe(404);
    const bad = await lookup('<script>');
    expect(bad.status).toBe(404);
    expect(bad.html).toContain('Không tìm thấy kiến nghị có mã này');
    expect(bad.html).not.toContain('<script>');
    expect((await h.app.request('/tra-cuu-kien-nghi')).status).toBe(200);
  });
});
