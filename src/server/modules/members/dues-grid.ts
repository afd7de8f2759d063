import { and, eq, gte, inArray, lte, or } from 'drizzle-orm';
import type { Actor } from '../../core/actor';
import type { Queryable } from '../../db/client';
import { listMemberships } from './queries';
import { duesPayments, duesRules, type DuesRule } from './schema';

export type DuesGrid = {
  year: number;
  periods: string[];
  members: {
    membershipId: string;
    fullName: string;
    duesCategory: string;
    /** Per period: the amount paid, or null (unpaid) when the member owed it, or undefined outside membership. */
    paid: (number | null | undefined)[];
    due: number;
    /** What the member's category pays per period at the end of the year (null: no rule for it). */
    rate: number | null;
  }[];
  totals: { collected: number; due: number; unpaidMembers: number; shareUp: number };
};

/** The rule of a category on a day: the latest one valid from on or before it. */
export function ruleOn(rules: DuesRule[], category: string, day: string): DuesRule | undefined {
  return rules
    .filter((r) => r.category === category && r.validFrom <= day)
    .sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0];
}

const monthEnd = (period: string) => (period.length === 4 ? `${period}-12-31` : `${period}-31`);
const monthStart = (period: string) => (period.length === 4 ? `${period}-01-01` : `${period}-01`);

/**
 * A branch's (or an organisation's) members × the periods of a year: what each paid, what each owed by the rule
 * of their category, the totals and the share that passes up (rounded down to the đồng, per payment's rule).
 */
export async function duesGrid(
  db: Queryable,
  actor: Actor,
  q: { organizationId: string; branchId?: string; year: number },
): Promise<DuesGrid> {
  const rules = await db.select().from(duesRules).where(eq(duesRules.organizationId, q.organizationId));
  const monthly = rules.some((r) => r.periodKind === 'month') || rules.length === 0;
  const periods = monthly
    ? Array.from({ length: 12 }, (_, i) => `${q.year}-${String(i + 1).padStart(2, '0')}`)
    : [String(q.year)];
  const from = `${q.year}-01-01`;
  const to = `${q.year}-12-31`;
  const { rows } = await listMemberships(db, actor, {
    organizationId: q.organizationId,
    branchId: q.branchId,
    status: 'all',
    limit: 5000,
    offset: 0,
  });
  const inYear = rows.filter(({ m }) => m.joinedOn <= to && (m.leftOn === null || m.leftOn >= from));
  const ids = inYear.map(({ m }) => m.id);
  const payments = ids.length
    ? await db
        .select()
        .from(duesPayments)
        .where(
          and(
            eq(duesPayments.organizationId, q.organizationId),
            or(
              eq(duesPayments.period, String(q.year)),
              and(gte(duesPayments.period, `${q.year}-01`), lte(duesPayments.period, `${q.year}-12`)),
            ),
            inArray(duesPayments.membershipId, ids),
          ),
        )
    : [];
  const paidBy = new Map(payments.map((p) => [`${p.membershipId}|${p.period}`, p.amount]));
  let collected = 0;
  let due = 0;
  let shareUp = 0;
  let unpaidMembers = 0;
  const members = inYear.map(({ m, p }) => {
    let owed = 0;
    let missing = false;
    const paid = periods.map((period) => {
      if (m.joinedOn > monthEnd(period) || (m.leftOn !== null && m.leftOn < monthStart(period))) return undefined;
      const rule = ruleOn(rules, m.duesCategory, monthEnd(period));
      const amount = paidBy.get(`${m.id}|${period}`);
      if (rule) owed += rule.amount;
      if (amount !== undefined) {
        collected += amount;
        shareUp += Math.floor((amount * (rule?.shareUpPercent ?? 0)) / 100);
        return amount;
      }
      if (rule) missing = true;
      return null;
    });
    due += owed;
    if (missing) unpaidMembers++;
    const rate = ruleOn(rules, m.duesCategory, to)?.amount ?? null;
    return { membershipId: m.id, fullName: p.fullName, duesCategory: m.duesCategory, paid, due: owed, rate };
  });
  return { year: q.year, periods, members, totals: { collected, due, unpaidMembers, shareUp } };
}
