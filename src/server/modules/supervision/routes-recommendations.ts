import { createRoute, z } from '@hono/zod-openapi';
import { todayVn } from '../../../lib/dates';
import { formatDateVi } from '../../../lib/dates';
import { metaOf } from '../../core/actor';
import { forbidden, invalid } from '../../core/errors';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { recommendationOr404, supervisionOr404 } from './access';
import { addRecommendation } from './commands/add-recommendation';
import { outOfOrder, transitionRecommendation } from './commands/transition-recommendation';
import { day, optionalText, requiredText, stepDate } from './fields';
import { REC_FROM } from './labels';
import { presentRecommendation } from './present';
import { lastStepDate, recommendationsOf } from './queries';

const TAGS = ['Giám sát, phản biện xã hội'];
const anyJson = z.record(z.string(), z.unknown());

const recommendationBody = z
  .object({
    content: requiredText('nội dung kiến nghị', 2000),
    addressee: requiredText('nơi nhận kiến nghị (addressee)', 300),
    dueDate: day('Hạn trả lời').nullish(),
    /** When the recommendation was made; default today. */
    date: stepDate.optional(),
    note: optionalText('Ghi chú', 2000),
  })
  .superRefine((v, ctx) => {
    if (v.dueDate && v.date && v.dueDate < v.date)
      ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'Hạn trả lời không được trước ngày nêu kiến nghị.' });
  });

const transitionBody = z
  .object({
    to: z.enum(['sent', 'answered', 'closed'], {
      message: 'Bước tiếp theo: sent (đã gửi), answered (đã trả lời) hoặc closed (kết thúc theo dõi).',
    }),
    date: stepDate.optional(),
    note: optionalText('Ghi chú', 2000),
    answer: optionalText('Nội dung trả lời', 5000),
  })
  .superRefine((v, ctx) => {
    if (v.to === 'answered' && !v.answer?.trim())
      ctx.addIssue({ code: 'custom', path: ['answer'], message: 'Nhập nội dung trả lời của cơ quan nhận kiến nghị.' });
    if (v.to !== 'answered' && v.answer?.trim())
      ctx.addIssue({
        code: 'custom',
        path: ['answer'],
        message: 'Nội dung trả lời chỉ ghi khi chuyển sang "đã trả lời" (answered).',
      });
  });

export function recommendationRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/supervisions/{id}/recommendations',
      tags: TAGS,
      security,
      description:
        'Nêu kiến nghị sau giám sát (khi cuộc giám sát đang thực hiện hoặc đã kết thúc; lúc mới lập kế hoạch: 409): nội dung, nơi nhận, hạn trả lời.',
      request: { params: idParam, body: jsonBody(recommendationBody) },
      responses: { 201: jsonResponse(anyJson, 'Đã ghi'), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const body = c.req.valid('json');
      const { supervision: s, canManage } = await supervisionOr404(db, actor, c.req.valid('param').id);
      if (!canManage) throw forbidden();
      const date = body.date ?? todayVn();
      if (body.dueDate && body.dueDate < date)
        throw invalid({ dueDate: 'Hạn trả lời không được trước ngày nêu kiến nghị.' });
      const row = await addRecommendation(db, metaOf(actor, c.get('ip')), s.id, {
        content: body.content,
        addressee: body.addressee,
        dueDate: body.dueDate ?? null,
        date,
        note: body.note?.trim() || null,
      });
      const full = (await recommendationsOf(db, s.id)).find((r) => r.recommendation.id === row.id);
      return c.json(presentRecommendation(row, todayVn(), full?.history ?? []), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/supervision-recommendations/{id}/transitions',
      tags: TAGS,
      security,
      description:
        'Theo dõi kiến nghị, lần lượt issued → sent → answered (bắt buộc nội dung trả lời) → closed. Sai thứ tự, hoặc bước vừa có người khác làm: 409, không ghi gì. Mỗi bước ghi lịch sử và nhật ký.',
      request: { params: idParam, body: jsonBody(transitionBody) },
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const body = c.req.valid('json');
      const {
        recommendation: rec,
        communePath,
        canManage,
      } = await recommendationOr404(db, actor, c.req.valid('param').id);
      if (!canManage) throw forbidden();
      if (rec.status !== REC_FROM[body.to]) throw outOfOrder(rec.status, body.to);
      const date = body.date ?? todayVn();
      const last = await lastStepDate(db, rec.id);
      if (last && date < last) throw invalid({ date: `Ngày không được trước bước trước đó (${formatDateVi(last)}).` });
      const row = await transitionRecommendation(db, metaOf(actor, c.get('ip')), rec, communePath, {
        to: body.to,
        date,
        note: body.note?.trim() || null,
        answer: body.to === 'answered' ? (body.answer?.trim() ?? null) : null,
      });
      const full = (await recommendationsOf(db, rec.supervisionId)).find((r) => r.recommendation.id === row.id);
      return c.json(presentRecommendation(row, todayVn(), full?.history ?? []), 200);
    },
  );

  return app;
}
