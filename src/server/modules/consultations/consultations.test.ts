import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  createHarness,
  seedWorld,
  type ErrorBody,
  type Harness,
  type World,
} from '../../testing/harness';
import { systemContext } from '../../core/command';
import { renderDocx } from '../documents/render-docx';
import { docxParagraphTexts } from '../documents/zip-read';
import { createMeeting } from '../meetings/commands/create-meeting';
import { indicatorSource } from '../targets/sources';
import { consultationFigures } from './figures';

let h: Harness;
let w: World;
const t: Record<string, string> = {};
const TABLES = ['consultations', 'consultation_articles', 'consultation_comments'];

type Article = {
  id: string;
  ref: string;
  heading: string | null;
  text: string;
  position: number;
  comments: number;
  byKind: Record<string, number>;
};
type Detail = {
  id: string;
  title: string;
  status: string;
  articles: Article[];
  comments: number;
  canManage: boolean;
  canComment: boolean;
};
type Comment = {
  id: string;
  articleRef: string;
  author: string;
  authorKind: string;
  content: string;
  contact?: string | null;
  organizationName: string | null;
  meetingTitle: string | null;
  source: string;
};

async function call<T>(method: string, token: string | undefined, path: string, body?: unknown) {
  return (await h.request(method, path, { token, body })) as { status: number; body: T & ErrorBody; headers: Headers };
}
const post = <T>(token: string | undefined, path: string, body: unknown) => call<T>('POST', token, path, body);
const get = <T>(token: string | undefined, path: string) => call<T>('GET', token, path);

const ARTICLES = [
  { ref: 'Điều 1', heading: 'Phạm vi điều chỉnh', text: 'Luật này quy định về chế độ sở hữu đất đai.' },
  { ref: '2', heading: 'Đối tượng áp dụng', text: 'Cơ quan nhà nước; người sử dụng đất.' },
  { ref: 'Điều 3', text: 'Giải thích từ ngữ.' },
];

async function create(token: string, communeId: string, extra: Record<string, unknown> = {}) {
  const res = await post<Detail>(token, '/api/v1/consultations', {
    communeId,
    title: 'Dự thảo Luật Đất đai (sửa đổi)',
    deadline: '2099-03-15',
    opensOn: '2023-01-03',
    articles: ARTICLES,
    ...extra,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/** A planned consultation meeting, created through the meetings module's command (as the system). */
async function meeting(communeId: string, title: string) {
  const row = await createMeeting(systemContext(h.db), { communeId, type: 'consultation', title, date: '2023-02-10' });
  return row.id;
}

/** A .docx built by our own renderer, with the given body paragraphs. */
async function docx(paragraphs: string[]) {
  return renderDocx({
    header: { issuer: ['QUỐC HỘI'] },
    title: 'DỰ THẢO',
    body: paragraphs.map((p) => ({ kind: 'paragraph' as const, content: p })),
  });
}

async function upload(token: string, fields: Record<string, string>, file?: { bytes: Uint8Array; name: string }) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  if (file) fd.set('file', new File([new Uint8Array(file.bytes)], file.name));
  const res = await h.app.request('/api/v1/consultations/import', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: fd,
  });
  return {
    status: res.status,
    body: (await res.json()) as ErrorBody & { id: string; articles: unknown; preamble: string[]; preview?: boolean },
  };
}

const ids: Record<string, string> = {};

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  t.admin = await h.login('admin', ADMIN_PASSWORD);
  for (const u of ['upper1', 'standing1', 'orglead1', 'village1', 'viewer1']) t[u] = await h.login(u);
  ids.c1 = (await create(t.standing1 as string, w.C1.id)).id;
  ids.c2 = (await create(t.admin as string, w.C2.id, { title: 'Dự thảo xã Hai' })).id;
  ids.c3 = (await create(t.admin as string, w.C3.id, { title: 'Dự thảo xã Ba' })).id;
  ids.m1 = await meeting(w.C1.id, 'Hội nghị lấy ý kiến dự thảo Luật Đất đai');
  ids.m3 = await meeting(w.C3.id, 'Hội nghị xã Ba');
});
afterAll(async () => h?.close());

describe('creating a consultation', () => {
  it('by articles: refs made canonical, order kept, open, listed for the commune', async () => {
    const d = await get<Detail>(t.viewer1, `/api/v1/consultations/${ids.c1}`);
    expect(d.status).toBe(200);
    expect(d.body.articles.map((a) => [a.position, a.ref, a.heading])).toEqual([
      [1, 'Điều 1', 'Phạm vi điều chỉnh'],
      [2, 'Điều 2', 'Đối tượng áp dụng'],
      [3, 'Điều 3', null],
    ]);
    expect(d.body.status).toBe('open');
    expect(d.body.canManage).toBe(false);
    const audit = await get<{ items: { action: string; entityId: string }[] }>(
      t.admin,
      `/api/v1/audit?entity=consultation`,
    );
    expect(audit.body.items.some((a) => a.action === 'consultation.create' && a.entityId === ids.c1)).toBe(true);
  });

  it('by pasted text, split on "Điều N."', async () => {
    const text =
      'DỰ THẢO LUẬT\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\nNội dung một.\nĐiều 2. Đối tượng\n1. Khoản một.\n2. Khoản hai.';
    const d = await create(t.standing1 as string, w.C1.id, { title: 'Dự thảo dán', articles: undefined, text });
    expect(d.articles.map((a) => [a.ref, a.heading, a.text])).toEqual([
      ['Điều 1', 'Phạm vi', 'Nội dung một.'],
      ['Điều 2', 'Đối tượng', '1. Khoản một.\n2. Khoản hai.'],
    ]);
  });

  it('by .docx upload: previewed without writing, then created; a file that is not a .docx or has no "Điều" is a 422 on file', async () => {
    const fields = { communeId: w.C1.id, title: 'Dự thảo tải lên', deadline: '2099-01-01', opensOn: '2023-01-01' };
    const file = {
      bytes: await docx([
        'Căn cứ Hiến pháp;',
        'Điều 1. Phạm vi điều chỉnh',
        'Luật này quy định…',
        'Điều 2. Đối tượng áp dụng',
        'Mọi người.',
      ]),
      name: 'du-thao.docx',
    };
    const before = await h.counts(TABLES);
    const preview = await upload(t.standing1 as string, { ...fields, preview: '1' }, file);
    expect(preview.status).toBe(200);
    expect(preview.body.articles).toEqual([
      { ref: 'Điều 1', heading: 'Phạm vi điều chỉnh', text: 'Luật này quy định…' },
      { ref: 'Điều 2', heading: 'Đối tượng áp dụng', text: 'Mọi người.' },
    ]);
    expect(preview.body.preamble).toContain('Căn cứ Hiến pháp;');
    expect(await h.counts(TABLES)).toEqual(before);

    const created = await upload(t.standing1 as string, fields, file);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const d = await get<Detail>(t.standing1, `/api/v1/consultations/${created.body.id}`);
    expect(d.body.articles.map((a) => a.ref)).toEqual(['Điều 1', 'Điều 2']);

    const after = await h.counts(TABLES);
    const notDocx = await upload(t.standing1 as string, fields, {
      bytes: new TextEncoder().encode('Điều 1. Không phải Word'),
      name: 'du-thao.docx',
    });
    expect(notDocx.status).toBe(422);
    expect(notDocx.body.error.fields).toHaveProperty('file');
    const pdf = await upload(t.standing1 as string, fields, { bytes: file.bytes, name: 'du-thao.pdf' });
    expect(pdf.status).toBe(422);
    expect(pdf.body.error.fields).toHaveProperty('file');
    const noArticles = await upload(t.standing1 as string, fields, {
      bytes: await docx(['Chỉ có một đoạn văn.']),
      name: 'trong.docx',
    });
    expect(noArticles.status).toBe(422);
    expect(noArticles.body.error.fields?.file).toMatch(/Điều 1/);
    const noFile = await upload(t.standing1 as string, fields);
    expect(noFile.status).toBe(422);
    expect(noFile.body.error.fields).toHaveProperty('file');
    const badField = await upload(t.standing1 as string, { ...fields, deadline: '15/03/2023' }, file);
    expect(badField.status).toBe(422);
    expect(badField.body.error.fields).toHaveProperty('deadline');
    expect((await upload(t.viewer1 as string, fields, file)).status).toBe(403);
    expect((await upload(t.standing1 as string, { ...fields, communeId: w.C3.id }, file)).status).toBe(404);
    expect(await h.counts(TABLES)).toEqual(after);
  });

  it('rejects bad input naming the field, writing nothing', async () => {
    const before = await h.counts(TABLES);
    const base = { communeId: w.C1.id, title: 'X', deadline: '2099-01-01', articles: ARTICLES };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, title: '   ' }, 'title'],
      [{ ...base, title: 'x'.repeat(301) }, 'title'],
      [{ ...base, deadline: '2023-02-30' }, 'deadline'],
      [{ ...base, opensOn: '2023-05-01', deadline: '2023-04-01' }, 'deadline'],
      [{ ...base, communeId: 'abc' }, 'communeId'],
      [{ ...base, public: 'yes' }, 'public'],
      [{ ...base, articles: [] }, 'articles'],
      [{ ...base, articles: undefined }, 'articles'],
      [{ ...base, text: 'Điều 1. A' }, 'text'],
      [
        {
          ...base,
          articles: [
            { ref: 'Điều 1', text: 'a' },
            { ref: '1', text: 'b' },
          ],
        },
        'articles.1.ref',
      ],
      [{ ...base, articles: [{ ref: 'Khoản 2', text: 'a' }] }, 'articles.0.ref'],
      [{ ...base, articles: [{ ref: 'Điều 1' }] }, 'articles.0.text'],
      [{ ...base, articles: undefined, text: 'Không có điều nào.' }, 'text'],
      [{ ...base, articles: undefined, text: 'Điều 1. A\nĐiều 2. B\nĐiều 1. C' }, 'text'],
    ];
    for (const [body, field] of cases) {
      const res = await post(t.standing1, '/api/v1/consultations', body);
      expect(res.status, `${field}: ${JSON.stringify(res.body)}`).toBe(422);
      expect(res.body.error.fields, field).toHaveProperty([field]);
    }
    expect(await h.counts(TABLES)).toEqual(before);
  });
});

describe('comments', () => {
  it('from a person, an organisation and a meeting, counted per article; HTML kept as text', async () => {
    const path = `/api/v1/consultations/${ids.c1}/comments`;
    const person = await post<Comment>(t.standing1, path, {
      articleRef: 'Điều 2',
      content: '<script>alert(1)</script> Nên bổ sung hộ gia đình.',
      author: 'Nguyễn Văn An',
      contact: '0912 345 678',
    });
    expect(person.status, JSON.stringify(person.body)).toBe(201);
    expect(person.body).toMatchObject({
      articleRef: 'Điều 2',
      authorKind: 'person',
      author: 'Nguyễn Văn An',
      source: 'staff',
      contact: '0912 345 678',
    });
    expect(person.body.content).toBe('<script>alert(1)</script> Nên bổ sung hộ gia đình.');
    const org = await post<Comment>(t.standing1, path, {
      articleRef: '1',
      content: 'Đề nghị giữ nguyên.',
      authorKind: 'organization',
      organizationId: w.O1.id,
    });
    expect(org.status).toBe(201);
    expect(org.body).toMatchObject({
      articleRef: 'Điều 1',
      author: 'Hội Phụ nữ xã Một',
      organizationName: 'Hội Phụ nữ xã Một',
    });
    const conf = await post<Comment>(t.standing1, path, {
      articleRef: 'điều 2',
      content: 'Hội nghị thống nhất với dự thảo.',
      authorKind: 'meeting',
      meetingId: ids.m1,
    });
    expect(conf.status).toBe(201);
    expect(conf.body).toMatchObject({
      author: 'Hội nghị lấy ý kiến dự thảo Luật Đất đai',
      meetingTitle: 'Hội nghị lấy ý kiến dự thảo Luật Đất đai',
    });

    const d = await get<Detail>(t.viewer1, `/api/v1/consultations/${ids.c1}`);
    expect(d.body.articles.map((a) => [a.ref, a.comments])).toEqual([
      ['Điều 1', 1],
      ['Điều 2', 2],
      ['Điều 3', 0],
    ]);
    expect(d.body.articles[1]?.byKind).toEqual({ person: 1, organization: 0, meeting: 1 });
    const only2 = await get<{ items: Comment[] }>(t.viewer1, `${path}?articleRef=Điều%202`);
    expect(only2.body.items.map((c) => c.authorKind)).toEqual(['person', 'meeting']);
    // The citizen's contact: the standing committee sees it, a viewer does not.
    expect(only2.body.items[0]).not.toHaveProperty('contact');
    const all = await get<{ items: Comment[] }>(t.standing1, path);
    expect(all.body.items.map((c) => c.articleRef)).toEqual(['Điều 1', 'Điều 2', 'Điều 2']);
    expect(all.body.items[1]?.contact).toBe('0912 345 678');
    expect((await get(t.viewer1, `${path}?articleRef=Điều%209`)).status).toBe(422);
  });

  it('on an article that does not exist, with bad or foreign references: 4xx naming the field, nothing written', async () => {
    const path = `/api/v1/consultations/${ids.c1}/comments`;
    const before = await h.counts(TABLES);
    const missing = await post(t.standing1, path, { articleRef: 'Điều 7', content: 'Ý kiến', author: 'A' });
    expect(missing.status).toBe(422);
    expect(missing.body.error.fields?.articleRef).toMatch(/Điều 7/);
    const cases: [Record<string, unknown>, number, string][] = [
      [{ articleRef: 'Khoản 1', content: 'x', author: 'A' }, 422, 'articleRef'],
      [{ articleRef: 'Điều 1', content: '  ', author: 'A' }, 422, 'content'],
      [{ articleRef: 'Điều 1', content: 'x'.repeat(5001), author: 'A' }, 422, 'content'],
      [{ articleRef: 'Điều 1', content: 'x' }, 422, 'author'],
      [{ articleRef: 'Điều 1', content: 'x', authorKind: 'robot', author: 'A' }, 422, 'authorKind'],
      [{ articleRef: 'Điều 1', content: 'x', authorKind: 'organization' }, 422, 'organizationId'],
      [
        { articleRef: 'Điều 1', content: 'x', authorKind: 'person', author: 'A', organizationId: w.O1.id },
        422,
        'organizationId',
      ],
      [{ articleRef: 'Điều 1', content: 'x', authorKind: 'meeting' }, 422, 'meetingId'],
      [
        { articleRef: 'Điều 1', content: 'x', authorKind: 'organization', organizationId: w.O3.id },
        404,
        'organizationId',
      ],
      [
        { articleRef: 'Điều 1', content: 'x', authorKind: 'organization', organizationId: w.O4.id },
        404,
        'organizationId',
      ],
      [{ articleRef: 'Điều 1', content: 'x', authorKind: 'meeting', meetingId: ids.m3 }, 404, 'meetingId'],
      [
        {
          articleRef: 'Điều 1',
          content: 'x',
          authorKind: 'meeting',
          meetingId: '00000000-0000-4000-8000-000000000000',
        },
        404,
        'meetingId',
      ],
    ];
    for (const [body, status, field] of cases) {
      const res = await post(t.standing1, path, body);
      expect(res.status, `${field}: ${JSON.stringify(res.body)}`).toBe(status);
      expect(res.body.error.fields, field).toHaveProperty([field]);
    }
    expect(await h.counts(TABLES)).toEqual(before);
  });

  it('an organisation head enters their own organisation’s comments only', async () => {
    const path = `/api/v1/consultations/${ids.c1}/comments`;
    const own = await post<Comment>(t.orglead1, path, {
      articleRef: 'Điều 3',
      content: 'Hội đề nghị làm rõ.',
      authorKind: 'organization',
      organizationId: w.O1.id,
    });
    expect(own.status).toBe(201);
    expect(own.body).not.toHaveProperty('contact');
    const before = await h.counts(TABLES);
    expect(
      (
        await post(t.orglead1, path, {
          articleRef: 'Điều 3',
          content: 'x',
          authorKind: 'organization',
          organizationId: w.O2.id,
        })
      ).status,
    ).toBe(403);
    expect((await post(t.orglead1, path, { articleRef: 'Điều 3', content: 'x', author: 'Ai đó' })).status).toBe(403);
    const opts = await get<{ organizations: { id: string }[] }>(
      t.orglead1,
      `/api/v1/consultations/${ids.c1}/author-options`,
    );
    expect(opts.body.organizations.map((o) => o.id)).toEqual([w.O1.id]);
    const all = await get<{ organizations: { id: string }[]; meetings: { id: string }[] }>(
      t.standing1,
      `/api/v1/consultations/${ids.c1}/author-options`,
    );
    expect(all.body.organizations.map((o) => o.id).sort()).toEqual([w.O1.id, w.O2.id].sort());
    expect(all.body.meetings.map((m) => m.id)).toEqual([ids.m1]);
    expect(await h.counts(TABLES)).toEqual(before);
  });

  it('after closing: 409 for comments and for a second close, nothing written', async () => {
    const d = await create(t.standing1 as string, w.C1.id, { title: 'Dự thảo sẽ khóa' });
    const path = `/api/v1/consultations/${d.id}`;
    expect((await post(t.viewer1, `${path}/close`, {})).status).toBe(403);
    const closed = await post<Detail>(t.standing1, `${path}/close`, {});
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
    expect(closed.body.canComment).toBe(false);
    const before = await h.counts(TABLES);
    const late = await post(t.standing1, `${path}/comments`, { articleRef: 'Điều 1', content: 'Muộn', author: 'B' });
    expect(late.status).toBe(409);
    expect((await post(t.standing1, `${path}/close`, {})).status).toBe(409);
    expect(await h.counts(TABLES)).toEqual(before);
    const open = await get<{ items: { id: string }[] }>(
      t.standing1,
      `/api/v1/consultations?communeId=${w.C1.id}&status=open`,
    );
    const closedList = await get<{ items: { id: string }[] }>(
      t.standing1,
      `/api/v1/consultations?communeId=${w.C1.id}&status=closed`,
    );
    expect(open.body.items.map((c) => c.id)).toContain(ids.c1);
    expect(open.body.items.map((c) => c.id)).not.toContain(d.id);
    expect(closedList.body.items.map((c) => c.id)).toEqual([d.id]);
    expect((await get(t.standing1, '/api/v1/consultations?status=done')).status).toBe(422);
  });
});

describe('scope', () => {
  const readers = ['upper1', 'standing1', 'orglead1', 'village1', 'viewer1'] as const;

  it('reads: own commune for everyone in it, a sibling commune for the province only, another province for nobody', async () => {
    const expected: Record<string, [number, number, number]> = {
      upper1: [200, 200, 404],
      standing1: [200, 404, 404],
      orglead1: [200, 404, 404],
      village1: [200, 404, 404],
      viewer1: [200, 404, 404],
    };
    for (const u of readers) {
      const got = [];
      for (const id of [ids.c1, ids.c2, ids.c3]) got.push((await get(t[u], `/api/v1/consultations/${id}`)).status);
      for (const id of [ids.c1, ids.c2, ids.c3])
        expect((await get(t[u], `/api/v1/consultations/${id}/comments`)).status).toBe(
          got[[ids.c1, ids.c2, ids.c3].indexOf(id)],
        );
      expect(got, u).toEqual(expected[u]);
    }
    expect((await get(undefined, `/api/v1/consultations/${ids.c1}`)).status).toBe(401);
  });

  it('lists never return foreign rows', async () => {
    const list = async (u: string) =>
      (await get<{ items: { id: string; communeId: string }[] }>(t[u], '/api/v1/consultations')).body.items;
    for (const u of ['standing1', 'orglead1', 'village1', 'viewer1']) {
      const items = await list(u);
      expect(
        items.map((c) => c.id),
        u,
      ).toContain(ids.c1);
      expect(
        items.every((c) => c.communeId === w.C1.id),
        u,
      ).toBe(true);
    }
    const upper = await list('upper1');
    expect(upper.map((c) => c.id)).toEqual(expect.arrayContaining([ids.c1, ids.c2]));
    expect(upper.some((c) => c.communeId === w.C3.id)).toBe(false);
    expect((await list('admin')).map((c) => c.id)).toEqual(expect.arrayContaining([ids.c1, ids.c2, ids.c3]));
    // Asking for another commune by id gives nothing, not its rows.
    expect(
      (await get<{ items: unknown[] }>(t.standing1, `/api/v1/consultations?communeId=${w.C3.id}`)).body.items,
    ).toEqual([]);
  });

  it('writes: only the standing committee of the commune (or an admin); other communes are 404', async () => {
    const before = await h.counts(TABLES);
    const body = (communeId: string) => ({ communeId, title: 'X', deadline: '2099-01-01', articles: ARTICLES });
    const createExpected: Record<string, [number, number]> = {
      upper1: [403, 403],
      orglead1: [403, 404],
      village1: [403, 404],
      viewer1: [403, 404],
    };
    for (const [u, [own, sibling]] of Object.entries(createExpected)) {
      expect((await post(t[u], '/api/v1/consultations', body(w.C1.id))).status, u).toBe(own);
      expect((await post(t[u], '/api/v1/consultations', body(w.C2.id))).status, u).toBe(sibling);
      expect((await post(t[u], '/api/v1/consultations', body(w.C3.id))).status, u).toBe(404);
    }
    const foreign = await post(t.standing1, '/api/v1/consultations', body(w.C2.id));
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.fields).toHaveProperty('communeId');
    expect((await post(t.standing1, '/api/v1/consultations', body(w.C3.id))).status).toBe(404);
    const comment = { articleRef: 'Điều 1', content: 'x', author: 'A' };
    for (const u of ['upper1', 'village1', 'viewer1'])
      expect((await post(t[u], `/api/v1/consultations/${ids.c1}/comments`, comment)).status, u).toBe(403);
    expect((await post(t.upper1, `/api/v1/consultations/${ids.c2}/comments`, comment)).status).toBe(403);
    for (const u of ['standing1', 'orglead1', 'village1', 'viewer1'])
      expect((await post(t[u], `/api/v1/consultations/${ids.c2}/comments`, comment)).status, u).toBe(404);
    for (const u of readers)
      expect((await post(t[u], `/api/v1/consultations/${ids.c3}/comments`, comment)).status, u).toBe(404);
    for (const u of ['upper1', 'orglead1', 'village1', 'viewer1'])
      expect((await post(t[u], `/api/v1/consultations/${ids.c1}/close`, {})).status, u).toBe(403);
    expect((await post(t.standing1, `/api/v1/consultations/${ids.c3}/close`, {})).status).toBe(404);
    for (const u of readers)
      expect((await get(t[u], `/api/v1/consultations/${ids.c3}/synthesis.docx`)).status, u).toBe(404);
    expect(await h.counts(TABLES)).toEqual(before);
  });
});

describe('synthesis and figures', () => {
  it('the synthesis .docx groups comments by article in the draft order, counts them and prints no contact', async () => {
    const res = await h.app.request(`/api/v1/consultations/${ids.c1}/synthesis.docx`, {
      headers: { authorization: `Bearer ${t.viewer1}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/wordprocessingml/);
    const paras = docxParagraphTexts(Buffer.from(await res.arrayBuffer()));
    const text = paras.join('\n');
    expect(paras).toContain('BÁO CÁO');
    expect(text).toContain('Số: …/BC-MTTQ-BTT');
    expect(text).toContain('Tổng hợp ý kiến góp ý dự thảo Luật Đất đai (sửa đổi)');
    expect(text).toMatch(/đã tiếp nhận 4 ý kiến góp ý vào 3\/3 điều của dự thảo/);
    const i1 = paras.indexOf('Điều 1. Phạm vi điều chỉnh (1 ý kiến)');
    const i2 = paras.indexOf('Điều 2. Đối tượng áp dụng (2 ý kiến)');
    const i3 = paras.indexOf('Điều 3 (1 ý kiến)');
    expect(i1).toBeGreaterThan(0);
    expect(i2).toBeGreaterThan(i1);
    expect(i3).toBeGreaterThan(i2);
    expect(paras[i2 + 1]).toBe('- Ông/bà Nguyễn Văn An: <script>alert(1)</script> Nên bổ sung hộ gia đình.');
    expect(paras[i2 + 2]).toMatch(
      /^- Hội nghị lấy ý kiến dự thảo Luật Đất đai, ngày 10\/02\/2023: Hội nghị thống nhất/,
    );
    expect(text).not.toContain('0912 345 678');
    expect(text).toContain('TM. BAN THƯỜNG TRỰC');
    expect(text).toContain('Nơi nhận:');
  });

  it('figures and the indicator source count consultations and comments by author kind', async () => {
    const f = await consultationFigures(h.db, w.C1.path, '2023-01-01', '2023-12-31');
    expect(f.consultations).toBeGreaterThanOrEqual(4);
    expect(f.byKind).toEqual({ person: 1, organization: 2, meeting: 1 });
    expect(f.comments).toBe(4);
    expect(f.meetings).toBe(1);
    expect(f.organizations).toBe(1);
    expect((await consultationFigures(h.db, w.C1.path, '2024-01-01', '2024-12-31')).comments).toBe(0);
    expect((await consultationFigures(h.db, w.C3.path, '2023-01-01', '2023-12-31')).comments).toBe(0);
    const src = indicatorSource('consultations.comments');
    expect(src).toBeDefined();
    expect(await src?.compute(h.db, { params: {}, unitPath: w.P1.path, from: '2023-01-01', to: '2023-12-31' })).toEqual(
      { value: 4 },
    );
    expect(
      await src?.compute(h.db, {
        params: { consultationId: ids.c2 as string },
        unitPath: w.P1.path,
        from: '2000-01-01',
        to: '2000-01-02',
      }),
    ).toEqual({ value: 0 });
    expect(
      await src?.compute(h.db, {
        params: { consultationId: 'x' },
        unitPath: w.P1.path,
        from: '2023-01-01',
        to: '2023-12-31',
      }),
    ).toEqual({ value: 0 });
  });
});
