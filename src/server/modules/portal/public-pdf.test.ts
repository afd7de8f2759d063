import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_PASSWORD, loadDemo } from '../../demo/load-demo';
import { createHarness, type Harness, type Items } from '../../testing/harness';
import { docxToPdf, pdfQueueLength, replacePdfConverter } from '../documents/render-pdf';

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
  it('are converted once per version of the ledger: parallel visitors share one conversion, a new receipt makes a new one', async () => {
    let calls = 0;
    restore = replacePdfConverter(async () => {
      calls += 1;
      return Buffer.from(`%PDF-stub ${calls}`);
    });
    const first = await Promise.all(Array.from({ length: 12 }, () => anonymous(vnnDrive)));
    expect(first.map((r) => r.status)).toEqual(Array(12).fill(200));
    expect(calls).toBe(1);
    const again = await anonymous(vnnDrive);
    expect(await again.text()).toBe('%PDF-stub 1');
    expect(calls).toBe(1);

    receiptId = await donate(750_000);
    const changed = await anonymous(vnnDrive);
    expect(await changed.text()).toBe('%PDF-stub 2');
    expect(calls).toBe(2);

    const voided = await h.request('POST', `/api/v1/donations/${receiptId}/void`, {
      token: btt,
      body: { reason: 'Ghi nhầm số tiền' },
    });
    expect(voided.status).toBe(200);
    expect(await (await anonymous(vnnDrive)).text()).toBe('%PDF-stub 3');
    expect(calls).toBe(3);
  });

  it('beyond the bound an anonymous request gets 503 with Retry-After, and a staff receipt goes before waiting visitors', async () => {
    const started: string[] = [];
    const gates: (() => void)[] = [];
    restore = replacePdfConverter(
      (_docx, opts) =>
        new Promise<Buffer>((resolve) => {
          started.push(opts.inputName ?? '');
          gates.push(() => resolve(Buffer.from(`%PDF-${opts.inputName}`)));
        }),
      2,
    );
    const visitors = [
      docxToPdf(Buffer.from('a'), { inputName: 'visitor-1', priority: 'public' }),
      docxToPdf(Buffer.from('b'), { inputName: 'visitor-2', priority: 'public' }),
    ];
    await vi.waitFor(() => expect(started).toEqual(['visitor-1']));

    const refused = await anonymous(islandsDrive);
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);

    const receiptNo = await h.request('POST', '/api/v1/donations', {
      token: btt,
      body: {
        fundId,
        driveId: vnnDrive,
        donorKind: 'business',
        donorName: 'Bà Tư',
        amount: 100_000,
        date: '2023-01-16',
      },
    });
    const id = (receiptNo.body as { id: string }).id;
    const staff = h.app.request(`/api/v1/donations/${id}/receipt.pdf`, { headers: { authorization: `Bearer ${btt}` } });
    await vi.waitFor(() => expect(pdfQueueLength()).toBe(3));

    gates.shift()?.();
    await vi.waitFor(() => expect(started).toHaveLength(2));
    expect(started[1]).toMatch(/^PT-/); // the receipt, ahead of visitor-2
    gates.shift()?.();
    const res = await staff;
    expect(res.status).toBe(200);
    expect((await res.text()).startsWith('%PDF-PT-')).toBe(true);
    await vi.waitFor(() => expect(started).toHaveLength(3));
    gates.shift()?.();
    await Promise.all(visitors);
    expect(pdfQueueLength()).toBe(0);

    // With room again, the refused visitor gets the PDF.
    const later = anonymous(islandsDrive);
    await vi.waitFor(() => expect(gates).toHaveLength(1));
    gates.shift()?.();
    expect((await later).status).toBe(200);
  });
});
