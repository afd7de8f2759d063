import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  createHarness,
  seedWorld,
  type ErrorBody,
  type Harness,
  type World,
} from '../../testing/harness';

/**
 * Issue 13.9: a commune's portal identity — its emblem, its "Giới thiệu" text, who answers for the content — set by
 * its standing committee (or above) in the staff app, audited, refused with the field named and nothing written.
 */
type UnitDto = { id: string; slug: string | null; logoUrl: string | null; settings: Record<string, string> };

let h: Harness;
let w: World;
const t = { admin: '', standing1: '', viewer1: '', upper1: '', village1: '' };
beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  t.admin = await h.login('admin', ADMIN_PASSWORD);
  for (const u of ['standing1', 'viewer1', 'upper1', 'village1'] as const) t[u] = await h.login(u);
});
afterAll(async () => h?.close());

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 4, background: { r: 198, g: 40, b: 40, alpha: 1 } } })
    .png()
    .toBuffer();

async function putLogo(token: string, unitId: string, bytes: Uint8Array, name = 'logo.png') {
  const form = new FormData();
  form.set('file', new File([bytes.slice()], name));
  const res = await h.app.request(`/api/v1/units/${unitId}/logo`, {
    method: 'PUT',
    body: form,
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: res.status, body: (await res.json()) as UnitDto & ErrorBody };
}
const patch = (token: string, id: string, settings: Record<string, string>) =>
  h.request('PATCH', `/api/v1/units/${id}`, { token, body: { settings } });
const html = async (path: string) => (await h.app.request(path)).text();

describe('introduction and the responsible person', () => {
  it('the standing committee writes them; the portal shows them; the change is audited', async () => {
    const intro = 'Ủy ban MTTQ Việt Nam xã Một gồm 35 ủy viên.\nTiếp công dân sáng thứ Năm hằng tuần.';
    const res = await patch(t.standing1, w.C1.id, {
      intro,
      responsible: 'Ông Nguyễn Văn Một, Chủ tịch Ủy ban MTTQ Việt Nam xã Một',
      address: 'Thôn Một, xã Một',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((res.body as UnitDto).settings).toMatchObject({ intro, address: 'Thôn Một, xã Một' });
    const audit = await h.request('GET', `/api/v1/audit?entityId=${w.C1.id}&limit=5`, { token: t.admin });
    expect(JSON.stringify(audit.body)).toContain('unit.update');

    const page = await html('/xa/xa-mot/gioi-thieu');
    expect(page).toContain('<p>Ủy ban MTTQ Việt Nam xã Một gồm 35 ủy viên.</p>');
    expect(page).toContain('<p>Tiếp công dân sáng thứ Năm hằng tuần.</p>');
    expect(page).toContain('Chịu trách nhiệm nội dung: Ông Nguyễn Văn Một, Chủ tịch Ủy ban MTTQ Việt Nam xã Một');
    expect(page).toContain('Thôn Một, xã Một');
  });

  it('a responsible line typed with its label is not printed with the label twice', async () => {
    const res = await patch(t.standing1, w.C1.id, { responsible: 'Chịu trách nhiệm nội dung: Bà Trần Thị Hai' });
    expect(res.status).toBe(200);
    const home = await html('/');
    expect(home).toContain('Chịu trách nhiệm nội dung: Bà Trần Thị Hai</div>');
    expect(home).not.toContain('Chịu trách nhiệm nội dung: Chịu trách nhiệm');
  });

  it('refuses text a reader would see otherwise (bidi overrides, controls) and over-long text, naming the field', async () => {
    const bidi = await h.expectRefused(422, [], () => patch(t.standing1, w.C1.id, { intro: 'Xã \u202eMột' }));
    expect(Object.keys((bidi as ErrorBody).error.fields ?? {})).toEqual(['settings.intro']);
    const long = await h.expectRefused(422, [], () => patch(t.standing1, w.C1.id, { responsible: 'a'.repeat(301) }));
    expect((long as ErrorBody).error.fields?.['settings.responsible']).toMatch(/300/);
    const tab = await h.expectRefused(422, [], () => patch(t.standing1, w.C1.id, { responsible: 'Ông\tA' }));
    expect(Object.keys((tab as ErrorBody).error.fields ?? {})).toEqual(['settings.responsible']);
  });

  it('a viewer may not change them; another commune is not found', async () => {
    await h.expectRefused(403, [], () => patch(t.viewer1, w.C1.id, { intro: 'x' }));
    await h.expectRefused(404, [], () => patch(t.standing1, w.C2.id, { intro: 'x' }));
  });
});

describe('the emblem', () => {
  it('is checked by content, fitted into 256 px as PNG, served publicly with a long cache, replaced and removed', async () => {
    const first = await putLogo(t.standing1, w.C1.id, await png(600, 400), 'emblem.jpg');
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.logoUrl).toMatch(new RegExp(`^/logo/${w.C1.id}/logo-[0-9a-f-]{36}\\.png$`));
    const served = await h.app.request(first.body.logoUrl ?? '');
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('cache-control')).toContain('immutable');
    const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 256, 171]);

    // Every portal page shows it in the header.
    expect(await html('/')).toContain(`<img src="${first.body.logoUrl}"`);
    expect(await html('/xa/xa-mot/kien-nghi')).toContain(`<img src="${first.body.logoUrl}"`);

    const second = await putLogo(t.admin, w.C1.id, await png(100, 100));
    expect(second.status).toBe(200);
    expect(second.body.logoUrl).not.toBe(first.body.logoUrl);
    expect((await h.app.request(first.body.logoUrl ?? '')).status).toBe(404);
    const files = join(h.storageDir, 'units', w.C1.id);
    expect(existsSync(join(files, (first.body.logoUrl ?? '').split('/').pop() ?? ''))).toBe(false);

    const removed = await h.request('DELETE', `/api/v1/units/${w.C1.id}/logo`, { token: t.standing1 });
    expect(removed.status).toBe(200);
    expect((removed.body as UnitDto).logoUrl).toBeNull();
    expect((await h.app.request(second.body.logoUrl ?? '')).status).toBe(404);
    expect(await html('/')).not.toContain('/logo/');
    const audit = await h.request('GET', `/api/v1/audit?entityId=${w.C1.id}&limit=20`, { token: t.admin });
    for (const action of ['unit.logo_set', 'unit.logo_clear']) expect(JSON.stringify(audit.body)).toContain(action);
  });

  it('refuses what is not a PNG, JPEG or WebP image (an SVG, a text), naming the file and writing nothing', async () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    for (const bytes of [svg, new TextEncoder().encode('không phải ảnh, chỉ là chữ')]) {
      const res = await h.expectRefused(422, [], () => putLogo(t.standing1, w.C1.id, bytes, 'logo.png'));
      expect(Object.keys((res as ErrorBody).error.fields ?? {})).toEqual(['file']);
    }
    const empty = await h.expectRefused(422, [], () => putLogo(t.standing1, w.C1.id, new Uint8Array(), 'logo.png'));
    expect((empty as ErrorBody).error.fields?.file).toBeTruthy();
  });

  it('is a commune’s, set by its standing committee or above: a village 422, a viewer 403, another commune 404', async () => {
    const image = await png(64, 64);
    const village = await h.expectRefused(422, [], () => putLogo(t.admin, w.V1.id, image));
    expect(Object.keys((village as ErrorBody).error.fields ?? {})).toEqual(['id']);
    await h.expectRefused(403, [], () => putLogo(t.viewer1, w.C1.id, image));
    await h.expectRefused(404, [], () => putLogo(t.standing1, w.C2.id, image));
    await h.expectRefused(403, [], () => h.request('DELETE', `/api/v1/units/${w.C1.id}/logo`, { token: t.viewer1 }));
    // The province above may.
    expect((await putLogo(t.upper1, w.C2.id, image)).status).toBe(200);
  });

  it('a logo address that is not the current one is a 404, whatever it tries', async () => {
    for (const path of [
      `/logo/${w.C1.id}/../../etc/passwd`,
      `/logo/${w.C1.id}/logo-00000000-0000-4000-8000-000000000000.png`,
      '/logo/not-a-uuid/logo.png',
    ])
      expect((await h.app.request(path)).status, path).toBe(404);
  });
});
