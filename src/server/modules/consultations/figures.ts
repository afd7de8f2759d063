import type { Queryable } from '../../db/client';
import { figureRows, type KindCounts } from './queries';

export type ConsultationFigures = {
  /** Drafts put out for comment (opened in the period). */
  consultations: number;
  /** Comments collected on them, in all and by author kind. */
  comments: number;
  byKind: KindCounts;
  /** Of which sent by citizens through the portal. */
  portal: number;
  /** Distinct people, organisations and meetings the comments came from. */
  people: number;
  organizations: number;
  meetings: number;
};

/**
 * The figures a review report quotes ("tổ chức lấy ý kiến 1 dự thảo, thu được 15 ý kiến"): the
 * consultations of a unit subtree opened between `from` and `to` (YYYY-MM-DD, both included) and
 * every comment collected on them, whenever it was typed in.
 */
export async function consultationFigures(
  db: Queryable,
  unitPath: string,
  from: string,
  to: string,
  consultationId?: string,
): Promise<ConsultationFigures> {
  const r = await figureRows(db, unitPath, from, to, consultationId);
  const byKind: KindCounts = { person: 0, organization: 0, meeting: 0 };
  let portal = 0;
  for (const k of r.kinds) {
    byKind[k.kind] += k.n;
    portal += k.portal;
  }
  return {
    consultations: r.held,
    comments: byKind.person + byKind.organization + byKind.meeting,
    byKind,
    portal,
    people: r.people,
    organizations: r.organizations,
    meetings: r.meetings,
  };
}
