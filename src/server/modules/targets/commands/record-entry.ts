import { eq } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import { AppError, conflict, forbidden, invalid } from '../../../core/errors';
import type { Db, Queryable } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { findCommuneUnitVisibleTo, findOrganizationVisibleTo } from '../../units/lookup';
import type { Unit } from '../../units/schema';
import { findEntryVisibleTo, findIndicatorVisibleTo } from '../lookup';
import { canEnterResult, indicatorAppliesTo } from '../policy';
import { presentEntry } from '../present';
import { findAssignment } from '../queries';
import { entries, roundAssignments, type Entry, type Indicator } from '../schema';

export type EntryInput = {
  indicator: Indicator;
  unit: Unit;
  organizationId: string | null;
  roundAssignmentId: string | null;
  date: string;
  value: number;
  denominator: number | null;
  note: string | null;
};

export type EnterResultRequest = {
  indicatorId: string;
  unitId: string;
  date: string;
  value: number;
  denominator?: number | null;
  organizationId?: string | null;
  roundAssignmentId?: string | null;
  note?: string | null;
};

/** A ratio result carries its denominator (numerator ≤ denominator); other results carry none. */
function ratioRule(aggregation: string, value: number, den: number | null): Record<string, string> {
  if (aggregation !== 'ratio') return den !== null ? { denominator: 'Chỉ tiêu này không có mẫu số.' } : {};
  if (den === null) return { denominator: 'Chỉ tiêu tỷ lệ cần mẫu số.' };
  if (den === 0) return { denominator: 'Mẫu số phải lớn hơn 0.' };
  return value > den ? { value: 'Tử số không được lớn hơn mẫu số.' } : {};
}

/**
 * A result entered by hand for a commune or village, on an indicator that applies to it and is not fed by a module,
 * within the caller's own scope (village head: the village; organisation head: the organisation; committee: all).
 */
export async function enterResult(ctx: CommandContext, body: EnterResultRequest): Promise<Entry> {
  const { db, actor } = ctx;
  const unit = await findCommuneUnitVisibleTo(db, actor, body.unitId, 'unitId');
  if (unit.level !== 'commune' && unit.level !== 'village')
    throw invalid({ unitId: 'Chỉ nhập kết quả cho xã hoặc thôn.' });
  const indicator = await findIndicatorVisibleTo(db, actor, body.indicatorId);
  if (!indicatorAppliesTo(indicator, unit)) {
    const msg = 'Chỉ tiêu này không áp dụng cho đơn vị đã chọn.';
    throw new AppError(404, 'not_found', msg, { indicatorId: msg });
  }
  if (indicator.source !== 'manual')
    throw invalid({ indicatorId: 'Chỉ tiêu này lấy số liệu tự động, không nhập tay.' });
  const den = body.denominator ?? null;
  const bad = ratioRule(indicator.aggregation, body.value, den);
  if (Object.keys(bad).length) throw invalid(bad);
  const org = body.organizationId
    ? (await findOrganizationVisibleTo(db, actor, body.organizationId, 'organizationId')).org
    : null;
  const organizationId = org?.id ?? null;
  if (org && org.communeId !== (unit.communeId ?? unit.id))
    throw invalid({ organizationId: 'Tổ chức không thuộc xã của đơn vị đã chọn.' });
  if (body.roundAssignmentId) {
    const a = await findAssignment(db, body.roundAssignmentId);
    const fits =
      a?.unitId === unit.id && (a.organizationId ?? null) === organizationId && a.indicatorIds.includes(indicator.id);
    if (!fits) throw invalid({ roundAssignmentId: 'Kỳ báo cáo không khớp với đơn vị, tổ chức hoặc chỉ tiêu.' });
  }
  if (!canEnterResult(actor, unit, organizationId))
    throw forbidden({ unitId: 'Bạn chỉ nhập kết quả cho phạm vi của mình.' });
  return recordEntry(db, ctx.meta, {
    indicator,
    unit,
    organizationId,
    roundAssignmentId: body.roundAssignmentId ?? null,
    date: body.date,
    value: body.value,
    denominator: den,
    note: body.note?.trim() || null,
  });
}

/** The entry, if the actor may change it (its own scope); 404 outside the caller's reach, 403 inside it. */
export async function changeableEntry(ctx: CommandContext, id: string): Promise<Entry> {
  const { entry, unit } = await findEntryVisibleTo(ctx.db, ctx.actor, id);
  if (!canEnterResult(ctx.actor, unit, entry.organizationId)) throw forbidden();
  return entry;
}

/** Results are append-only: a wrong one is voided with a reason, by whoever may enter it. */
export async function voidResult(ctx: CommandContext, input: { id: string; reason: string }): Promise<Entry> {
  return voidEntry(ctx.db, ctx.meta, await changeableEntry(ctx, input.id), input.reason);
}

/** A submitted round is locked: nothing is added to or voided from it until it is reopened. */
async function assertAssignmentOpen(tx: Queryable, assignmentId: string | null) {
  if (!assignmentId) return;
  const [a] = await tx.select().from(roundAssignments).where(eq(roundAssignments.id, assignmentId)).for('update');
  if (a?.submittedAt) {
    const msg = 'Báo cáo của kỳ này đã nộp và đang khóa. Đề nghị Ban Thường trực mở lại để sửa.';
    throw conflict('round_locked', msg, { roundAssignmentId: msg });
  }
}

/** Writes a result already checked: the demo and enterResult call it. */
export async function recordEntry(db: Db, meta: RequestMeta, input: EntryInput): Promise<Entry> {
  return db.transaction(async (tx) => {
    await assertAssignmentOpen(tx, input.roundAssignmentId);
    const [row] = await tx
      .insert(entries)
      .values({
        indicatorId: input.indicator.id,
        unitId: input.unit.id,
        unitPath: input.unit.path,
        communeId: input.unit.communeId ?? input.unit.id,
        organizationId: input.organizationId,
        roundAssignmentId: input.roundAssignmentId,
        date: input.date,
        value: input.value,
        denominator: input.denominator,
        note: input.note,
        createdBy: meta.actorId,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, meta, {
      action: 'entry.record',
      entity: 'entry',
      entityId: row.id,
      communeId: row.communeId,
      scopePath: row.unitPath,
      after: presentEntry(row),
    });
    return row;
  });
}

export async function voidEntry(db: Db, meta: RequestMeta, entry: Entry, reason: string): Promise<Entry> {
  return db.transaction(async (tx) => {
    await assertAssignmentOpen(tx, entry.roundAssignmentId);
    // Re-read under lock so two voids of one entry cannot both succeed.
    const [current] = await tx.select().from(entries).where(eq(entries.id, entry.id)).for('update');
    if (!current || current.voidedAt) throw conflict('already_voided', 'Kết quả này đã bị hủy trước đó.');
    const [row] = await tx
      .update(entries)
      .set({ voidedAt: new Date(), voidedBy: meta.actorId, voidReason: reason })
      .where(eq(entries.id, entry.id))
      .returning();
    if (!row) throw new Error('update returned nothing');
    await recordAudit(tx, meta, {
      action: 'entry.void',
      entity: 'entry',
      entityId: entry.id,
      communeId: entry.communeId,
      scopePath: entry.unitPath,
      before: presentEntry(current),
      after: presentEntry(row),
    });
    return row;
  });
}
