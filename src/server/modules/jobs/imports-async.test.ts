import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, seedWorld, type Harness, type World } from '../../testing/harness';

/**
 * Issue 13.3: the household list and the bank statement imports in their asynchronous form answer, once done,
 * exactly what the synchronous call answers at that moment, and refuse the same way.
 */
let h: Harness;
let w: World;
let token = '';
let fundId = '';
const YEAR = new Date().getUTCFullYear();
const HOUSEHOLDS = [
  'Thôn/tổ dân phố;Họ tên chủ hộ;Địa chỉ;Số nhân khẩu;Điện thoại;Năm;Diện hộ;Số quyết định',
  `Thôn Một;Lý Thị Hạnh;"Xóm 3; ngõ 2";3;;${YEAR};Gia đình chính sách;`,
  `Thôn Hai;Mai Văn Khoa;;4;;${YEAR};Hộ nghèo;`,
].join('\r\n');
const STATEMENT = [
  'Ngày giao dịch;Số tham chiếu;Số tiền ghi có;Nội dung;Tên người chuyển',
  '05/03/2026;FT1;1.000.000;UNG HO VNN2026;NGUYEN VAN A',
  '06/03/2026;FT2;500.000;Ung ho quy;TRAN THI B',
].join('\r\n');

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  token = await h.login('standing1');
  const fund = await h.request('POST', '/api/v1/funds', {
    token,
    body: { communeId: w.C1.id, name: 'Quỹ Vì người nghèo' },
  });
  fundId = (fund.body as { id: string }).id;
  const drive = await h.request('POST', '/api/v1/drives', {
    token,
    body: { fundId, name: 'Vì người nghèo 2026', code: 'VNN2026', from: '2026-01-01', to: '2026-12-31' },
  });
  expect(drive.status).toBe(201);
});
afterAll(async () => h?.close());

async function send(path: string, content: string, name: string, async: boolean) {
  const form = new FormData();
  form.set('file', new File([new Blob([content])], name));
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (async) headers.prefer = 'wait=5, respond-async';
  const res = await h.app.request(path, { method: 'POST', body: form, headers });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** The import sent with `Prefer: respond-async`, its job run here: what the job ended with. */
async function viaJob(path: string, content: string, name: string) {
  const accepted = await send(path, content, name, true);
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(202);
  expect(await h.jobs.runNext()).toBe(accepted.body.id);
  const job = await h.request('GET', `/api/v1/jobs/${accepted.body.id}`, { token });
  return job.body as { status: string; result: unknown; error: Record<string, unknown> | null };
}

describe('imports as jobs', () => {
  it('a household list: the job answers what the synchronous import answers', async () => {
    const path = '/api/v1/households/import';
    const first = await viaJob(path, HOUSEHOLDS, 'ho.csv');
    expect(first).toMatchObject({ status: 'done', result: { created: 2, updated: 0, errors: [] } });
    // The same file again: both forms now update the two households.
    const sync = await send(path, HOUSEHOLDS, 'ho.csv', false);
    expect(sync).toEqual({ status: 201, body: { created: 0, updated: 2, errors: [] } });
    expect((await viaJob(path, HOUSEHOLDS, 'ho.csv')).result).toEqual(sync.body);

    const wrong = `${HOUSEHOLDS}\r\nThôn Chín;Người Lạ;;;;${YEAR};Hộ nghèo;`;
    const refused = await send(path, wrong, 'sai.csv', false);
    expect(refused.status).toBe(422);
    const before = await h.counts(['households', 'household_categories']);
    const failed = await viaJob(path, wrong, 'sai.csv');
    expect(failed.status).toBe('failed');
    const { error, errors } = refused.body as { error: Record<string, unknown>; errors: unknown[] };
    expect(failed.error).toEqual({ status: 422, ...error, errors });
    expect(await h.counts(['households', 'household_categories'])).toEqual(before);
  });

  it('a bank statement: receipts made by the job, a second upload skipped alike', async () => {
    const path = `/api/v1/funds/${fundId}/bank-statements`;
    const first = await viaJob(path, STATEMENT, 'saoke.csv');
    expect(first).toMatchObject({
      status: 'done',
      result: { imported: 2, matched: 1, unmatched: 1, skipped: 0, errors: [], ignored: [] },
    });
    expect((first.result as { receipts: { txnId: string }[] }).receipts.map((r) => r.txnId)).toEqual(['FT1']);
    const sync = await send(path, STATEMENT, 'saoke.csv', false);
    expect(sync.status).toBe(201);
    expect(sync.body).toMatchObject({ imported: 0, skipped: 2 });
    // Each upload is its own statement record; the rest of the answer is the same either way.
    const same = (b: unknown) => ({ ...(b as object), statementId: '' });
    expect(same((await viaJob(path, STATEMENT, 'saoke.csv')).result)).toEqual(same(sync.body));

    // A bad row is reported beside the rest, never a refusal of the whole file.
    const unreadable = `${STATEMENT}\r\n07/03/2026;FT3;một triệu;Ung ho;`;
    const answered = await viaJob(path, unreadable, 'sai.csv');
    expect(answered).toMatchObject({ status: 'done', result: { rows: 3, stored: 0, duplicates: 2 } });
    expect((answered.result as { errors: { row: number; field: string }[] }).errors).toMatchObject([
      { row: 4, field: 'amount' },
    ]);
  });

  it('refuses at once, with no job, what is refused before the file is read', async () => {
    const viewer = await h.login('viewer1');
    const form = new FormData();
    form.set('file', new File([new Blob([STATEMENT])], 'saoke.csv'));
    const refused = await h.expectRefused(403, ['jobs'], async () => {
      const res = await h.app.request(`/api/v1/funds/${fundId}/bank-statements`, {
        method: 'POST',
        body: form,
        headers: { authorization: `Bearer ${viewer}`, prefer: 'respond-async' },
      });
      return { status: res.status, body: await res.json() };
    });
    expect(refused).toMatchObject({ error: { code: 'forbidden' } });
    // Another commune's households: 404 naming the field, as the synchronous call says.
    const elsewhere = new FormData();
    elsewhere.set('file', new File([new Blob([HOUSEHOLDS])], 'ho.csv'));
    elsewhere.set('communeId', w.C3.id);
    const notFound = await h.expectRefused(404, ['jobs'], async () => {
      const res = await h.app.request('/api/v1/households/import', {
        method: 'POST',
        body: elsewhere,
        headers: { authorization: `Bearer ${token}`, prefer: 'respond-async' },
      });
      return { status: res.status, body: await res.json() };
    });
    expect(notFound).toMatchObject({ error: { fields: { communeId: expect.any(String) } } });
  });
});
