import { eq } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import { conflict } from '../../../core/errors';
import type { Db, Queryable } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import type { Unit } from '../../units/schema';
import { presentEntry } from '../present';
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

/** A submitted round is locked: nothing is added to or voided from it until it is reopened. */
async function assertAssignmentOpen(tx: Queryable, assignmentId: string | null) {
  if (!assignmentId) return;
  const [a] = await tx.select().from(roundAssignments).where(eq(roundAssignments.id, assignmentId)).for('update');
  if (a?.submittedAt) {
    const msg = 'Báo cáo của kỳ này đã nộp và đang khóa. Đề nghị Ban Thường trực mở lại để sửa.';
    throw conflict('round_locked', msg, { roundAssignmentId: msg });
  }
}

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
