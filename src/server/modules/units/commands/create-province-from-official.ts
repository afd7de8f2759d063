import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import type { Db } from '../../../db/client';
import { isAdmin } from '../../../core/scope';
import { forbidden, unknownReference } from '../../../core/errors';
import { foldVietnamese } from '../../../../lib/vi-text';
import { recordAudit } from '../../audit/record-audit';
import { officialCommunes, officialProvince } from '../official';
import { units, type Unit } from '../schema';
import { nextSlug, takenSlugs } from '../slug';

/**
 * A province with all its official communes, in one step and one transaction (Phú Thọ: 148). Run again, it adds
 * only what is missing; a unit already there — matched by its code, or by name and kind when it was typed in by
 * hand before the official list — receives the code instead of a duplicate.
 */
export async function createProvinceFromOfficial(ctx: CommandContext, provinceCode: string) {
  if (!isAdmin(ctx.actor)) throw forbidden({ provinceCode: 'Chỉ quản trị hệ thống tạo tỉnh từ danh mục.' });
  return writeProvinceFromOfficial(ctx.db, ctx.meta, provinceCode);
}

/** The write itself, with its audit row (the demo loader calls it as the system). */
export async function writeProvinceFromOfficial(db: Db, meta: RequestMeta, provinceCode: string) {
  const official = officialProvince(provinceCode);
  if (!official) throw unknownReference('provinceCode', 'Mã tỉnh trong danh mục chính thức');
  const communes = officialCommunes(provinceCode);

  return db.transaction(async (tx) => {
    const current = and(isNull(units.endedOn), eq(units.level, 'province'));
    let [province] = await tx
      .select()
      .from(units)
      .where(and(current, eq(units.code, provinceCode)))
      .limit(1);
    province ??= (
      await tx
        .select()
        .from(units)
        .where(and(current, isNull(units.code), isNull(units.parentId)))
    ).find((u) => fold(u.name) === fold(official.name));
    if (!province) {
      const id = randomUUID();
      [province] = await tx
        .insert(units)
        .values({
          id,
          level: 'province',
          kind: official.kind,
          name: official.name,
          code: provinceCode,
          path: `/${id}/`,
        })
        .returning();
    } else if (province.code !== provinceCode) {
      [province] = await tx.update(units).set({ code: provinceCode }).where(eq(units.id, province.id)).returning();
    }
    if (!province) throw new Error('province write returned nothing');

    const existing = await tx
      .select()
      .from(units)
      .where(and(eq(units.parentId, province.id), eq(units.level, 'commune'), isNull(units.endedOn)));
    const byCode = new Map(existing.filter((u) => u.code).map((u) => [u.code, u]));
    const byName = new Map(existing.filter((u) => !u.code).map((u) => [`${fold(u.kind)}|${fold(u.name)}`, u]));
    const coded: { unit: Unit; code: string }[] = [];
    const created: (typeof units.$inferInsert)[] = [];
    const taken = await takenSlugs(tx);
    for (const c of communes) {
      if (byCode.has(c.code)) continue;
      const typed = byName.get(`${fold(c.kind)}|${fold(c.name)}`);
      if (typed) {
        coded.push({ unit: typed, code: c.code });
        continue;
      }
      const id = randomUUID();
      created.push({
        id,
        level: 'commune',
        kind: c.kind,
        name: c.name,
        code: c.code,
        parentId: province.id,
        communeId: id,
        path: `${province.path}${id}/`,
        slug: nextSlug({ name: c.name, provinceName: province.name, code: c.code }, taken),
      });
    }
    for (const { unit, code } of coded) await tx.update(units).set({ code }).where(eq(units.id, unit.id));
    if (created.length) await tx.insert(units).values(created);
    await recordAudit(tx, meta, {
      action: 'unit.create_from_official',
      entity: 'unit',
      entityId: province.id,
      communeId: null,
      scopePath: province.path,
      after: { provinceCode, created: created.length, coded: coded.map((c) => c.code) },
    });
    // Every official commune of the province is now a unit with its code.
    return { province, created: created.length, coded: coded.length, communes: communes.length };
  });
}

const fold = (s: string) => foldVietnamese(s).trim();
