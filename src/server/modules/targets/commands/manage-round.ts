import { sql } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import { conflict } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import type { Unit } from '../../units/schema';
import { reportingRounds, roundAssignments, type RoundAssignment } from '../schema';

export type OpenRoundInput = {
  title: string;
  from: string;
  to: string;
  dueDate: string;
  assignments: { unit: Unit; organizationId: string | null; indicatorIds: string[] }[];
};

export async function openRound(db: Db, meta: RequestMeta, commune: Unit, input: OpenRoundInput) {
  return db.transaction(async (tx) => {
    const [round] = await tx
      .insert(reportingRounds)
      .values({
        communeId: commune.id,
        title: input.title,
        periodFrom: input.from,
        periodTo: input.to,
        dueDate: input.dueDate,
      })
      .returning();
    if (!round) throw new Error('insert returned nothing');
    await tx
      .insert(roundAssignments)
      .values(
        input.assignments.map((a) => ({
          roundId: round.id,
          communeId: commune.id,
          unitId: a.unit.id,
          organizationId: a.organizationId,
          indicatorIds: a.indicatorIds,
        })),
      );
    await recordAudit(tx, meta, {
      action: 'round.open',
      entity: 'reporting_round',
      entityId: round.id,
      communeId: commune.id,
      scopePath: commune.path,
      after: {
        title: round.title,
        from: round.periodFrom,
        to: round.periodTo,
        dueDate: round.dueDate,
        assignments: input.assignments.length,
      },
    });
    return round;
  });
}

/** Submitting locks the assignment's entries; a second submit is a conflict. */
export async function submitAssignment(db: Db, meta: RequestMeta, a: RoundAssignment, scopePath: string) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(roundAssignments)
      .set({ submittedAt: new Date(), submittedBy: meta.actorId })
      .where(sql`${roundAssignments.id} = ${a.id} and ${roundAssignments.submittedAt} is null`)
      .returning();
    if (!row) throw conflict('already_submitted', 'Báo cáo này đã nộp rồi.');
    await recordAudit(tx, meta, {
      action: 'round.submit',
      entity: 'round_assignment',
      entityId: a.id,
      communeId: a.communeId,
      scopePath,
      before: { submitted: false },
      after: { submitted: true },
    });
    return row;
  });
}

export async function reopenAssignment(db: Db, meta: RequestMeta, a: RoundAssignment, scopePath: string) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(roundAssignments)
      .set({ submittedAt: null, submittedBy: null, reopenedCount: sql`${roundAssignments.reopenedCount} + 1` })
      .where(sql`${roundAssignments.id} = ${a.id} and ${roundAssignments.submittedAt} is not null`)
      .returning();
    if (!row) throw conflict('not_submitted', 'Báo cáo này chưa nộp nên không cần mở lại.');
    await recordAudit(tx, meta, {
      action: 'round.reopen',
      entity: 'round_assignment',
      entityId: a.id,
      communeId: a.communeId,
      scopePath,
      before: { submitted: true },
      after: { submitted: false },
    });
    return row;
  });
}
