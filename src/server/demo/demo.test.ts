import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness, type Items } from '../testing/harness';
import { DEMO_PASSWORD, hasDemo, loadDemo } from './load-demo';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h?.close());

describe('demo data', () => {
  it('loads xã Hồng Sơn with 6 villages, 5 member organisations and a working user per role', async () => {
    expect(await hasDemo(h.db)).toBe(false);
    const creds = await loadDemo(h.db);
    expect(await hasDemo(h.db)).toBe(true);
    expect(creds.map((c) => c.role).sort()).toEqual(['org_lead', 'standing', 'upper', 'viewer', 'village_lead']);

    const btt = await h.login('btt', DEMO_PASSWORD);
    const units = (await h.request('GET', '/api/v1/units', { token: btt })).body as Items<{ id: string; level: string; name: string }>;
    const commune = units.items.find((u) => u.level === 'commune');
    expect(commune?.name).toBe('Hồng Sơn');
    expect(units.items.filter((u) => u.level === 'village')).toHaveLength(6);
    const orgs = (await h.request('GET', '/api/v1/organizations', { token: btt })).body as Items<{ shortName: string }>;
    expect(orgs.items.map((o) => o.shortName).sort()).toEqual(['Đoàn TN', 'Hội CCB', 'Hội LHPN', 'Hội NCT', 'Hội ND'].sort());

    const village = await h.login('thondong', DEMO_PASSWORD);
    const mine = (await h.request('GET', '/api/v1/units', { token: village })).body as Items<{ name: string }>;
    expect(mine.items.map((u) => u.name)).toEqual(['Thôn Đông']);
    for (const c of creds) await h.login(c.username, c.password);

    // The portal shows the demo commune.
    expect(String((await h.request('GET', '/')).body)).toContain('XÃ HỒNG SƠN');
  });
});
