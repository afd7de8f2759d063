import type { Actor } from '../../core/actor';
import { forbidden, invalid, notFound, unknownReference } from '../../core/errors';
import type { Queryable } from '../../db/client';
import { issuedNumberOf } from '../register/figures';
import { findUnit } from '../units/queries';
import type { Unit } from '../units/schema';
import { normalizeRef } from '../../../lib/split-articles';
import { canManageConsultations, canReadConsultations } from './policy';
import { articlesWithCounts, findArticleByRef, findConsultationInScope, generalCounts } from './queries';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The consultation when its commune lies in the caller's scope (in the WHERE clause); otherwise 404. */
export async function findConsultationVisibleTo(db: Queryable, actor: Actor, id: string, field?: string) {
  const found = UUID.test(id) ? await findConsultationInScope(db, actor, id) : null;
  if (!found) throw field ? unknownReference(field, 'Đợt góp ý dự thảo') : notFound('Đợt góp ý dự thảo');
  return found;
}

/** The consultation with its articles (and their comment counts), its general comments' count and the synthesis number once issued. */
export async function findConsultationDetailVisibleTo(db: Queryable, actor: Actor, id: string) {
  const found = await findConsultationVisibleTo(db, actor, id);
  const articles = await articlesWithCounts(db, found.consultation.id);
  const general = await generalCounts(db, found.consultation.id);
  const synthesisNumber = await issuedNumberOf(db, 'consultation_synthesis', found.consultation.id);
  return { found, articles, general, synthesisNumber };
}

export type ConsultationDetail = Awaited<ReturnType<typeof findConsultationDetailVisibleTo>>;

/** The commune a new consultation is for: readable (else 404 naming the field), managed (else 403). */
export async function findCommuneToManage(db: Queryable, actor: Actor, communeId: string): Promise<Unit> {
  const commune = await findUnit(db, communeId);
  if (commune?.level !== 'commune' || !canReadConsultations(actor, commune)) throw unknownReference('communeId', 'Xã');
  if (!canManageConsultations(actor, commune))
    throw forbidden({ communeId: 'Chỉ Ban Thường trực xã đưa dự thảo ra lấy ý kiến.' });
  return commune;
}

/** The article a request names ("Điều 5", "5"): 422 naming `articleRef` when the draft has none such. */
export async function findArticle(db: Queryable, consultationId: string, articleRef: string) {
  const ref = normalizeRef(articleRef);
  const article = ref ? await findArticleByRef(db, consultationId, ref) : null;
  if (!article) throw invalid({ articleRef: ref ? `Dự thảo không có ${ref}.` : 'Số điều dạng "Điều 5".' });
  return article;
}
