/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { todayVn } from '../../../lib/dates';
import { AppError } from '../../core/errors';
import { clientIp } from '../../http/auth';
import type { AppDeps } from '../../http/env';
import { createRateLimiter, isBot, publicFormBodyLimit, submitterKey } from '../../http/public-form';
import { findPublicCommune } from '../portal/queries';
import { recordComment } from './commands/add-comment';
import { plain } from './fields';
import { ConsultationListPage, DraftPage, MessagePage, type FormErrors, type FormValues } from './portal-view';
import { articlesWithCounts, findArticleByRef, findPublicConsultation, listOpenPublic } from './queries';
import { statusOf } from './status';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PORTAL_USER = 'portal';

/** Server-side checks of the public form; errors shown next to their field. */
function validate(v: FormValues, refs: Set<string>): FormErrors {
  const e: FormErrors = {};
  if (!v.name) e.name = 'Vui lòng nhập họ và tên.';
  else if (v.name.length > 200) e.name = 'Họ và tên tối đa 200 ký tự.';
  if (v.contact.length > 200) e.contact = 'Thông tin liên hệ tối đa 200 ký tự.';
  if (!v.articleRef) e.articleRef = 'Vui lòng chọn điều muốn góp ý.';
  else if (!refs.has(v.articleRef)) e.articleRef = 'Dự thảo không có điều này; vui lòng chọn lại.';
  if (!v.content) e.content = 'Vui lòng nhập nội dung góp ý.';
  else if (v.content.length > 5000) e.content = 'Nội dung góp ý tối đa 5.000 ký tự.';
  return e;
}

/**
 * The portal's "Góp ý dự thảo" pages: the commune's open drafts, one draft article by article with a
 * comment form (no JavaScript needed), and the form's POST. Comments are never shown publicly — only
 * how many each article has. Guards: body size limit (413), per-IP rate limit (429), honeypot (answered
 * as if accepted, nothing written), server-side validation (422, values kept), closed (409) or past the
 * deadline (410).
 */
export function consultationsPortalRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = new Hono();
  const limiter = createRateLimiter({ max: 10, windowMs: 10 * 60_000 });

  app.get('/xa/:id/gop-y', async (c) => {
    const id = c.req.param('id');
    const commune = UUID.test(id) ? await findPublicCommune(db, id) : null;
    if (!commune)
      return c.html(
        <MessagePage
          title="Không tìm thấy"
          message="Không tìm thấy xã này."
          commune={null}
          back={{ href: '/', label: 'Về trang chủ' }}
        />,
        404,
      );
    return c.html(<ConsultationListPage commune={commune} items={await listOpenPublic(db, commune.id, todayVn())} />);
  });

  /** A public consultation with its commune, or null (unknown, or not put on the portal). */
  async function publicDraft(id: string) {
    const found = UUID.test(id) ? await findPublicConsultation(db, id) : null;
    if (!found?.consultation.public) return null;
    return {
      ...found,
      commune: { id: found.consultation.communeId, name: found.communeName, kind: found.communeKind },
    };
  }

  const notFoundPage = () => (
    <MessagePage
      title="Không tìm thấy"
      message="Không tìm thấy dự thảo này trên cổng thông tin."
      commune={null}
      back={{ href: '/', label: 'Về trang chủ' }}
    />
  );

  app.get('/gop-y/:id', async (c) => {
    const d = await publicDraft(c.req.param('id'));
    if (!d) return c.html(notFoundPage(), 404);
    const articles = await articlesWithCounts(db, d.consultation.id);
    const status = statusOf(d.consultation, todayVn());
    return c.html(
      <DraftPage
        commune={d.commune}
        consultation={d.consultation}
        articles={articles}
        status={status}
        thanked={c.req.query('da-gui') === '1'}
      />,
    );
  });

  app.post('/gop-y/:id', publicFormBodyLimit(), async (c) => {
    const hit = limiter.hit(submitterKey(c, deps.trustProxy));
    if (!hit.ok) {
      c.header('Retry-After', String(hit.retryAfter));
      return c.html(
        <MessagePage
          title="Gửi quá nhiều lần"
          message={`Bạn đã gửi nhiều ý kiến trong thời gian ngắn. Vui lòng thử lại sau ${Math.ceil(hit.retryAfter / 60)} phút.`}
          commune={null}
        />,
        429,
      );
    }
    const d = await publicDraft(c.req.param('id'));
    if (!d) return c.html(notFoundPage(), 404);
    const back = { href: `/gop-y/${d.consultation.id}`, label: 'Xem lại dự thảo' };
    const form = await c.req.parseBody().catch(() => null);
    if (!form)
      return c.html(
        <MessagePage
          title="Không đọc được nội dung gửi"
          message="Vui lòng gửi lại từ trang góp ý."
          commune={d.commune}
          back={back}
        />,
        400,
      );
    const thanks = () => c.redirect(`/gop-y/${d.consultation.id}?da-gui=1#gop-y`, 303);
    // A bot filled the hidden field: answer as if accepted, keep nothing.
    if (isBot(form)) return thanks();

    const today = todayVn();
    const refused = (status: 409 | 410, message: string) =>
      c.html(<MessagePage title="Không nhận góp ý" message={message} commune={d.commune} back={back} />, status);
    if (d.consultation.closedAt)
      return refused(409, 'Đợt lấy ý kiến dự thảo này đã kết thúc; ý kiến chưa được ghi nhận.');
    if (today > d.consultation.deadline)
      return refused(410, 'Đã hết hạn góp ý dự thảo này; ý kiến chưa được ghi nhận.');
    if (today < d.consultation.opensOn) return refused(409, 'Chưa đến thời gian nhận góp ý dự thảo này.');

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
    const articles = await articlesWithCounts(db, d.consultation.id);
    const errors = validate(values, new Set(articles.map((a) => a.article.ref)));
    const article =
      Object.keys(errors).length === 0 ? await findArticleByRef(db, d.consultation.id, values.articleRef) : null;
    if (!article)
      return c.html(
        <DraftPage
          commune={d.commune}
          consultation={d.consultation}
          articles={articles}
          status="open"
          values={values}
          errors={errors}
        />,
        422,
      );
    try {
      await recordComment(
        db,
        { actorId: null, actorUsername: PORTAL_USER, ip: clientIp(c, deps.trustProxy) },
        d.consultation.id,
        article,
        {
          authorKind: 'person',
          author: values.name,
          organizationId: null,
          meetingId: null,
          content: values.content,
          contact: values.contact || null,
          source: 'portal',
        },
        today,
      );
    } catch (err) {
      // Closed (or past the deadline) between the checks above and the write.
      if (err instanceof AppError && err.status === 409)
        return refused(err.code === 'deadline_passed' ? 410 : 409, err.message);
      throw err;
    }
    return thanks();
  });

  return app;
}
