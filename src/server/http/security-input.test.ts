import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, publicUrlOf } from '../config';
import { ADMIN_PASSWORD, createHarness, seedWorld, type ErrorBody, type Harness, type World } from '../testing/harness';

/** Issue 12, items 13–17: bad input and spoofed headers, replayed as requests, with the fixed answers. */
let h: Harness;
let w: World;
let btt = '';
let fundId = '';
beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  btt = await h.login('standing1');
  const f = await h.request('POST', '/api/v1/funds', { token: btt, body: { communeId: w.C1.id, name: 'Quỹ Thử' } });
  fundId = (f.body as { id: string }).id;
});
afterAll(async () => h?.close());

const fields = (body: unknown) => (body as ErrorBody).error.fields ?? {};

describe('12.13 NUL bytes, lone surrogates and year-0000 dates are a 4xx naming the field', () => {
  it('the public search ?q=%00 is a 400, not a 500', async () => {
    const res = await h.app.request('/tim-kiem?q=%00');
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('"q"');
    expect((await h.app.request('/tim-kiem?q=ch%E1%BB%A3')).status).toBe(200);
  });

  it('an API query parameter with NUL names the parameter', async () => {
    const res = await h.request('GET', `/api/v1/audit?q=a%00b`, { token: btt });
    expect(res.status).toBe(422);
    expect(Object.keys(fields(res.body))).toEqual(['q']);
  });

  it('NUL or a lone surrogate in any JSON string (even a plain-string field) is a 422 naming it, and writes nothing', async () => {
    const admin = await h.login('admin', ADMIN_PASSWORD);
    const before = await h.counts(['donations']);
    const donation = (over: Record<string, unknown>) => ({
      fundId,
      donorKind: 'person',
      donorName: 'Nguyễn Văn A',
      amount: 100_000,
      date: '2024-03-01',
      ...over,
    });
    for (const [over, field] of [
      [{ donorName: 'An\u0000' }, 'donorName'],
      [{ note: 'x\uD800y' }, 'note'],
      [{ donorAddress: '\uDC00' }, 'donorAddress'],
    ] as const) {
      const res = await h.request('POST', '/api/v1/donations', { token: btt, body: donation(over) });
      expect(res.status, field).toBe(422);
      expect(Object.keys(fields(res.body))).toEqual([field]);
    }
    const nested = await h.request('POST', '/api/v1/units', {
      token: admin,
      body: { level: 'village', name: 'Thôn \u0000', parentId: w.C1.id },
    });
    expect(nested.status).toBe(422);
    expect(fields(nested.body)).toHaveProperty('name');
    expect(await h.counts(['donations'])).toEqual(before);
  });

  it('year 0000 and receipts or payouts dated before 2000 are refused on the date field', async () => {
    const before = await h.counts(['donations', 'disbursements']);
    for (const date of ['0000-01-01', '0202-12-02', '1999-12-31']) {
      const r = await h.request('POST', '/api/v1/donations', {
        token: btt,
        body: { fundId, donorKind: 'person', donorName: 'A', amount: 1000, date },
      });
      expect(r.status, date).toBe(422);
      expect(Object.keys(fields(r.body))).toEqual(['date']);
      const p = await h.request('POST', '/api/v1/disbursements', {
        token: btt,
        body: { fundId, amount: 1000, date, purpose: 'Chi', recipient: 'B', decisionRef: 'QĐ 1' },
      });
      expect(p.status, date).toBe(422);
      expect(Object.keys(fields(p.body))).toEqual(['date']);
    }
    expect(await h.counts(['donations', 'disbursements'])).toEqual(before);
    const ok = await h.request('POST', '/api/v1/donations', {
      token: btt,
      body: { fundId, donorKind: 'person', donorName: 'A', amount: 1000, date: '2000-01-01' },
    });
    expect(ok.status).toBe(201);
  });
});

describe('12.16 the Host header never reaches absolute links', () => {
  it('canonical, og:image, RSS and sitemap use PUBLIC_URL (default http://localhost:PORT)', async () => {
    const post = await h.request('POST', '/api/v1/posts', {
      token: btt,
      body: { communeId: w.C1.id, kind: 'news', title: 'Tin thử Host', body: '<p>Nội dung.</p>', status: 'published' },
    });
    expect(post.status).toBe(201);
    const slug = (post.body as { slug: string }).slug;
    const evil = { headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' } };
    for (const path of [`/tin-tuc/${slug}`, '/rss.xml', '/sitemap.xml']) {
      const text = await (await h.app.request(`http://evil.example${path}`, evil)).text();
      expect(text, path).not.toContain('evil.example');
      expect(text, path).toContain(`http://localhost:3000/tin-tuc/${slug}`);
    }
    expect(publicUrlOf(loadConfig({ PORT: '8080' }))).toBe('http://localhost:8080');
    expect(publicUrlOf(loadConfig({ PUBLIC_URL: 'https://mattran.example.vn/' }))).toBe('https://mattran.example.vn');
    expect(() => loadConfig({ PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/PUBLIC_URL/);
  });
});

/** Every string cell of every sheet, with its number format; fails if any cell is a formula. */
async function cellsOf(bytes: ArrayBuffer): Promise<{ value: string; numFmt: string | undefined }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  const out: { value: string; numFmt: string | undefined }[] = [];
  for (const ws of wb.worksheets)
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.formula).toBeFalsy();
        if (typeof cell.value === 'string') out.push({ value: cell.value, numFmt: cell.numFmt });
      }),
    );
  return out;
}

const EVIL = ['=HYPERLINK("http://evil.example","bấm")', '+84 912', '-3+cmd', '@SUM(A1)'];
const expectNeutralised = (cells: { value: string; numFmt: string | undefined }[], evil: string) => {
  const found = cells.filter((c) => c.value.includes(evil.slice(1)));
  expect(found.length, evil).toBeGreaterThan(0);
  for (const c of found) {
    expect(c.value, evil).not.toMatch(/^'/);
    if (/^[=+\-@]/.test(c.value)) expect(c.numFmt, c.value).toBe('@');
  }
};

describe('12.17 formula-like values in exported workbooks are text cells, without an apostrophe', () => {
  it('the public disclosure workbook of a drive', async () => {
    const d = await h.request('POST', '/api/v1/drives', {
      token: btt,
      body: { fundId, name: 'Đợt thử công thức', from: '2024-01-01', to: '2024-12-31' },
    });
    expect(d.status, JSON.stringify(d.body)).toBe(201);
    const driveId = (d.body as { id: string }).id;
    for (const donorName of EVIL) {
      const r = await h.request('POST', '/api/v1/donations', {
        token: btt,
        body: { fundId, driveId, donorKind: 'person', donorName, amount: 10_000, date: '2024-05-01' },
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    }
    const res = await h.app.request(`/cong-khai/${driveId}.xlsx`);
    expect(res.status).toBe(200);
    const cells = await cellsOf(await res.arrayBuffer());
    for (const evil of EVIL) expectNeutralised(cells, evil);
  });

  it('the outgoing-documents register workbook', async () => {
    for (const summary of EVIL) {
      const r = await h.request('POST', '/api/v1/outgoing-documents', {
        token: btt,
        body: {
          issuerId: w.C1.id,
          typeCode: 'BC',
          date: '2024-05-01',
          summary,
          signer: summary,
          recipients: [summary],
        },
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    }
    const res = await h.app.request(`/api/v1/outgoing-documents.xlsx?issuerId=${w.C1.id}`, {
      headers: { authorization: `Bearer ${btt}` },
    });
    expect(res.status).toBe(200);
    const cells = await cellsOf(await res.arrayBuffer());
    for (const evil of EVIL) expectNeutralised(cells, evil);
  });
});

describe('an empty PATCH (found by the fuzz: three routes answered 500, two wrote an audit row for nothing)', () => {
  it('is a 422 on every PATCH route of the OpenAPI document, and writes nothing', async () => {
    const admin = await h.login('admin', ADMIN_PASSWORD);
    const doc = (await h.request('GET', '/api/v1/openapi.json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const patches = Object.entries(doc.paths).filter(([, item]) => 'patch' in item);
    expect(patches.length).toBeGreaterThanOrEqual(10);
    const before = await h.counts();
    for (const [path] of patches) {
      const res = await h.request('PATCH', path.replace(/\{\w+\}/g, w.V1.id), { token: admin, body: {} });
      expect(res.status, path).toBe(422);
      expect(fields(res.body), path).toEqual({ _: 'Không có trường nào để sửa.' });
    }
    expect(await h.counts()).toEqual(before);
  });
});
