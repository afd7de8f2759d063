import { readdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createHarness, seedWorld, type Harness, type Items, type World } from '../../testing/harness';
import { diffSnapshots, entityName, valueText } from './changes';
import { AUDIT_HEADERS } from './export';
import { ACTION_LABELS, actionLabel, ENTITY_LABELS } from './labels';

type Change = { field: string; label: string | null; before: string | null; after: string | null };
type Row = {
  action: string;
  actionLabel: string;
  entity: string;
  entityLabel: string;
  entityId: string;
  entityName: string | null;
  actorUsername: string;
  changes: Change[];
};

let h: Harness;
let w: World;
let admin: string;
let standing: string;
beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  admin = await h.login('admin', ADMIN_PASSWORD);
  standing = await h.login('standing1');
});
afterAll(async () => h?.close());

describe('action labels', () => {
  it('every action of the union has a Vietnamese label, and every label is distinct', () => {
    // The Record type makes a missing label a type error; this reads the union's source to be sure no action slips by.
    const source = readFileSync(new URL('./record-audit.ts', import.meta.url), 'utf8');
    const union = source.slice(source.indexOf('export type AuditAction'), source.indexOf('export type AuditEntry'));
    const actions = [...union.matchAll(/\|\s*'([a-z_.]+)'/g)].map((m) => m[1] as string);
    expect(actions.length).toBeGreaterThan(100);
    for (const a of actions) expect(ACTION_LABELS, a).toHaveProperty([a]);
    expect(Object.keys(ACTION_LABELS).sort()).toEqual([...actions].sort());
    const labels = Object.values(ACTION_LABELS);
    expect(new Set(labels).size).toBe(labels.length);
    expect(actionLabel('unit.create')).toBe('Tạo đơn vị');
    expect(actionLabel('something.old')).toBe('something.old');
  });
});

describe('entity labels', () => {
  it('every kind of record a command logs has a Vietnamese name', () => {
    // Read from the commands' source: the entity is a plain string, so no type lists them.
    const root = new URL('../', import.meta.url);
    const entities = new Set<string>();
    for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' }))
      if (file.endsWith('.ts') && !file.endsWith('.test.ts'))
        for (const m of readFileSync(new URL(file, root), 'utf8').matchAll(/\bentity: '([a-z_]+)'/g))
          entities.add(m[1] as string);
    expect(entities.size).toBeGreaterThan(30);
    for (const e of entities) expect(ENTITY_LABELS, e).toHaveProperty([e]);
  });
});

describe('changes field by field', () => {
  it('lists only what differs, leaves ids and timestamps out, opens settings, names roles', () => {
    const names = new Map([['c1', 'Xã Một']]);
    const changes = diffSnapshots(
      {
        id: 'u1',
        name: 'Thôn Một',
        kind: 'thôn',
        createdAt: '2025-01-01',
        parentId: 'c1',
        settings: { phone: '0901', address: 'A' },
        roles: [{ role: 'standing', unitId: 'c1', organizationId: null }],
      },
      {
        id: 'u1',
        name: 'Thôn Một Mới',
        kind: 'thôn',
        createdAt: '2025-01-02',
        parentId: 'c1',
        settings: { phone: '0902', address: 'A' },
        roles: [{ role: 'viewer', unitId: 'c1', organizationId: null }],
      },
      (id) => names.get(id),
    );
    expect(changes).toEqual([
      { field: 'name', label: 'Tên', before: 'Thôn Một', after: 'Thôn Một Mới' },
      { field: 'settings.phone', label: 'Số điện thoại', before: '0901', after: '0902' },
      { field: 'roles', label: 'Vai trò', before: 'Ban Thường trực xã (Xã Một)', after: 'Chỉ xem (Xã Một)' },
    ]);
  });

  it('a creation lists what was set; values read as text', () => {
    expect(diffSnapshots(null, { name: 'Quỹ A', active: true, note: '' })).toEqual([
      { field: 'name', label: 'Tên', before: null, after: 'Quỹ A' },
      { field: 'active', label: 'Đang hoạt động', before: null, after: 'Có' },
    ]);
    expect(valueText(['a', 'b'])).toBe('a; b');
    // A code reads as the staff app names it.
    expect(diffSnapshots(null, { name: 'Tân Thử', kind: 'xã', level: 'commune' })).toContainEqual({
      field: 'level',
      label: 'Cấp',
      before: null,
      after: 'Xã/phường',
    });
    expect(entityName(null, { fullName: 'Nguyễn Văn A', name: 'x' })).toBe('Nguyễn Văn A');
  });
});

describe('the audit log, readable', () => {
  it('shows labels, the record’s name and the roles change by name; filters by username and record', async () => {
    const res = await h.request('PUT', `/api/v1/users/${w.users.target_sibling}/roles`, {
      token: standing,
      body: { roles: [{ role: 'viewer', unitId: w.V2.id }] },
    });
    expect(res.status).toBe(200);
    const list = await h.request('GET', `/api/v1/audit?actor=STANDING1&entityId=${w.users.target_sibling}`, {
      token: admin,
    });
    const [row, ...rest] = (list.body as Items<Row>).items;
    expect(rest).toEqual([]);
    expect(row).toMatchObject({
      action: 'user.set_roles',
      actionLabel: 'Phân vai trò',
      entityLabel: 'Người dùng',
      actorUsername: 'standing1',
      changes: [
        {
          field: 'roles',
          label: 'Vai trò',
          before: `Trưởng ban CTMT thôn (${w.V2.name})`,
          after: `Chỉ xem (${w.V2.name})`,
        },
      ],
    });
    const none = await h.request('GET', `/api/v1/audit?actor=admin&entityId=${w.users.target_sibling}`, {
      token: admin,
    });
    expect((none.body as Items<Row>).items).toEqual([]);
  });

  it('exports to .xlsx with Vietnamese headers and the same filters; the export is logged', async () => {
    await h.request('PATCH', `/api/v1/units/${w.V1.id}`, { token: standing, body: { name: 'Thôn Một Xuất' } });
    const res = await h.app.request(`/api/v1/audit/export.xlsx?entity=unit&entityId=${w.V1.id}`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.worksheets[0];
    expect(ws?.name).toBe('Nhật ký');
    expect(ws?.getRow(2).values).toEqual([undefined, ...AUDIT_HEADERS]);
    const rows = Array.from({ length: (ws?.rowCount ?? 2) - 2 }, (_, i) => ws?.getRow(i + 3).values as unknown[]);
    expect(rows.length).toBeGreaterThanOrEqual(2); // created by the seed, renamed here
    expect(rows[0]?.[4]).toBe('Sửa đơn vị');
    expect(rows[0]?.[6]).toBe('Thôn Một Xuất');
    expect(rows[0]?.[8]).toBe('Tên: Thôn Một → Thôn Một Xuất');
    expect(rows.every((r) => r[7] === w.V1.id)).toBe(true);

    const log = await h.request('GET', '/api/v1/audit?entity=audit', { token: admin });
    expect((log.body as Items<Row>).items[0]).toMatchObject({
      action: 'audit.export',
      actionLabel: 'Xuất nhật ký ra Excel',
    });
  });

  it('the export is closed to roles without administration', async () => {
    const village = await h.login('village1');
    const res = await h.app.request('/api/v1/audit/export.xlsx', { headers: { authorization: `Bearer ${village}` } });
    expect(res.status).toBe(403);
  });
});
