import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  createHarness,
  seedWorld,
  type ErrorBody,
  type Harness,
  type World,
} from '../../testing/harness';

let h: Harness;
let w: World;
const t = {} as Record<'admin' | 'upper1' | 'standing1' | 'orglead1' | 'village1' | 'viewer1', string>;
const TABLES = ['posts', 'post_media'];
type Media = {
  id: string;
  kind: string;
  mime: string;
  width: number;
  height: number;
  url: string;
  thumbUrl: string | null;
  variants: Record<string, { width: number; height: number }>;
};

async function upload(
  token: string | undefined,
  bytes: Uint8Array,
  name: string,
  communeId = w.C1.id,
  extra: Record<string, string> = {},
) {
  const form = new FormData();
  form.set('file', new File([bytes.slice()], name));
  form.set('communeId', communeId);
  for (const [k, v] of Object.entries(extra)) form.set(k, v);
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await h.app.request('/api/v1/posts/media', { method: 'POST', body: form, headers });
  return { status: res.status, body: (await res.json()) as Media & ErrorBody };
}
const fetchMedia = (path: string, token?: string) =>
  h.app.request(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });

/** A photo as a phone takes it: wide, with EXIF saying "rotate 90°" and a camera model. */
async function phonePhoto(): Promise<Uint8Array> {
  const img = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: { r: 200, g: 30, b: 30 } } })
    .jpeg({ quality: 70 })
    .withMetadata({ orientation: 6, exif: { IFD0: { Model: 'Camera XYZ' } } })
    .toBuffer();
  return new Uint8Array(img);
}

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  t.admin = await h.login('admin', ADMIN_PASSWORD);
  for (const u of ['upper1', 'standing1', 'orglead1', 'village1', 'viewer1'] as const) t[u] = await h.login(u);
});
afterAll(async () => h?.close());

describe('image upload', () => {
  it('keeps a 1600 px "large" and a 400 px "thumb" as WebP, turned upright, without EXIF', async () => {
    const res = await upload(t.standing1, await phonePhoto(), 'anh.jpg', w.C1.id, { alt: 'Hội nghị' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.kind).toBe('image');
    // EXIF orientation 6: the 3000×2000 photo stands up as 2000×3000, then scales to 1600 wide.
    expect([res.body.width, res.body.height]).toEqual([1600, 2400]);
    expect(res.body.variants.thumb).toEqual(expect.objectContaining({ width: 400, height: 600 }));
    const large = await fetchMedia(res.body.url, t.standing1);
    expect(large.status).toBe(200);
    expect(large.headers.get('cache-control')).toBe('private, no-store');
    const meta = await sharp(Buffer.from(await large.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height, meta.exif, meta.orientation]).toEqual([
      'webp',
      1600,
      2400,
      undefined,
      undefined,
    ]);
    const thumb = await sharp(
      Buffer.from(await (await fetchMedia(res.body.thumbUrl ?? '', t.standing1)).arrayBuffer()),
    ).metadata();
    expect([thumb.format, thumb.width, thumb.height]).toEqual(['webp', 400, 600]);
  });

  it('does not enlarge a small image', async () => {
    const png = await sharp({ create: { width: 300, height: 200, channels: 4, background: '#fff' } })
      .png()
      .toBuffer();
    const res = await upload(t.orglead1, new Uint8Array(png), 'nho.png');
    expect(res.status).toBe(201);
    expect([res.body.width, res.body.height, res.body.variants.thumb?.width]).toEqual([300, 200, 300]);
  });

  it('refuses fakes and oversize files by content, naming file, writing nothing', async () => {
    const before = await h.counts(TABLES);
    const jpegHeaderThenJunk = new Uint8Array([
      0xff,
      0xd8,
      0xff,
      0xe0,
      ...new TextEncoder().encode('this is not really a jpeg at all, just text'),
    ]);
    const cases: [Uint8Array, string][] = [
      [jpegHeaderThenJunk, 'anh.jpg'],
      [new TextEncoder().encode('<html><script>alert(1)</script></html>'), 'anh.png'],
      [new TextEncoder().encode('%PDF-1.4 a pdf is not an image'), 'tai-lieu.jpg'],
      [new Uint8Array(0), 'rong.jpg'],
    ];
    for (const [bytes, name] of cases) {
      const res = await upload(t.standing1, bytes, name);
      expect(res.status, name).toBe(422);
      expect(res.body.error.fields?.file, name).toBeTruthy();
    }
    const big = new Uint8Array(10 * 1024 * 1024 + 10);
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const res = await upload(t.standing1, big, 'lon.png');
    expect(res.status).toBe(422);
    expect(res.body.error.fields?.file).toContain('10 MB');
    expect(await h.counts(TABLES)).toEqual(before);
  });

  it('stores a video file as it is', async () => {
    const mp4 = new Uint8Array(4096);
    mp4.set([0, 0, 0, 0x20, ...new TextEncoder().encode('ftypisom')]);
    const res = await upload(t.standing1, mp4, 'clip.mp4');
    expect(res.status).toBe(201);
    expect([res.body.kind, res.body.mime, res.body.thumbUrl]).toEqual(['video', 'video/mp4', null]);
    const got = await fetchMedia(res.body.url, t.standing1);
    expect(got.headers.get('content-type')).toBe('video/mp4');
    expect(new Uint8Array(await got.arrayBuffer())).toEqual(mp4);
    const part = await h.app.request(res.body.url, {
      headers: { authorization: `Bearer ${t.standing1}`, range: 'bytes=4-11' },
    });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 4-11/4096');
    expect(new TextDecoder().decode(await part.arrayBuffer())).toBe('ftypisom');
  });

  it('scope: viewers and the level above may not upload; another commune is 404', async () => {
    const png = new Uint8Array(
      await sharp({ create: { width: 20, height: 20, channels: 3, background: '#000' } })
        .png()
        .toBuffer(),
    );
    const before = await h.counts(TABLES);
    expect((await upload(t.viewer1, png, 'a.png')).status).toBe(403);
    expect((await upload(t.upper1, png, 'a.png')).status).toBe(403);
    expect((await upload(t.standing1, png, 'a.png', w.C2.id)).status).toBe(404);
    expect((await upload(undefined, png, 'a.png')).status).toBe(401);
    const bad = await upload(t.standing1, png, 'a.png', 'abc');
    expect([bad.status, Object.keys(bad.body.error.fields ?? {})]).toEqual([422, ['communeId']]);
    expect(await h.counts(TABLES)).toEqual(before);
  });
});

describe('who sees a file', () => {
  it('is public (cached a year) only once a published post carries it; before, only the commune’s staff', async () => {
    const png = new Uint8Array(
      await sharp({ create: { width: 800, height: 600, channels: 3, background: '#0a0' } })
        .png()
        .toBuffer(),
    );
    const cover = (await upload(t.standing1, png, 'bia.png')).body;
    const inline = (await upload(t.standing1, png, 'trong-bai.png')).body;
    expect((await fetchMedia(cover.url)).status).toBe(404);
    expect((await fetchMedia(inline.thumbUrl ?? '')).status).toBe(404);
    expect((await fetchMedia(cover.url, t.viewer1)).status).toBe(200);
    expect((await fetchMedia(cover.url, t.upper1)).status).toBe(200);
    const other = await h.login('target_commune');
    expect((await fetchMedia(cover.url, other)).status).toBe(404);

    const res = await h.request('POST', '/api/v1/posts', {
      token: t.standing1,
      body: {
        communeId: w.C1.id,
        kind: 'news',
        title: 'Bài có ảnh',
        body: `<p>Ảnh:</p><img src="${inline.url}" alt="Trong bài" onerror="x()">`,
        coverMediaId: cover.id,
      },
    });
    expect(res.status).toBe(201);
    const post = res.body as { id: string; body: string };
    expect(post.body).toContain(`<img src="${inline.url}" alt="Trong bài" />`);
    expect((await fetchMedia(cover.url)).status).toBe(404);
    await h.request('POST', `/api/v1/posts/${post.id}/transitions`, { token: t.standing1, body: { to: 'published' } });
    for (const path of [cover.url, cover.thumbUrl ?? '', inline.url]) {
      const r = await fetchMedia(path);
      expect(r.status, path).toBe(200);
      expect(r.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
    expect((await fetchMedia(`/media/${cover.id}/original`)).status).toBe(404);
    expect((await fetchMedia('/media/not-a-uuid/large')).status).toBe(404);
  });

  it('drops a body image or refuses a cover that belongs to another commune', async () => {
    const png = new Uint8Array(
      await sharp({ create: { width: 50, height: 50, channels: 3, background: '#00f' } })
        .png()
        .toBuffer(),
    );
    const theirs = (await upload(t.admin, png, 'xa-hai.png', w.C2.id)).body;
    const res = await h.request('POST', '/api/v1/posts', {
      token: t.standing1,
      body: {
        communeId: w.C1.id,
        kind: 'news',
        title: 'Bài dùng ảnh xã khác',
        body: `<p>Chữ</p><img src="${theirs.url}">`,
      },
    });
    expect((res.body as { body: string }).body).toBe('<p>Chữ</p>');
    const cover = await h.request('POST', '/api/v1/posts', {
      token: t.standing1,
      body: { communeId: w.C1.id, kind: 'news', title: 'Bìa của xã khác', body: '<p>Chữ</p>', coverMediaId: theirs.id },
    });
    expect(cover.status).toBe(404);
    expect((cover.body as ErrorBody).error.fields?.coverMediaId).toBeTruthy();
  });
});
