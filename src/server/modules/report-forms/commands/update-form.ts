import { eq, sql } from 'drizzle-orm';
import type { CommandContext } from '../../../core/command';
import { forbidden } from '../../../core/errors';
import { todayVn } from '../../../../lib/dates';
import { recordAudit } from '../../audit/record-audit';
import { findUnit } from '../../units/queries';
import { findFormVisibleTo, latestVersion } from '../lookup';
import { nextPeriod, periodOf } from '../../../../lib/report-periods';
import { canDefineForm } from '../policy';
import { type FormField, reportFormVersions, reportForms } from '../schema';
import { assertFields } from './create-form';

export type UpdateFormInput = { title?: string; fields?: FormField[]; dueDays?: number };

/**
 * Changes a form. New fields make a new version that applies from the next period: this period's reports, already
 * under way, keep the fields they were started with. A version not yet in force is replaced in place.
 */
export async function updateForm({ db, actor, meta }: CommandContext, id: string, input: UpdateFormInput) {
  return db.transaction(async (tx) => {
    const before = await findFormVisibleTo(tx, actor, id);
    const owner = await findUnit(tx, before.ownerUnitId);
    if (!owner || !canDefineForm(actor, owner)) throw forbidden({ fields: 'Chỉ đơn vị ban hành được sửa biểu mẫu.' });
    await tx.execute(sql`select id from report_forms where id = ${id} for update`);
    let version = before.currentVersion;
    if (input.fields) {
      assertFields(input.fields);
      const validFrom = nextPeriod(before.periodKind, periodOf(before.periodKind, todayVn()));
      const latest = await latestVersion(tx, id);
      if (latest.version > 1 && latest.validFrom >= validFrom) {
        await tx.update(reportFormVersions).set({ fields: input.fields }).where(eq(reportFormVersions.id, latest.id));
      } else {
        version = latest.version + 1;
        await tx
          .insert(reportFormVersions)
          .values({ formId: id, version, validFrom, fields: input.fields, createdBy: meta.actorId });
      }
    }
    const [after] = await tx
      .update(reportForms)
      .set({
        ...(input.title && { title: input.title }),
        ...(input.dueDays !== undefined && { dueDays: input.dueDays }),
        currentVersion: version,
        updatedAt: sql`now()`,
      })
      .where(eq(reportForms.id, id))
      .returning();
    if (!after) throw new Error('update returned nothing');
    await recordAudit(tx, meta, {
      action: 'report_form.update',
      entity: 'report_form',
      entityId: id,
      communeId: owner.level === 'commune' ? owner.id : null,
      scopePath: owner.path,
      before,
      after: { ...after, fields: input.fields },
    });
    return after;
  });
}
