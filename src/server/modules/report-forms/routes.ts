import { createRoute, type RouteConfig, z } from '@hono/zod-openapi';
import { invalid } from '../../core/errors';
import { commandContext } from '../../http/context';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { listIndicatorSources } from '../targets/sources';
import { createForm } from './commands/create-form';
import { updateForm } from './commands/update-form';
import { completenessOf, gridOf, lateText } from './completeness';
import {
  completenessOut,
  createFormBody,
  formListOut,
  formOut,
  gridOut,
  gridQuery,
  lateTextOut,
  periodQuery,
  prefillOut,
  rollupOut,
  sourcesOut,
  unitPeriodQuery,
  updateFormBody,
} from './fields';
import { findFormVisibleTo, versionFor } from './lookup';
import { isPeriod, PERIOD_EXAMPLES } from '../../../lib/report-periods';
import { prefill, rollup } from './prefill';
import { fillersOf, listForms, visibleFillers } from './queries';
import type { ReportForm } from './schema';
import { formAndUnit, formView, unitsView } from './view';

const TAGS = ['Báo cáo định kỳ'];

const assertPeriod = (form: ReportForm, period: string, field = 'period') => {
  if (!isPeriod(form.periodKind, period))
    throw invalid({ [field]: `Kỳ báo cáo không đúng dạng (ví dụ ${PERIOD_EXAMPLES[form.periodKind]}).` });
};

/** A GET route answering JSON. */
function get<const P extends string, const Rq extends NonNullable<RouteConfig['request']>, O extends z.ZodType>(
  path: P,
  description: string,
  request: Rq,
  out: O,
) {
  return createRoute({
    method: 'get' as const,
    path,
    tags: TAGS,
    security,
    description,
    request,
    responses: { 200: jsonResponse(out), ...errorResponses },
  });
}

const unitsOut = z.object({
  items: z.array(
    z.object({ unitId: z.string(), name: z.string(), kind: z.string(), communeId: z.string(), canFill: z.boolean() }),
  ),
});

export function reportFormRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  app.openapi(
    get(
      '/api/v1/report-form-sources',
      'Các nguồn số liệu có thể điền sẵn vào một trường của biểu mẫu.',
      {},
      sourcesOut,
    ),
    async (c) => {
      actorOf(c);
      return c.json({ items: listIndicatorSources().map((s) => ({ key: s.key, label: s.label })) }, 200);
    },
  );

  app.openapi(
    get('/api/v1/report-forms', 'Biểu mẫu báo cáo định kỳ của cấp trên và của đơn vị mình.', {}, formListOut),
    async (c) => {
      const actor = actorOf(c);
      const forms = await listForms(db, actor);
      const items = [];
      for (const f of forms) items.push(await formView(db, actor, f));
      c.header('Cache-Control', 'no-store');
      return c.json({ items }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/report-forms',
      tags: TAGS,
      security,
      description:
        'Ban hành biểu mẫu báo cáo định kỳ (tỉnh cho xã, thôn, tổ chức; xã cho thôn, tổ chức): kỳ báo cáo, đơn vị ' +
        'điền, các trường (kiểu, bắt buộc, giới hạn, "trong đó" ≤ tổng, cộng từ cấp dưới, nguồn số liệu điền sẵn).',
      request: { body: jsonBody(createFormBody) },
      responses: { 201: jsonResponse(formOut, 'Đã tạo'), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const form = await createForm(ctx, c.req.valid('json'));
      return c.json(await formView(db, ctx.actor, form), 201);
    },
  );

  app.openapi(
    get(
      '/api/v1/report-forms/{id}',
      'Một biểu mẫu với các trường của phiên bản mới nhất.',
      { params: idParam },
      formOut,
    ),
    async (c) => {
      const actor = actorOf(c);
      const form = await findFormVisibleTo(db, actor, c.req.valid('param').id);
      c.header('Cache-Control', 'no-store');
      return c.json(await formView(db, actor, form), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/v1/report-forms/{id}',
      tags: TAGS,
      security,
      description: 'Sửa biểu mẫu. Trường mới áp dụng từ kỳ sau (phiên bản mới); kỳ đang làm giữ các trường cũ.',
      request: { params: idParam, body: jsonBody(updateFormBody) },
      responses: { 200: jsonResponse(formOut), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const form = await updateForm(ctx, c.req.valid('param').id, c.req.valid('json'));
      return c.json(await formView(db, ctx.actor, form), 200);
    },
  );

  app.openapi(
    get(
      '/api/v1/report-forms/{id}/units',
      'Các đơn vị điền biểu mẫu trong phạm vi của bạn.',
      { params: idParam },
      unitsOut,
    ),
    async (c) => {
      const actor = actorOf(c);
      const form = await findFormVisibleTo(db, actor, c.req.valid('param').id);
      return c.json({ items: await unitsView(db, actor, form) }, 200);
    },
  );

  app.openapi(
    get(
      '/api/v1/report-forms/{id}/completeness',
      'Tình hình nộp báo cáo một kỳ: trạng thái từng đơn vị (missing, draft, submitted, accepted, returned). Cấp trên không thấy bản nháp.',
      { params: idParam, query: periodQuery },
      completenessOut,
    ),
    async (c) => {
      const actor = actorOf(c);
      const form = await findFormVisibleTo(db, actor, c.req.valid('param').id);
      const { period } = c.req.valid('query');
      assertPeriod(form, period);
      c.header('Cache-Control', 'no-store');
      return c.json(await completenessOf(db, actor, form, period), 200);
    },
  );

  app.openapi(
    get(
      '/api/v1/report-forms/{id}/grid',
      'Bảng đơn vị × kỳ: đúng hạn, muộn, trả lại, chưa nộp, từ kỳ `from` đến kỳ `to` (tối đa 60 kỳ; mặc định 12 kỳ ' +
        'gần nhất). 422 nêu tham số khi kỳ sai dạng, đảo ngược hoặc quá 60 kỳ.',
      { params: idParam, query: gridQuery },
      gridOut,
    ),
    async (c) => {
      const actor = actorOf(c);
      const form = await findFormVisibleTo(db, actor, c.req.valid('param').id);
      c.header('Cache-Control', 'no-store');
      return c.json({ ...(await gridOf(db, actor, form, c.req.valid('query'))), mail: Boolean(deps.mailer) }, 200);
    },
  );

  app.openapi(
    get(
      '/api/v1/report-forms/{id}/late-text',
      'Danh sách đơn vị chưa nộp hoặc bị trả lại của một kỳ, thành tin nhắn để dán vào nhóm Zalo.',
      { params: idParam, query: periodQuery },
      lateTextOut,
    ),
    async (c) => {
      const actor = actorOf(c);
      const form = await findFormVisibleTo(db, actor, c.req.valid('param').id);
      const { period } = c.req.valid('query');
      assertPeriod(form, period);
      const { items } = await completenessOf(db, actor, form, period);
      return c.json(lateText(form, period, items), 200);
    },
  );

  app.openapi(
    get(
      '/api/v1/report-forms/{id}/prefill',
      'Số liệu điền sẵn cho một đơn vị và kỳ từ dữ liệu đã có (phiếu thu, kiến nghị, hội nghị, hội viên, trợ giúp…), kèm nguồn của từng số.',
      { params: idParam, query: unitPeriodQuery },
      prefillOut,
    ),
    async (c) => {
      const actor = actorOf(c);
      const q = c.req.valid('query');
      const { form, filler } = await formAndUnit(db, actor, c.req.valid('param').id, q.unitId);
      assertPeriod(form, q.period);
      const version = await versionFor(db, form.id, q.period);
      return c.json(await prefill(db, form, version.fields, filler, q.period), 200);
    },
  );

  app.openapi(
    get(
      '/api/v1/report-forms/{id}/rollup',
      'Số liệu của xã cộng từ báo cáo đã gửi của các thôn, tổ chức (các trường đánh dấu cộng từ cấp dưới).',
      { params: idParam, query: unitPeriodQuery },
      rollupOut,
    ),
    async (c) => {
      const actor = actorOf(c);
      const q = c.req.valid('query');
      const { form, filler } = await formAndUnit(db, actor, c.req.valid('param').id, q.unitId);
      assertPeriod(form, q.period);
      if (filler.kind !== 'commune') throw invalid({ unitId: 'Chỉ báo cáo của xã được cộng từ cấp dưới.' });
      const below = visibleFillers(actor, await fillersOf(db, form)).filter(
        (f) => f.kind !== 'commune' && f.communeId === filler.id,
      );
      const version = await versionFor(db, form.id, q.period);
      return c.json(await rollup(db, form, version.fields, below, q.period), 200);
    },
  );

  return app;
}
