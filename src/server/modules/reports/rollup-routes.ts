import { createRoute, z } from '@hono/zod-openapi';
import { compareVi } from '../../../lib/vi-text';
import { forbidden, invalid, unknownReference } from '../../core/errors';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, jsonResponse, security } from '../../http/router';
import { communesUnder } from '../targets/queries';
import { findUnit } from '../units/queries';
import { rollupQuery } from './fields';
import { periodLabel, periodProblems } from './period';
import { canReadRollup, canSeeReportsOf } from './policy';
import { submittedReports } from './queries';
import { combineFigures, rollupXlsx, type RollupCommune } from './rollup';
import type { ReportModel } from './types';
import { fileResponse, fileSlug, XLSX_MIME } from '../../http/files';

const TAGS = ['Báo cáo'];
const anyJson = z.record(z.string(), z.unknown());
const iso = (d: Date | string) => (typeof d === 'string' ? d : d.toISOString());

/** The province roll-up: which communes submitted their report of a period, and their figures side by side. */
export function rollupRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  async function rollup(c: Parameters<typeof actorOf>[0], q: z.infer<typeof rollupQuery>) {
    const actor = actorOf(c);
    const province = await findUnit(db, q.provinceId);
    if (
      !province ||
      (province.level !== 'province' && province.level !== 'district') ||
      !canSeeReportsOf(actor, province)
    )
      throw unknownReference('provinceId', 'Tỉnh');
    if (!canReadRollup(actor, province)) throw forbidden({ provinceId: 'Chỉ cấp trên của đơn vị xem bảng tổng hợp.' });
    const problems = periodProblems(q.type, q.from, q.to);
    if (problems) throw invalid(problems);
    const communes = (await communesUnder(db, province.path)).sort((a, b) => compareVi(a.name, b.name));
    const reports = await submittedReports(
      db,
      communes.map((x) => x.id),
      q.type,
      q.from,
      q.to,
    );
    const latest = new Map<string, (typeof reports)[number]>();
    for (const r of reports) if (!latest.has(r.unitId)) latest.set(r.unitId, r);
    const models = new Map<string, ReportModel>();
    const list: RollupCommune[] = communes.map((x) => {
      const r = latest.get(x.id);
      if (r?.snapshot) models.set(x.id, r.snapshot as ReportModel);
      return {
        unitId: x.id,
        name: x.name,
        kind: x.kind,
        submitted: Boolean(r),
        report: r
          ? {
              id: r.id,
              number: (r.snapshot as ReportModel | null)?.number ?? null,
              issuedDate: r.issuedDate,
              submittedAt: iso(r.submittedAt as Date),
              title: r.title,
            }
          : null,
      };
    });
    const rows = combineFigures(list, models);
    return { province, communes: list, rows, label: periodLabel(q.type, q.from, q.to) };
  }

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/reports/rollup',
      tags: TAGS,
      security,
      description:
        'Tổng hợp toàn tỉnh (cấp trên của tỉnh, quản trị): từng xã đã gửi hay chưa gửi báo cáo của kỳ (số, ngày), và một bảng số liệu chung — mỗi dòng một chỉ tiêu/số liệu, mỗi cột một xã, cột tổng cộng. Số liệu lấy từ bản báo cáo đã ban hành mà xã gửi lên.',
      request: { query: rollupQuery },
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const r = await rollup(c, q);
      return c.json(
        {
          provinceId: r.province.id,
          type: q.type,
          from: q.from,
          to: q.to,
          periodLabel: r.label,
          submitted: r.communes.filter((x) => x.submitted).length,
          communes: r.communes,
          columns: r.communes.map((x) => ({ unitId: x.unitId, name: x.name, kind: x.kind })),
          rows: r.rows,
        },
        200,
      );
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
      const r = await rollup(c, q);
      const file = await rollupXlsx(r.province, r.label, r.communes, r.rows);
      return fileResponse(c, file, `tong-hop-${fileSlug(r.label, '', Number.POSITIVE_INFINITY)}.xlsx`);
    },
  );
  return app;
}
