import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Actor } from '../../core/actor';
import { isAdmin, isWithin } from '../../core/scope';
import type { Db } from '../../db/client';
import { commandContext } from '../../http/context';
import type { AppDeps, AppEnv } from '../../http/env';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { findUnit } from '../units/queries';
import { adoptTemplate } from './commands/adopt-template';
import { createTemplate } from './commands/create-template';
import { addItem, removeItem, updateItem } from './commands/edit-items';
import { markTask } from './commands/mark-task';
import {
  adoptBody,
  adoptOut,
  createTemplateBody,
  doneBody,
  itemBody,
  itemOut,
  itemPatch,
  taskListOut,
  taskOut,
  taskQuery,
  templateListOut,
  templateListQuery,
  templateOut,
} from './fields';
import { findTaskVisibleTo, findTemplateVisibleTo } from './lookup';
import { canAdopt, canEditTemplate } from './policy';
import { presentItem, presentTask } from './present';
import { adoptionsOf, itemsOf, listTasks, listTemplates } from './queries';

const TAGS = ['Lịch công tác năm'];
const itemParams = idParam.extend({
  itemId: z.uuid({ message: 'Mã không hợp lệ' }).openapi({ param: { name: 'itemId', in: 'path' } }),
});

/** The units of the actor's grants at a level, named (the provinces it edits, the communes it adopts for). */
async function grantUnits(db: Db, actor: Actor, role: 'upper' | 'standing') {
  const out: { id: string; name: string; path: string }[] = [];
  for (const g of actor.grants) {
    if (g.role !== role || !g.unitId) continue;
    const u = await findUnit(db, g.unitId);
    if (u && u.level === (role === 'upper' ? 'province' : 'commune'))
      out.push({ id: u.id, name: u.name, path: u.path });
  }
  return out;
}

export function calendarRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  const template = async (c: Context<AppEnv>, id: string) => {
    const actor = actorOf(c);
    const tpl = await findTemplateVisibleTo(db, actor, id);
    const province = await findUnit(db, tpl.provinceId);
    const communes = isAdmin(actor) ? [] : await grantUnits(db, actor, 'standing');
    return {
      id: tpl.id,
      provinceId: tpl.provinceId,
      provinceName: province?.name ?? '',
      year: tpl.year,
      title: tpl.title,
      items: (await itemsOf(db, tpl.id)).map(presentItem),
      adoptedBy: (await adoptionsOf(db, actor, tpl.id)).map((a) => ({
        communeId: a.communeId,
        communeName: a.communeName,
        adoptedAt: a.adoptedAt.toISOString(),
      })),
      can: {
        edit: canEditTemplate(actor, tpl),
        adoptFor: communes
          .filter((u) => isWithin(u.path, tpl.unitPath) && canAdopt(actor, u))
          .map((u) => ({ id: u.id, name: u.name })),
      },
    };
  };

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/calendar-templates',
      tags: TAGS,
      security,
      description: 'Lịch công tác năm của tỉnh mà người dùng đọc được (tỉnh mình, hoặc tỉnh của xã, thôn mình).',
      request: { query: templateListQuery },
      responses: { 200: jsonResponse(templateListOut), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const rows = await listTemplates(db, actor, c.req.valid('query').year);
      const provinces = await grantUnits(db, actor, 'upper');
      c.header('Cache-Control', 'no-store');
      return c.json(
        {
          items: rows.map((r) => ({
            id: r.tpl.id,
            provinceId: r.tpl.provinceId,
            provinceName: r.provinceName,
            year: r.tpl.year,
            title: r.tpl.title,
            itemCount: Number(r.itemCount ?? 0),
          })),
          can: { createFor: provinces.map((p) => ({ id: p.id, name: p.name })) },
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/calendar-templates',
      tags: TAGS,
      security,
      description:
        'Ban Thường trực tỉnh lập lịch công tác năm: mặc định theo năm công tác Mặt trận (chăm lo Tết tháng 1, sơ kết ' +
        '6 tháng, Tháng cao điểm “Vì người nghèo” 17/10–18/11, Ngày hội Đại đoàn kết 1–18/11, bình xét và tổng kết ' +
        'tháng 12, hạn báo cáo tháng và quý). 409 nếu tỉnh đã có lịch năm đó.',
      request: { body: jsonBody(createTemplateBody) },
      responses: { 201: jsonResponse(templateOut, 'Đã lập'), ...errorResponses },
    }),
    async (c) => {
      const tpl = await createTemplate(commandContext(c, db), c.req.valid('json'));
      return c.json(await template(c, tpl.id), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/calendar-templates/{id}',
      tags: TAGS,
      security,
      request: { params: idParam },
      responses: { 200: jsonResponse(templateOut), ...errorResponses },
    }),
    async (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json(await template(c, c.req.valid('param').id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/calendar-templates/{id}/items',
      tags: TAGS,
      security,
      description:
        'Thêm một việc vào lịch: nội dung, loại, từ ngày – đến ngày (trong năm của lịch), đối tượng thực hiện.',
      request: { params: idParam, body: jsonBody(itemBody) },
      responses: { 201: jsonResponse(itemOut, 'Đã thêm'), ...errorResponses },
    }),
    async (c) => {
      const row = await addItem(commandContext(c, db), c.req.valid('param').id, c.req.valid('json'));
      return c.json(presentItem(row), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/v1/calendar-templates/{id}/items/{itemId}',
      tags: TAGS,
      security,
      description: 'Sửa một việc của lịch; việc các xã đã nhận giữ nguyên ngày.',
      request: { params: itemParams, body: jsonBody(itemPatch) },
      responses: { 200: jsonResponse(itemOut), ...errorResponses },
    }),
    async (c) => {
      const { id, itemId } = c.req.valid('param');
      const row = await updateItem(commandContext(c, db), id, itemId, c.req.valid('json'));
      return c.json(presentItem(row), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/calendar-templates/{id}/items/{itemId}',
      tags: TAGS,
      security,
      description: 'Bỏ một việc khỏi lịch, cùng các việc các xã đã nhận từ đó.',
      request: { params: itemParams },
      responses: { 204: { description: 'Đã bỏ' }, ...errorResponses },
    }),
    async (c) => {
      const { id, itemId } = c.req.valid('param');
      await removeItem(commandContext(c, db), id, itemId);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/calendar-templates/{id}/adoptions',
      tags: TAGS,
      security,
      description:
        'Ban Thường trực xã áp dụng lịch của tỉnh cho xã: mỗi việc thành việc có hạn của xã, từng thôn, từng tổ chức ' +
        'thành viên. Áp dụng lại chỉ thêm việc mới, không tạo trùng.',
      request: { params: idParam, body: jsonBody(adoptBody) },
      responses: { 200: jsonResponse(adoptOut), ...errorResponses },
    }),
    async (c) => {
      const out = await adoptTemplate(commandContext(c, db), c.req.valid('param').id, c.req.valid('json').communeId);
      return c.json(out, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/calendar-tasks',
      tags: TAGS,
      security,
      description:
        'Việc theo lịch trong khoảng ngày (một tháng của lịch): thôn thấy việc của thôn mình, xã thấy việc của xã, ' +
        'các thôn và tổ chức, tỉnh thấy các xã trực thuộc; tổ chức thành viên thấy việc của tổ chức mình.',
      request: { query: taskQuery },
      responses: { 200: jsonResponse(taskListOut), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const q = c.req.valid('query');
      const rows = await listTasks(db, actor, q);
      c.header('Cache-Control', 'no-store');
      return c.json({ items: rows.map((r) => presentTask(actor, r)) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/calendar-tasks/{id}/done',
      tags: TAGS,
      security,
      description: 'Đánh dấu việc đã xong (done: true) hoặc mở lại (done: false).',
      request: { params: idParam, body: jsonBody(doneBody) },
      responses: { 200: jsonResponse(taskOut), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const id = c.req.valid('param').id;
      await markTask(commandContext(c, db), id, c.req.valid('json').done);
      const { task, communePath } = await findTaskVisibleTo(db, actor, id);
      const [row] = (
        await listTasks(db, actor, { from: task.startDate, to: task.dueDate, status: 'all', communeId: task.communeId })
      ).filter((r) => r.task.id === id);
      return c.json(presentTask(actor, row ?? { task, communePath, unitName: '', organizationName: null }), 200);
    },
  );

  return app;
}
