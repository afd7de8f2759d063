import { sql } from 'drizzle-orm';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, invalid } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { findUnitVisibleTo } from '../../units/lookup';
import { findOrganization, findUnit } from '../../units/queries';
import type { Unit } from '../../units/schema';
import { findAssignmentVisibleTo } from '../lookup';
import { canEnterResult, canManageRounds, indicatorAppliesTo } from '../policy';
import { findIndicator } from '../queries';
import { reportingRounds, roundAssignments, type RoundAssignment } from '../schema';

export type OpenRoundRequest = {
  communeId: string;
  title: string;
  from: string;
  to: string;
  dueDate: string;
  assignments: { unitId: string; organizationId?: string | null; indicatorIds: string[] }[];
};

/**
 * A commune's standing committee asks its villages and organisations for figures: each one asked must be the
 * commune or one of its villages (or an organisation of the commune), for indicators that apply to it.
 */
export async function openReportingRound(ctx: CommandContext, body: OpenRoundRequest) {
  const { db, actor } = ctx;
  const commune = await findUnitVisibleTo(db, actor, body.communeId, 'communeId');
  if (commune.level !== 'commune') throw invalid({ communeId: 'Kỳ báo cáo mở ở cấp xã.' });
  if (!canManageRounds(actor, commune)) throw forbidden({ communeId: 'Bạn không được mở kỳ báo cáo cho xã này.' });
  if (body.dueDate < body.from) throw invalid({ dueDate: 'Hạn nộp phải sau ngày bắt đầu kỳ.' });
  const bad: Record<string, string> = {};
  const assignments = [];
  // The commune is visible and managed, so its villages and organisations are within the caller's scope.
  for (const [i, a] of body.assignments.entries()) {
    const unit = await findUnit(db, a.unitId);
    if (!unit || unit.communeId !== commune.id) {
      bad[`assignments.${i}.unitId`] = 'Đơn vị phải là xã này hoặc một thôn của xã.';
      continue;
    }
    let organizationId: string | null = null;
    if (a.organizationId) {
      const org = await findOrganization(db, a.organizationId);
      if (!org || org.org.communeId !== commune.id) {
        bad[`assignments.${i}.organizationId`] = 'Tổ chức không thuộc xã này.';
        continue;
      }
      organizationId = org.org.id;
    }
    for (const [j, id] of a.indicatorIds.entries()) {
      const ind = await findIndicator(db, id);
      if (!ind || !indicatorAppliesTo(ind, unit))
        bad[`assignments.${i}.indicatorIds.${j}`] = 'Chỉ tiêu không áp dụng cho đơn vị này.';
    }
    assignments.push({ unit, organizationId, indicatorIds: [...new Set(a.indicatorIds)] });
  }
  if (Object.keys(bad).length) throw invalid(bad);
  return openRound(db, ctx.meta, commune, { ...body, assignments });
}

/** Whoever may enter the assignment's results submits it; the committee reopens it. */
export async function submitRoundAssignment(ctx: CommandContext, input: { id: string }) {
  const { assignment, unit } = await findAssignmentVisibleTo(ctx.db, ctx.actor, input.id);
  if (!canEnterResult(ctx.actor, unit, assignment.organizationId)) throw forbidden();
  return submitAssignment(ctx.db, ctx.meta, assignment, unit.path);
}

export async function reopenRoundAssignment(ctx: CommandContext, input: { id: string }) {
  const { assignment, unit, commune } = await findAssignmentVisibleTo(ctx.db, ctx.actor, input.id);
  if (!canManageRounds(ctx.actor, commune)) throw forbidden();
  return reopenAssignment(ctx.db, ctx.meta, assignment, unit.path);
}

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
    await tx.insert(roundAssignments).values(
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
