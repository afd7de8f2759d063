import { eq, sql } from 'drizzle-orm';
import type { CommandContext } from '../../../core/command';
import { forbidden, unknownReference } from '../../../core/errors';
import { canReadCommune, isWithin } from '../../../core/scope';
import { recordAudit } from '../../audit/record-audit';
import { currentChildren, listOrganizations } from '../../units/queries';
import { findTemplateVisibleTo, findUnitOfLevel } from '../lookup';
import { canAdopt } from '../policy';
import { calendarAdoptions, calendarTasks, calendarTemplateItems } from '../schema';

/**
 * A commune takes its province's calendar: each line becomes a dated task of the commune, of each of its villages
 * and of each of its organisations, as the line's audiences say. Adopting again (after the province added lines)
 * adds only the tasks the commune does not have: the unique index on (line, assignee) is the rule, and a second
 * adoption at the same time inserts nothing twice.
 */
export async function adoptTemplate({ db, actor, meta }: CommandContext, templateId: string, communeId: string) {
  const tpl = await findTemplateVisibleTo(db, actor, templateId);
  const commune = await findUnitOfLevel(db, communeId, 'commune', 'communeId');
  if (!isWithin(commune.path, tpl.unitPath) || !canReadCommune(actor, commune))
    throw unknownReference('communeId', 'Xã');
  if (!canAdopt(actor, commune)) throw forbidden({ communeId: 'Chỉ Ban Thường trực xã áp dụng lịch cho xã.' });
  const villages = (await currentChildren(db, commune.id)).filter((u) => u.level === 'village');
  const orgs = (await listOrganizations(db, actor, commune.id)).map((r) => r.org).filter((o) => o.active);
  return db.transaction(async (tx) => {
    const items = await tx.select().from(calendarTemplateItems).where(eq(calendarTemplateItems.templateId, tpl.id));
    const rows: (typeof calendarTasks.$inferInsert)[] = [];
    for (const i of items) {
      const base = {
        communeId: commune.id,
        templateItemId: i.id,
        title: i.title,
        kind: i.kind,
        startDate: i.startDate,
        dueDate: i.endDate,
      };
      if (i.audiences.includes('commune'))
        rows.push({ ...base, audience: 'commune', assigneeId: commune.id, unitId: commune.id, unitPath: commune.path });
      if (i.audiences.includes('village'))
        for (const v of villages)
          rows.push({ ...base, audience: 'village', assigneeId: v.id, unitId: v.id, unitPath: v.path });
      if (i.audiences.includes('organization'))
        for (const o of orgs)
          rows.push({
            ...base,
            audience: 'organization',
            assigneeId: o.id,
            unitId: commune.id,
            organizationId: o.id,
            unitPath: commune.path,
          });
    }
    let created = 0;
    for (let k = 0; k < rows.length; k += 500) {
      const inserted = await tx
        .insert(calendarTasks)
        .values(rows.slice(k, k + 500))
        .onConflictDoNothing({ target: [calendarTasks.templateItemId, calendarTasks.assigneeId] })
        .returning({ id: calendarTasks.id });
      created += inserted.length;
    }
    await tx
      .insert(calendarAdoptions)
      .values({ templateId: tpl.id, communeId: commune.id, adoptedBy: meta.actorId })
      .onConflictDoUpdate({
        target: [calendarAdoptions.templateId, calendarAdoptions.communeId],
        set: { adoptedAt: sql`now()`, adoptedBy: meta.actorId },
      });
    await recordAudit(tx, meta, {
      action: 'calendar.adopt',
      entity: 'calendar_template',
      entityId: tpl.id,
      communeId: commune.id,
      scopePath: commune.path,
      after: { year: tpl.year, created, existing: rows.length - created },
    });
    return { created, existing: rows.length - created, tasks: rows.length };
  });
}
