import { createRoute, z } from '@hono/zod-openapi';
import { todayVn } from '../../../lib/dates';
import { metaOf, type Actor } from '../../core/actor';
import { forbidden, invalid, notFound, unknownReference } from '../../core/errors';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { findOrganization, findUnit } from '../units/queries';
import { addComment } from './commands/add-comment';
import { closeConsultation } from './commands/close-consultation';
import { createConsultation } from './commands/create-consultation';
import {
  articlesFromText,
  checkedArticles,
  checkPeriod,
  commentBody,
  commentsQuery,
  createBody,
  listQuery,
  plain,
} from './fields';
import { consultationFileRoutes } from './file-routes';
import {
  canEnterAnyComment,
  canEnterComment,
  canManageConsultations,
  canReadConsultations,
  canSeeContacts,
  ledOrganizationIds,
} from './policy';
import { presentArticle, presentComment, presentConsultation } from './present';
import { findMeetingRow } from '../meetings/queries';
import {
  articlesWithCounts,
  authorOptions,
  findArticleByRef,
  findConsultation,
  listComments,
  listConsultations,
} from './queries';
import { normalizeRef } from '../../../lib/split-articles';

export const TAGS = ['Góp ý dự thảo'];
const anyJson = z.record(z.string(), z.unknown());

const get200 = (path: string, description: string) =>
  createRoute({
    method: 'get',
    path,
    tags: TAGS,
    security,
    description,
    request: { params: idParam },
    responses: { 200: jsonResponse(anyJson), ...errorResponses },
  });

export function consultationsRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  /** The consultation when the actor may read its commune; otherwise 404. */
  async function consultationOr404(actor: Actor, id: string) {
    const found = await findConsultation(db, id);
    if (!found || !canReadConsultations(actor, { id: found.consultation.communeId, path: found.communePath }))
      throw notFound('Đợt góp ý dự thảo');
    return found;
  }

  /** The commune a new consultation is for: readable (else 404 naming the field), managed (else 403). */
  async function manageableCommune(actor: Actor, communeId: string) {
    const commune = await findUnit(db, communeId);
    if (commune?.level !== 'commune' || !canReadConsultations(actor, commune))
      throw unknownReference('communeId', 'Xã');
    if (!canManageConsultations(actor, commune))
      throw forbidden({ communeId: 'Chỉ Ban Thường trực xã đưa dự thảo ra lấy ý kiến.' });
    return commune;
  }

  async function detail(actor: Actor, id: string) {
    const found = await consultationOr404(actor, id);
    const commune = { id: found.consultation.communeId, path: found.communePath };
    const articles = await articlesWithCounts(db, id);
    const comments = articles.reduce((s, a) => s + a.comments, 0);
    return {
      ...presentConsultation(found.consultation, todayVn(), { articles: articles.length, comments }),
      communeName: found.communeName,
      articles: articles.map((a) => presentArticle(a.article, a)),
      canManage: canManageConsultations(actor, commune),
      canComment: canEnterAnyComment(actor, commune) && !found.consultation.closedAt,
      organizationIds: canManageConsultations(actor, commune) ? null : ledOrganizationIds(actor, commune.id),
    };
  }

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/consultations',
      tags: TAGS,
      security,
      description:
        'Đưa dự thảo ra lấy ý kiến (Ban Thường trực xã): tên, hạn góp ý, và các điều — `articles` [{ref, text}] hoặc `text` (toàn văn dán vào, tách theo dòng "Điều N."). Tùy chọn: requestedBy, opensOn (mặc định hôm nay), public (mặc định true: cổng thông tin nhận góp ý).',
      request: { body: jsonBody(createBody) },
      responses: { 201: jsonResponse(anyJson, 'Đã tạo'), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const body = c.req.valid('json');
      if (body.articles && body.text !== undefined)
        throw invalid({ text: 'Gửi các điều (articles) hoặc toàn văn (text), không cả hai.' });
      if (!body.articles && body.text === undefined)
        throw invalid({ articles: 'Gửi các điều của dự thảo (articles) hoặc toàn văn (text).' });
      const opensOn = body.opensOn ?? todayVn();
      checkPeriod({ opensOn, deadline: body.deadline });
      const commune = await manageableCommune(actor, body.communeId);
      const articles = body.articles
        ? checkedArticles(body.articles)
        : articlesFromText(body.text ?? '', 'text').articles;
      const created = await createConsultation(db, metaOf(actor, c.get('ip')), commune, {
        title: plain(body.title),
        requestedBy: body.requestedBy ? plain(body.requestedBy) : null,
        opensOn,
        deadline: body.deadline,
        public: body.public,
        articles,
        origin: body.articles ? 'articles' : 'text',
      });
      return c.json(await detail(actor, created.consultation.id), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/consultations',
      tags: TAGS,
      security,
      description:
        'Các đợt góp ý dự thảo của các xã trong phạm vi; lọc theo xã và trạng thái (open: còn nhận góp ý, closed: đã khóa hoặc quá hạn).',
      request: { query: listQuery },
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const today = todayVn();
      const rows = await listConsultations(db, actor, { ...c.req.valid('query'), today });
      return c.json({ items: rows.map((r) => presentConsultation(r.consultation, today, r)) }, 200);
    },
  );

  app.openapi(
    get200('/api/v1/consultations/{id}', 'Dự thảo với các điều theo thứ tự và số ý kiến góp ý của từng điều.'),
    async (c) => c.json(await detail(actorOf(c), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/consultations/{id}/close',
      tags: TAGS,
      security,
      description: 'Khóa đợt góp ý: không nhận thêm ý kiến (409 nếu đã khóa).',
      request: { params: idParam },
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const found = await consultationOr404(actor, c.req.valid('param').id);
      if (!canManageConsultations(actor, { id: found.consultation.communeId, path: found.communePath }))
        throw forbidden();
      await closeConsultation(db, metaOf(actor, c.get('ip')), found.consultation);
      return c.json(await detail(actor, found.consultation.id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/consultations/{id}/comments',
      tags: TAGS,
      security,
      description:
        'Ghi một ý kiến góp ý vào một điều (articleRef, ví dụ "Điều 5"): của cá nhân (author), tổ chức thành viên (organizationId) hoặc hội nghị (meetingId). Điều không có trong dự thảo: 422; đợt góp ý đã khóa: 409. Trưởng tổ chức ghi ý kiến của tổ chức mình.',
      request: { params: idParam, body: jsonBody(commentBody) },
      responses: { 201: jsonResponse(anyJson, 'Đã ghi'), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const body = c.req.valid('json');
      const found = await consultationOr404(actor, c.req.valid('param').id);
      const commune = { id: found.consultation.communeId, path: found.communePath };
      if (
        !canEnterComment(actor, commune, { authorKind: body.authorKind, organizationId: body.organizationId ?? null })
      ) {
        throw forbidden(
          ledOrganizationIds(actor, commune.id).length
            ? { organizationId: 'Bạn chỉ ghi ý kiến của tổ chức mình.' }
            : undefined,
        );
      }
      const ref = normalizeRef(body.articleRef);
      const article = ref ? await findArticleByRef(db, found.consultation.id, ref) : null;
      if (!article) throw invalid({ articleRef: ref ? `Dự thảo không có ${ref}.` : 'Số điều dạng "Điều 5".' });
      let author = body.author ? plain(body.author) : '';
      if (body.organizationId) {
        const org = await findOrganization(db, body.organizationId);
        if (!org || org.org.communeId !== commune.id) throw unknownReference('organizationId', 'Tổ chức');
        author ||= org.org.name;
      }
      if (body.meetingId) {
        const meeting = await findMeetingRow(db, body.meetingId);
        if (!meeting || meeting.communeId !== commune.id) throw unknownReference('meetingId', 'Hội nghị');
        author ||= meeting.title;
      }
      const row = await addComment(db, metaOf(actor, c.get('ip')), found.consultation.id, article, {
        authorKind: body.authorKind,
        author,
        organizationId: body.organizationId ?? null,
        meetingId: body.meetingId ?? null,
        content: plain(body.content).trim(),
        contact: body.contact ? plain(body.contact) : null,
        source: 'staff',
      });
      const [full] = (await listComments(db, found.consultation.id, article.id)).filter((r) => r.comment.id === row.id);
      if (!full) throw new Error('comment vanished');
      return c.json(presentComment(full, canSeeContacts(actor, commune)), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/consultations/{id}/comments',
      tags: TAGS,
      security,
      description:
        'Các ý kiến góp ý theo thứ tự các điều; lọc theo điều (articleRef). Liên hệ của người gửi chỉ Ban Thường trực xem.',
      request: { params: idParam, query: commentsQuery },
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const found = await consultationOr404(actor, c.req.valid('param').id);
      const q = c.req.valid('query').articleRef;
      let articleId: string | undefined;
      if (q) {
        const ref = normalizeRef(q);
        const article = ref ? await findArticleByRef(db, found.consultation.id, ref) : null;
        if (!article) throw invalid({ articleRef: ref ? `Dự thảo không có ${ref}.` : 'Số điều dạng "Điều 5".' });
        articleId = article.id;
      }
      const withContact = canSeeContacts(actor, { id: found.consultation.communeId, path: found.communePath });
      return c.json(
        {
          items: (await listComments(db, found.consultation.id, articleId)).map((r) => presentComment(r, withContact)),
        },
        200,
      );
    },
  );

  app.openapi(
    get200(
      '/api/v1/consultations/{id}/author-options',
      'Tổ chức thành viên và hội nghị của xã, để chọn khi ghi ý kiến.',
    ),
    async (c) => {
      const actor = actorOf(c);
      const found = await consultationOr404(actor, c.req.valid('param').id);
      const opts = await authorOptions(db, found.consultation.communeId);
      const commune = { id: found.consultation.communeId, path: found.communePath };
      const led = ledOrganizationIds(actor, commune.id);
      return c.json(
        canManageConsultations(actor, commune)
          ? opts
          : { organizations: opts.organizations.filter((o) => led.includes(o.id)), meetings: opts.meetings },
        200,
      );
    },
  );

  app.route('/', consultationFileRoutes(deps, consultationOr404, manageableCommune));
  return app;
}
