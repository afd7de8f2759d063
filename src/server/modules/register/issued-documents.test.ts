import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxParagraphTexts } from '../documents/zip-read';
import { createHarness, seedWorld, type ErrorBody, type Harness, type Items, type World } from '../../testing/harness';

/** Syntheses issued into the register: a number once, the document frozen with it, downloadable from the register. */
let h: Harness;
let w: World;
const t: Record<string, string> = {};
type Issued = { documentId: string; number: string; docx: string };
const TABLES = ['outgoing_documents', 'register_counters'];

const post = async <T>(token: string | undefined, path: string, body: unknown) =>
  (await h.request('POST', path, { token, body })) as { status: number; body: T & ErrorBody };
async function docxLines(token: string | undefined, path: string) {
  const res = await h.app.request(path, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return docxParagraphTexts(Buffer.from(await res.arrayBuffer()));
}

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  for (const u of ['standing1', 'viewer1', 'village1', 'upper1']) t[u] = await h.login(u);
});
afterAll(async () => h?.close());

describe('the petitions synthesis issued before the council session', () => {
  it('takes the next BC number and stays as issued when petitions change afterwards', async () => {
    const p = await post<{ id: string }>(t.standing1, '/api/v1/petitions', {
      communeId: w.C1.id,
      content: 'Đề nghị sửa cầu tràn thôn Một',
      field: 'infrastructure',
      agency: 'ubnd_xa',
      receivedAt: '2023-06-15',
    });
    expect(p.status).toBe(201);
    const issued = await post<Issued>(t.standing1, '/api/v1/petitions/synthesis', {
      communeId: w.C1.id,
      from: '2023-01-01',
      to: '2023-06-30',
      session: 'thứ Bảy',
      date: '2023-07-01',
    });
    expect(issued.status).toBe(201);
    expect(issued.body.number).toBe('01/BC-MTTQ-BTT');
    const before = await docxLines(t.standing1, issued.body.docx);
    expect(before).toContain('Số: 01/BC-MTTQ-BTT');
    expect(before.join('\n')).toContain('Đề nghị sửa cầu tràn thôn Một');
    // A petition received later in the same period does not enter the issued document.
    await post(t.standing1, '/api/v1/petitions', {
      communeId: w.C1.id,
      content: 'Đề nghị lắp đèn đường',
      field: 'infrastructure',
      agency: 'ubnd_xa',
      receivedAt: '2023-06-20',
    });
    const after = await docxLines(t.standing1, issued.body.docx);
    expect(after).toEqual(before);
    const list = (await h.request('GET', `/api/v1/outgoing-documents?issuerId=${w.C1.id}`, { token: t.standing1 }))
      .body as Items<{ number: string; sourceKind: string; hasDocument: boolean }>;
    expect(list.items.find((e) => e.number === '01/BC-MTTQ-BTT')).toMatchObject({
      sourceKind: 'petition_synthesis',
      hasDocument: true,
    });
  });

  it('is issued by the standing committee only; nothing is written otherwise', async () => {
    const before = await h.counts(TABLES);
    expect((await post(t.viewer1, '/api/v1/petitions/synthesis', { communeId: w.C1.id })).status).toBe(403);
    expect((await post(t.village1, '/api/v1/petitions/synthesis', { communeId: w.C1.id })).status).toBe(403);
    const foreign = await post(t.standing1, '/api/v1/petitions/synthesis', { communeId: w.C3.id });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.fields?.communeId).toBeTruthy();
    expect(
      (await post(t.standing1, '/api/v1/petitions/synthesis', { communeId: w.C1.id, date: '2099-01-01' })).body.error
        .fields?.date,
    ).toBeTruthy();
    expect(await h.counts(TABLES)).toEqual(before);
  });
});

describe('the consultation synthesis', () => {
  it('is issued once with a number and read back from the register; a second issue is 409', async () => {
    const c = await post<{ id: string }>(t.standing1, '/api/v1/consultations', {
      communeId: w.C1.id,
      title: 'Dự thảo Luật Đất đai (sửa đổi)',
      opensOn: '2023-01-03',
      deadline: '2023-03-15',
      articles: [{ ref: 'Điều 1', text: 'Phạm vi điều chỉnh' }],
    });
    expect(c.status).toBe(201);
    expect(
      (
        await post(t.standing1, `/api/v1/consultations/${c.body.id}/comments`, {
          articleRef: 'Điều 1',
          content: 'Đề nghị làm rõ phạm vi',
          author: 'Nguyễn Văn An',
        })
      ).status,
    ).toBe(201);
    const issued = await post<Issued>(t.standing1, `/api/v1/consultations/${c.body.id}/synthesis`, {
      date: '2023-03-16',
    });
    expect(issued.status).toBe(201);
    expect(issued.body.number).toBe('02/BC-MTTQ-BTT');
    const lines = await docxLines(t.standing1, issued.body.docx);
    expect(lines).toContain('Số: 02/BC-MTTQ-BTT');
    expect(lines.join('\n')).toContain('Đề nghị làm rõ phạm vi');
    const before = await h.counts(TABLES);
    const again = await post<Issued>(t.standing1, `/api/v1/consultations/${c.body.id}/synthesis`, {});
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('02/BC-MTTQ-BTT');
    expect((await post(t.viewer1, `/api/v1/consultations/${c.body.id}/synthesis`, {})).status).toBe(403);
    expect(await h.counts(TABLES)).toEqual(before);
    // The register's copy is read where the register is read: the level above yes, a village head no.
    expect((await h.app.request(issued.body.docx, { headers: { authorization: `Bearer ${t.upper1}` } })).status).toBe(
      200,
    );
    expect((await h.app.request(issued.body.docx, { headers: { authorization: `Bearer ${t.village1}` } })).status).toBe(
      404,
    );
  });
});
