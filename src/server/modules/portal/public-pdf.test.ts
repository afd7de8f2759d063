import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, loadDemo } from '../../demo/load-demo';
import { createHarness, type Harness, type Items } from '../../testing/harness';
import { replacePdfConverter } from '../documents/render-pdf';

/**
 * Issue 12 item 1: anonymous visitors asking for public PDFs can no longer stall every PDF. The
 * converter is replaced by a stub (LibreOffice takes seconds and may be absent here; the real one is
 * tested in documents.test.ts and funds-documents.test.ts), so what is tested is the cache, the bound
 * and the order, with no sleeps.
 */
let h: Harness;
let btt = '';
let fundId = '';
let vnnDrive = '';
let islandsDrive = '';
let receiptId = '';
let restore: (() => void) | null = null;

beforeAll(async () => {
  h = await createHarness();
  await loadDemo(h.db);
  btt = await h.login('btt', DEMO_PASSWORD);
  const funds = (await h.request('GET', '/api/v1/funds', { token: btt })).body as Items<{ id: string; name: string }>;
  for (const f of funds.items) {
    const drives = (await h.request('GET', `/api/v1/drives?fundId=${f.id}`, { token: btt })).body as Items<{
      id: string;
      code: string;
    }>;
    for (const d of drives.items) {
      if (d.code === 'BIENDAO2023') islandsDrive = d.id;
      if (d.code === 'VNN2023') {
        vnnDrive = d.id;
        fundId = f.id;
      }
    }
  }
});
afterEach(() => {
  restore?.();
  restore = null;
});
afterAll(async () => h?.close());

async function donate(amount: number) {
  const r = await h.request('POST', '/api/v1/donations', {
    token: btt,
    body: { fundId, driveId: vnnDrive, donorKind: 'business', donorName: 'Ông Ba', amount, date: '2023-01-15' },
  });
  expect(r.status).toBe(201);
  return (r.body as { id: string }).id;
}

const anonymous = (drive: string) => h.app.request(`/cong-khai/${drive}.pdf`);

describe('public disclosure PDFs', () => {
  it('are made in the background once per ledger version: 202 with Retry-After until the job ran, then the file', async () => {
    let calls = 0;
    restore = replacePdfConverter(async () => {
      calls += 1;
      return Buffer.from(`%PDF-stub ${calls}`);
    });
    // Visitors never convert: every request before the job answers 202, and only one job is queued.
    const first = await Promise.all(Array.from({ length: 6 }, () => anonymous(vnnDrive)));
    expect(first.map((r) => r.status)).toEqual(Array(6).fill(202));
    expect(Number(first[0]?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(calls).toBe(0);
    expect(await (await h.app.request(`/cong-khai/${vnnDrive}`)).text()).toContain('đang chuẩn bị');
    expect(await h.jobs.runNext()).not.toBeNull();
    expect(await h.jobs.runNext()).toBeNull();
    const ready = await anonymous(vnnDrive);
    expect(ready.status).toBe(200);
    expect(await ready.text()).toBe('%PDF-stub 1');
    expect(calls).toBe(1);

    receiptId = await donate(750_000);
    expect((await anonymous(vnnDrive)).status).toBe(202);
    await h.jobs.runNext();
    expect(await (await anonymous(vnnDrive)).text()).toBe('%PDF-stub 2');

    const voided = await h.request('POST', `/api/v1/donations/${receiptId}/void`, {
      token: btt,
      body: { reason: 'Ghi nhầm số tiền' },
    });
    expect(voided.status).toBe(200);
    expect((await anonymous(vnnDrive)).status).toBe(202);
    await h.jobs.runNext();
    expect(await (await anonymous(vnnDrive)).text()).toBe('%PDF-stub 3');
    expect(calls).toBe(3);
  });

  it('a failed conversion is asked for again by the next visitor, never left pending', async () => {
    restore = replacePdfConverter(async () => {
      throw new Error('soffice crashed');
    });
    expect((await anonymous(islandsDrive)).status).toBe(202);
    await h.jobs.runNext();
    restore();
    restore = replacePdfConverter(async () => Buffer.from('%PDF-ok'));
    expect((await anonymous(islandsDrive)).status).toBe(202);
    await h.jobs.runNext();
    const res = await anonymous(islandsDrive);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('%PDF-ok');
  });
});
