import type { CommandContext } from '../../../core/command';
import { forbidden, invalid, unknownReference } from '../../../core/errors';
import { canReadPath } from '../../../core/scope';
import { recordAudit } from '../../audit/record-audit';
import { indicatorSource } from '../../targets/sources';
import { findUnit } from '../../units/queries';
import { canDefineForm } from '../policy';
import { checkFields } from '../rules';
import { type FillerKind, type FormField, type PeriodKind, reportFormVersions, reportForms } from '../schema';

export type CreateFormInput = {
  ownerUnitId: string;
  title: string;
  periodKind: PeriodKind;
  fillers: FillerKind[];
  fields: FormField[];
  dueDays?: number;
};

/** Checks a form's fields (unique keys, "of which", sources), or a 422 naming the field. */
export function assertFields(fields: FormField[]) {
  const errors = checkFields(fields, (k) => indicatorSource(k) !== undefined);
  if (Object.keys(errors).length > 0) throw invalid(errors);
}

/**
 * A province (or a commune, for its villages and organisations) defines a routine report form; its first version
 * applies to every period. A commune's form is filled by its villages and organisations, not by communes.
 */
export async function createForm({ db, actor, meta }: CommandContext, input: CreateFormInput) {
  const owner = await findUnit(db, input.ownerUnitId);
  if (!owner || !canReadPath(actor, owner.path)) throw unknownReference('ownerUnitId', 'Đơn vị');
  if (!canDefineForm(actor, owner))
    throw forbidden({ ownerUnitId: 'Chỉ cấp tỉnh hoặc Ban Thường trực xã ban hành biểu mẫu cho cấp dưới.' });
  if (owner.level === 'commune' && input.fillers.includes('commune'))
    throw invalid({ fillers: 'Biểu mẫu của xã do thôn, tổ chức thành viên điền.' });
  assertFields(input.fields);
  return db.transaction(async (tx) => {
    const [form] = await tx
      .insert(reportForms)
      .values({
        ownerUnitId: owner.id,
        ownerPath: owner.path,
        title: input.title,
        periodKind: input.periodKind,
        fillers: input.fillers,
        dueDays: input.dueDays ?? 5,
        createdBy: meta.actorId,
      })
      .returning();
    if (!form) throw new Error('insert returned nothing');
    await tx
      .insert(reportFormVersions)
      .values({ formId: form.id, version: 1, validFrom: '', fields: input.fields, createdBy: meta.actorId });
    await recordAudit(tx, meta, {
      action: 'report_form.create',
      entity: 'report_form',
      entityId: form.id,
      communeId: owner.level === 'commune' ? owner.id : null,
      scopePath: owner.path,
      after: { ...form, fields: input.fields },
    });
    return form;
  });
}
