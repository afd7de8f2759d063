import type { RequestMeta } from '../../../core/actor';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { consultationArticles, consultations } from '../schema';
import type { SplitArticle } from '../../../../lib/split-articles';

export type ConsultationInput = {
  title: string;
  requestedBy: string | null;
  opensOn: string;
  deadline: string;
  public: boolean;
  /** Already checked: canonical refs ("Điều 5"), no duplicates, at least one. */
  articles: SplitArticle[];
  /** Where the articles came from, for the audit row ("articles", "text", "docx: du-thao.docx"). */
  origin: string;
};

/** A draft and its articles in the draft's order, with one audit row, in one transaction. */
export async function createConsultation(
  db: Db,
  meta: RequestMeta,
  commune: { id: string; path: string },
  input: ConsultationInput,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(consultations)
      .values({
        communeId: commune.id,
        unitPath: commune.path,
        title: input.title,
        requestedBy: input.requestedBy,
        opensOn: input.opensOn,
        deadline: input.deadline,
        public: input.public,
        createdBy: meta.actorId,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    const articles = await tx
      .insert(consultationArticles)
      .values(
        input.articles.map((a, i) => ({
          consultationId: row.id,
          position: i + 1,
          ref: a.ref,
          heading: a.heading,
          text: a.text,
        })),
      )
      .returning();
    await recordAudit(tx, meta, {
      action: 'consultation.create',
      entity: 'consultation',
      entityId: row.id,
      communeId: commune.id,
      scopePath: commune.path,
      after: { ...row, origin: input.origin, articles: articles.map((a) => a.ref) },
    });
    return { consultation: row, articles: articles.sort((a, b) => a.position - b.position) };
  });
}
