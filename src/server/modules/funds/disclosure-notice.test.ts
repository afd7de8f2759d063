import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, seedWorld, type ErrorBody, type Harness, type Items, type World } from '../../testing/harness';
import { pdfToText, popplerAvailable } from '../documents/render-pdf';

/**
 * Issue 13.9: the announcement the portal publishes for a drive (THÔNG BÁO công khai, as PDF) has the Decree 30
 * "Số:" line — blank to fill in by hand until the announcement is entered in the outgoing register, then its TB
 * number and that day. The PDF is drawn by its job (draw-pdf.ts) and read back with poppler's pdftotext.
 */
const available = popplerAvailable();
if (!available && process.env.REQUIRE_SYSTEM_DEPS === '1')
  throw new Error('REQUIRE_SYSTEM_DEPS=1: poppler-utils missing');
let h: Harness;
let w: World;
const t = { standing1: '', viewer1: '', orglead1: '' };
let driveId = '';

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  for (const u of ['standing1', 'viewer1', 'orglead1'] as const) t[u] = await h.login(u);
  const fund = await h.request('POST', '/api/v1/funds', {
    token: t.standing1,
    body: { communeId: w.C1.id, name: 'Quỹ Cứu trợ' },
  });
  const drive = await h.request('POST', '/api/v1/drives', {
    token: t.standing1,
    body: {
      fundId: (fund.body as { id: string }).id,
      name: 'Ủng hộ đồng bào bị bão lũ',
      from: '2024-09-10',
      to: '2024-10-10',
    },
  });
  expect(drive.status, JSON.stringify(drive.body)).toBe(201);
  driveId = (drive.body as { id: string }).id;
});
afterAll(async () => h?.close());

/** The text of the public PDF (drawn by a job, read back with poppler), spaces collapsed. */
async function printed(): Promise<string> {
  // Made in the background: the visitor is told to come back, the job runs, then the file is there.
  expect((await h.app.request(`/cong-khai/${driveId}.pdf`)).status).toBe(202);
  await h.jobs.runNext();
  const res = await h.app.request(`/cong-khai/${driveId}.pdf`);
  expect(res.status).toBe(200);
  return (await pdfToText(Buffer.from(await res.arrayBuffer()))).replace(/\s+/g, ' ');
}
const register = (token: string, body: Record<string, unknown> = {}) =>
  h.request('POST', `/api/v1/drives/${driveId}/disclosure-notice`, { token, body });

describe.skipIf(!available)('the public announcement’s Số line', () => {
  it('is blank to fill in by hand while the announcement is not in the register', async () => {
    const text = await printed();
    expect(text).toContain('Số: /TB-MTTQ-BTT');
    expect(text).toContain('THÔNG BÁO');
    const summary = await h.request('GET', `/api/v1/drives/${driveId}/summary`, { token: t.standing1 });
    expect(summary.body).toMatchObject({ notice: null, canRegisterNotice: true });
  });

  it('only the standing committee enters it, not in the future; nothing is written when refused', async () => {
    const tables = ['outgoing_documents', 'register_counters'];
    await h.expectRefused(403, tables, () => register(t.viewer1));
    await h.expectRefused(403, tables, () => register(t.orglead1));
    const future = await h.expectRefused(422, tables, () => register(t.standing1, { date: '2999-01-01' }));
    expect(Object.keys((future as ErrorBody).error.fields ?? {})).toEqual(['date']);
    const bad = await h.expectRefused(422, tables, () => register(t.standing1, { date: '2024-02-30' }));
    expect(Object.keys((bad as ErrorBody).error.fields ?? {})).toEqual(['date']);
  });

  it('once entered, prints the register’s TB number and its date; a second entry is 409', async () => {
    const res = await register(t.standing1, { date: '2024-10-15' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ number: '01/TB-MTTQ-BTT', date: '2024-10-15' });
    const text = await printed();
    expect(text).toContain('Số: 01/TB-MTTQ-BTT');
    expect(text).toContain('ngày 15 tháng 10 năm 2024');
    expect((await register(t.standing1)).status).toBe(409);
    const entries = await h.request('GET', `/api/v1/outgoing-documents?issuerId=${w.C1.id}`, { token: t.standing1 });
    expect((entries.body as Items<{ number: string; summary: string }>).items).toContainEqual(
      expect.objectContaining({
        number: '01/TB-MTTQ-BTT',
        summary: 'Thông báo công khai kết quả Ủng hộ đồng bào bị bão lũ',
      }),
    );
    const summary = await h.request('GET', `/api/v1/drives/${driveId}/summary`, { token: t.viewer1 });
    expect(summary.body).toMatchObject({
      notice: { number: '01/TB-MTTQ-BTT', date: '2024-10-15' },
      canRegisterNotice: false,
    });
  });
});
