import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, seedWorld, type Harness, type World } from '../../testing/harness';
import { portalFrameSrc } from './csp';

let h: Harness;
let w: World;
let btt = '';
const slugs: Record<string, string> = {};

type Made = { id: string; slug: string; status: string };
async function post(body: Record<string, unknown>, publish = true, communeId?: string): Promise<Made> {
  const res = await h.request('POST', '/api/v1/posts', {
    token: btt,
    body: { communeId: communeId ?? w.C1.id, kind: 'news', ...body, status: publish ? 'published' : 'draft' },
  });
  if (res.status !== 201) throw new Error(`post: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Made;
}
const page = async (path: string) => {
  const res = await h.app.request(path);
  return { status: res.status, html: await res.text(), headers: res.headers };
};

/** Elements of an XML document as [name, text] pairs, parsed strictly (throws on malformed XML). */
function parseXml(text: string): { name: string; text: string }[] {
  const parser = new SaxesParser();
  const out: { name: string; text: string }[] = [];
  const stack: { name: string; text: string }[] = [];
  parser.on('opentag', (t) => stack.push({ name: t.name, text: '' }));
  parser.on('text', (s) => {
    const top = stack[stack.length - 1];
    if (top) top.text += s;
  });
  parser.on('closetag', () => {
    const done = stack.pop();
    if (done) out.push(done);
  });
  parser.write(text).close();
  return out;
}

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  btt = await h.login('standing1');
  slugs.conference = (
    await post({
      title: 'MTTQ xã Một tổ chức Hội nghị sơ kết 6 tháng đầu năm',
      summary: 'Đạt 161% KH huyện giao.',
      body: '<p>Chiều ngày 06/07/2023, hội nghị đã diễn ra.</p><script>alert(1)</script>',
    })
  ).slug;
  slugs.notice = (
    await post({
      kind: 'announcement',
      title: 'Thông báo lịch tiếp công dân tháng 7',
      body: '<p>Sáng thứ Năm hằng tuần.</p>',
    })
  ).slug;
  slugs.video = (
    await post({
      kind: 'video',
      title: 'Video ngày hội đại đoàn kết',
      body: '',
      videoUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    })
  ).slug;
  slugs.evil = (
    await post({
      title: '<script>alert("tiêu đề")</script> Tin & "trích dẫn"',
      summary: '<img src=x onerror=alert(1)>',
      body: '<p>Nội dung an toàn</p>',
    })
  ).slug;
  slugs.draft = (await post({ title: 'Bản nháp Hội nghị chưa đăng', body: '<p>Chưa được đăng.</p>' }, false)).slug;
  const pending = await post({ title: 'Bài chờ duyệt chưa đăng', body: '<p>Chờ.</p>' }, false);
  await h.request('POST', `/api/v1/posts/${pending.id}/transitions`, { token: btt, body: { to: 'pending' } });
  slugs.pending = pending.slug;
  const archived = await post({ title: 'Bài đã lưu trữ không hiện', body: '<p>Cũ.</p>' });
  await h.request('POST', `/api/v1/posts/${archived.id}/transitions`, { token: btt, body: { to: 'archived' } });
  slugs.archived = archived.slug;
  const admin = await h.login('admin', 'Admin-Test-Pass-1');
  const other = await h.request('POST', '/api/v1/posts', {
    token: admin,
    body: {
      communeId: w.C2.id,
      kind: 'news',
      title: 'Tin của xã Hai đã đăng',
      body: '<p>Xã Hai.</p>',
      status: 'published',
    },
  });
  slugs.c2 = (other.body as Made).slug;
});
afterAll(async () => h?.close());

describe('home page', () => {
  it('shows the latest published news, announcements and videos, and keeps the citizen and disclosure sections', async () => {
    const { status, html } = await page('/');
    expect(status).toBe(200);
    expect(html).toContain('XÃ MỘT');
    expect(html).toContain(`href="/tin-tuc/${slugs.conference}"`);
    expect(html).toContain('Đạt 161% KH huyện giao.');
    expect(html).toContain(`href="/tin-tuc/${slugs.notice}"`);
    expect(html).toContain(`href="/tin-tuc/${slugs.video}"`);
    for (const hidden of ['Bản nháp Hội nghị', 'Bài chờ duyệt', 'Bài đã lưu trữ', 'Tin của xã Hai'])
      expect(html).not.toContain(hidden);
    for (const id of [
      'id="tin-tuc"',
      'id="thong-bao"',
      'id="video"',
      'id="cong-dan"',
      'id="cong-khai"',
      // Readable addresses (issue 13.9): the commune's slug, not its id.
      '/xa/xa-mot/kien-nghi',
      '/tra-cuu-kien-nghi',
      '/xa/xa-mot/gop-y',
    ])
      expect(html).toContain(id);
    expect(html).not.toContain('<script');
  });

  it('escapes titles and summaries', async () => {
    const { html } = await page('/');
    expect(html).toContain('&lt;script&gt;alert(&quot;tiêu đề&quot;)&lt;/script&gt; Tin &amp; &quot;trích dẫn&quot;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<script|<img src=x/);
  });

  it('shows another commune’s posts on that commune’s page only', async () => {
    const { html } = await page('/xa/xa-hai');
    expect(html).toContain('Tin của xã Hai đã đăng');
    expect(html).not.toContain('Hội nghị sơ kết');
  });
});

describe('article page', () => {
  it('shows title, author, date dd/mm/yyyy and the sanitised body', async () => {
    const { status, html } = await page(`/tin-tuc/${slugs.conference}`);
    expect(status).toBe(200);
    expect(html).toContain('<h1>MTTQ xã Một tổ chức Hội nghị sơ kết 6 tháng đầu năm</h1>');
    expect(html).toContain('Người standing1');
    expect(html).toMatch(/<time datetime="[^"]+">\d{2}\/\d{2}\/\d{4}<\/time>/);
    expect(html).toContain('<p>Chiều ngày 06/07/2023, hội nghị đã diễn ra.</p>');
    expect(html).not.toContain('<script');
  });

  it('embeds an allowed video in an iframe, and only on article pages lets those hosts into frame-src', async () => {
    const { html } = await page(`/tin-tuc/${slugs.video}`);
    expect(html).toContain('<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"');
    expect(html).toContain('Xem video trên YouTube');
    expect(portalFrameSrc(`/tin-tuc/${slugs.video}`)).toBe(
      "'self' https://www.youtube-nocookie.com https://www.facebook.com https://player.vimeo.com",
    );
    expect(portalFrameSrc('/')).toBe("'self'");
    expect(portalFrameSrc('/tin-tuc')).toBe("'self'");
  });

  it('is 404 for a draft, a pending or an archived post, and for an unknown slug', async () => {
    for (const s of [slugs.draft, slugs.pending, slugs.archived, 'khong-co-bai-nay', '..%2Fetc']) {
      const res = await page(`/tin-tuc/${s}`);
      expect(res.status, s).toBe(404);
      expect(res.html).toContain('Không tìm thấy');
    }
  });
});

describe('lists, search, feeds', () => {
  it('pages the news ten at a time', async () => {
    for (let i = 1; i <= 12; i++)
      await post({ title: `Tin ngắn số ${i} trong tháng`, body: `<p>Nội dung tin số ${i}.</p>` });
    const first = await page('/tin-tuc');
    expect(first.html.match(/<li>/g)?.length).toBe(10);
    expect(first.html).toContain('href="/tin-tuc?trang=2"');
    const second = await page('/tin-tuc?trang=2');
    expect(second.html).toContain('Trang 2/2');
    const notices = await page('/thong-bao');
    expect(notices.html).toContain('Thông báo lịch tiếp công dân tháng 7');
    expect(notices.html).not.toContain('Tin ngắn số');
    expect((await page('/video')).html).toContain('Video ngày hội đại đoàn kết');
  });

  it('searches ignoring diacritics, only published posts, and escapes the query', async () => {
    const res = await page('/tim-kiem?q=hoi+nghi');
    expect(res.html).toContain(`/tin-tuc/${slugs.conference}`);
    expect(res.html).not.toContain('Bản nháp Hội nghị');
    expect((await page(`/tim-kiem?q=${encodeURIComponent('HỘI NGHỊ sơ kết')}`)).html).toContain(
      `/tin-tuc/${slugs.conference}`,
    );
    expect((await page('/tim-kiem?q=tiep+cong+dan')).html).toContain(`/tin-tuc/${slugs.notice}`);
    const none = await page('/tim-kiem?q=khongcogi');
    expect(none.html).toContain('Không tìm thấy bài nào');
    const evil = await page(`/tim-kiem?q=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(evil.status).toBe(200);
    expect(evil.html).not.toContain('<script>alert(1)');
    expect(evil.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect((await page('/tim-kiem?q=100%25')).status).toBe(200);
  });

  it('publishes RSS 2.0 that parses as XML, newest 20 published items', async () => {
    // 16 published so far; 6 more make 22, of which the feed carries 20.
    for (let i = 13; i <= 18; i++)
      await post({ title: `Tin ngắn số ${i} trong tháng`, body: `<p>Nội dung tin số ${i}.</p>` });
    const res = await h.app.request('/rss.xml');
    expect(res.headers.get('content-type')).toContain('application/rss+xml');
    const els = parseXml(await res.text());
    const titles = els.filter((e) => e.name === 'title').map((e) => e.text);
    expect(els.filter((e) => e.name === 'item').length).toBe(20);
    expect(titles).toContain('Tin ngắn số 18 trong tháng');
    expect(titles).not.toContain(`MTTQ xã Một tổ chức Hội nghị sơ kết 6 tháng đầu năm`);
    expect(titles.some((x) => x.includes('Bản nháp'))).toBe(false);
    expect(els.filter((e) => e.name === 'link').every((e) => e.text.startsWith('http'))).toBe(true);
    const c1 = parseXml(await (await h.app.request(`/rss.xml?xa=${w.C2.id}`)).text());
    expect(c1.filter((e) => e.name === 'item').length).toBe(1);
  });

  it('escapes markup in feed titles: it comes back as the original text', async () => {
    const evil = '<script>alert("tiêu đề")</script> Tin & "trích dẫn"';
    await post({ title: `${evil} mới nhất`, body: '<p>Mới.</p>' });
    const text = await (await h.app.request('/rss.xml')).text();
    expect(text).not.toContain('<script');
    expect(
      parseXml(text)
        .filter((e) => e.name === 'title')
        .map((e) => e.text),
    ).toContain(`${evil} mới nhất`);
  });

  it('lists every published slug in the sitemap, and no draft', async () => {
    const res = await h.app.request('/sitemap.xml');
    const locs = parseXml(await res.text())
      .filter((e) => e.name === 'loc')
      .map((e) => new URL(e.text).pathname);
    for (const s of [slugs.conference, slugs.notice, slugs.video, slugs.evil, slugs.c2])
      expect(locs).toContain(`/tin-tuc/${s}`);
    for (const s of [slugs.draft, slugs.pending, slugs.archived]) expect(locs).not.toContain(`/tin-tuc/${s}`);
    expect(locs).toContain('/');
  });

  it('weighs under 100 KB a page (before images) and needs no script', async () => {
    for (let i = 0; i < 6; i++)
      await post({
        title: `Tin dài ${i}: ${'Hội nghị tổng kết công tác Mặt trận năm 2023 '.repeat(3)}`,
        summary: 'Tóm tắt '.repeat(100),
        body: `<p>${'Nội dung rất dài của bài viết. '.repeat(300)}</p>`,
      });
    for (const path of [
      '/',
      '/tin-tuc',
      '/thong-bao',
      '/video',
      `/tin-tuc/${slugs.conference}`,
      '/tim-kiem?q=hoi+nghi',
      '/rss.xml',
      '/sitemap.xml',
    ]) {
      const res = await h.app.request(path);
      const bytes = (await res.arrayBuffer()).byteLength;
      expect(res.status, path).toBe(200);
      expect(bytes, path).toBeLessThan(100 * 1024);
    }
  });
});
