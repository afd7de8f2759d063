import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createHarness, seedWorld, type Harness, type World } from '../../testing/harness';

/**
 * Issue 13.9: the portal as Vietnamese government portals look — readable commune addresses (old ones by id
 * redirected for good), a "Giới thiệu" page in the menu, the responsible-person line at the foot, redirect after
 * every public form, and a disclosure that reads on a 360 px phone.
 */
let h: Harness;
let w: World;
let btt = '';
let admin = '';
let consultationId = '';
let driveId = '';

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  btt = await h.login('standing1');
  admin = await h.login('admin', ADMIN_PASSWORD);
  await h.request('PATCH', `/api/v1/units/${w.C1.id}`, {
    token: btt,
    body: {
      settings: {
        intro: 'Ủy ban MTTQ Việt Nam xã Một là tổ chức liên minh chính trị.',
        responsible: 'Ông Nguyễn Văn Một, Chủ tịch Ủy ban MTTQ Việt Nam xã Một',
        phone: '0207 3870 123',
      },
    },
  });
  const c = await h.request('POST', '/api/v1/consultations', {
    token: btt,
    body: {
      communeId: w.C1.id,
      title: 'Dự thảo Luật Đất đai (sửa đổi)',
      opensOn: '2023-01-03',
      deadline: '2099-03-15',
      articles: [{ ref: 'Điều 1', text: 'Phạm vi điều chỉnh.' }],
    },
  });
  expect(c.status, JSON.stringify(c.body)).toBe(201);
  consultationId = (c.body as { id: string }).id;
  const fund = await h.request('POST', '/api/v1/funds', {
    token: btt,
    body: { communeId: w.C1.id, name: 'Quỹ Vì người nghèo' },
  });
  const drive = await h.request('POST', '/api/v1/drives', {
    token: btt,
    body: {
      fundId: (fund.body as { id: string }).id,
      name: 'Tết vì người nghèo 2024',
      from: '2023-12-01',
      to: '2024-02-01',
    },
  });
  driveId = (drive.body as { id: string }).id;
  const gift = await h.request('POST', '/api/v1/donations', {
    token: btt,
    body: {
      fundId: (fund.body as { id: string }).id,
      driveId,
      donorKind: 'business',
      donorName: 'Công ty Trách nhiệm hữu hạn Thương mại và Dịch vụ Hồng Sơn',
      amount: 5_000_000,
      date: '2023-12-15',
    },
  });
  expect(gift.status, JSON.stringify(gift.body)).toBe(201);
});
afterAll(async () => h?.close());

const get = async (path: string, method = 'GET') => {
  const res = await h.app.request(path, { method });
  return { status: res.status, location: res.headers.get('location'), html: await res.text() };
};

describe('readable commune addresses', () => {
  it('a commune is at /xa/<slug>, and every link the portal makes uses it', async () => {
    const home = await get('/');
    for (const href of ['/xa/xa-mot/gioi-thieu', '/xa/xa-mot/kien-nghi', '/xa/xa-mot/gop-y', '/xa/xa-hai"'])
      expect(home.html).toContain(href);
    expect(home.html).not.toMatch(/\/xa\/[0-9a-f]{8}-/);
    expect((await get('/xa/xa-hai')).status).toBe(200);
    const list = await get('/tin-tuc?xa=xa-hai');
    expect(list.status).toBe(200);
    expect(list.html).toContain('href="/xa/xa-hai"');
    expect((await get('/xa/khong-co-xa-nay')).status).toBe(404);
  });

  it('old links by id answer 301 with the same page at the slug, query string kept; HEAD too', async () => {
    expect(await get(`/xa/${w.C2.id}`)).toMatchObject({ status: 301, location: '/xa/xa-hai' });
    expect(await get(`/xa/${w.C1.id}/kien-nghi`)).toMatchObject({ status: 301, location: '/xa/xa-mot/kien-nghi' });
    expect(await get(`/xa/${w.C1.id.toUpperCase()}/gop-y?utm_source=zalo`)).toMatchObject({
      status: 301,
      location: '/xa/xa-mot/gop-y?utm_source=zalo',
    });
    expect(await get(`/xa/${w.C1.id}/kien-nghi/da-gui?ma=KN-ABCDEF`, 'HEAD')).toMatchObject({
      status: 301,
      location: '/xa/xa-mot/kien-nghi/da-gui?ma=KN-ABCDEF',
    });
    // A village or an unknown id is not a commune: no redirect, not found.
    expect((await get(`/xa/${w.V1.id}`)).status).toBe(404);
    expect((await get('/xa/00000000-0000-4000-8000-000000000000/kien-nghi')).status).toBe(404);
    // ?xa=<id> of old list links still works.
    expect((await get(`/tin-tuc?xa=${w.C2.id}`)).html).toContain('href="/xa/xa-hai"');
  });

  it('the sitemap lists each commune and its "Giới thiệu" at the slug', async () => {
    const map = (await get('/sitemap.xml')).html;
    for (const loc of ['/xa/xa-hai</loc>', '/xa/xa-mot/gioi-thieu</loc>', '/xa/xa-ba/gioi-thieu</loc>'])
      expect(map).toContain(loc);
  });
});

describe('the commune’s identity on every page', () => {
  it('"Giới thiệu" is in the menu, and its page tells who the committee is and how to reach it', async () => {
    for (const path of ['/', '/tin-tuc', '/xa/xa-mot/kien-nghi', '/xa/xa-mot/gop-y', `/gop-y/${consultationId}`])
      expect((await get(path)).html, path).toContain('<a href="/xa/xa-mot/gioi-thieu">Giới thiệu</a>');
    const intro = await get('/xa/xa-mot/gioi-thieu');
    expect(intro.status).toBe(200);
    expect(intro.html).toContain('<h2>Giới thiệu</h2>');
    expect(intro.html).toContain('<p>Ủy ban MTTQ Việt Nam xã Một là tổ chức liên minh chính trị.</p>');
    expect(intro.html).toContain('<a href="tel:02073870123">0207 3870 123</a>');
    // The home page quotes its first lines.
    expect((await get('/')).html).toContain('id="gioi-thieu"');
    // A commune that wrote nothing yet says so.
    expect((await get('/xa/xa-hai/gioi-thieu')).html).toContain('chưa đăng nội dung giới thiệu');
  });

  it('the foot of each page names who answers for the content', async () => {
    const line = 'Chịu trách nhiệm nội dung: Ông Nguyễn Văn Một, Chủ tịch Ủy ban MTTQ Việt Nam xã Một';
    for (const path of [
      '/',
      '/xa/xa-mot/gioi-thieu',
      '/xa/xa-mot/kien-nghi',
      `/gop-y/${consultationId}`,
      `/cong-khai/${driveId}`,
    ])
      expect((await get(path)).html, path).toContain(line);
    expect((await get('/xa/xa-hai')).html).not.toContain('Chịu trách nhiệm nội dung');
  });
});

describe('redirect after POST on every public form', () => {
  it('each form the portal shows answers a valid submission with 303 to a page that a reload does not resubmit', async () => {
    const pages = [
      '/',
      '/xa/xa-mot/kien-nghi',
      '/xa/xa-mot/gop-y',
      `/gop-y/${consultationId}`,
      `/cong-khai/${driveId}`,
    ];
    const actions = new Set<string>();
    for (const p of pages)
      for (const m of (await get(p)).html.matchAll(/<form[^>]*method="post"[^>]*action="([^"]+)"/g))
        actions.add((m[1] ?? '').replace(/#.*$/, ''));
    expect([...actions].sort()).toEqual([`/gop-y/${consultationId}`, '/xa/xa-mot/kien-nghi']);
    const valid: Record<string, Record<string, string>> = {
      '/xa/xa-mot/kien-nghi': {
        submitterName: 'Nguyễn Văn An',
        submitterContact: '0912 345 678',
        field: 'environment',
        content: 'Đường thôn Một ngập khi mưa.',
      },
      [`/gop-y/${consultationId}`]: {
        name: 'Trần Thị Bình',
        articleRef: 'chung',
        content: 'Đề nghị giữ khái niệm hộ gia đình.',
      },
    };
    for (const action of actions) {
      const res = await h.app.request(action, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '203.0.113.9' },
        body: new URLSearchParams(valid[action]).toString(),
      });
      expect(res.status, action).toBe(303);
      const before = await h.counts(['petitions', 'consultation_comments']);
      const thanks = await h.app.request(res.headers.get('location') ?? '');
      expect(thanks.status, action).toBe(200);
      expect(await h.counts(['petitions', 'consultation_comments'])).toEqual(before);
    }
  });
});

describe('the disclosure page', () => {
  it('has the portal’s header and footer, and its tables turn into cards a row on a phone', async () => {
    const page = (await get(`/cong-khai/${driveId}`)).html;
    expect(page).toContain('<h1>Công khai tài chính</h1>');
    expect(page).toContain('<a href="/">Xã Một</a>');
    expect(page).toContain('<table class="cards">');
    expect(page).toContain(
      '<td data-label="Người ủng hộ">Công ty Trách nhiệm hữu hạn Thương mại và Dịch vụ Hồng Sơn</td>',
    );
    // layout.tsx: grid items may shrink below their content, and tables become one card a row under 600 px.
    expect(page).toContain('main>*{min-width:0}');
    expect(page).toMatch(/@media\(max-width:600px\)\{table\.cards/);
  });

  it('names the announcement’s number once it is entered in the outgoing register', async () => {
    expect((await get(`/cong-khai/${driveId}`)).html).not.toContain('Thông báo số');
    const res = await h.request('POST', `/api/v1/drives/${driveId}/disclosure-notice`, { token: admin, body: {} });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const number = (res.body as { number: string }).number;
    expect((await get(`/cong-khai/${driveId}`)).html).toContain(`Thông báo số ${number} ngày`);
  });
});
