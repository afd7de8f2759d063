import { createRoute, z } from '@hono/zod-openapi';
import { foldVietnamese } from '../../../lib/vi-text';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, jsonResponse, security } from '../../http/router';
import { rollupQuery, rollupResponse } from './fields';
import { presentRollup } from './present';
import { rollupXlsx } from './rollup';
import { readRollup } from './rollup-query';

const TAGS = ['Báo cáo'];
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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
      const name = `tong-hop-${foldVietnamese(r.label)
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}.xlsx`;
      return c.body(file, 200, { 'Content-Type': XLSX_MIME, 'Content-Disposition': `attachment; filename="${name}"` });
    },
  );
  return app;
}
