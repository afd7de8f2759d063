import { createRoute, z } from '@hono/zod-openapi';
import { todayVn } from '../../../lib/dates';
import type { Actor } from '../../core/actor';
import { notFound } from '../../core/errors';
import type { Queryable } from '../../db/client';
import { commandContext } from '../../http/context';
import { calendarDate } from '../../http/fields';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { findCommuneUnitVisibleTo } from '../units/lookup';
import { currentChildren, findUnit } from '../units/queries';
import { addSeat } from './commands/add-seat';
import { createFrontBody } from './commands/create-body';
import { endSeat } from './commands/end-seat';
import { recordSession } from './commands/record-session';
import { startTerm } from './commands/start-term';
import * as f from './fields';
import { canManageBody } from './policy';
import { presentBody, presentSeat, presentSession, warningsFor } from './present';
import { bodiesOfCommune, seatsOf, sessionsOf, visibleBody } from './queries';
import type { Body } from './schema';
import { frontStructure } from './structure';

const TAGS = ['Tổ chức bộ máy'];
const created = (schema: z.ZodType, what: string) => ({ 201: jsonResponse(schema, what), ...errorResponses });
const ok = (schema: z.ZodType) => ({ 200: jsonResponse(schema), ...errorResponses });
const postRoute = <P extends string, B extends z.ZodType, R extends ReturnType<typeof ok> | ReturnType<typeof created>>(
  path: P,
  body: B,
  responses: R,
  description: string,
) =>
  createRoute({
    method: 'post',
    path,
    tags: TAGS,
    security,
    description,
    request: { params: idParam, body: jsonBody(body) },
    responses,
  });

const routes = {
  list: createRoute({
    method: 'get',
    path: '/api/v1/bodies',
    tags: TAGS,
    security,
    description:
      'Ủy ban MTTQ, Ban Thường trực, Ban công tác Mặt trận các thôn, Ban Thanh tra nhân dân, Ban Giám sát đầu tư ' +
      'của cộng đồng của một xã (hoặc của một thôn), nhiệm kỳ đang hoạt động; `includeEnded=true` kèm các nhiệm kỳ trước.',
    request: { query: f.listQuery },
    responses: ok(z.object({ items: z.array(f.bodyOut) })),
  }),
  show: createRoute({
    method: 'get',
    path: '/api/v1/bodies/{id}',
    tags: TAGS,
    security,
    request: { params: idParam },
    responses: ok(f.bodyOut.extend({ sessions: z.array(f.sessionOut) })),
  }),
  create: createRoute({
    method: 'post',
    path: '/api/v1/bodies',
    tags: TAGS,
    security,
    description:
      'Lập một ban với danh sách được bầu. 409 khi đơn vị đã có ban cùng loại đang hoạt động (cùng công trình với ' +
      'Ban Giám sát đầu tư). Ban Thanh tra nhân dân ít nhất 5 thành viên; Ban Giám sát đầu tư tối đa 5, tối đa 2 Phó ' +
      'Trưởng ban.',
    request: { body: jsonBody(f.createBody) },
    responses: created(f.bodyOut, 'Đã lập'),
  }),
  addSeat: postRoute(
    '/api/v1/bodies/{id}/members',
    f.seatBody,
    created(f.seatOut, 'Đã thêm thành viên'),
    'Bầu bổ sung.',
  ),
  endSeat: postRoute('/api/v1/body-members/{id}/end', f.endSeatBody, ok(f.seatOut), 'Thành viên thôi tham gia ban.'),
  newTerm: postRoute(
    '/api/v1/bodies/{id}/terms',
    f.newTermBody,
    created(f.bodyOut, 'Đã bầu nhiệm kỳ mới'),
    'Nhiệm kỳ mới: nhiệm kỳ hiện tại kết thúc trước ngày bầu, danh sách cũ vẫn xem được.',
  ),
  session: postRoute(
    '/api/v1/bodies/{id}/sessions',
    f.sessionBody,
    created(f.sessionOut, 'Đã ghi kỳ họp'),
    'Kỳ họp và điểm danh.',
  ),
  structure: createRoute({
    method: 'get',
    path: '/api/v1/front-structure',
    tags: TAGS,
    security,
    description:
      'Sơ đồ tổ chức Mặt trận xã: Ủy ban, Ban Thường trực, các tổ chức thành viên với người đứng đầu, số chi hội và ' +
      'hội viên, các thôn với Ban công tác Mặt trận và chi hội, các ban do Mặt trận hướng dẫn.',
    request: {
      query: z.object({ communeId: z.uuid('Mã xã không hợp lệ.'), asOf: calendarDate('Ngày tính').optional() }),
    },
    responses: ok(f.structureOut),
  }),
};

/** A body as the API shows it: its unit's name, roster, warnings for those who keep it. */
async function bodyView(db: Queryable, actor: Actor, b: Body) {
  const [unit, members, villages] = await Promise.all([
    findUnit(db, b.unitId),
    seatsOf(db, [b.id]),
    b.kind === 'people_inspection' ? currentChildren(db, b.communeId) : Promise.resolve([]),
  ]);
  const issues = warningsFor(
    actor,
    b,
    members.filter((m) => m.untilDate === null),
    villages,
  );
  return presentBody(b, { unitName: unit?.name ?? '', members, issues, canManage: canManageBody(actor, b) });
}

export function bodiesRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  app.openapi(routes.list, async (c) => {
    const actor = actorOf(c);
    const q = c.req.valid('query');
    const unit = await findCommuneUnitVisibleTo(db, actor, q.unitId, 'unitId');
    if (!unit.communeId) return c.json({ items: [] }, 200);
    const rows = await bodiesOfCommune(db, actor, unit.communeId, {
      kind: q.kind,
      includeEnded: q.includeEnded === 'true',
      unitPath: unit.level === 'village' ? unit.path : undefined,
    });
    return c.json({ items: await Promise.all(rows.map((b) => bodyView(db, actor, b))) }, 200);
  });

  app.openapi(routes.show, async (c) => {
    const actor = actorOf(c);
    const body = await visibleBody(db, actor, c.req.valid('param').id);
    if (!body) throw notFound('Ban');
    const sessions = (await sessionsOf(db, body.id)).map(({ session, marks }) => presentSession(session, marks));
    return c.json({ ...(await bodyView(db, actor, body)), sessions }, 200);
  });

  app.openapi(routes.create, async (c) => {
    const actor = actorOf(c);
    const body = await createFrontBody(commandContext(c, db), c.req.valid('json'));
    return c.json(await bodyView(db, actor, body), 201);
  });

  app.openapi(routes.addSeat, async (c) => {
    const seat = await addSeat(commandContext(c, db), c.req.valid('param').id, c.req.valid('json'));
    return c.json(presentSeat(seat), 201);
  });

  app.openapi(routes.endSeat, async (c) => {
    const seat = await endSeat(commandContext(c, db), c.req.valid('param').id, c.req.valid('json'));
    return c.json(presentSeat(seat), 200);
  });

  app.openapi(routes.newTerm, async (c) => {
    const actor = actorOf(c);
    const body = await startTerm(commandContext(c, db), c.req.valid('param').id, c.req.valid('json'));
    return c.json(await bodyView(db, actor, body), 201);
  });

  app.openapi(routes.session, async (c) => {
    const session = await recordSession(commandContext(c, db), c.req.valid('param').id, c.req.valid('json'));
    const [view] = (await sessionsOf(db, session.bodyId)).filter((s) => s.session.id === session.id);
    return c.json(presentSession(session, view?.marks ?? []), 201);
  });

  app.openapi(routes.structure, async (c) => {
    const actor = actorOf(c);
    const { communeId, asOf } = c.req.valid('query');
    const commune = await findCommuneUnitVisibleTo(db, actor, communeId, 'communeId');
    if (commune.level !== 'commune') throw notFound('Xã');
    return c.json(await frontStructure(db, actor, commune, asOf ?? todayVn()), 200);
  });

  return app;
}
