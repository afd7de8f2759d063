import { createRoute, z } from '@hono/zod-openapi';
import { uploadLimit } from '../../http/body-limit';
import { commandContext } from '../../http/context';
import type { AppDeps } from '../../http/env';
import { lazyForm } from '../../http/multipart';
import { createRouter, errorResponses, idParam, jsonResponse, security } from '../../http/router';
import { clearUnitLogo, setUnitLogo } from './commands/set-logo';
import { unitOut } from './fields';
import { MAX_LOGO_BYTES } from './logo';
import { presentUnitFor } from './present';

const TAGS = ['Đơn vị'];

const putLogoRoute = createRoute({
  method: 'put',
  path: '/api/v1/units/{id}/logo',
  tags: TAGS,
  security,
  middleware: [uploadLimit(MAX_LOGO_BYTES)] as const,
  description:
    'Biểu trưng (logo) của xã trên cổng thông tin (multipart, trường `file`): ảnh PNG, JPEG hoặc WebP tối đa 5 MB, ' +
    'thu về tối đa 256 × 256 px, lưu dạng PNG; thay biểu trưng cũ. Ban Thường trực của xã hoặc cấp trên.',
  request: {
    params: idParam,
    body: {
      required: true,
      content: {
        // Documented as a file; checked by the command (after the commune is found), not here.
        'multipart/form-data': {
          schema: z.object({ file: z.unknown().openapi({ type: 'string', format: 'binary' }) }),
        },
      },
    },
  },
  responses: { 200: jsonResponse(unitOut, 'Đã lưu biểu trưng'), ...errorResponses },
});

const deleteLogoRoute = createRoute({
  method: 'delete',
  path: '/api/v1/units/{id}/logo',
  tags: TAGS,
  security,
  description: 'Gỡ biểu trưng của xã khỏi cổng thông tin.',
  request: { params: idParam },
  responses: { 200: jsonResponse(unitOut, 'Đã gỡ biểu trưng'), ...errorResponses },
});

/** The commune's logo for its portal: upload (replacing the one before) and removal, each audited. */
export function logoRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  app.openapi(putLogoRoute, async (c) => {
    const ctx = commandContext(c, db);
    const unit = await setUnitLogo(ctx, deps.storageDir, c.req.valid('param').id, lazyForm(c));
    return c.json(presentUnitFor(ctx.actor, unit), 200);
  });

  app.openapi(deleteLogoRoute, async (c) => {
    const ctx = commandContext(c, db);
    const unit = await clearUnitLogo(ctx, deps.storageDir, c.req.valid('param').id);
    return c.json(presentUnitFor(ctx.actor, unit), 200);
  });

  return app;
}
