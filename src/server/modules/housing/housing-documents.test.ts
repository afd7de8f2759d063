import { mkdirSync, writeFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxParagraphTexts } from '../documents/zip-read';
import { indicatorSource } from '../targets/sources';
import { housingFiguresOf } from './figures';
import { createHarness, seedWorld, type ErrorBody, type Harness, type World } from '../../testing/harness';

let h: Harness;
let w: World;
const t = {} as Record<'standing1' | 'upper1' | 'target_province', string>;

const post = async <T>(token: string, path: string, body: unknown) =>
  (await h.request('POST', path, { token, body })) as { status: number; body: T & ErrorBody };

async function file(path: string, token = t.standing1) {
  const res = await h.app.request(path, { headers: { authorization: `Bearer ${token}` } });
  return {
    status: res.status,
    buf: Buffer.from(await res.arrayBuffer()),
    disposition: res.headers.get('content-disposition'),
  };
}

/** A case taken to `until` with its funding lines (total 80.000.000 đ). */
async function house(
  headName: string,
  kind: 'new_build' | 'repair',
  villageId: string,
  until: 'building' | 'handed_over' | 'surveyed',
  handedOverOn = '2025-06-20',
) {
  const c = await post<{ id: string }>(t.standing1, '/api/v1/housing-cases', {
    communeId: w.C1.id,
    headName,
    villageId,
    kind,
    surveyedOn: '2025-03-02',
    description: 'Nhà tạm vách gỗ, mái tôn dột nát; xây mới nhà cấp 4, diện tích 45 m².',
    participants: ['Ông Nguyễn Văn An, Chủ tịch Ủy ban MTTQ xã', 'Bà Lê Thị Hoa, Trưởng thôn Một'],
  });
  expect(c.status, JSON.stringify(c.body)).toBe(201);
  const id = c.body.id;
  if (until === 'surveyed') return id;
  const mv = async (body: Record<string, unknown>) =>
    expect((await post(t.standing1, `/api/v1/housing-cases/${id}/transitions`, body)).status).toBe(200);
  await mv({ move: 'approve', date: '2025-03-15', requiredAmount: 80_000_000 });
  await mv({ move: 'start', date: '2025-04-01' });
  for (const line of [
    { source: 'fund', amount: 50_000_000 },
    { source: 'budget', amount: 20_000_000 },
    { source: 'donor', amount: 7_000_000, donorName: 'Công ty TNHH Hồng Phát' },
    { source: 'household', amount: 3_000_000 },
  ])
    expect((await post(t.standing1, `/api/v1/housing-cases/${id}/fundings`, line)).status).toBe(201);
  if (until === 'handed_over') await mv({ move: 'hand_over', date: handedOverOn });
  return id;
}

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  for (const u of ['standing1', 'upper1', 'target_province'] as const) t[u] = await h.login(u);
});
afterAll(async () => h?.close());

describe('minutes', () => {
  it('the survey, acceptance and hand-over minutes open as Word files with the motto, the house, the figures and the signatures', async () => {
    const id = await house('Lò Văn Khánh', 'new_build', w.V1.id, 'handed_over');
    // The commune's chair (its settings) signs for the standing committee.
    await h.db.execute(
      sql`update units set settings = settings || '{"chairName": "Hoàng Văn Ký"}' where id = ${w.C1.id}`,
    );
    const texts: Record<string, string> = {};
    for (const kind of ['survey', 'acceptance', 'handover']) {
      const f = await file(`/api/v1/housing-cases/${id}/minutes/${kind}.docx`);
      expect(f.status).toBe(200);
      expect(f.buf.subarray(0, 2).toString()).toBe('PK');
      const text = docxParagraphTexts(f.buf).join('\n');
      texts[kind] = text;
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(text).toContain('BIÊN BẢN');
      expect(text).toContain('Lò Văn Khánh');
      expect(text).toContain('Ông Nguyễn Văn An, Chủ tịch Ủy ban MTTQ xã');
      if (process.env.HOUSING_DOCX_OUT) {
        mkdirSync(process.env.HOUSING_DOCX_OUT, { recursive: true });
        writeFileSync(`${process.env.HOUSING_DOCX_OUT}/${kind}.docx`, f.buf);
      }
    }
    expect(texts.survey).toContain('Khảo sát hiện trạng nhà ở hộ Lò Văn Khánh');
    expect(texts.survey).toContain('Nhà tạm vách gỗ');
    expect(texts.survey).toContain('Một, ngày 02 tháng 3 năm 2025');
    expect(texts.acceptance).toContain('Nghiệm thu công trình nhà Đại đoàn kết');
    expect(texts.handover).toContain('Bàn giao nhà Đại đoàn kết cho hộ Lò Văn Khánh');
    expect(texts.handover).toContain('Công ty TNHH Hồng Phát');
    expect(texts.handover).toContain('80.000.000 đồng');
    expect(texts.handover).toContain('Tám mươi triệu đồng');
    expect(texts.handover).toContain('ĐẠI DIỆN BÊN NHẬN');
    expect(texts.handover).toContain('ĐẠI DIỆN BÊN GIAO');
    expect((texts.handover ?? '').split('\n')).toContain('Hoàng Văn Ký');
    const f = await file(`/api/v1/housing-cases/${id}/minutes/handover.docx`);
    expect(f.disposition).toMatch(/bien-ban-ban-giao-lo-van-khanh\.docx/);
    // The province reads it; another province does not.
    expect((await file(`/api/v1/housing-cases/${id}/minutes/handover.docx`, t.upper1)).status).toBe(200);
    expect((await file(`/api/v1/housing-cases/${id}/minutes/handover.docx`, t.target_province)).status).toBe(404);
    expect((await file(`/api/v1/housing-cases/${id}/minutes/receipt.docx`)).status).toBe(404);
  });

  it('the hand-over minutes wait for the building stage', async () => {
    const id = await house('Vi Thị Lan', 'repair', w.V2.id, 'surveyed');
    expect((await file(`/api/v1/housing-cases/${id}/minutes/survey.docx`)).status).toBe(200);
    expect((await file(`/api/v1/housing-cases/${id}/minutes/handover.docx`)).status).toBe(409);
  });
});

describe('figures', () => {
  it('count the houses handed over in a period by kind, with their money, for indicators', async () => {
    await house('Hoàng Văn Tư', 'new_build', w.V2.id, 'handed_over', '2025-07-01');
    await house('Nông Thị Năm', 'repair', w.V1.id, 'handed_over', '2025-07-02');
    await house('Ma Văn Sáu', 'repair', w.V1.id, 'building');
    const f = await housingFiguresOf(h.db, w.C1.path, '2025-01-01', '2025-12-31');
    // Lò Văn Khánh (new build) from the first test, Hoàng Văn Tư (new build), Nông Thị Năm (repair).
    expect(f).toMatchObject({ newBuild: 2, repair: 1, houses: 3, amount: 240_000_000 });
    expect(f.bySource).toEqual({ fund: 150_000_000, budget: 60_000_000, donor: 21_000_000, household: 9_000_000 });
    expect(f.text).toBe('xây mới 2 nhà, sửa chữa 1 nhà');
    const v1 = await housingFiguresOf(h.db, w.V1.path, '2025-07-01', '2025-07-31');
    expect(v1.text).toBe('xây mới 0 nhà, sửa chữa 1 nhà');
    const houses = indicatorSource('housing.houses');
    const q = { unitPath: w.C1.path, from: '2025-01-01', to: '2025-12-31' };
    expect((await houses?.compute(h.db, { ...q, params: { kind: 'new_build' } }))?.value).toBe(2);
    expect((await houses?.compute(h.db, { ...q, params: {} }))?.value).toBe(3);
    expect((await indicatorSource('housing.amount')?.compute(h.db, { ...q, params: {} }))?.value).toBe(240_000_000);
    expect((await houses?.compute(h.db, { ...q, unitPath: w.C3.path, params: {} }))?.value).toBe(0);
  });
});
