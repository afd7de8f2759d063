import { createRoute, z } from '@hono/zod-openapi';
import { calendarDate } from '../../http/fields';
import { todayVn } from '../../../lib/dates';
import { commandContext } from '../../http/context';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { createCampaign } from './commands/create-campaign';
import { addTask } from './commands/create-task';
import { updateCampaign } from './commands/update-campaign';
import { updateTask } from './commands/update-task';
import { findCampaignVisibleTo } from './lookup';
import { presentCampaign, presentCampaignDetail, presentTaskFor, presentTaskListRow } from './present';
import { campaignDetail, listCampaigns, listTasks } from './queries';
import { taskStatuses } from './schema';

const TAGS = ['Cuộc vận động'];

/** A required-or-typed message pair: "missing" reads better than "wrong type" when the field is absent. */
const msg = (missing: string, wrong: string) => ({
  error: (iss: { input?: unknown }) => (iss.input === undefined ? missing : wrong),
});

const date = (what: string) =>
  calendarDate(what, { ...msg(`Nhập ${what}.`, `${what[0]?.toUpperCase()}${what.slice(1)} phải có dạng YYYY-MM-DD.`) });
const campaignName = z
  .string(msg('Nhập tên cuộc vận động.', 'Tên cuộc vận động phải là chuỗi ký tự.'))
  .trim()
  .min(1, 'Nhập tên cuộc vận động.')
  .max(300, 'Tên cuộc vận động quá dài (tối đa 300 ký tự).');
const description = z.string('Mô tả phải là chuỗi ký tự.').trim().max(10_000, 'Mô tả quá dài (tối đa 10.000 ký tự).');
const indicatorIds = z
  .array(z.uuid('Mã chỉ tiêu không hợp lệ.'), 'Danh sách chỉ tiêu phải là một mảng mã.')
  .max(200, 'Tối đa 200 chỉ tiêu cho một cuộc vận động.');
const taskTitle = z
  .string(msg('Nhập tên nhiệm vụ.', 'Tên nhiệm vụ phải là chuỗi ký tự.'))
  .trim()
  .min(1, 'Nhập tên nhiệm vụ.')
  .max(500, 'Tên nhiệm vụ quá dài (tối đa 500 ký tự).');
const deadline = date('hạn hoàn thành').nullable();
const status = z.enum(taskStatuses, 'Trạng thái phải là todo, in_progress, done hoặc cancelled.');
const evidence = z
  .string('Kết quả thực hiện phải là chuỗi ký tự.')
  .trim()
  .max(10_000, 'Kết quả thực hiện quá dài (tối đa 10.000 ký tự).');

const campaignOut = z
  .object({
    id: z.string(),
    communeId: z.string(),
    name: z.string(),
    description: z.string(),
    from: z.string(),
    to: z.string(),
    createdAt: z.string(),
  })
  .openapi('Campaign');

const taskOut = z
  .object({
    id: z.string(),
    campaignId: z.string(),
    communeId: z.string(),
    title: z.string(),
    ownerOrganizationId: z.string().nullable(),
    ownerOrganizationName: z.string().nullable(),
    deadline: z.string().nullable(),
    status: z.enum(taskStatuses),
    selfAssigned: z.boolean(),
    evidence: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    can: z
      .object({ edit: z.boolean(), updateStatus: z.boolean() })
      .openapi('CampaignTaskCan', { description: 'Change every field, or only status and evidence.' }),
  })
  .openapi('CampaignTask');

const campaignDetailOut = campaignOut
  .extend({
    can: z
      .object({ edit: z.boolean(), addTask: z.boolean() })
      .openapi('CampaignCan', { description: 'What the caller may do with the campaign.' }),
    indicators: z.array(z.object({ id: z.string(), code: z.string(), name: z.string(), unitLabel: z.string() })),
    tasks: z.array(taskOut),
  })
  .openapi('CampaignDetail');

const taskListOut = taskOut.extend({ campaignName: z.string() }).openapi('CampaignTaskListItem');

const createCampaignRoute = createRoute({
  method: 'post',
  path: '/api/v1/campaigns',
  tags: TAGS,
  security,
  request: {
    body: jsonBody(
      z.object({
        communeId: z.uuid(msg('Chọn xã.', 'Mã xã không hợp lệ.')),
        name: campaignName,
        description: description.optional(),
        from: date('ngày bắt đầu'),
        to: date('ngày kết thúc'),
        indicatorIds: indicatorIds.optional(),
      }),
    ),
  },
  responses: { 201: jsonResponse(campaignDetailOut, 'Đã tạo'), ...errorResponses },
});

const listCampaignsRoute = createRoute({
  method: 'get',
  path: '/api/v1/campaigns',
  tags: TAGS,
  security,
  request: { query: z.object({ communeId: z.uuid('Mã xã không hợp lệ.').optional() }) },
  responses: { 200: jsonResponse(z.object({ items: z.array(campaignOut) })), ...errorResponses },
});

const getCampaignRoute = createRoute({
  method: 'get',
  path: '/api/v1/campaigns/{id}',
  tags: TAGS,
  security,
  request: { params: idParam },
  responses: { 200: jsonResponse(campaignDetailOut), ...errorResponses },
});

const patchCampaignRoute = createRoute({
  method: 'patch',
  path: '/api/v1/campaigns/{id}',
  tags: TAGS,
  security,
  request: {
    params: idParam,
    body: jsonBody(
      z
        .object({
          name: campaignName.optional(),
          description: description.optional(),
          from: date('ngày bắt đầu').optional(),
          to: date('ngày kết thúc').optional(),
          indicatorIds: indicatorIds.optional(),
        })
        .strict(),
    ),
  },
  responses: { 200: jsonResponse(campaignDetailOut), ...errorResponses },
});

const createTaskRoute = createRoute({
  method: 'post',
  path: '/api/v1/campaigns/{id}/tasks',
  tags: TAGS,
  security,
  request: {
    params: idParam,
    body: jsonBody(
      z.object({
        title: taskTitle,
        ownerOrganizationId: z.uuid('Mã tổ chức không hợp lệ.').nullable().optional(),
        deadline: deadline.optional(),
      }),
    ),
  },
  responses: { 201: jsonResponse(taskOut, 'Đã tạo'), ...errorResponses },
});

const patchTaskRoute = createRoute({
  method: 'patch',
  path: '/api/v1/tasks/{id}',
  tags: TAGS,
  security,
  request: {
    params: idParam,
    body: jsonBody(
      z
        .object({
          status: status.optional(),
          evidence: evidence.optional(),
          deadline: deadline.optional(),
          title: taskTitle.optional(),
        })
        .strict(),
    ),
  },
  responses: { 200: jsonResponse(taskOut), ...errorResponses },
});

const listTasksRoute = createRoute({
  method: 'get',
  path: '/api/v1/tasks',
  tags: TAGS,
  security,
  request: {
    query: z.object({
      communeId: z.uuid('Mã xã không hợp lệ.').optional(),
      organizationId: z.uuid('Mã tổ chức không hợp lệ.').optional(),
      due: z
        .enum(['overdue', 'soon'], 'Bộ lọc hạn phải là overdue hoặc soon.')
        .optional()
        .openapi({ description: 'overdue: quá hạn; soon: đến hạn trong 3 ngày (chỉ nhiệm vụ chưa xong, chưa hủy)' }),
    }),
  },
  responses: { 200: jsonResponse(z.object({ items: z.array(taskListOut) })), ...errorResponses },
});

export function campaignsRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();
  app.openapi(createCampaignRoute, async (c) => {
    const ctx = commandContext(c, db);
    const { campaign, commune } = await createCampaign(ctx, c.req.valid('json'));
    return c.json(presentCampaignDetail(ctx.actor, commune, campaign, await campaignDetail(db, campaign.id)), 201);
  });

  app.openapi(listCampaignsRoute, async (c) => {
    const rows = await listCampaigns(db, actorOf(c), c.req.valid('query').communeId);
    return c.json({ items: rows.map(presentCampaign) }, 200);
  });

  app.openapi(getCampaignRoute, async (c) => {
    const actor = actorOf(c);
    const { campaign, commune } = await findCampaignVisibleTo(db, actor, c.req.valid('param').id);
    return c.json(presentCampaignDetail(actor, commune, campaign, await campaignDetail(db, campaign.id)), 200);
  });

  app.openapi(patchCampaignRoute, async (c) => {
    const ctx = commandContext(c, db);
    const { campaign, commune } = await updateCampaign(ctx, c.req.valid('param').id, c.req.valid('json'));
    return c.json(presentCampaignDetail(ctx.actor, commune, campaign, await campaignDetail(db, campaign.id)), 200);
  });

  app.openapi(createTaskRoute, async (c) => {
    const ctx = commandContext(c, db);
    const { task, commune } = await addTask(ctx, c.req.valid('param').id, c.req.valid('json'));
    return c.json(presentTaskFor(ctx.actor, commune, task), 201);
  });

  app.openapi(patchTaskRoute, async (c) => {
    const ctx = commandContext(c, db);
    const { task, commune } = await updateTask(ctx, c.req.valid('param').id, c.req.valid('json'));
    return c.json(presentTaskFor(ctx.actor, commune, task), 200);
  });

  app.openapi(listTasksRoute, async (c) => {
    const actor = actorOf(c);
    const rows = await listTasks(db, actor, { ...c.req.valid('query'), today: todayVn() });
    return c.json({ items: rows.map((r) => presentTaskListRow(actor, r)) }, 200);
  });

  return app;
}
