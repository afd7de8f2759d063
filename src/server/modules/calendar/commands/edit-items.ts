import { and, eq, isNotNull } from 'drizzle-orm';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid, notFound } from '../../../core/errors';
import type { Tx } from '../../../db/client';
import type { Actor } from '../../../core/actor';
import { recordAudit } from '../../audit/record-audit';
import { findTemplateVisibleTo } from '../lookup';
import { canEditTemplate } from '../policy';
import { itemDatesProblem } from '../rules';
import { type CalendarAudience, type CalendarItemKind, calendarTasks, calendarTemplateItems } from '../schema';

export type ItemInput = {
  title: string;
  kind: CalendarItemKind;
  startDate: string;
  endDate: string;
  audiences: CalendarAudience[];
  note?: string | null;
};

const facts = (i: typeof calendarTemplateItems.$inferSelect) => ({
  title: i.title,
  kind: i.kind,
  startDate: i.startDate,
  endDate: i.endDate,
  audiences: i.audiences,
  note: i.note,
});

async function editable(tx: Tx, actor: Actor, templateId: string) {
  const tpl = await findTemplateVisibleTo(tx, actor, templateId, true);
  if (!canEditTemplate(actor, tpl)) throw forbidden();
  return tpl;
}

/** Adds a line to the province's calendar; communes get it as a task when they adopt (again). */
export async function addItem({ db, actor, meta }: CommandContext, templateId: string, input: ItemInput) {
  return db.transaction(async (tx) => {
    const tpl = await editable(tx, actor, templateId);
    const problem = itemDatesProblem(tpl.year, input.startDate, input.endDate);
    if (problem) throw invalid(problem);
    const [row] = await tx
      .insert(calendarTemplateItems)
      .values({ ...input, note: input.note ?? null, templateId: tpl.id })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, meta, {
      action: 'calendar_item.create',
      entity: 'calendar_item',
      entityId: row.id,
      scopePath: tpl.unitPath,
      after: facts(row),
    });
    return row;
  });
}

/**
 * Changes a line of the calendar. Tasks communes already made from it keep their dates: the template is the plan for
 * adoptions still to come.
 */
export async function updateItem(
  { db, actor, meta }: CommandContext,
  templateId: string,
  itemId: string,
  input: Partial<ItemInput>,
) {
  return db.transaction(async (tx) => {
    const tpl = await editable(tx, actor, templateId);
    const [before] = await tx
      .select()
      .from(calendarTemplateItems)
      .where(and(eq(calendarTemplateItems.id, itemId), eq(calendarTemplateItems.templateId, tpl.id)))
      .for('update');
    if (!before) throw notFound('Việc trong lịch');
    const problem = itemDatesProblem(tpl.year, input.startDate ?? before.startDate, input.endDate ?? before.endDate);
    if (problem) throw invalid(problem);
    const set = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    const [after] = Object.keys(set).length
      ? await tx.update(calendarTemplateItems).set(set).where(eq(calendarTemplateItems.id, before.id)).returning()
      : [before];
    if (!after) throw new Error('update returned nothing');
    await recordAudit(tx, meta, {
      action: 'calendar_item.update',
      entity: 'calendar_item',
      entityId: after.id,
      scopePath: tpl.unitPath,
      before: facts(before),
      after: facts(after),
    });
    return after;
  });
}

/**
 * Removes a line of the calendar, and the tasks communes made from it (the province no longer asks for it) — unless a
 * unit has already marked one done: that record of work done is not the province's to erase (409, nothing removed).
 */
export async function removeItem({ db, actor, meta }: CommandContext, templateId: string, itemId: string) {
  await db.transaction(async (tx) => {
    const tpl = await editable(tx, actor, templateId);
    const [done] = await tx
      .select({ id: calendarTasks.id })
      .from(calendarTasks)
      .where(and(eq(calendarTasks.templateItemId, itemId), isNotNull(calendarTasks.doneAt)))
      .limit(1);
    if (done)
      throw conflict('done_tasks', 'Đã có đơn vị đánh dấu hoàn thành việc này; không xóa được.', {
        itemId: 'Việc đã có đơn vị làm xong: sửa thời hạn thay vì xóa.',
      });
    const [row] = await tx
      .delete(calendarTemplateItems)
      .where(and(eq(calendarTemplateItems.id, itemId), eq(calendarTemplateItems.templateId, tpl.id)))
      .returning();
    if (!row) throw notFound('Việc trong lịch');
    await recordAudit(tx, meta, {
      action: 'calendar_item.remove',
      entity: 'calendar_item',
      entityId: row.id,
      scopePath: tpl.unitPath,
      before: facts(row),
    });
  });
}
