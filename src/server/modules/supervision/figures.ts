import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { formatInteger } from '../../../lib/numbers';
import type { Queryable } from '../../db/client';
import { inSubtree } from '../../db/scope-sql';
import { recommendationCounts } from './queries';
import { supervisions, type Supervision } from './schema';

type ByStatus = Record<Supervision['status'], number>;
const zero = (): ByStatus => ({ planned: 0, in_progress: 0, concluded: 0 });

export type SupervisionFigures = {
  from: string;
  to: string;
  /** Supervisions whose start date falls in the period, by kind and status; "held" = begun or concluded. */
  supervision: ByStatus & { held: number };
  socialCriticism: ByStatus & { held: number };
  recommendations: { issued: number; answered: number; overdue: number };
  items: {
    id: string;
    subject: string;
    kind: Supervision['kind'];
    status: Supervision['status'];
    target: string | null;
    startDate: string;
    endDate: string;
    recommendations: number;
    answered: number;
  }[];
  /** The sentence a review report quotes. */
  text: string;
};

/**
 * What a review report (sơ kết, tổng kết) says about supervision and social criticism in a unit's
 * subtree: sessions held by kind and status, recommendations issued / answered / overdue on `today`,
 * and the list it can cite. A session belongs to the period its start date falls in.
 */
export async function supervisionFigures(
  db: Queryable,
  unitPath: string,
  from: string,
  to: string,
  today: string,
): Promise<SupervisionFigures> {
  const rows = await db
    .select({
      id: supervisions.id,
      subject: supervisions.subject,
      kind: supervisions.kind,
      status: supervisions.status,
      target: supervisions.target,
      startDate: supervisions.startDate,
      endDate: supervisions.endDate,
    })
    .from(supervisions)
    .where(
      and(
        inSubtree(supervisions.unitPath, unitPath),
        sql`${supervisions.startDate} >= ${from}`,
        sql`${supervisions.startDate} <= ${to}`,
      ),
    )
    .orderBy(asc(supervisions.startDate), asc(supervisions.subject));
  const counts = await recommendationCounts(
    db,
    rows.map((r) => r.id),
    today,
  );
  const sv = { ...zero(), held: 0 };
  const pb = { ...zero(), held: 0 };
  const recs = { issued: 0, answered: 0, overdue: 0 };
  const items = rows.map((r) => {
    const bucket = r.kind === 'supervision' ? sv : pb;
    bucket[r.status] += 1;
    if (r.status !== 'planned') bucket.held += 1;
    const c = counts.get(r.id) ?? { total: 0, answered: 0, overdue: 0 };
    recs.issued += c.total;
    recs.answered += c.answered;
    recs.overdue += c.overdue;
    return { ...r, recommendations: c.total, answered: c.answered };
  });
  return {
    from,
    to,
    supervision: sv,
    socialCriticism: pb,
    recommendations: recs,
    items,
    text: figuresText(sv.held, pb.held, recs),
  };
}

/** "Tổ chức 1 cuộc giám sát, 1 hội nghị phản biện xã hội; nêu 2 kiến nghị, đã được trả lời 1, quá hạn 0." */
export function figuresText(
  supervisionsHeld: number,
  criticismHeld: number,
  r: { issued: number; answered: number; overdue: number },
): string {
  const base = `Tổ chức ${formatInteger(supervisionsHeld)} cuộc giám sát, ${formatInteger(criticismHeld)} hội nghị phản biện xã hội`;
  if (r.issued === 0) return `${base}.`;
  return `${base}; nêu ${formatInteger(r.issued)} kiến nghị, đã được trả lời ${formatInteger(r.answered)}${r.overdue ? `, quá hạn chưa trả lời ${formatInteger(r.overdue)}` : ''}.`;
}

/** Sessions begun or concluded in a subtree and period (the indicator source), optionally of one kind. */
export async function heldCount(
  db: Queryable,
  unitPath: string,
  from: string,
  to: string,
  kind?: Supervision['kind'],
): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(supervisions)
    .where(
      and(
        inSubtree(supervisions.unitPath, unitPath),
        inArray(supervisions.status, ['in_progress', 'concluded']),
        sql`${supervisions.startDate} >= ${from}`,
        sql`${supervisions.startDate} <= ${to}`,
        kind ? eq(supervisions.kind, kind) : undefined,
      ),
    );
  return Number(row?.n ?? 0);
}
