import { createRoute, z } from '@hono/zod-openapi';
import { todayVn } from '../../../lib/dates';
import { metaOf, type Actor } from '../../core/actor';
import { forbidden, invalid, notFound, unknownReference } from '../../core/errors';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { findOrganization, findUnit } from '../units/queries';
import type { Unit } from '../units/schema';
import { createCampaign } from './commands/create-campaign';
import { createTask } from './commands/create-task';
import { updateCampaign } from './commands/update-campaign';
import { updateTask } from './commands/update-task';
import { canManageCampaigns, canReadCampaigns, isIndicatorVisibleTo, taskAssignment, taskUpdateDenial } from './policy';
import { presentCampaign, presentCampaignDetail, presentTask, presentTaskListRow } from './present';
import {
  findCampaign,
  findIndicators,
  findTask,
  linkedIndicators,
  listCampaigns,
  listTasks,
  tasksOfCampaign,
} from './queries';
import { taskStatuses, type Campaign } from './schema';

const TAGS = ['Cuộc vận động'];

/** A required-or-typed message pair: "missing" reads better than "wrong type" when the field is absent. */
const msg = (missing: string, wrong: string) => ({
  error: (iss: { input?: unknown }) => (iss.input === undefined ? missing : wrong),
});

const date = (what: string) =>
  z.iso.date({ ...msg(`Nhập ${what}.`, `${what[0]?.toUpperCase()}${what.slice(1)} phải có dạng YYYY-MM-DD.`) });
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
  })
  .openapi('CampaignTask');

const campaignDetailOut = campaignOut
  .extend({
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

const periodError = 'Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.';

export function campaignsRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  /** Each requested indicator must exist and belong to the commune or a unit above it. */
  async function checkIndicators(commune: { id: string; path: string }, ids: string[] | undefined) {
    if (!ids?.length) return;
    const found = new Map((await findIndicators(db, ids)).map((i) => [i.id, i]));
    const bad = ids.findIndex((id) => {
      const ind = found.get(id);
      return !ind || !isIndicatorVisibleTo(commune, ind);
    });
    if (bad >= 0) throw unknownReference(`indicatorIds.${bad}`, 'Chỉ tiêu');
  }

  async function readableCampaign(actor: Actor, id: string) {
    const found = await findCampaign(db, id);
    if (!found || !canReadCampaigns(actor, { id: found.campaign.communeId, path: found.communePath }))
      throw notFound('Cuộc vận động');
    return found;
  }

  async function detail(campaign: Campaign) {
    return presentCampaignDetail(
      campaign,
      await linkedIndicators(db, campaign.id),
      await tasksOfCampaign(db, campaign.id),
    );
  }

  app.openapi(createCampaignRoute, async (c) => {
    const actor = actorOf(c);
    const body = c.req.valid('json');
    if (body.from > body.to) throw invalid({ to: periodError });
    const commune: Unit | null = await findUnit(db, body.communeId);
    if (commune?.level !== 'commune' || !canReadCampaigns(actor, commune))
      throw unknownReference('communeId', 'Xã');
    if (!canManageCampaigns(actor, commune))
      throw forbidden({ communeId: 'Bạn không được tạo cuộc vận động cho xã này.' });
    await checkIndicators(commune, body.indicatorIds);
    const campaign = await createCampaign(db, metaOf(actor, c.get('ip')), commune, body);
    return c.json(await detail(campaign), 201);
  });

  app.openapi(listCampaignsRoute, async (c) => {
    const actor = actorOf(c);
    const { communeId } = c.req.valid('query');
    return c.json({ items: (await listCampaigns(db, actor, communeId)).map(presentCampaign) }, 200);
  });

  app.openapi(getCampaignRoute, async (c) => {
    const { campaign } = await readableCampaign(actorOf(c), c.req.valid('param').id);
    return c.json(await detail(campaign), 200);
  });

  app.openapi(patchCampaignRoute, async (c) => {
    const actor = actorOf(c);
    const body = c.req.valid('json');
    const { campaign, communePath } = await readableCampaign(actor, c.req.valid('param').id);
    const commune = { id: campaign.communeId, path: communePath };
    if (!canManageCampaigns(actor, commune)) throw forbidden();
    if ((body.from ?? campaign.periodFrom) > (body.to ?? campaign.periodTo))
      throw invalid({ [body.to !== undefined ? 'to' : 'from']: periodError });
    await checkIndicators(commune, body.indicatorIds);
    const updated = await updateCampaign(db, metaOf(actor, c.get('ip')), campaign, communePath, body);
    return c.json(await detail(updated), 200);
  });

  app.openapi(createTaskRoute, async (c) => {
    const actor = actorOf(c);
    const body = c.req.valid('json');
    const { campaign, communePath } = await readableCampaign(actor, c.req.valid('param').id);
    if (body.ownerOrganizationId) {
      const org = await findOrganization(db, body.ownerOrganizationId);
      if (!org || org.org.communeId !== campaign.communeId) throw unknownReference('ownerOrganizationId', 'Tổ chức');
      if (!org.org.active) throw invalid({ ownerOrganizationId: 'Tổ chức này đã ngừng hoạt động.' });
    }
    const decision = taskAssignment(actor, { id: campaign.communeId, path: communePath }, body.ownerOrganizationId);
    if (decision.kind === 'denied') throw forbidden(decision.fields);
    const task = await createTask(db, metaOf(actor, c.get('ip')), campaign, communePath, {
      title: body.title,
      deadline: body.deadline ?? null,
      ownerOrganizationId: decision.ownerOrganizationId,
      selfAssigned: decision.selfAssigned,
    });
    return c.json(presentTask(task), 201);
  });

  app.openapi(patchTaskRoute, async (c) => {
    const actor = actorOf(c);
    const body = c.req.valid('json');
    const found = await findTask(db, c.req.valid('param').id);
    const commune = found && { id: found.task.communeId, path: found.communePath };
    if (!found || !commune || !canReadCampaigns(actor, commune)) throw notFound('Nhiệm vụ');
    const changed = Object.entries(body)
      .filter(([, v]) => v !== undefined)
      .map(([k]) => k);
    const denial = taskUpdateDenial(actor, commune, found.task, changed);
    if (denial) throw forbidden(Object.keys(denial).length ? denial : undefined);
    const task = await updateTask(db, metaOf(actor, c.get('ip')), found.task, found.communePath, body);
    return c.json(presentTask(task), 200);
  });

  app.openapi(listTasksRoute, async (c) => {
    const actor = actorOf(c);
    const q = c.req.valid('query');
    const rows = await listTasks(db, actor, { ...q, today: todayVn() });
    return c.json({ items: rows.map(presentTaskListRow) }, 200);
  });

  return app;
}
