import { z } from '@hono/zod-openapi';
import { calendarDate, uuid } from '../../http/fields';

export { uuid };
import { invalid } from '../../core/errors';
import { fieldsOf } from '../../http/router';
import { commentAuthorKinds } from './schema';
import { duplicateRef, normalizeRef, splitArticles, type SplitArticle } from '../../../lib/split-articles';

export const text = (what: string, max: number) =>
  z
    .string({ message: `Nhập ${what}.` })
    .trim()
    .min(1, `Nhập ${what}.`)
    .max(max, `${what} tối đa ${max.toLocaleString('vi-VN')} ký tự.`);
const optionalText = (what: string, max: number) =>
  z.string().trim().max(max, `${what} tối đa ${max} ký tự.`).nullish();
const isoDate = (what: string) => calendarDate(what, `${what}: ngày có thật, dạng YYYY-MM-DD.`);

export const MAX_DRAFT_CHARS = 500_000;
export const MAX_ARTICLE_CHARS = 50_000;

/**
 * Text as stored and printed: NFC, Word's soft line breaks (\v, \f) as new lines, other control
 * characters dropped (they cannot go into a .docx). HTML is kept as typed: it is escaped on output.
 */
export function plain(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\v\f\u2028\u2029]/g, '\n')
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, '');
}

export const consultationFields = {
  communeId: uuid('xã'),
  title: text('tên dự thảo', 300),
  requestedBy: optionalText('Cơ quan đề nghị góp ý', 200),
  opensOn: isoDate('Ngày bắt đầu nhận góp ý').optional(),
  deadline: isoDate('Hạn góp ý'),
};

export const createBody = z.object({
  ...consultationFields,
  public: z.boolean({ message: 'public là true hoặc false.' }).default(true),
  articles: z
    .array(
      z.object({
        ref: z
          .string({ message: 'Nhập số điều, ví dụ "Điều 5".' })
          .trim()
          .min(1, 'Nhập số điều, ví dụ "Điều 5".')
          .max(30, 'Số điều tối đa 30 ký tự.'),
        heading: optionalText('Tên điều', 500),
        text: z
          .string({ message: 'Nhập nội dung điều.' })
          .max(MAX_ARTICLE_CHARS, `Nội dung một điều tối đa ${MAX_ARTICLE_CHARS.toLocaleString('vi-VN')} ký tự.`),
      }),
      { message: 'articles là danh sách các điều [{ref, text}].' },
    )
    .min(1, 'Dự thảo cần ít nhất một điều.')
    .max(1000, 'Tối đa 1.000 điều.')
    .optional(),
  text: z
    .string()
    .max(MAX_DRAFT_CHARS, `Toàn văn dự thảo tối đa ${MAX_DRAFT_CHARS.toLocaleString('vi-VN')} ký tự.`)
    .optional(),
});

/** The multipart fields sent with a .docx (strings, as a form sends them). */
export const importFields = z.object({
  ...consultationFields,
  public: z.enum(['true', 'false', '1', '0', 'on'], { message: 'public là true hoặc false.' }).optional(),
  preview: z.enum(['true', 'false', '1', '0'], { message: 'preview là 1 hoặc 0.' }).optional(),
});

export const checkPeriod = (v: { opensOn: string; deadline: string }) => {
  if (v.deadline < v.opensOn) throw invalid({ deadline: 'Hạn góp ý không được trước ngày bắt đầu nhận góp ý.' });
};

/** Articles given one by one: refs made canonical ("5" → "Điều 5"), each once. */
export function checkedArticles(list: { ref: string; heading?: string | null; text: string }[]): SplitArticle[] {
  const out: SplitArticle[] = [];
  for (const [i, a] of list.entries()) {
    const ref = normalizeRef(a.ref);
    if (!ref) throw invalid({ [`articles.${i}.ref`]: 'Số điều dạng "Điều 5" (hoặc "5").' });
    out.push({ ref, heading: a.heading ? plain(a.heading) : null, text: plain(a.text).trim() });
  }
  const dup = duplicateRef(out);
  if (dup) throw invalid({ [`articles.${dup.index}.ref`]: `${dup.ref} có hai lần trong dự thảo.` });
  return out;
}

/** Articles split from a pasted or uploaded draft; `field` names the input in errors ("text" or "file"). */
export function articlesFromText(draft: string, field: string) {
  const split = splitArticles(plain(draft));
  if (split.articles.length === 0)
    throw invalid({ [field]: 'Không tìm thấy điều nào: mỗi điều phải bắt đầu bằng một dòng "Điều 1.", "Điều 2." …' });
  const dup = duplicateRef(split.articles);
  if (dup) throw invalid({ [field]: `${dup.ref} xuất hiện hai lần: mỗi điều chỉ được có một lần.` });
  const long = split.articles.find((a) => a.text.length > MAX_ARTICLE_CHARS);
  if (long) throw invalid({ [field]: `${long.ref} dài quá ${MAX_ARTICLE_CHARS.toLocaleString('vi-VN')} ký tự.` });
  if (split.articles.length > 1000) throw invalid({ [field]: 'Tối đa 1.000 điều.' });
  return split;
}

export const commentBody = z
  .object({
    articleRef: z
      .string({ message: 'Chọn điều được góp ý, ví dụ "Điều 5".' })
      .trim()
      .min(1, 'Chọn điều được góp ý, ví dụ "Điều 5"; bỏ trường này khi góp ý chung cho cả dự thảo.')
      .max(30, 'Số điều tối đa 30 ký tự.')
      .nullish()
      .openapi({
        description: 'Điều được góp ý ("Điều 5"); bỏ trống (không gửi hoặc null): góp ý chung cho cả dự thảo',
      }),
    content: text('nội dung góp ý', 5000),
    author: optionalText('Người góp ý', 200),
    authorKind: z
      .enum(commentAuthorKinds, {
        message: 'Loại người góp ý: person (cá nhân), organization (tổ chức) hoặc meeting (hội nghị).',
      })
      .default('person'),
    organizationId: uuid('tổ chức').nullish(),
    meetingId: uuid('hội nghị').nullish(),
    contact: optionalText('Thông tin liên hệ', 200),
  })
  .superRefine((v, ctx) => {
    if (v.authorKind === 'organization' && !v.organizationId)
      ctx.addIssue({ code: 'custom', path: ['organizationId'], message: 'Chọn tổ chức góp ý.' });
    if (v.authorKind !== 'organization' && v.organizationId)
      ctx.addIssue({
        code: 'custom',
        path: ['organizationId'],
        message: 'Chỉ chọn tổ chức khi người góp ý là tổ chức (authorKind organization).',
      });
    if (v.authorKind === 'meeting' && !v.meetingId)
      ctx.addIssue({ code: 'custom', path: ['meetingId'], message: 'Chọn hội nghị lấy ý kiến.' });
    if (v.authorKind === 'person' && !v.author)
      ctx.addIssue({ code: 'custom', path: ['author'], message: 'Nhập họ tên người góp ý.' });
  });

export const listQuery = z.object({
  communeId: uuid('xã').optional(),
  status: z.enum(['open', 'closed'], { message: 'status là open hoặc closed.' }).optional(),
});

/** The `articleRef` filter that lists the comments on the draft as a whole. */
export const GENERAL_REF = 'chung';

export const commentsQuery = z.object({
  articleRef: z
    .string()
    .trim()
    .max(30, 'Số điều tối đa 30 ký tự.')
    .optional()
    .openapi({ description: `Một điều ("Điều 5"), hoặc "${GENERAL_REF}": chỉ các ý kiến góp ý chung cho cả dự thảo` }),
});

/**
 * A request's fields, or a 422 naming the wrong ones (for the routes that parse by hand: multipart, optional bodies).
 */
export function parsed<T extends z.ZodType>(schema: T, raw: unknown): z.infer<T> {
  const result = schema.safeParse(raw);
  if (!result.success) throw invalid(fieldsOf(result.error.issues));
  return result.data;
}

export const synthesisBody = z.object({
  date: calendarDate('Ngày', 'Ngày dạng YYYY-MM-DD, là ngày có thật.').optional(),
});

/* ---------- Responses ---------- */

const str = z.string();
const strOrNull = z.string().nullable();
const byKind = z.object({ person: z.number(), organization: z.number(), meeting: z.number() });

export const consultationSchema = z.object({
  id: str,
  communeId: str,
  title: str,
  requestedBy: strOrNull,
  opensOn: str,
  deadline: str,
  public: z.boolean(),
  status: z.enum(['upcoming', 'open', 'closed']),
  closedAt: strOrNull,
  articles: z.number().optional(),
  comments: z.number().optional(),
  createdAt: str,
});

export const consultationListSchema = z.object({ items: z.array(consultationSchema) });

const articleSchema = z.object({
  id: str,
  position: z.number(),
  ref: str,
  heading: strOrNull,
  text: str,
  comments: z.number().optional(),
  byKind: byKind.optional(),
});

export const consultationDetailSchema = consultationSchema
  .extend({
    comments: z.number(),
    communeName: str,
    articles: z.array(articleSchema),
    canManage: z.boolean(),
    canComment: z.boolean(),
    organizationIds: z.array(str).nullable(),
    synthesisNumber: strOrNull,
    generalComments: z.number().openapi({ description: 'Số ý kiến góp ý chung cho cả dự thảo (không vào điều nào)' }),
    can: z.object({ comment: z.boolean(), close: z.boolean(), issueSynthesis: z.boolean() }),
  })
  .openapi('ConsultationDetail');

export const commentSchema = z
  .object({
    id: str,
    articleId: strOrNull.openapi({ description: 'null: góp ý chung cho cả dự thảo' }),
    articleRef: strOrNull.openapi({ description: 'null: góp ý chung cho cả dự thảo' }),
    general: z.boolean().openapi({ description: 'Góp ý chung cho cả dự thảo, không vào điều nào' }),
    authorKind: z.enum(commentAuthorKinds),
    author: str,
    organizationId: strOrNull,
    organizationName: strOrNull,
    meetingId: strOrNull,
    meetingTitle: strOrNull,
    source: z.enum(['staff', 'portal']),
    content: str,
    contact: strOrNull.optional(),
    createdAt: str,
  })
  .openapi('ConsultationComment');

export const authorOptionsSchema = z.object({
  organizations: z.array(z.object({ id: str, name: str, shortName: str })),
  meetings: z.array(z.object({ id: str, title: str, date: str, type: str })),
});

const lines = z.array(str);
export const importPreviewSchema = z.object({
  preview: z.literal(true),
  articles: z.array(z.object({ ref: str, heading: strOrNull, text: str })),
  preamble: lines,
  outline: lines,
});
export const importResultSchema = z.object({ id: str, articles: z.number(), preamble: lines, outline: lines });

export const issuedSynthesisSchema = z.object({ documentId: str, number: str, date: str, docx: str, pdf: str });
