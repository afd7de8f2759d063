import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../core/command';
import { createHarness, seedWorld, type ErrorBody, type Harness, type World } from '../../testing/harness';
import { TO_FILL } from '../conference-news/compose';
import { docxParagraphTexts } from '../documents/zip-read';
import { addPerson } from '../members/commands/add-person';
import { admitMember } from '../members/commands/admit-member';

let h: Harness;
let w: World;
const t = {} as Record<'standing1' | 'upper1' | 'village1' | 'viewer1' | 'target_province', string>;
const TABLES = ['festivals', 'festival_commendations', 'outgoing_documents', 'register_counters', 'audit_log'];
type Festival = {
  id: string;
  report: { documentId: string; number: string; date: string; signer: string | null } | null;
  can: { edit: boolean; editReport: boolean; issue: boolean };
};
type Report = { figures: { key: string; value: number }[]; sections: { paragraphs: string[] }[] };
type Res<T> = { status: number; body: T & ErrorBody };
const call = async <T>(method: string, path: string, token: string | undefined, body?: unknown) =>
  (await h.request(method, path, { token, body })) as Res<T>;
const docxText = async (path: string, token: string) => {
  const res = await h.app.request(path, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return docxParagraphTexts(Buffer.from(await res.arrayBuffer())).join('\n');
};
const memberships = (r: Report) => r.figures.find((f) => f.key === 'members.memberships')?.value;
async function admit(name: string, joinedOn: string) {
  const person = await addPerson(systemContext(h.db), { fullName: name, villageId: w.V1.id });
  await admitMember(systemContext(h.db), { personId: person.id, organizationId: w.O1.id, joinedOn });
}

let id: string;
let other: string;

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  for (const u of ['standing1', 'upper1', 'village1', 'viewer1', 'target_province'] as const) t[u] = await h.login(u);
  const plan = { date: '2025-11-15', place: 'Nhà văn hóa', presenter: 'Lê Văn Trưởng' };
  id = (await call<Festival>('POST', '/api/v1/festivals', t.village1, { villageId: w.V1.id, ...plan })).body.id;
  other = (await call<Festival>('POST', '/api/v1/festivals', t.standing1, { villageId: w.V2.id, ...plan })).body.id;
  await call('POST', `/api/v1/festivals/${id}/commendations`, t.village1, {
    kind: 'household',
    name: 'Nguyễn Văn Hùng',
    reason: 'Gia đình văn hóa tiêu biểu',
  });
  await admit('Trần Văn Một', '2025-03-01');
});
afterAll(async () => h?.close());

describe('issuing the festival report through the register', () => {
  it('refuses bad dates naming the field, and callers outside the village or without the right, writing nothing', async () => {
    for (const date of ['2025-13-01', '2025-11-16', '2024-12-31', '2999-01-01']) {
      const body = await h.expectRefused(422, TABLES, () =>
        call('POST', `/api/v1/festivals/${id}/report/issue`, t.village1, { date }),
      );
      expect((body as ErrorBody).error.fields?.date, date).toBeTruthy();
    }
    // Another village's head does not see this village's festival; the province reads it but does not issue it.
    await h.expectRefused(404, TABLES, () => call('POST', `/api/v1/festivals/${other}/report/issue`, t.village1, {}));
    await h.expectRefused(403, TABLES, () => call('POST', `/api/v1/festivals/${id}/report/issue`, t.upper1, {}));
    await h.expectRefused(403, TABLES, () => call('POST', `/api/v1/festivals/${id}/report/issue`, t.viewer1, {}));
    await h.expectRefused(404, TABLES, () =>
      call('POST', `/api/v1/festivals/${id}/report/issue`, t.target_province, {}),
    );
  });

  it('gives the village board’s next BC number, dated the festival, and says so on the page', async () => {
    const before = await call<Festival>('GET', `/api/v1/festivals/${id}`, t.village1);
    expect(before.body).toMatchObject({ report: null, can: { edit: true, editReport: true, issue: true } });
    const listed = async () =>
      (await call<{ items: { id: string; reportNumber: string | null }[] }>('GET', '/api/v1/festivals', t.standing1))
        .body.items;
    expect(await listed()).toEqual(expect.arrayContaining([expect.objectContaining({ id, reportNumber: null })]));
    const res = await call<Festival>('POST', `/api/v1/festivals/${id}/report/issue`, t.village1, {});
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.report).toMatchObject({ number: '01/BC-BCTMT', date: '2025-11-15', signer: 'Lê Văn Trưởng' });
    expect(res.body.can).toMatchObject({ edit: true, editReport: false, issue: false });
    // The commune issues the other village's: that village's own book starts at 01 too.
    const second = await call<Festival>('POST', `/api/v1/festivals/${other}/report/issue`, t.standing1, {
      date: '2025-11-10',
    });
    expect(second.body.report).toMatchObject({ number: '01/BC-BCTMT', date: '2025-11-10' });
    // The commune's list shows which villages' reports were issued, by their number.
    expect(await listed()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id, reportNumber: '01/BC-BCTMT' }),
        expect.objectContaining({ id: other, reportNumber: '01/BC-BCTMT' }),
      ]),
    );
    const book = await call<{ items: { number: string; summary: string }[] }>(
      'GET',
      `/api/v1/outgoing-documents?issuerId=${w.V1.id}`,
      t.village1,
    );
    expect(book.body.items).toEqual([
      expect.objectContaining({ number: '01/BC-BCTMT', summary: expect.stringContaining('Ngày hội Đại đoàn kết') }),
    ]);
    const audit = await h.db.execute(`select action from audit_log where action = 'festival.report_issue'`);
    expect((audit as unknown as { rows: unknown[] }).rows).toHaveLength(2);
  });

  it('refuses a second issue and changes to what the issued report prints (409)', async () => {
    const again = await h.expectRefused(409, TABLES, () =>
      call('POST', `/api/v1/festivals/${id}/report/issue`, t.standing1, {}),
    );
    expect((again as ErrorBody).error.code).toBe('report_issued');
    const edit = await h.expectRefused(409, TABLES, () =>
      call('PATCH', `/api/v1/festivals/${id}`, t.village1, { highlights: 'Sửa sau khi ban hành' }),
    );
    expect((edit as ErrorBody).error.fields?.highlights).toBeTruthy();
    await h.expectRefused(409, TABLES, () =>
      call('POST', `/api/v1/festivals/${id}/commendations`, t.village1, { kind: 'person', name: 'A', reason: 'B' }),
    );
    // The plan's practical details are not in the report: still editable.
    expect((await call('PATCH', `/api/v1/festivals/${id}`, t.village1, { startTime: '08:00' })).status).toBe(200);
  });

  it('keeps the report as issued when the records change afterwards', async () => {
    const issued = await call<Report>('GET', `/api/v1/festivals/${id}/report`, t.village1);
    expect(memberships(issued.body)).toBe(1);
    const docBefore = await docxText(`/api/v1/festivals/${id}/report.docx`, t.village1);
    expect(docBefore).toContain('Số: 01/BC-BCTMT');
    expect(docBefore).toContain('có 1 lượt hội viên, đoàn viên (1 người)');
    expect(docBefore).not.toContain('DỰ THẢO');
    // No evaluation confirmed yet: the draft's sentence waiting for staff is not printed in the issued report.
    expect(docBefore).not.toContain(TO_FILL);
    expect(docBefore).toContain('Gia đình văn hóa tiêu biểu');

    await admit('Trần Văn Hai', '2025-04-01');
    const counts = await call<{ memberships: number }>(
      'GET',
      `/api/v1/members/counts?unitId=${w.V1.id}&asOf=2025-11-15`,
      t.standing1,
    );
    expect(counts.body.memberships).toBe(2);

    const after = await call<Report>('GET', `/api/v1/festivals/${id}/report`, t.upper1);
    expect(memberships(after.body)).toBe(1);
    const docAfter = await docxText(`/api/v1/festivals/${id}/report.docx`, t.upper1);
    expect(docAfter).toBe(docBefore);
    expect(docAfter).not.toContain('có 2 lượt hội viên');
    // The register's copy is the same document.
    const f = await call<Festival>('GET', `/api/v1/festivals/${id}`, t.village1);
    const fromBook = await docxText(
      `/api/v1/outgoing-documents/${f.body.report?.documentId}/document.docx`,
      t.village1,
    );
    expect(fromBook).toBe(docBefore);
  });
});
