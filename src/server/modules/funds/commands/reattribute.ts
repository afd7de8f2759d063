import { sql } from 'drizzle-orm';
import type { CommandContext } from '../../../core/command';
import { forbidden } from '../../../core/errors';
import type { Queryable } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { driveOfFund } from '../accounts';
import { findFundVisibleTo } from '../lookup';
import { canManageFunds } from '../policy';

/**
 * Re-attribution in bulk (issue 16.2): rules, applied in order, move counted bank transfers to a drive. A rule picks
 * live receipts of imported rows by text (in the transfer text or the payer's name, case- and accent-insensitive on
 * the plain text), date range, amount range and current drive (`null`: those without a drive); a receipt already on
 * the target, or dated outside the target drive's period, is not moved.
 *
 * The ledger stays append-only: a receipt's number, amount, date and donor never change; its drive is a
 * classification, changed here with one audit row naming each rule, how many receipts and how much money it moved,
 * and the receipts it moved from each former drive. Preview runs the very same statements in a transaction that is
 * rolled back, so what it says is what applying does.
 */
export type Rule = {
  contains?: string;
  from?: string;
  to?: string;
  minAmount?: number;
  maxAmount?: number;
  /** Only receipts on this drive now; null: only those without a drive; absent: any. */
  currentDriveId?: string | null;
  targetDriveId: string;
};
export type RuleOutcome = { rows: number; amount: number };

class Preview extends Error {
  constructor(readonly outcomes: RuleOutcome[]) {
    super('preview');
  }
}

const like = (s: string) => `%${s.replace(/[\\%_]/g, '\\$&')}%`;

async function applyRule(tx: Queryable, fundId: string, r: Rule) {
  const res = await tx.execute(sql`
    with m as (
      select b.id, b.donation_id, b.drive_id as old, b.amount
      from bank_rows b
      join donations d on d.id = b.donation_id and d.voided_at is null
      join drives t on t.id = ${r.targetDriveId}
      where b.fund_id = ${fundId}
        and b.drive_id is distinct from t.id
        and b.date between t.period_from and t.period_to
        ${r.contains ? sql`and (b.description ilike ${like(r.contains)} or coalesce(b.payer_name, '') ilike ${like(r.contains)})` : sql``}
        ${r.from ? sql`and b.date >= ${r.from}` : sql``}
        ${r.to ? sql`and b.date <= ${r.to}` : sql``}
        ${r.minAmount !== undefined ? sql`and b.amount >= ${r.minAmount}` : sql``}
        ${r.maxAmount !== undefined ? sql`and b.amount <= ${r.maxAmount}` : sql``}
        ${r.currentDriveId === null ? sql`and b.drive_id is null` : r.currentDriveId ? sql`and b.drive_id = ${r.currentDriveId}` : sql``}
      for update of b
    ), d as (
      update donations set drive_id = ${r.targetDriveId} from m where donations.id = m.donation_id returning donations.id
    ), u as (
      update bank_rows set drive_id = ${r.targetDriveId}, status = 'assigned' from m where bank_rows.id = m.id
      returning bank_rows.id
    )
    select (select count(*)::int from u) as rows, coalesce((select sum(amount) from m), 0)::text as amount,
      (select count(*)::int from d) as receipts,
      coalesce((select json_agg(json_build_object('from', g.old, 'receipts', g.ids)) from (
        select old, json_agg(donation_id) as ids from m group by old) g), '[]'::json) as moved`);
  const row = (res as unknown as { rows: { rows: number; amount: string; moved: unknown }[] }).rows[0];
  return { rows: Number(row?.rows ?? 0), amount: Number(row?.amount ?? 0), moved: row?.moved ?? [] };
}

/** Preview (`apply` false) or apply the rules to a fund's counted transfers; the standing committee only. */
export async function reattribute(ctx: CommandContext, input: { fundId: string; rules: Rule[]; apply: boolean }) {
  const { db, actor, meta } = ctx;
  const { fund, commune } = await findFundVisibleTo(db, actor, input.fundId, 'id');
  if (!canManageFunds(actor, commune)) throw forbidden({ id: 'Chỉ Ban Thường trực chuyển đợt vận động.' });
  for (const [i, r] of input.rules.entries()) {
    await driveOfFund(db, fund.id, r.targetDriveId, `rules.${i}.targetDriveId`);
    if (r.currentDriveId) await driveOfFund(db, fund.id, r.currentDriveId, `rules.${i}.currentDriveId`);
  }
  try {
    return await db.transaction(async (tx) => {
      const outcomes: RuleOutcome[] = [];
      const moved: unknown[] = [];
      for (const r of input.rules) {
        const o = await applyRule(tx, fund.id, r);
        outcomes.push({ rows: o.rows, amount: o.amount });
        moved.push(o.moved);
      }
      if (!input.apply) throw new Preview(outcomes);
      if (outcomes.some((o) => o.rows > 0))
        await recordAudit(tx, meta, {
          action: 'bank_rows.reattribute',
          entity: 'fund',
          entityId: fund.id,
          communeId: fund.communeId,
          scopePath: commune.path,
          after: { rules: input.rules.map((r, i) => ({ ...r, ...outcomes[i], moved: moved[i] })) },
        });
      return { rules: outcomes, total: sumOf(outcomes), applied: true };
    });
  } catch (e) {
    if (e instanceof Preview) return { rules: e.outcomes, total: sumOf(e.outcomes), applied: false };
    throw e;
  }
}

const sumOf = (xs: RuleOutcome[]) => ({
  rows: xs.reduce((s, x) => s + x.rows, 0),
  amount: xs.reduce((s, x) => s + x.amount, 0),
});
