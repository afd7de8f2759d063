import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../../http/env';
import { fileResponse, fileSlug, XLSX_MIME } from '../../http/files';
import { actorOf, createRouter, errorResponses, jsonResponse, security } from '../../http/router';
import { rollupQuery, rollupResponse } from './fields';
import { presentRollup } from './present';
import { rollupXlsx } from './rollup';
import { readRollup } from './rollup-query';

const TAGS = ['Báo cáo'];

/** The province roll-up: which communes submitted their report of a period, and their figures side by side. */
export function rollupRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/reports/rollup',
      tags: TAGS,
      security,
      description:
        'Tổng hợp toàn tỉnh (cấp trên của tỉnh, quản trị): từng xã đã gửi hay chưa gửi báo cáo của kỳ (số, ngày), và một bảng số liệu chung — mỗi dòng một chỉ tiêu/số liệu, mỗi cột một xã, cột tổng cộng. Số liệu lấy từ bản báo cáo đã ban hành mà xã gửi lên.',
      request: { query: rollupQuery },
      responses: { 200: jsonResponse(rollupResponse), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(presentRollup(q, await readRollup(db, actorOf(c), q)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/reports/rollup.xlsx',
      tags: TAGS,
      security,
      description: 'Bảng tổng hợp toàn tỉnh ra Excel.',
      request: { query: rollupQuery },
      responses: {
        200: {
          description: 'Tệp .xlsx',
          content: { [XLSX_MIME]: { schema: z.string().openapi({ format: 'binary' }) } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const r = await readRollup(db, actorOf(c), q);
      const file = await rollupXlsx(r.province, r.label, r.communes, r.rows);
      return fileResponse(c, file, `tong-hop-${fileSlug(r.label, '', Number.POSITIVE_INFINITY)}.xlsx`);
    },
  );
  return app;
}
