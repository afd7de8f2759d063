import { randomUUID } from 'node:crypto';
import { CHILD_LEVEL, isKindOf, UNIT_KINDS } from '../../../../lib/unit-kinds';
import type { CommandContext } from '../../../core/command';
import { forbidden, invalid } from '../../../core/errors';
import { recordAuditMany } from '../../audit/record-audit';
import { findUnitVisibleTo } from '../lookup';
import { canCreateUnit, levelNameVi } from '../policy';
import { presentUnit } from '../present';
import { childNames } from '../queries';
import { units, type Unit } from '../schema';
import { nextSlug, provinceNameOf, takenSlugs } from '../slug';

export type ChildItem = { name: string; kind: string };

/** Same name for a sibling check: case and spacing ignored, accents kept ("Thôn Đông" is not "Thôn Dông"). */
const nameKey = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

/**
 * The per-line refusals of a batch, as `items.N.name` / `items.N.kind`: an empty name, a kind the level does not
 * have, a name twice in the batch or already a current sibling's. Pure, so the rules read in one place.
 */
export function checkChildItems(
  level: keyof typeof UNIT_KINDS,
  items: ChildItem[],
  existing: string[],
): Record<string, string> {
  const fields: Record<string, string> = {};
  const taken = new Set(existing.map(nameKey));
  const firstAt = new Map<string, number>();
  const kinds = UNIT_KINDS[level].join(', ');
  items.forEach((item, i) => {
    const key = nameKey(item.name);
    if (!key) fields[`items.${i}.name`] = `Dòng ${i + 1}: nhập tên đơn vị.`;
    else if (taken.has(key)) fields[`items.${i}.name`] = `Dòng ${i + 1}: đã có đơn vị “${item.name}” ở cấp này.`;
    else if (firstAt.has(key))
      fields[`items.${i}.name`] = `Dòng ${i + 1}: trùng tên với dòng ${(firstAt.get(key) ?? 0) + 1}.`;
    else firstAt.set(key, i);
    if (!isKindOf(level, item.kind))
      fields[`items.${i}.kind`] =
        `Dòng ${i + 1}: loại “${item.kind}” không dùng cho cấp ${levelNameVi[level]} (${kinds}).`;
  });
  return fields;
}

/**
 * Adds many units under one parent at once (a commune's villages pasted from a list): the level is the parent's
 * next one, every line is checked before anything is written, and the units and one audit row each are written in
 * one transaction — all or nothing.
 */
export async function addChildren(ctx: CommandContext, input: { parentId: string; items: ChildItem[] }) {
  const parent = await findUnitVisibleTo(ctx.db, ctx.actor, input.parentId);
  const level = CHILD_LEVEL[parent.level];
  if (!level) throw invalid({ items: `Cấp ${levelNameVi[parent.level]} không có đơn vị trực thuộc.` });
  if (parent.endedOn) throw invalid({ items: 'Đơn vị này đã sáp nhập: thêm đơn vị vào đơn vị đang giữ hồ sơ.' });
  if (!canCreateUnit(ctx.actor, parent, level)) throw forbidden({ items: 'Bạn không được tạo đơn vị ở đây.' });
  const items = input.items.map((i) => ({ name: i.name.normalize('NFC').replace(/\s+/g, ' ').trim(), kind: i.kind }));

  return ctx.db.transaction(async (tx) => {
    const fields = checkChildItems(level, items, await childNames(tx, parent.id));
    if (Object.keys(fields).length > 0) throw invalid(fields, 'Chưa thêm đơn vị nào: sửa các dòng được nêu.');
    // Communes added under a province get their portal addresses here, in the order pasted.
    const taken = level === 'commune' ? await takenSlugs(tx) : null;
    const provinceName = taken ? await provinceNameOf(tx, `${parent.path}x/`) : null;
    const rows = items.map((item) => {
      const id = randomUUID();
      return {
        id,
        level,
        kind: item.kind,
        name: item.name,
        parentId: parent.id,
        communeId: level === 'commune' ? id : level === 'village' ? parent.id : null,
        path: `${parent.path}${id}/`,
        slug: taken ? nextSlug({ name: item.name, provinceName, code: null }, taken) : null,
        settings: {},
      };
    });
    const created: Unit[] = await tx.insert(units).values(rows).returning();
    await recordAuditMany(
      tx,
      ctx.meta,
      created.map((u) => ({
        action: 'unit.create' as const,
        entity: 'unit',
        entityId: u.id,
        communeId: u.communeId,
        scopePath: u.path,
        after: presentUnit(u),
      })),
    );
    const order = new Map<string, number>(rows.map((r, i) => [r.id, i]));
    return created.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  });
}
