import type { RequestMeta } from '../../../core/actor';
import { AppError } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { hasSpoofingChars, SPOOFING_MESSAGE } from '../../../http/fields';
import { GENERAL_REF, plain } from '../fields';
import type { FormErrors, FormValues } from '../portal-view';
import { type ArticleWithCounts, articlesWithCounts, findArticleByRef } from '../queries';
import type { Consultation } from '../schema';
import { recordComment } from './add-comment';

/** What became of a comment sent from the portal form. */
export type PortalOutcome =
  | { kind: 'accepted' }
  | { kind: 'refused'; status: 409 | 410; message: string }
  | { kind: 'invalid'; values: FormValues; errors: FormErrors; articles: ArticleWithCounts[] };

/** Server-side checks of the public form; errors shown next to their field. */
function validate(v: FormValues, refs: Set<string>): FormErrors {
  const e: FormErrors = {};
  if (!v.name) e.name = 'Vui lòng nhập họ và tên.';
  else if (hasSpoofingChars(v.name)) e.name = SPOOFING_MESSAGE;
  else if (v.name.length > 200) e.name = 'Họ và tên tối đa 200 ký tự.';
  if (v.contact.length > 200) e.contact = 'Thông tin liên hệ tối đa 200 ký tự.';
  else if (hasSpoofingChars(v.contact)) e.contact = SPOOFING_MESSAGE;
  if (!v.articleRef) e.articleRef = 'Vui lòng chọn điều muốn góp ý, hoặc góp ý chung cho cả dự thảo.';
  else if (v.articleRef !== GENERAL_REF && !refs.has(v.articleRef))
    e.articleRef = 'Dự thảo không có điều này; vui lòng chọn lại.';
  if (!v.content) e.content = 'Vui lòng nhập nội dung góp ý.';
  else if (v.content.length > 5000) e.content = 'Nội dung góp ý tối đa 5.000 ký tự.';
  else if (hasSpoofingChars(v.content, true)) e.content = SPOOFING_MESSAGE;
  return e;
}

/**
 * A citizen's comment from the portal on a public consultation: refused when it is closed (409), past
 * its deadline (410) or not open yet (409); the form's values and errors back when they do not pass;
 * otherwise recorded (the period checked again under the consultation's lock).
 */
export async function submitPortalComment(
  db: Db,
  meta: RequestMeta,
  cons: Consultation,
  form: Record<string, unknown>,
  today: string,
): Promise<PortalOutcome> {
  if (cons.closedAt)
    return {
      kind: 'refused',
      status: 409,
      message: 'Đợt lấy ý kiến dự thảo này đã kết thúc; ý kiến chưa được ghi nhận.',
    };
  if (today > cons.deadline)
    return { kind: 'refused', status: 410, message: 'Đã hết hạn góp ý dự thảo này; ý kiến chưa được ghi nhận.' };
  if (today < cons.opensOn)
    return { kind: 'refused', status: 409, message: 'Chưa đến thời gian nhận góp ý dự thảo này.' };
  const str = (k: string) => {
    const x = form[k];
    return typeof x === 'string' ? plain(x).trim() : '';
  };
  const values: FormValues = {
    name: str('name'),
    contact: str('contact'),
    articleRef: str('articleRef'),
    content: str('content'),
  };
  const articles = await articlesWithCounts(db, cons.id);
  const errors = validate(values, new Set(articles.map((a) => a.article.ref)));
  const general = values.articleRef === GENERAL_REF;
  const article =
    Object.keys(errors).length === 0 && !general ? await findArticleByRef(db, cons.id, values.articleRef) : null;
  if (Object.keys(errors).length > 0 || (!article && !general)) return { kind: 'invalid', values, errors, articles };
  try {
    const input = { authorKind: 'person', author: values.name, organizationId: null, meetingId: null } as const;
    const text = { content: values.content, contact: values.contact || null, source: 'portal' } as const;
    await recordComment(db, meta, cons.id, article, { ...input, ...text }, today);
  } catch (err) {
    // Closed (or past the deadline) between the checks above and the write.
    if (err instanceof AppError && err.status === 409)
      return { kind: 'refused', status: err.code === 'deadline_passed' ? 410 : 409, message: err.message };
    throw err;
  }
  return { kind: 'accepted' };
}
