import { todayVn } from '../../../lib/dates';
import type { Queryable } from '../../db/client';
import { AGENCY_LABELS, FIELD_LABELS } from './labels';
import { figureRows } from './queries';
import { petitionAgencies, petitionFields, type PetitionStatus } from './schema';

export type PetitionCounts = { received: number; answered: number; overdue: number };
export type PetitionFigures = PetitionCounts & {
  /** The day the statuses are taken at: the period's end, or today while the period is running. */
  asOf: string;
  forwarded: number;
  closed: number;
  byStatus: Record<PetitionStatus, number>;
  bySource: Record<'meeting' | 'portal' | 'staff', number>;
  byField: ({ field: (typeof petitionFields)[number]; label: string } & PetitionCounts)[];
  byAgency: ({ agency: (typeof petitionAgencies)[number]; label: string } & PetitionCounts)[];
};

type Row = Awaited<ReturnType<typeof figureRows>>[number];

/** A petition's status on a given day, from the dates of its steps. */
function statusAt(r: Row, day: string): PetitionStatus {
  if (r.closedAt && r.closedAt <= day) return 'closed';
  if (r.answeredAt && r.answeredAt <= day) return 'answered';
  if (r.forwardedAt && r.forwardedAt <= day) return 'forwarded';
  return 'received';
}

export function figuresOf(rows: Row[], asOf: string): PetitionFigures {
  const byStatus: Record<PetitionStatus, number> = { received: 0, forwarded: 0, answered: 0, closed: 0 };
  const bySource = { meeting: 0, portal: 0, staff: 0 };
  const field = new Map<string, PetitionCounts>();
  const agency = new Map<string, PetitionCounts>();
  let answered = 0;
  let overdue = 0;
  for (const r of rows) {
    const s = statusAt(r, asOf);
    byStatus[s] += 1;
    bySource[r.source] += 1;
    const isAnswered = s === 'answered' || s === 'closed';
    const isOverdue = !isAnswered && r.dueDate !== null && r.dueDate < asOf;
    if (isAnswered) answered += 1;
    if (isOverdue) overdue += 1;
    for (const [map, key] of [
      [field, r.field],
      [agency, r.agency],
    ] as const) {
      const c = map.get(key) ?? { received: 0, answered: 0, overdue: 0 };
      c.received += 1;
      if (isAnswered) c.answered += 1;
      if (isOverdue) c.overdue += 1;
      map.set(key, c);
    }
  }
  return {
    asOf,
    received: rows.length,
    forwarded: byStatus.forwarded,
    answered,
    closed: byStatus.closed,
    overdue,
    byStatus,
    bySource,
    byField: petitionFields
      .filter((f) => field.has(f))
      .map((f) => ({ field: f, label: FIELD_LABELS[f], ...(field.get(f) as PetitionCounts) })),
    byAgency: petitionAgencies
      .filter((a) => agency.has(a))
      .map((a) => ({ agency: a, label: AGENCY_LABELS[a], ...(agency.get(a) as PetitionCounts) })),
  };
}

export const asOfDay = (to: string, today = todayVn()) => (to < today ? to : today);

/**
 * Petitions received in [from, to] in a unit subtree, for the review report and indicators:
 * received, answered (answered or closed by the period's end), closed, overdue (due before the
 * period's end and not answered by then), by field and by agency.
 */
export async function petitionFigures(
  db: Queryable,
  unitPath: string,
  from: string,
  to: string,
): Promise<PetitionFigures> {
  return figuresOf(await figureRows(db, [unitPath], from, to), asOfDay(to));
}

/** The same within the subtrees a reader sees (null = everything), for one commune. */
export async function petitionFiguresIn(
  db: Queryable,
  communeId: string,
  roots: string[] | null,
  from: string,
  to: string,
): Promise<PetitionFigures> {
  return figuresOf(await figureRows(db, roots, from, to, communeId), asOfDay(to));
}
