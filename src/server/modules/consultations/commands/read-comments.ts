import type { CommandContext } from '../../../core/command';
import { recordAudit } from '../../audit/record-audit';
import { GENERAL_REF } from '../fields';
import { findArticle, findConsultationVisibleTo } from '../lookup';
import { listComments } from '../queries';

/**
 * The comments on a draft (commenters' names), of one article when `articleRef` is given (the general ones for
 * "chung"); the read is logged
 * (consultation_comment.list; ARCHITECTURE.md, domain rule 6).
 */
export async function readComments({ db, actor, meta }: CommandContext, id: string, articleRef?: string) {
  const found = await findConsultationVisibleTo(db, actor, id);
  const general = articleRef?.toLocaleLowerCase('vi') === GENERAL_REF;
  const article = articleRef && !general ? await findArticle(db, found.consultation.id, articleRef) : undefined;
  const rows = await listComments(db, found.consultation.id, general ? null : article?.id);
  await recordAudit(db, meta, {
    action: 'consultation_comment.list',
    entity: 'consultation',
    entityId: found.consultation.id,
    communeId: found.consultation.communeId,
    scopePath: found.communePath,
    after: { articleRef: articleRef ?? null, count: rows.length },
  });
  return { found, rows };
}
