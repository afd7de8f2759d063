import { todayVn } from '../../../lib/dates';
import type { Actor } from '../../core/actor';
import type { Queryable } from '../../db/client';
import type { OfficialDocument } from '../documents/model';
import { frozenDocument } from '../register/queries';
import type { Which } from './commands/issue-document';
import { findSupervisionVisibleTo } from './lookup';
import { recommendationsOf, registerEntries } from './queries';
import { planDocument, reportDocument } from './report-document';

/**
 * The plan or the report of a supervision the reader sees: as frozen when issued; before that, a
 * preview with a blank number and date. (Issued without its frozen copy cannot happen through the
 * API; the number is kept if it does.)
 */
export async function supervisionDocument(db: Queryable, actor: Actor, id: string, which: Which) {
  const { supervision: s, commune } = await findSupervisionVisibleTo(db, actor, id);
  const issuedId = which === 'plan' ? s.planDocId : s.reportDocId;
  let doc: OfficialDocument | null = issuedId ? await frozenDocument(db, issuedId) : null;
  if (!doc) {
    const entries = await registerEntries(db, [s.planDocId, issuedId]);
    const issue = issuedId ? (entries.get(issuedId) ?? null) : null;
    if (which === 'plan') doc = planDocument(s, commune, issue);
    else {
      const recs = (await recommendationsOf(db, s.id)).map((r) => r.recommendation);
      const plan = s.planDocId ? (entries.get(s.planDocId) ?? null) : null;
      doc = reportDocument(s, commune, recs, issue, plan, todayVn());
    }
  }
  return { subject: s.subject, doc };
}
