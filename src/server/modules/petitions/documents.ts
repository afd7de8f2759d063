import type { Actor } from '../../core/actor';
import type { Queryable } from '../../db/client';
import type { Unit } from '../units/schema';
import { periodOf } from './fields';
import { petitionFiguresIn } from './figures';
import { findCommuneVisibleTo } from './lookup';
import { petitionReadRoots } from './policy';
import { synthesisRows } from './queries';
import { synthesisDocument } from './synthesis-document';

export type SynthesisQuery = { communeId: string; from?: string; to?: string; session?: string; title?: string };

/**
 * What the synthesis before a People's Council session is built from: a commune the reader sees, its
 * petitions received in the period inside the reader's scope, and their figures. `document(today)`
 * builds it dated `today`.
 */
export async function synthesisSource(db: Queryable, actor: Actor, q: SynthesisQuery, commune?: Unit) {
  const unit = commune ?? (await findCommuneVisibleTo(db, actor, q.communeId));
  const period = periodOf(q);
  const roots = petitionReadRoots(actor);
  const rows = await synthesisRows(db, unit.id, roots, period.from, period.to);
  const figures = await petitionFiguresIn(db, unit.id, roots, period.from, period.to);
  const document = (today: string) =>
    synthesisDocument(unit, rows, figures, { ...period, today, session: q.session, title: q.title });
  return { commune: unit, period, document };
}
