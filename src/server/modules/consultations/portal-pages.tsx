/** @jsxImportSource hono/jsx */
import { type Context, Hono } from 'hono';
import { todayVn } from '../../../lib/dates';
import { clientIp } from '../../http/auth';
import type { AppDeps } from '../../http/env';
import { createRateLimiter, isBot, publicFormBodyLimit, submitterKey } from '../../http/public-form';
import { findPublicCommune, isHomeCommune } from '../portal/queries';
import type { Unit } from '../units/schema';
import { type PortalOutcome, submitPortalComment } from './commands/portal-comment';
import { ConsultationListPage, DraftPage, MessagePage } from './portal-view';
import { articlesWithCounts, findPublicConsultation, generalCounts, listOpenPublic } from './queries';
import { statusOf } from './status';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PORTAL_USER = 'portal';

type Found = NonNullable<Awaited<ReturnType<typeof findPublicConsultation>>>;

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

  const portalCommune = async (unit: Unit) => ({ unit, home: await isHomeCommune(db, unit) });

  // /xa/<slug>/gop-y; an old /xa/<id>/gop-y link was redirected to it by the units module's public routes.
  app.get('/xa/:id/gop-y', async (c) => {
    const unit = await findPublicCommune(db, c.req.param('id'));
    if (!unit)
      return c.html(
        <MessagePage
          title="Không tìm thấy"
          message="Không tìm thấy xã này."
          commune={null}
          back={{ href: '/', label: 'Về trang chủ' }}
        />,
        404,
      );
    const items = await listOpenPublic(db, unit.id, todayVn());
    return c.html(<ConsultationListPage commune={await portalCommune(unit)} items={items} />);
  });

  /** A public consultation with its commune, or null (unknown, or not put on the portal). */
  async function publicDraft(id: string): Promise<(Found & { commune: { unit: Unit; home: boolean } }) | null> {
    const found = UUID.test(id) ? await findPublicConsultation(db, id) : null;
    if (!found?.consultation.public) return null;
    const unit = await findPublicCommune(db, found.consultation.communeId);
    if (!unit) return null;
    return { ...found, commune: await portalCommune(unit) };
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
    const [articles, general] = await Promise.all([
      articlesWithCounts(db, d.consultation.id),
      generalCounts(db, d.consultation.id),
    ]);
    const status = statusOf(d.consultation, todayVn());
    return c.html(
      <DraftPage
        commune={d.commune}
        consultation={d.consultation}
        articles={articles}
        general={general.comments}
        status={status}
        thanked={c.req.query('da-gui') === '1'}
      />,
    );
  });

  /** 429 with Retry-After when this sender posted too often; null otherwise. */
  function tooOften(c: Context) {
    const hit = limiter.hit(submitterKey(c, deps));
    if (hit.ok) return null;
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

  type Draft = NonNullable<Awaited<ReturnType<typeof publicDraft>>>;

  /** The page answering a submission: thanks (a redirect), refused, the form again with its errors, or unreadable. */
  function answer(c: Context, d: Draft, outcome: PortalOutcome | null) {
    const back = { href: `/gop-y/${d.consultation.id}`, label: 'Xem lại dự thảo' };
    if (!outcome) {
      const message = 'Vui lòng gửi lại từ trang góp ý.';
      return c.html(
        <MessagePage title="Không đọc được nội dung gửi" message={message} commune={d.commune} back={back} />,
        400,
      );
    }
    if (outcome.kind === 'accepted') return c.redirect(`/gop-y/${d.consultation.id}?da-gui=1#gop-y`, 303);
    if (outcome.kind === 'refused')
      return c.html(
        <MessagePage title="Không nhận góp ý" message={outcome.message} commune={d.commune} back={back} />,
        outcome.status,
      );
    const { values, errors, articles } = outcome;
    return c.html(
      <DraftPage {...{ commune: d.commune, consultation: d.consultation, articles, values, errors }} status="open" />,
      422,
    );
  }

  app.post('/gop-y/:id', publicFormBodyLimit(), async (c) => {
    const limited = tooOften(c);
    if (limited) return limited;
    const d = await publicDraft(c.req.param('id'));
    if (!d) return c.html(notFoundPage(), 404);
    const form = await c.req.parseBody().catch(() => null);
    // A bot filled the hidden field: answer as if accepted, keep nothing.
    if (!form || isBot(form)) return answer(c, d, form ? { kind: 'accepted' } : null);
    const meta = { actorId: null, actorUsername: PORTAL_USER, ip: clientIp(c, deps) };
    return answer(c, d, await submitPortalComment(db, meta, d.consultation, form, todayVn()));
  });

  return app;
}
