import type { CommandContext } from '../../../core/command';
import { conflict, forbidden } from '../../../core/errors';
import { recordAudit, recordAuditMany } from '../../audit/record-audit';
import { findUnitOfLevel } from '../lookup';
import { canEditTemplate } from '../policy';
import { defaultYearItems } from '../rules';
import { calendarTemplateItems, calendarTemplates } from '../schema';

/** Starts a province's calendar of a year, from the Front's usual year unless asked for an empty one. */
export async function createTemplate(
  { db, actor, meta }: CommandContext,
  input: { provinceId: string; year: number; withDefaults?: boolean },
) {
  const province = await findUnitOfLevel(db, input.provinceId, 'province', 'provinceId');
  if (!canEditTemplate(actor, { unitPath: province.path }))
    throw forbidden({ provinceId: 'Chỉ Ban Thường trực tỉnh lập lịch công tác năm của tỉnh.' });
  return db.transaction(async (tx) => {
    const [tpl] = await tx
      .insert(calendarTemplates)
      .values({
        provinceId: province.id,
        unitPath: province.path,
        year: input.year,
        title: `Lịch công tác Mặt trận năm ${input.year}`,
        createdBy: meta.actorId,
      })
      .onConflictDoNothing()
      .returning();
    if (!tpl) {
      const message = `Tỉnh đã có lịch công tác năm ${input.year}.`;
      throw conflict('duplicate_name', message, { year: message });
    }
    const items =
      input.withDefaults === false
        ? []
        : await tx
            .insert(calendarTemplateItems)
            .values(defaultYearItems(input.year).map((i) => ({ ...i, templateId: tpl.id })))
            .returning();
    await recordAudit(tx, meta, {
      action: 'calendar_template.create',
      entity: 'calendar_template',
      entityId: tpl.id,
      scopePath: tpl.unitPath,
      after: { provinceId: tpl.provinceId, year: tpl.year, items: items.length },
    });
    await recordAuditMany(
      tx,
      meta,
      items.map((i) => ({
        action: 'calendar_item.create' as const,
        entity: 'calendar_item',
        entityId: i.id,
        scopePath: tpl.unitPath,
        after: { title: i.title, startDate: i.startDate, endDate: i.endDate, audiences: i.audiences },
      })),
    );
    return tpl;
  });
}
