import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { notFound } from '../../core/errors';
import { commandContext } from '../../http/context';
import type { AppDeps, AppEnv } from '../../http/env';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { moveScorecard } from './commands/move-scorecard';
import { openScorecard } from './commands/open-scorecard';
import { saveCriteriaSet } from './commands/save-criteria-set';
import { scoreScorecard } from './commands/score-scorecard';
import {
  cardOut,
  cardsOut,
  cardsQuery,
  createSetBody,
  figuresOut,
  figuresQuery,
  moveCardBody,
  openCardBody,
  scoreBody,
  setOut,
  setsOut,
  setsQuery,
  updateSetBody,
} from './fields';
import { evaluationFiguresOf } from './figures';
import { findProvinceOfSets, provincesOf, findScorecardVisibleTo, findSetVisibleTo, findUnitVisibleTo } from './lookup';
import { presentCard, presentSet } from './present';
import { listScorecards, listSets, setInUse } from './queries';
import type { CriteriaSet } from './schema';

const TAGS = ['Chấm điểm thôn, xã văn hóa'];

/** Criteria sets of the province, scorecards and their approval chain, and the evaluation's figures. */
export function scoringRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  const set = async (c: Context<AppEnv>, s: CriteriaSet) => presentSet(actorOf(c), s, await setInUse(db, s.id));
  const card = async (c: Context<AppEnv>, id: string) => {
    const actor = actorOf(c);
    const v = await findScorecardVisibleTo(db, actor, id);
    const [row] = (await listScorecards(db, actor, { setId: v.set.id })).filter((r) => r.card.id === id);
    if (!row) throw notFound('Phiếu chấm điểm');
    return presentCard(actor, row);
  };

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/evaluation-criteria-sets',
      tags: TAGS,
      security,
      description:
        'Bộ tiêu chí của tỉnh trong năm cho thôn (Thôn văn hóa) hoặc xã (Xã tiêu biểu): các nhóm có điểm tối đa, mỗi ' +
        'tiêu chí có điểm tối đa và điểm thưởng tối đa; điểm đạt không vượt tổng điểm tối đa. Mỗi tỉnh, năm, cấp một bộ.',
      request: { body: jsonBody(createSetBody) },
      responses: { 201: jsonResponse(setOut, 'Đã lập'), ...errorResponses },
    }),
    async (c) => c.json(await set(c, await saveCriteriaSet(commandContext(c, db), c.req.valid('json'))), 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/evaluation-criteria-sets',
      tags: TAGS,
      security,
      request: { query: setsQuery },
      responses: { 200: jsonResponse(setsOut), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const ids = q.provinceId
        ? [(await findProvinceOfSets(db, actorOf(c), q.provinceId)).id]
        : provincesOf(actorOf(c));
      const rows = await listSets(db, ids, q.year);
      return c.json({ items: await Promise.all(rows.map((s) => set(c, s))) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/evaluation-criteria-sets/{id}',
      tags: TAGS,
      security,
      request: { params: idParam },
      responses: { 200: jsonResponse(setOut), ...errorResponses },
    }),
    async (c) => c.json(await set(c, await findSetVisibleTo(db, actorOf(c), c.req.valid('param').id)), 200),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/v1/evaluation-criteria-sets/{id}',
      tags: TAGS,
      security,
      description: 'Thay các nhóm và tiêu chí khi chưa đơn vị nào được chấm theo bộ này (sau đó 409).',
      request: { params: idParam, body: jsonBody(updateSetBody) },
      responses: { 200: jsonResponse(setOut), ...errorResponses },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      return c.json(await set(c, await saveCriteriaSet(commandContext(c, db), { id, ...c.req.valid('json') })), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/evaluation-scorecards',
      tags: TAGS,
      security,
      description:
        'Phiếu chấm điểm trong phạm vi: thôn của mình, các thôn và xã mình, cấp tỉnh mọi xã (chấm điểm giữa các xã).',
      request: { query: cardsQuery },
      responses: { 200: jsonResponse(cardsOut), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const q = c.req.valid('query');
      if (q.setId) await findSetVisibleTo(db, actor, q.setId, 'setId');
      if (q.communeId) await findUnitVisibleTo(db, actor, q.communeId, 'commune', 'communeId');
      c.header('Cache-Control', 'no-store');
      return c.json({ items: (await listScorecards(db, actor, q)).map((r) => presentCard(actor, r)) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/evaluation-scorecards',
      tags: TAGS,
      security,
      description: 'Mở phiếu chấm điểm của một thôn (bộ tiêu chí cấp thôn) hoặc một xã (bộ cấp xã). 409 nếu đã có.',
      request: { body: jsonBody(openCardBody) },
      responses: { 201: jsonResponse(cardOut, 'Đã mở'), ...errorResponses },
    }),
    async (c) => {
      const row = await openScorecard(commandContext(c, db), c.req.valid('json'));
      return c.json(await card(c, row.id), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/evaluation-scorecards/{id}',
      tags: TAGS,
      security,
      request: { params: idParam },
      responses: { 200: jsonResponse(cardOut), ...errorResponses },
    }),
    async (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json(await card(c, c.req.valid('param').id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/v1/evaluation-scorecards/{id}/scores',
      tags: TAGS,
      security,
      description:
        'Chấm điểm (thay toàn bộ): mỗi tiêu chí không vượt điểm tối đa và điểm thưởng tối đa, mỗi nhóm không vượt ' +
        'điểm tối đa của nhóm (422 nêu trường). Người đang giữ phiếu chấm; đã phê duyệt hoặc công bố: 409.',
      request: { params: idParam, body: jsonBody(scoreBody) },
      responses: { 200: jsonResponse(cardOut), ...errorResponses },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      await scoreScorecard(commandContext(c, db), id, c.req.valid('json'));
      return c.json(await card(c, id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/evaluation-scorecards/{id}/transitions',
      tags: TAGS,
      security,
      description:
        'Chuỗi phê duyệt thôn → xã → tỉnh: submit (đơn vị gửi), approve (cấp đang xét phê duyệt, chuyển lên), return ' +
        '(trả lại đơn vị, cần comment), publish (tỉnh công bố: khóa kết quả). 409 nếu sai thứ tự.',
      request: { params: idParam, body: jsonBody(moveCardBody) },
      responses: { 200: jsonResponse(cardOut), ...errorResponses },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      await moveScorecard(commandContext(c, db), id, c.req.valid('json'));
      return c.json(await card(c, id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/evaluation-figures',
      tags: TAGS,
      security,
      description: 'Số liệu bình xét của một đơn vị trong năm (cho báo cáo năm và chỉ tiêu).',
      request: { query: figuresQuery },
      responses: { 200: jsonResponse(figuresOut), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const actor = actorOf(c);
      const unit = await findUnitVisibleTo(db, actor, q.unitId, ['province', 'commune', 'village'], 'unitId');
      return c.json(await evaluationFiguresOf(db, unit.path, `${q.year}-01-01`, `${q.year}-12-31`), 200);
    },
  );

  return app;
}
