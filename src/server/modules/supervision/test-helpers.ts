import { expect } from 'vitest';
import type { ErrorBody, Harness, World } from '../../testing/harness';

/** Tables a supervision command may write (plus the harness's own, audit_log among them). */
export const TABLES = [
  'supervisions',
  'supervision_recommendations',
  'supervision_events',
  'outgoing_documents',
  'register_counters',
];

export type Rec = {
  id: string;
  position: number;
  status: string;
  answer: string | null;
  sentAt: string | null;
  answeredAt: string | null;
  overdue: boolean;
  history: { from: string | null; to: string; date: string; note: string | null }[];
};
export type Sup = {
  id: string;
  communeId: string;
  kind: string;
  status: string;
  subject: string;
  team: { name: string; title: string | null }[];
  findings: string | null;
  planDoc: { id: string; number: string; date: string } | null;
  reportDoc: { id: string; number: string; date: string } | null;
  recommendations: { total: number; answered: number; overdue: number };
  recommendationList: Rec[];
  canManage: boolean;
};

export function client(h: Harness) {
  const call = async <T>(method: string, token: string | undefined, path: string, body?: unknown) =>
    (await h.request(method, path, { token, body })) as { status: number; body: T & ErrorBody };
  return {
    post: <T>(token: string | undefined, path: string, body: unknown) => call<T>('POST', token, path, body),
    patch: <T>(token: string | undefined, path: string, body: unknown) => call<T>('PATCH', token, path, body),
    get: <T>(token: string | undefined, path: string) => call<T>('GET', token, path),
  };
}

export const planBody = (w: World, over: Record<string, unknown> = {}) => ({
  communeId: w.C1.id,
  kind: 'supervision',
  subject: 'Việc thực hiện chính sách hỗ trợ hộ cận nghèo dịp Tết Quý Mão 2023',
  target: 'UBND xã',
  content: 'Việc lập danh sách, mức hỗ trợ, cấp phát quà Tết.',
  team: [
    { name: 'Nguyễn Văn Luyện', title: 'Chủ tịch UBMTTQ xã, Trưởng đoàn' },
    { name: 'Lê Thị Hoa', title: 'Chủ tịch Hội LHPN xã' },
  ],
  startDate: '2023-03-01',
  endDate: '2023-03-15',
  ...over,
});

/** A supervision of commune `communeId` created by `token`, moved to `status` (with findings when concluded). */
export async function makeSupervision(
  h: Harness,
  w: World,
  token: string,
  status: 'planned' | 'in_progress' | 'concluded' = 'planned',
  over: Record<string, unknown> = {},
) {
  const c = client(h);
  const res = await c.post<Sup>(token, '/api/v1/supervisions', planBody(w, over));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const id = res.body.id;
  if (status !== 'planned')
    expect((await c.patch(token, `/api/v1/supervisions/${id}`, { status: 'in_progress' })).status).toBe(200);
  if (status === 'concluded')
    expect(
      (
        await c.patch(token, `/api/v1/supervisions/${id}`, {
          status: 'concluded',
          findings: 'Đã hỗ trợ đúng đối tượng.',
        })
      ).status,
    ).toBe(200);
  return id;
}
