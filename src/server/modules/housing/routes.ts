import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { invalid, notFound } from '../../core/errors';
import { commandContext } from '../../http/context';
import type { AppDeps } from '../../http/env';
import { fileResponse } from '../../http/files';
import { lazyForm } from '../../http/multipart';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { MAX_IMAGE_BYTES } from '../posts/images';
import { addFunding } from './commands/add-funding';
import { addPhoto, type PhotoForm } from './commands/add-photo';
import { createCase } from './commands/create-case';
import { exportMinutes } from './commands/export-minutes';
import { moveCase } from './commands/move-case';
import { removeFunding } from './commands/remove-funding';
import { updateCase } from './commands/update-case';
import {
  caseDetailOut,
  createCaseBody,
  fundingBody,
  fundingOut,
  listOut,
  listQuery,
  moveBody,
  photoOut,
  updateCaseBody,
} from './fields';
import { findCaseVisibleTo, findCommuneVisibleTo } from './lookup';
import { listCan, presentCase, presentDetail, presentFunding, presentPhoto } from './present';
import { findPhoto, fundingsOf, listCases, photosOf } from './queries';
import { minutesKinds, type MinutesKind } from './rules';

const TAGS = ['Nhà Đại đoàn kết'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function housingRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  /** The case as its page shows it, read again after a change. */
  const detail = async (c: Parameters<typeof commandContext>[0], id: string) => {
    const actor = actorOf(c);
    const v = await findCaseVisibleTo(db, actor, id);
    const [lines, photos] = [await fundingsOf(db, id), await photosOf(db, id)];
    return presentDetail(actor, v.commune, v.case, v.villageName, lines, photos);
  };

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/housing-cases',
      tags: TAGS,
      security,
      description:
        'Hồ sơ nhà Đại đoàn kết trong phạm vi: Ban Thường trực cả xã, trưởng thôn thôn mình, cấp tỉnh các xã trực ' +
        'thuộc (chỉ xem). Lọc theo bước, hình thức, thôn; `q` tìm theo họ tên chủ hộ không phân biệt dấu; có đếm ' +
        'theo bước và hình thức.',
      request: { query: listQuery },
      responses: { 200: jsonResponse(listOut), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const q = c.req.valid('query');
      const commune = q.communeId ? await findCommuneVisibleTo(db, actor, q.communeId) : null;
      const { rows, total, byStage, byKind } = await listCases(db, actor, q);
      c.header('Cache-Control', 'no-store');
      return c.json(
        {
          items: rows.map((r) => presentCase(r.case, r)),
          total,
          limit: q.limit,
          offset: q.offset,
          byStage,
          byKind,
          can: commune ? listCan(actor, commune) : { propose: false },
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/housing-cases',
      tags: TAGS,
      security,
      description:
        'Lập hồ sơ một căn nhà (bước đã khảo sát): hộ trong danh sách hộ (householdId) hoặc họ tên chủ hộ và thôn; ' +
        'hình thức xây mới hoặc sửa chữa. Trưởng thôn lập cho thôn mình.',
      request: { body: jsonBody(createCaseBody) },
      responses: { 201: jsonResponse(caseDetailOut, 'Đã lập'), ...errorResponses },
    }),
    async (c) => {
      const row = await createCase(commandContext(c, db), c.req.valid('json'));
      return c.json(await detail(c, row.id), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/housing-cases/{id}',
      tags: TAGS,
      security,
      request: { params: idParam },
      responses: { 200: jsonResponse(caseDetailOut), ...errorResponses },
    }),
    async (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json(await detail(c, c.req.valid('param').id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/v1/housing-cases/{id}',
      tags: TAGS,
      security,
      description: 'Sửa hồ sơ (trước khi bàn giao). Hồ sơ đã phê duyệt phải giữ tổng kinh phí cần.',
      request: { params: idParam, body: jsonBody(updateCaseBody) },
      responses: { 200: jsonResponse(caseDetailOut), ...errorResponses },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      await updateCase(commandContext(c, db), id, c.req.valid('json'));
      return c.json(await detail(c, id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/housing-cases/{id}/transitions',
      tags: TAGS,
      security,
      description:
        'Chuyển bước: approve (phê duyệt, cần tổng kinh phí requiredAmount), start (khởi công), hand_over (bàn giao, ' +
        'các nguồn kinh phí phải đủ tổng kinh phí cần), pause (tạm dừng, cần lý do), resume (tiếp tục). 409 nếu ' +
        'bước không đúng thứ tự.',
      request: { params: idParam, body: jsonBody(moveBody) },
      responses: { 200: jsonResponse(caseDetailOut), ...errorResponses },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      await moveCase(commandContext(c, db), id, c.req.valid('json'));
      return c.json(await detail(c, id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/housing-cases/{id}/fundings',
      tags: TAGS,
      security,
      description:
        'Ghi một nguồn kinh phí: quỹ (có thể kèm quỹ fundId và phiếu chi disbursementId của xã), ngân sách, nhà tài ' +
        'trợ (donorName), hộ đối ứng.',
      request: { params: idParam, body: jsonBody(fundingBody) },
      responses: { 201: jsonResponse(fundingOut, 'Đã ghi'), ...errorResponses },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      const row = await addFunding(commandContext(c, db), id, c.req.valid('json'));
      const lines = await fundingsOf(db, id);
      const line = lines.find((l) => l.funding.id === row.id);
      if (!line) throw new Error('funding line not read back');
      return c.json(presentFunding(line), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/housing-cases/{id}/fundings/{fundingId}',
      tags: TAGS,
      security,
      description: 'Xóa một nguồn kinh phí ghi nhầm (trước khi bàn giao).',
      request: {
        params: idParam.extend({
          fundingId: z.uuid({ message: 'Mã không hợp lệ' }).openapi({ param: { name: 'fundingId', in: 'path' } }),
        }),
      },
      responses: { 204: { description: 'Đã xóa' }, ...errorResponses },
    }),
    async (c) => {
      const { id, fundingId } = c.req.valid('param');
      await removeFunding(commandContext(c, db), id, fundingId);
      return c.body(null, 204);
    },
  );

  app.post(
    '/api/v1/housing-cases/:id/photos',
    bodyLimit({
      maxSize: MAX_IMAGE_BYTES + 1024 * 1024,
      onError: () => {
        throw invalid({ file: 'Ảnh tối đa 10 MB.' }, 'Ảnh tối đa 10 MB.');
      },
    }),
    async (c) => {
      const id = c.req.param('id');
      if (!UUID.test(id)) throw notFound('Hồ sơ nhà Đại đoàn kết');
      const form = lazyForm(c, 'Cần gửi dạng multipart/form-data: tệp ảnh (trường "file"), bước (stage).');
      const row = await addPhoto(commandContext(c, db), deps.storageDir, id, form as () => Promise<PhotoForm>);
      return c.json(photoOut.parse(presentPhoto(id, row)), 201);
    },
  );

  app.get('/api/v1/housing-cases/:id/photos/:photoId/:variant', async (c) => {
    const { id, photoId, variant } = c.req.param();
    if (!UUID.test(id) || !UUID.test(photoId) || (variant !== 'large' && variant !== 'thumb')) throw notFound('Ảnh');
    await findCaseVisibleTo(db, actorOf(c), id);
    const photo = await findPhoto(db, id, photoId);
    if (!photo) throw notFound('Ảnh');
    const body = readFileSync(join(deps.storageDir, variant === 'large' ? photo.storageKey : photo.thumbKey));
    return c.body(new Uint8Array(body), 200, {
      'Content-Type': 'image/webp',
      'Cache-Control': 'private, max-age=86400',
      'X-Content-Type-Options': 'nosniff',
    });
  });

  // The survey, acceptance and hand-over minutes (.docx); an export of a named household is logged.
  app.get('/api/v1/housing-cases/:id/minutes/:file', async (c) => {
    const { id, file } = c.req.param();
    const kind = file.replace(/\.docx$/, '');
    if (!UUID.test(id) || !file.endsWith('.docx') || !(minutesKinds as readonly string[]).includes(kind))
      throw notFound('Biên bản');
    const out = await exportMinutes(commandContext(c, db), id, kind as MinutesKind);
    return fileResponse(c, out.body, out.fileName, { headers: { 'Cache-Control': 'no-store' } });
  });

  return app;
}
