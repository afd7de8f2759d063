import type { z } from '@hono/zod-openapi';
import { todayVn } from '../../../../lib/dates';
import type { RequestMeta } from '../../../core/actor';
import type { CommandContext } from '../../../core/command';
import { invalid } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../audit/record-audit';
import { docxParagraphTexts, isZip } from '../../documents/zip-read';
import { articlesFromText, checkedArticles, checkPeriod, type createBody, type importFields, plain } from '../fields';
import { findCommuneToManage } from '../lookup';
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

/**
 * Đưa dự thảo ra lấy ý kiến (the standing committee): its articles given one by one or as the pasted
 * full text (one of the two), taking comments from `opensOn` (today by default) until the deadline.
 */
export async function createConsultation(ctx: CommandContext, body: z.infer<typeof createBody>) {
  if (body.articles && body.text !== undefined)
    throw invalid({ text: 'Gửi các điều (articles) hoặc toàn văn (text), không cả hai.' });
  if (!body.articles && body.text === undefined)
    throw invalid({ articles: 'Gửi các điều của dự thảo (articles) hoặc toàn văn (text).' });
  const opensOn = body.opensOn ?? todayVn();
  checkPeriod({ opensOn, deadline: body.deadline });
  const commune = await findCommuneToManage(ctx.db, ctx.actor, body.communeId);
  const articles = body.articles ? checkedArticles(body.articles) : articlesFromText(body.text ?? '', 'text').articles;
  return createConsultationUnchecked(ctx.db, ctx.meta, commune, {
    title: plain(body.title),
    requestedBy: body.requestedBy ? plain(body.requestedBy) : null,
    opensOn,
    deadline: body.deadline,
    public: body.public,
    articles,
    origin: body.articles ? 'articles' : 'text',
  });
}

/** The paragraphs of an uploaded .docx, or a 422 naming the file field. */
function docxParagraphs(buf: Buffer, name: string): string[] {
  const notDocx = invalid({
    file: 'Tệp không phải văn bản Word .docx (tệp .doc cũ hãy mở bằng Word rồi lưu lại dạng .docx).',
  });
  if (!/\.docx$/i.test(name) || !isZip(buf)) throw notDocx;
  try {
    return docxParagraphTexts(buf);
  } catch {
    throw notDocx;
  }
}

/**
 * A draft uploaded as .docx, split like pasted text: with `preview` only the split is returned (nothing
 * is stored); otherwise the consultation is created as by createConsultation.
 */
export async function importConsultation(
  ctx: CommandContext,
  input: { fields: z.infer<typeof importFields>; file: File | string | undefined },
) {
  const { fields: f, file } = input;
  if (!(file instanceof File) || file.size === 0) throw invalid({ file: 'Chọn tệp dự thảo .docx.' });
  const opensOn = f.opensOn ?? todayVn();
  checkPeriod({ opensOn, deadline: f.deadline });
  const commune = await findCommuneToManage(ctx.db, ctx.actor, f.communeId);
  const paragraphs = docxParagraphs(Buffer.from(await file.arrayBuffer()), file.name);
  const split = articlesFromText(paragraphs.join('\n'), 'file');
  if (f.preview === '1' || f.preview === 'true') return { split, created: null };
  const created = await createConsultationUnchecked(ctx.db, ctx.meta, commune, {
    title: plain(f.title),
    requestedBy: f.requestedBy ? plain(f.requestedBy) : null,
    opensOn,
    deadline: f.deadline,
    public: f.public === undefined ? true : f.public === 'true' || f.public === '1' || f.public === 'on',
    articles: split.articles,
    origin: `docx: ${file.name.slice(0, 200)}`,
  });
  return { split, created };
}

/** A draft and its articles in the draft's order, with one audit row, in one transaction. */
export async function createConsultationUnchecked(
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
