import { eq, sql } from 'drizzle-orm';
import { todayVn } from '../../../../lib/dates';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import { conflict, forbidden, notFound } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import type { OfficialDocument } from '../../documents/model';
import { freezeDocument } from '../../register/commands/freeze-document';
import { takeNumber } from '../../register/commands/take-number';
import type { Unit } from '../../units/schema';
import { findSupervisionVisibleTo } from '../lookup';
import { canManageSupervision } from '../policy';
import { ISSUE_ACTIONS, lockSupervision, recommendationsOf, registerEntries } from '../queries';
import { aboutText, planDocument, recipientsOf, reportDocument } from '../report-document';
import { supervisions } from '../schema';

export type Which = keyof typeof ISSUE_ACTIONS;

/** Ban hành kế hoạch / báo cáo (the standing committee), dated today unless given. */
export async function issueSupervisionDocument(
  ctx: CommandContext,
  input: { id: string; which: Which; date?: string },
) {
  const found = await findSupervisionVisibleTo(ctx.db, ctx.actor, input.id);
  if (!canManageSupervision(ctx.actor, found.commune)) throw forbidden();
  const today = todayVn();
  const issued = await issueDocumentUnchecked(
    ctx.db,
    ctx.meta,
    found.supervision.id,
    found.commune,
    input.which,
    input.date ?? today,
    today,
  );
  return { ...issued, commune: found.commune };
}

/**
 * Issues the plan (KH) or the result report (BC): takes the next number of the commune's register,
 * links it to the supervision, and freezes the document as issued with its register entry (ARCHITECTURE.md,
 * domain rule 8) — all in one transaction under the supervision's lock, so a second issue (even a concurrent
 * one) is a 409 and gives no number away. The report needs a concluded supervision.
 */
export async function issueDocumentUnchecked(
  db: Db,
  meta: RequestMeta,
  id: string,
  commune: Unit,
  which: Which,
  date: string,
  today: string,
) {
  return db.transaction(async (tx) => {
    const s = await lockSupervision(tx, id);
    if (!s) throw notFound('Cuộc giám sát');
    const existing = which === 'plan' ? s.planDocId : s.reportDocId;
    if (existing) {
      const message =
        which === 'plan' ? 'Kế hoạch đã được ban hành (đã có số).' : 'Báo cáo kết quả đã được ban hành (đã có số).';
      throw conflict('already_issued', message);
    }
    if (which === 'report' && s.status !== 'concluded') {
      const message = 'Chỉ ban hành báo cáo kết quả khi cuộc giám sát đã kết thúc.';
      throw conflict('not_concluded', message, { status: message });
    }
    const summary = which === 'plan' ? `Kế hoạch ${aboutText(s)}` : `Báo cáo kết quả ${aboutText(s)}`;
    const entry = await takeNumber(tx, meta, {
      issuer: { id: commune.id, path: commune.path },
      typeCode: which === 'plan' ? 'KH' : 'BC',
      date,
      summary,
      signer: commune.settings.chairName ?? null,
      recipients: recipientsOf(s),
      sourceKind: 'supervision',
      sourceId: s.id,
    });
    const issue = { number: entry.number, date: entry.date };
    let document: OfficialDocument;
    if (which === 'plan') document = planDocument(s, commune, issue);
    else {
      const recs = (await recommendationsOf(tx, s.id)).map((r) => r.recommendation);
      const plan = s.planDocId ? ((await registerEntries(tx, [s.planDocId])).get(s.planDocId) ?? null) : null;
      document = reportDocument(s, commune, recs, issue, plan, today);
    }
    await freezeDocument(tx, entry.id, document);
    const [row] = await tx
      .update(supervisions)
      .set(
        which === 'plan'
          ? { planDocId: entry.id, updatedAt: sql`now()` }
          : { reportDocId: entry.id, updatedAt: sql`now()` },
      )
      .where(eq(supervisions.id, s.id))
      .returning();
    if (!row) throw new Error('update returned nothing');
    await recordAudit(tx, meta, {
      action: ISSUE_ACTIONS[which],
      entity: 'supervision',
      entityId: s.id,
      communeId: s.communeId,
      scopePath: s.unitPath,
      after: { documentId: entry.id, number: entry.number, date: entry.date },
    });
    return { supervision: row, entry };
  });
}
