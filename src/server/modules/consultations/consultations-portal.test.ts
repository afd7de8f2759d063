import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, seedWorld, type Harness, type World } from '../../testing/harness';
import { listAudit } from '../audit/queries';
import { consultationComments } from './schema';

let h: Harness;
let w: World;
let token = '';
const TABLES = ['consultations', 'consultation_articles', 'consultation_comments'];
const ids: Record<string, string> = {};
let ipSeq = 0;

async function create(extra: Record<string, unknown> = {}, communeId = w.C1.id) {
  const res = await h.request('POST', '/api/v1/consultations', {
    token,
    body: {
      communeId,
      title: 'Dự thảo Luật Đất đai (sửa đổi)',
      requestedBy: 'Ủy ban MTTQ tỉnh',
      opensOn: '2023-01-03',
      deadline: '2099-03-15',
      articles: [
        {
          ref: 'Điều 1',
          heading: 'Phạm vi điều chỉnh',
          text: 'Luật này quy định về đất đai.\nKhoản hai <b>in đậm</b>.',
        },
        { ref: 'Điều 2', heading: 'Đối tượng áp dụng', text: 'Cơ quan nhà nước.' },
      ],
      ...extra,
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return (res.body as { id: string }).id;
}

/** A citizen's browser: form-encoded POST from its own address unless one is given. */
async function send(id: string, fields: Record<string, string>, ip = `172.16.0.${++ipSeq}`) {
  const res = await h.app.request(`/gop-y/${id}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
    body: new URLSearchParams(fields).toString(),
  });
  return {
    status: res.status,
    html: await res.text(),
    location: res.headers.get('location'),
    retryAfter: res.headers.get('retry-after'),
  };
}
const page = async (path: string) => {
  const res = await h.app.request(path);
  return { status: res.status, html: await res.text() };
};
const good = {
  name: 'Trần Thị Bình',
  contact: '0987 654 321',
  articleRef: 'Điều 2',
  content: 'Đề nghị bổ sung người sử dụng đất.',
  website: '',
};

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  token = await h.login('standing1');
  ids.open = await create();
  ids.private = await create({ title: 'Dự thảo nội bộ', public: false });
  ids.past = await create({ title: 'Dự thảo đã hết hạn', deadline: '2023-02-01' });
  ids.upcoming = await create({ title: 'Dự thảo sắp mở', opensOn: '2099-01-01', deadline: '2099-02-01' });
  ids.closed = await create({ title: 'Dự thảo đã khóa' });
  expect((await h.request('POST', `/api/v1/consultations/${ids.closed}/close`, { token })).status).toBe(200);
  const admin = await h.login('admin', 'Admin-Test-Pass-1');
  const other = await h.request('POST', '/api/v1/consultations', {
    token: admin,
    body: {
      communeId: w.C3.id,
      title: 'Dự thảo xã Ba',
      deadline: '2099-01-01',
      opensOn: '2023-01-01',
      articles: [{ ref: 'Điều 1', text: 'x' }],
    },
  });
  ids.other = (other.body as { id: string }).id;
});
afterAll(async () => h?.close());

describe('portal pages', () => {
  it('lists the commune’s open public drafts only', async () => {
    const p = await page('/xa/xa-mot/gop-y');
    expect(p.status).toBe(200);
    expect(p.html).toContain(`/gop-y/${ids.open}`);
    for (const k of ['private', 'past', 'upcoming', 'closed', 'other'])
      expect(p.html, k).not.toContain(`/gop-y/${ids[k]}`);
    expect((await page('/xa/not-a-commune/gop-y')).status).toBe(404);
    expect((await page(`/xa/${w.V1.id}/gop-y`)).status).toBe(404);
  });

  it('shows the draft article by article with the form; private or unknown drafts are 404', async () => {
    const p = await page(`/gop-y/${ids.open}`);
    expect(p.status).toBe(200);
    expect(p.html).toContain('Điều 1. Phạm vi điều chỉnh');
    expect(p.html).toContain('<form class="comment" method="post"');
    expect(p.html).toMatch(/name="website"/);
    // Draft text with markup is shown as text.
    expect(p.html).toContain('Khoản hai &lt;b&gt;in đậm&lt;/b&gt;.');
    expect(p.html).not.toContain('<b>in đậm</b>');
    expect((await page(`/gop-y/${ids.private}`)).status).toBe(404);
    expect((await page('/gop-y/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const past = await page(`/gop-y/${ids.past}`);
    expect(past.html).toContain('Đã hết thời gian góp ý');
    expect(past.html).not.toContain('<form class="comment"');
  });
});

describe('the comment form', () => {
  it('stores a valid comment (source portal, contact kept for staff, not in the log) and thanks the citizen', async () => {
    const before = await h.counts(TABLES);
    const res = await send(ids.open as string, { ...good, content: '<script>alert("x")</script> Ý kiến & đề nghị' });
    expect(res.status).toBe(303);
    expect(res.location).toBe(`/gop-y/${ids.open}?da-gui=1#gop-y`);
    expect((await h.counts(TABLES)).consultation_comments).toBe((before.consultation_comments ?? 0) + 1);
    expect((await h.counts()).audit_log).toBe((before.audit_log ?? 0) + 1);
    const [row] = await h.db.select().from(consultationComments).where(eq(consultationComments.source, 'portal'));
    expect(row).toMatchObject({
      author: 'Trần Thị Bình',
      authorKind: 'person',
      contact: '0987 654 321',
      content: '<script>alert("x")</script> Ý kiến & đề nghị',
      createdBy: null,
    });
    const [log, ...more] = await listAudit(h.db, {
      scope: { all: true, roots: [] },
      entityId: row?.id ?? '',
      limit: 10,
    });
    expect(more).toEqual([]);
    expect(log?.action).toBe('consultation_comment.portal');
    expect(JSON.stringify(log?.after)).not.toContain('0987');

    const thanks = await page(`/gop-y/${ids.open}?da-gui=1`);
    expect(thanks.html).toContain('Cảm ơn ông/bà đã góp ý');
    // Comments are not published: only the count per article.
    expect(thanks.html).not.toContain('alert');
    expect(thanks.html).not.toContain('Trần Thị Bình');
    expect(thanks.html).not.toContain('0987 654 321');
    expect(thanks.html).toContain('Đã có 1 ý kiến góp ý');
    // Staff get the text back exactly as typed (the app escapes it when showing it).
    const api = await h.request('GET', `/api/v1/consultations/${ids.open}/comments`, { token });
    expect((api.body as { items: { content: string }[] }).items[0]?.content).toBe(
      '<script>alert("x")</script> Ý kiến & đề nghị',
    );
  });

  it('shows errors next to the fields with the values kept (422), writing nothing; values are escaped', async () => {
    const before = await h.counts(TABLES);
    const res = await send(ids.open as string, {
      name: '',
      contact: '<i>0912</i>',
      articleRef: 'Điều 2',
      content: '  ',
      website: '',
    });
    expect(res.status).toBe(422);
    expect(res.html).toMatch(/id="name-err"[^>]*>Vui lòng nhập họ và tên\./);
    expect(res.html).toMatch(/id="content-err"[^>]*>Vui lòng nhập nội dung góp ý\./);
    expect(res.html).toContain('value="&lt;i&gt;0912&lt;/i&gt;"');
    expect(res.html).toMatch(/<option value="Điều 2" selected/);
    const missing = await send(ids.open as string, { ...good, articleRef: 'Điều 9' });
    expect(missing.status).toBe(422);
    expect(missing.html).toContain('Dự thảo không có điều này');
    const long = await send(ids.open as string, { ...good, name: 'A'.repeat(201) });
    expect(long.status).toBe(422);
    expect(long.html).toContain('Họ và tên tối đa 200 ký tự.');
    expect(await h.counts(TABLES)).toEqual(before);
  });

  it('12.15 refuses names, contacts and texts with controls or bidi overrides (422 on the field), writing nothing', async () => {
    const before = await h.counts(TABLES);
    for (const [field, value] of [
      ['name', 'Trần Thị \u202EhnìB'],
      ['name', 'Trần\u2066 Bình'],
      ['contact', '0987\u0085654321'],
      ['content', 'Góp ý \u202Dđảo chiều\u202C ở đây.'],
    ] as const) {
      const res = await send(ids.open as string, { ...good, [field]: value });
      expect(res.status, `${field} ${JSON.stringify(value)}`).toBe(422);
      expect(res.html).toMatch(new RegExp(`id="${field}-err"[^>]*>Có ký tự điều khiển`));
    }
    expect(await h.counts(TABLES)).toEqual(before);
  });

  it('answers a bot (honeypot filled) as if accepted and keeps nothing', async () => {
    const before = await h.counts(TABLES);
    const res = await send(ids.open as string, { ...good, website: 'http://spam.example' });
    expect(res.status).toBe(303);
    expect(res.location).toBe(`/gop-y/${ids.open}?da-gui=1#gop-y`);
    expect(await h.counts(TABLES)).toEqual(before);
  });

  it('refuses when closed (409), past the deadline (410), not yet open (409) or private (404)', async () => {
    const before = await h.counts(TABLES);
    const closed = await send(ids.closed as string, good);
    expect(closed.status).toBe(409);
    expect(closed.html).toContain('đã kết thúc');
    const past = await send(ids.past as string, good);
    expect(past.status).toBe(410);
    expect(past.html).toContain('Đã hết hạn góp ý');
    expect((await send(ids.upcoming as string, good)).status).toBe(409);
    expect((await send(ids.private as string, good)).status).toBe(404);
    expect(await h.counts(TABLES)).toEqual(before);
  });

  it('limits the body size (413)', async () => {
    const before = await h.counts(TABLES);
    const res = await send(ids.open as string, { ...good, content: 'x'.repeat(70 * 1024) });
    expect(res.status).toBe(413);
    expect(await h.counts(TABLES)).toEqual(before);
  });

  it('limits submissions per address: the 11th in ten minutes is a 429 with Retry-After', async () => {
    const ip = '192.0.2.77';
    for (let i = 0; i < 10; i++)
      expect((await send(ids.open as string, { ...good, content: `Ý kiến số ${i}` }, ip)).status).toBe(303);
    const before = await h.counts(TABLES);
    const res = await send(ids.open as string, good, ip);
    expect(res.status).toBe(429);
    expect(Number(res.retryAfter)).toBeGreaterThan(0);
    expect(await h.counts(TABLES)).toEqual(before);
    // Another address is not affected.
    expect((await send(ids.open as string, good)).status).toBe(303);
  });
});
