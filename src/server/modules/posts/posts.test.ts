import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  createHarness,
  seedWorld,
  type ErrorBody,
  type Harness,
  type Items,
  type World,
} from '../../testing/harness';
import { slugify } from './sanitize';
import { posts } from './schema';

let h: Harness;
let w: World;
const t = {} as Record<'admin' | 'upper1' | 'standing1' | 'orglead1' | 'village1' | 'viewer1', string>;
const TABLES = ['posts', 'post_media'];

type PostBody = {
  id: string;
  communeId: string;
  kind: string;
  title: string;
  slug: string;
  body: string;
  status: string;
  publishedAt: string | null;
  approvedBy: string | null;
  createdBy: string | null;
  canEdit: boolean;
  next: string[];
  videoEmbedUrl: string | null;
};
type Res<T> = { status: number; body: T & ErrorBody };

const create = (token: string | undefined, body: Record<string, unknown>) =>
  h.request('POST', '/api/v1/posts', { token, body }) as Promise<Res<PostBody>>;
const patch = (token: string | undefined, id: string, body: Record<string, unknown>) =>
  h.request('PATCH', `/api/v1/posts/${id}`, { token, body }) as Promise<Res<PostBody>>;
const move = (token: string | undefined, id: string, to: string) =>
  h.request('POST', `/api/v1/posts/${id}/transitions`, { token, body: { to } }) as Promise<Res<PostBody>>;
const news = (extra: Record<string, unknown> = {}) => ({
  communeId: w.C1.id,
  kind: 'news',
  title: 'MTTQ xã Một tổ chức Hội nghị sơ kết',
  body: '<p>Chiều ngày 06/07/2023, hội nghị sơ kết.</p>',
  ...extra,
});

async function made(token: string, extra: Record<string, unknown> = {}) {
  const res = await create(token, news(extra));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  t.admin = await h.login('admin', ADMIN_PASSWORD);
  for (const u of ['upper1', 'standing1', 'orglead1', 'village1', 'viewer1'] as const) t[u] = await h.login(u);
});
afterAll(async () => h?.close());

describe('sanitising the editor’s HTML', () => {
  it('removes scripts, styles, event handlers, javascript: links and foreign images; keeps the allowed tags', async () => {
    const dirty = [
      '<script>alert(1)</script><style>p{color:red}</style>',
      '<p onclick="steal()" style="color:red" class="x">Xin <strong>chào</strong> <em>bà con</em> <u>thôn</u>',
      '<a href="javascript:alert(1)">xấu</a> <a href="https://mttq.vn/tin" onmouseover="x()" target="_blank">tốt</a> <a href="mailto:mttq@hongson.vn">thư</a></p>',
      '<img src="x" onerror="alert(1)"><img src="https://evil.example/a.png" alt="ngoài"><img src="/media/00000000-0000-4000-8000-000000000000/large" alt="không có">',
      '<h2>Đầu mục</h2><h3>Mục nhỏ</h3><h4>Ý</h4><h1>lớn</h1><ul><li>một</li></ul><ol><li>hai</li></ol><blockquote>trích</blockquote>',
      '<table><thead><tr><th colspan="2">Bảng</th></tr></thead><tbody><tr><td>1</td><td onclick="x">2</td></tr></tbody></table>',
      '<iframe src="https://evil.example"></iframe><svg><script>x</script></svg><form><input name="a"></form><object data="x"></object>',
    ].join('');
    const res = await create(t.standing1, news({ body: dirty }));
    expect(res.status).toBe(201);
    const b = res.body.body;
    for (const bad of [
      '<script',
      'alert',
      '<style',
      'onclick',
      'onerror',
      'onmouseover',
      'javascript:',
      'evil.example',
      '<iframe',
      '<svg',
      '<form',
      '<input',
      '<object',
      'style=',
      'class=',
      '<h1',
      '<img',
      'target=',
    ])
      expect(b).not.toContain(bad);
    for (const good of [
      '<strong>chào</strong>',
      '<em>bà con</em>',
      '<u>thôn</u>',
      '<h2>Đầu mục</h2>',
      '<h3>',
      '<h4>',
      '<ul><li>một</li></ul>',
      '<ol>',
      '<blockquote>trích</blockquote>',
      '<th colspan="2">Bảng</th>',
      '<td>2</td>',
    ])
      expect(b).toContain(good);
    expect(b).toContain('<a href="https://mttq.vn/tin" rel="noopener noreferrer">tốt</a>');
    expect(b).toContain('<a href="mailto:mttq@hongson.vn" rel="noopener noreferrer">thư</a>');
    expect(b).toContain('<a>xấu</a>');
    expect(b).toContain('lớn');
  });

  it('folds title, summary and body text into searchText', async () => {
    const p = await made(t.standing1, {
      title: 'Đại hội Đoàn thanh niên',
      summary: 'Tóm tắt ĐẸP',
      body: '<p>Nội dung <strong>Hiến máu</strong></p>',
    });
    const [row] = await h.db.select({ s: posts.searchText }).from(posts).where(eq(posts.id, p.id));
    expect(row?.s).toBe('dai hoi doan thanh nien tom tat dep noi dung hien mau');
  });
});

describe('slugs', () => {
  it('are the folded title, made unique with a number', async () => {
    expect(slugify('MTTQ xã Hồng Sơn tổ chức hội nghị Sơ kết')).toBe('mttq-xa-hong-son-to-chuc-hoi-nghi-so-ket');
    expect(slugify('Đường làng – ngõ xóm: “xanh, sạch, đẹp”!')).toBe('duong-lang-ngo-xom-xanh-sach-dep');
    expect(slugify('!!!')).toBe('bai-viet');
    const long = slugify('Một tiêu đề rất dài '.repeat(10));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long.endsWith('-')).toBe(false);
    const a = await made(t.standing1, { title: 'Thông báo lịch tiếp công dân' });
    const b = await made(t.standing1, { title: 'Thông báo lịch tiếp công dân' });
    expect(a.slug).toBe('thong-bao-lich-tiep-cong-dan');
    expect(b.slug).toBe('thong-bao-lich-tiep-cong-dan-2');
  });

  it('stay unique when several posts with one title are saved at once', async () => {
    const res = await Promise.all(
      Array.from({ length: 5 }, () => create(t.standing1, news({ title: 'Tin trùng tên cùng lúc' }))),
    );
    expect(res.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(res.map((r) => r.body.slug)).size).toBe(5);
  });

  it('follow the title until first published, then stay', async () => {
    const p = await made(t.standing1, { title: 'Tiêu đề tạm thời' });
    const renamed = await patch(t.standing1, p.id, { title: 'Tiêu đề chính thức' });
    expect(renamed.body.slug).toBe('tieu-de-chinh-thuc');
    await move(t.standing1, p.id, 'published');
    const again = await patch(t.standing1, p.id, { title: 'Tiêu đề đã sửa sau khi đăng' });
    expect(again.status).toBe(200);
    expect(again.body.slug).toBe('tieu-de-chinh-thuc');
  });
});

describe('lifecycle', () => {
  it('draft → pending by the author, published by the standing committee, then archived; out of order is 409', async () => {
    const p = await made(t.orglead1, { title: 'Hội Phụ nữ ra quân dọn vệ sinh' });
    expect(p.status).toBe('draft');
    expect(p.next).toEqual(['pending']);
    expect((await patch(t.orglead1, p.id, { summary: 'Tóm tắt của người viết' })).status).toBe(200);
    expect((await move(t.orglead1, p.id, 'archived')).status).toBe(403);
    const sent = await move(t.orglead1, p.id, 'pending');
    expect(sent.status).toBe(200);
    expect(sent.body.status).toBe('pending');
    const self = await move(t.orglead1, p.id, 'published');
    expect(self.status).toBe(403);
    expect(self.body.error.fields?.to).toBeTruthy();
    expect((await patch(t.orglead1, p.id, { title: 'Sửa khi đang chờ duyệt' })).status).toBe(403);
    const before = await h.counts(TABLES);
    const ok = await move(t.standing1, p.id, 'published');
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('published');
    expect(ok.body.publishedAt).toBeTruthy();
    expect(ok.body.approvedBy).toBe(w.users.standing1);
    expect((await h.counts(TABLES)).audit_log).toBe((before.audit_log ?? 0) + 1);
    const twice = await move(t.standing1, p.id, 'published');
    expect(twice.status).toBe(409);
    expect(twice.body.error.fields?.to).toBeTruthy();
    expect((await move(t.standing1, p.id, 'pending')).status).toBe(409);
    expect((await move(t.standing1, p.id, 'archived')).body.status).toBe('archived');
    expect((await move(t.standing1, p.id, 'published')).status).toBe(409);
    expect((await patch(t.standing1, p.id, { title: 'Sửa bài đã lưu trữ' })).status).toBe(403);
    expect((await move(t.standing1, p.id, 'draft')).body.status).toBe('draft');
    expect((await move(t.standing1, p.id, 'archived')).status).toBe(409);
  });

  it('unpublishes back to draft, and the author may withdraw a pending post', async () => {
    const p = await made(t.standing1, { status: 'published', title: 'Bài sẽ gỡ xuống' });
    expect(p.status).toBe('published');
    expect((await move(t.standing1, p.id, 'draft')).body.status).toBe('draft');
    const q = await made(t.village1, { title: 'Tin của thôn Một' });
    await move(t.village1, q.id, 'pending');
    expect((await move(t.village1, q.id, 'draft')).body.status).toBe('draft');
    // Someone else's draft: not theirs to send.
    const other = await made(t.orglead1, { title: 'Bài của Hội Phụ nữ' });
    expect((await move(t.village1, other.id, 'pending')).status).toBe(403);
    expect((await patch(t.village1, other.id, { title: 'Sửa bài người khác' })).status).toBe(403);
  });

  it('writes one audit row per command, with the action', async () => {
    const p = await made(t.standing1, { title: 'Bài để xem nhật ký' });
    await patch(t.standing1, p.id, { summary: 'Có tóm tắt' });
    await move(t.standing1, p.id, 'published');
    await move(t.standing1, p.id, 'archived');
    const audit = (await h.request('GET', `/api/v1/audit?entity=post&entityId=${p.id}`, { token: t.admin })) as {
      body: Items<{ entityId: string; action: string }>;
    };
    const actions = audit.body.items
      .filter((a) => a.entityId === p.id)
      .map((a) => a.action)
      .sort();
    expect(actions).toEqual(['post.archive', 'post.create', 'post.publish', 'post.update']);
  });

  it('lets only the standing committee create a post as published (403 naming status)', async () => {
    const before = await h.counts(TABLES);
    for (const u of ['orglead1', 'village1'] as const) {
      const res = await create(t[u], news({ status: 'published' }));
      expect(res.status).toBe(403);
      expect(res.body.error.fields?.status).toBeTruthy();
    }
    expect(await h.counts(TABLES)).toEqual(before);
    const ok = await create(t.standing1, news({ status: 'published', title: 'Đăng ngay' }));
    expect(ok.body.status).toBe('published');
    expect(ok.body.publishedAt).toBeTruthy();
  });
});

describe('bad input writes nothing and names the field', () => {
  const cases: [string, Record<string, unknown>, number, string][] = [
    ['communeId not a uuid', { communeId: 'abc' }, 422, 'communeId'],
    ['communeId of a village', { communeId: 'V1' }, 404, 'communeId'],
    ['unknown kind', { kind: 'blog' }, 422, 'kind'],
    ['missing title', { title: undefined }, 422, 'title'],
    ['title of 2 characters', { title: 'ab' }, 422, 'title'],
    ['title over 300 characters', { title: 'a'.repeat(301) }, 422, 'title'],
    ['body not a string', { body: 42 }, 422, 'body'],
    ['body only a script', { body: '<script>alert(1)</script>' }, 422, 'body'],
    ['summary over 1,000 characters', { summary: 's'.repeat(1001) }, 422, 'summary'],
    ['status archived', { status: 'archived' }, 422, 'status'],
    [
      'video link over http',
      { kind: 'video', videoUrl: 'http://www.youtube.com/watch?v=abcdefghijk' },
      422,
      'videoUrl',
    ],
    [
      'video link to another host',
      { kind: 'video', videoUrl: 'https://evil.example/watch?v=abcdefghijk' },
      422,
      'videoUrl',
    ],
    ['javascript: video link', { kind: 'video', videoUrl: 'javascript:alert(1)' }, 422, 'videoUrl'],
    ['video post without a video', { kind: 'video' }, 422, 'videoUrl'],
    ['cover not a uuid', { coverMediaId: 'x' }, 422, 'coverMediaId'],
    ['cover that does not exist', { coverMediaId: '00000000-0000-4000-8000-000000000000' }, 404, 'coverMediaId'],
  ];
  it.each(cases)('%s (%o) → %i naming %s', async (name, change, status, field) => {
    const body = news(change);
    if (change.communeId === 'V1') body.communeId = w.V1.id;
    const before = await h.counts(TABLES);
    const res = await create(t.standing1, body);
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.body.error.fields?.[field], `${name}: ${JSON.stringify(res.body)}`).toBeTruthy();
    expect(await h.counts(TABLES)).toEqual(before);
  });

  it('accepts YouTube, Facebook and Vimeo https links', async () => {
    for (const url of [
      'https://youtu.be/dQw4w9WgXcQ',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://vimeo.com/76979871',
      'https://www.facebook.com/mttqvn/videos/1234567890/',
    ]) {
      const res = await create(t.standing1, news({ kind: 'video', videoUrl: url, body: '', title: `Video ${url}` }));
      expect(res.status, url).toBe(201);
      expect(res.body.videoEmbedUrl).toMatch(
        /^https:\/\/(www\.youtube-nocookie\.com\/embed\/|player\.vimeo\.com\/video\/|www\.facebook\.com\/plugins\/video\.php)/,
      );
    }
  });

  it('PATCH refuses unknown fields and bad values, writing nothing', async () => {
    const p = await made(t.standing1, { title: 'Bài để sửa sai' });
    const before = await h.counts(TABLES);
    const a = await patch(t.standing1, p.id, { status: 'published' });
    expect(a.status).toBe(422);
    expect(a.body.error.fields?.status).toBeTruthy();
    const b = await patch(t.standing1, p.id, { kind: 'video' });
    expect(b.body.error.fields?.videoUrl).toBeTruthy();
    const c = await patch(t.standing1, p.id, { title: '' });
    expect(c.body.error.fields?.title).toBeTruthy();
    expect((await move(t.standing1, p.id, 'deleted')).body.error.fields?.to).toBeTruthy();
    expect(await h.counts(TABLES)).toEqual(before);
  });
});

describe('scope', () => {
  it('reads: own commune for its staff and viewers, the province’s communes for the level above', async () => {
    await made(t.admin, { communeId: w.C2.id, title: 'Tin của xã Hai' });
    await made(t.admin, { communeId: w.C3.id, title: 'Tin của xã Ba' });
    const communes = async (token: string | undefined) =>
      new Set(
        ((await h.request('GET', '/api/v1/posts', { token })).body as Items<{ communeId: string }>).items.map(
          (p) => p.communeId,
        ),
      );
    expect(await communes(t.standing1)).toEqual(new Set([w.C1.id]));
    expect(await communes(t.viewer1)).toEqual(new Set([w.C1.id]));
    expect(await communes(t.orglead1)).toEqual(new Set([w.C1.id]));
    expect(await communes(t.village1)).toEqual(new Set([w.C1.id]));
    expect(await communes(t.upper1)).toEqual(new Set([w.C1.id, w.C2.id]));
    expect(await communes(t.admin)).toEqual(new Set([w.C1.id, w.C2.id, w.C3.id]));
    expect((await h.request('GET', '/api/v1/posts')).status).toBe(401);
    expect((await h.request('GET', `/api/v1/posts?communeId=${w.C2.id}`, { token: t.standing1 })).status).toBe(404);
    expect((await h.request('GET', `/api/v1/posts?communeId=${w.C3.id}`, { token: t.upper1 })).status).toBe(404);
  });

  it('one post: sibling commune and other province are 404; upper reads its own', async () => {
    const c2 = await made(t.admin, { communeId: w.C2.id, title: 'Tin riêng xã Hai' });
    const c3 = await made(t.admin, { communeId: w.C3.id, title: 'Tin riêng xã Ba' });
    const c1 = await made(t.standing1, { title: 'Tin riêng xã Một' });
    const get = async (token: string, id: string) => (await h.request('GET', `/api/v1/posts/${id}`, { token })).status;
    expect(await get(t.standing1, c2.id)).toBe(404);
    expect(await get(t.standing1, c3.id)).toBe(404);
    expect(await get(t.upper1, c2.id)).toBe(200);
    expect(await get(t.upper1, c3.id)).toBe(404);
    for (const u of ['viewer1', 'orglead1', 'village1', 'upper1'] as const) expect(await get(t[u], c1.id)).toBe(200);
  });

  it('writes: the standing committee and its contributors; viewers and the level above 403; another commune 404', async () => {
    const before = await h.counts(TABLES);
    const c2 = (await h.request('GET', `/api/v1/posts?communeId=${w.C2.id}`, { token: t.admin })).body as Items;
    const c2Id = c2.items[0]?.id as string;
    expect((await create(t.viewer1, news())).status).toBe(403);
    expect((await create(t.upper1, news())).status).toBe(403);
    expect((await create(t.standing1, news({ communeId: w.C2.id }))).status).toBe(404);
    expect((await create(t.orglead1, news({ communeId: w.C3.id }))).status).toBe(404);
    expect((await create(undefined, news())).status).toBe(401);
    expect((await patch(t.standing1, c2Id, { title: 'Sửa bài xã khác' })).status).toBe(404);
    expect((await move(t.standing1, c2Id, 'published')).status).toBe(404);
    expect((await patch(t.upper1, c2Id, { title: 'Cấp trên sửa bài' })).status).toBe(403);
    expect((await move(t.upper1, c2Id, 'published')).status).toBe(403);
    const mine = (await h.request('GET', `/api/v1/posts?communeId=${w.C1.id}&status=draft`, { token: t.standing1 }))
      .body as Items;
    const draftId = mine.items[0]?.id as string;
    expect((await patch(t.viewer1, draftId, { title: 'Người xem sửa bài' })).status).toBe(403);
    expect((await move(t.viewer1, draftId, 'published')).status).toBe(403);
    expect(await h.counts(TABLES)).toEqual(before);
  });

  it('filters by status and kind', async () => {
    const res = (
      await h.request('GET', `/api/v1/posts?communeId=${w.C1.id}&status=published&kind=news`, { token: t.standing1 })
    ).body as Items<{ status: string; kind: string }>;
    expect(res.items.length).toBeGreaterThan(0);
    expect(res.items.every((p) => p.status === 'published' && p.kind === 'news')).toBe(true);
    expect((await h.request('GET', '/api/v1/posts?status=gone', { token: t.standing1 })).status).toBe(422);
  });
});

describe('helpers for the staff editor', () => {
  it('lists the communes each role may write to or publish in', async () => {
    type C = { id: string; canCreate: boolean; canPublish: boolean };
    const of = async (token: string) =>
      ((await h.request('GET', '/api/v1/posts/communes', { token })).body as Items<C>).items;
    expect(await of(t.standing1)).toEqual([
      { id: w.C1.id, name: 'Xã Một', kind: 'xã', canCreate: true, canPublish: true },
    ]);
    expect(await of(t.orglead1)).toEqual([
      expect.objectContaining({ id: w.C1.id, canCreate: true, canPublish: false }),
    ]);
    expect(await of(t.viewer1)).toEqual([
      expect.objectContaining({ id: w.C1.id, canCreate: false, canPublish: false }),
    ]);
    expect((await of(t.upper1)).map((c) => [c.id, c.canCreate]).sort()).toEqual(
      [
        [w.C1.id, false],
        [w.C2.id, false],
      ].sort(),
    );
  });

  it('previews the sanitised body without writing anything', async () => {
    const before = await h.counts(TABLES);
    const res = await h.request('POST', '/api/v1/posts/preview', {
      token: t.orglead1,
      body: { communeId: w.C1.id, body: '<p onclick="x">Xem <script>x</script>trước</p>' },
    });
    expect(res.body).toEqual({ body: '<p>Xem trước</p>' });
    expect(
      (
        await h.request('POST', '/api/v1/posts/preview', {
          token: t.standing1,
          body: { communeId: w.C3.id, body: '<p>x</p>' },
        })
      ).status,
    ).toBe(404);
    expect(await h.counts(TABLES)).toEqual(before);
  });
});
